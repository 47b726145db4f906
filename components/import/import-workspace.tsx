"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import { FileUpload } from "./file-upload";
import { JobProgress } from "./job-progress";
import { RecentJobs } from "./recent-jobs";
import { SingleImport } from "./single-import";
import { SOURCES, SourcePicker, sourcePanelId, sourceTabId, type SourceKind } from "./source-picker";

const jobFrom = (raw: string | null) => (raw && /^\d{1,12}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null);

/** The import page: where the articles come from, a single article's preview or a file upload, and the jobs. */
export function ImportWorkspace() {
  const base = useId();
  const router = useRouter();
  const pathname = usePathname();
  const job = jobFrom(useSearchParams().get("job"));
  // A link to a job opens on the upload tab, where jobs come from.
  const [kind, setKind] = useState<SourceKind>(() => (job !== null ? "files" : "text"));

  const showJob = (id: number | null) => router.replace(id === null ? pathname : `${pathname}?job=${id}`, { scroll: false });

  return (
    <div className="space-y-6">
      <SourcePicker base={base} value={kind} onChange={setKind} />
      {SOURCES.map((s) => (
        // Every panel stays mounted, so switching tabs keeps what was typed or previewed.
        <div key={s.id} id={sourcePanelId(base, s.id)} role="tabpanel" aria-labelledby={sourceTabId(base, s.id)} hidden={s.id !== kind}>
          {s.id === "files" ? <FileUpload onJob={(j) => showJob(j.id)} /> : <SingleImport kind={s.id} />}
        </div>
      ))}
      {job !== null && <JobProgress key={job} id={job} onClose={() => showJob(null)} />}
      <RecentJobs current={job} />
    </div>
  );
}
