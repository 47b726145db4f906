"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type DragEvent } from "react";
import { IMPORT_FILE_ACCEPT, importErrorMessage, importJobQuery, isImportFile, uploadImportFiles } from "@/lib/import-client";
import type { ImportJobView } from "@/lib/views";
import { FormStatus } from "../admin/form-status";
import { button, card, field, primary } from "./styles";

const fileKey = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Files picked or dropped, an optional default outlet, and "Import N files", which starts a job. */
export function FileUpload({ onJob }: { onJob: (job: ImportJobView) => void }) {
  const queryClient = useQueryClient();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [outlet, setOutlet] = useState("");
  const [over, setOver] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);

  const add = (list: FileList | null) => {
    if (!list) return;
    const all = [...list];
    setSkipped(all.filter((f) => !isImportFile(f.name)).map((f) => f.name));
    setFiles((current) => {
      const seen = new Set(current.map(fileKey));
      return [...current, ...all.filter((f) => isImportFile(f.name) && !seen.has(fileKey(f)))];
    });
  };

  const upload = useMutation({
    mutationFn: () => uploadImportFiles(files, outlet),
    onSuccess: (job) => {
      queryClient.setQueryData(importJobQuery(job.id).queryKey, job);
      void queryClient.invalidateQueries({ queryKey: ["imports"], exact: true });
      setFiles([]);
      setSkipped([]);
      if (input.current) input.current.value = "";
      onJob(job);
    },
  });

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };
  const n = files.length;
  const total = files.reduce((sum, f) => sum + f.size, 0);

  return (
    <form
      className={`${card} space-y-4`}
      onSubmit={(e) => {
        e.preventDefault();
        if (n > 0) upload.mutate();
      }}
    >
      <div
        role="group"
        aria-labelledby={`${ids}-zone`}
        aria-describedby={`${ids}-types`}
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={drop}
        data-testid="drop-zone"
        className={`space-y-2 rounded-lg border-2 border-dashed p-6 text-center ${over ? "border-accent bg-page" : "border-line"}`}
      >
        <p id={`${ids}-zone`} className="font-medium">
          Drop files here, or choose them
        </p>
        <p id={`${ids}-types`} className="text-xs text-muted">
          Text (.txt), HTML (.html, .htm), JSON articles (.json) and feeds with one JSON article per line (.ndjson, .jsonl).
        </p>
        {/* The native picker stays (visually hidden) for keyboards and tests; the label is its visible button. */}
        <input
          ref={input}
          id={`${ids}-files`}
          type="file"
          multiple
          accept={IMPORT_FILE_ACCEPT}
          onChange={(e) => {
            add(e.target.files);
            e.target.value = "";
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={`${ids}-files`}
          className={`${button} inline-block cursor-pointer bg-surface peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[var(--color-focus)]`}
        >
          Choose files<span className="sr-only"> to import</span>
        </label>
      </div>

      {skipped.length > 0 && (
        <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
          Left out (not a file type Parallax imports): {skipped.join(", ")}
        </p>
      )}

      {n > 0 && (
        <div className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-sm font-semibold">
              {n} {n === 1 ? "file" : "files"} chosen <span className="font-normal text-muted">({size(total)})</span>
            </h3>
            <button type="button" className={button} onClick={() => setFiles([])} disabled={upload.isPending}>
              Clear all
            </button>
          </div>
          <ul className="max-h-64 divide-y divide-line overflow-y-auto rounded-md border border-line text-sm" aria-label="Chosen files">
            {files.map((f) => (
              <li key={fileKey(f)} className="flex items-center justify-between gap-3 px-3 py-1.5">
                <span className="min-w-0 break-all">
                  {f.name} <span className="text-muted">· {size(f.size)}</span>
                </span>
                <button
                  type="button"
                  className="shrink-0 text-sm text-accent underline underline-offset-2 disabled:opacity-60"
                  disabled={upload.isPending}
                  onClick={() => setFiles((fs) => fs.filter((x) => x !== f))}
                >
                  Remove<span className="sr-only"> {f.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full space-y-1 sm:w-72">
          <label htmlFor={`${ids}-outlet`} className="block text-sm font-medium">
            Default outlet <span className="font-normal text-muted">(optional)</span>
          </label>
          <input id={`${ids}-outlet`} type="text" autoComplete="off" value={outlet} onChange={(e) => setOutlet(e.target.value)} aria-describedby={`${ids}-outlet-hint`} className={field} />
          <p id={`${ids}-outlet-hint`} className="text-xs text-muted">
            For files that do not name their outlet.
          </p>
        </div>
        <button type="submit" className={`${primary} sm:mb-5`} disabled={n === 0 || upload.isPending}>
          {upload.isPending ? `Uploading ${n} ${n === 1 ? "file" : "files"}…` : n === 0 ? "Import files" : `Import ${n} ${n === 1 ? "file" : "files"}`}
        </button>
      </div>
      <FormStatus error={upload.error ? importErrorMessage(upload.error) : null} done={null} />
    </form>
  );
}
