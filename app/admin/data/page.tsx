import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/admin-nav";
import { tableCounts } from "@/db/archive";
import { getDb } from "@/db/client";
import { adminGate } from "../admin-gate";

export const metadata: Metadata = { title: "Data" };
export const dynamic = "force-dynamic";

const SHOWN: { table: string; label: string }[] = [
  { table: "articles", label: "Articles" },
  { table: "events", label: "Events" },
  { table: "claims", label: "Claims" },
  { table: "propositions", label: "Propositions" },
  { table: "fact_checks", label: "Fact-checks" },
  { table: "fact_check_revisions", label: "Fact-check revisions" },
  { table: "users", label: "Users" },
  { table: "audit_log", label: "Audit log entries" },
];

const Code = ({ children }: { children: string }) => <code className="rounded bg-surface px-1 py-0.5 text-sm break-all">{children}</code>;

export default async function AdminDataPage() {
  const gate = await adminGate("/admin/data");
  if (!gate.admin) return gate.refusal;
  const counts = tableCounts(getDb());
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <AdminShell title="Data" intro="What the database holds, a download of all of it, and how to back it up and bring it back.">
      <section aria-labelledby="holds" className="space-y-3">
        <h2 id="holds" className="text-lg font-semibold">
          In the database
        </h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
          {SHOWN.map(({ table, label }) => (
            <div key={table}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-xl font-semibold tabular-nums" data-testid={`count-${table}`}>
                {(counts[table] ?? 0).toLocaleString("en-US")}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="export" className="space-y-3">
        <h2 id="export" className="text-lg font-semibold">
          Export everything
        </h2>
        <p className="max-w-2xl">
          One JSON file with every row of every table ({rows.toLocaleString("en-US")} rows now): articles, claims,
          entities, propositions and people&apos;s merges, splits and differences, fact-checks with their evidence and
          every revision, the rating scale, users (without their passwords), import jobs and the audit log. It is
          taken from one moment, so it is consistent while people keep working. Downloads are recorded in the audit
          log.
        </p>
        <p>
          <a
            href="/api/exports/everything"
            download
            className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-ink hover:opacity-90"
          >
            Download the export (JSON)
          </a>
        </p>
      </section>

      <section aria-labelledby="cli" className="max-w-2xl space-y-3">
        <h2 id="cli" className="text-lg font-semibold">
          Backups and restoring, on the server
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            A backup while the app runs: <Code>npm run cli -- backup /backups/parallax.db</Code>. Restore one with the
            app stopped: <Code>npm run cli -- restore /backups/parallax.db</Code>.
          </li>
          <li>
            Bring an export into a new, empty database: <Code>npm run cli -- import parallax-export.json</Code>.
            Imported users sign in once they have a password again: <Code>npm run cli -- user password --email E</Code>.
          </li>
          <li>
            To keep passwords in an export, make it on the server: <Code>npm run cli -- export file.json --with-password-hashes</Code>.
          </li>
        </ul>
      </section>
    </AdminShell>
  );
}
