import Link from "next/link";
import { formatArticleDate } from "@/lib/format-date";
import type { UserView } from "@/lib/auth/roles";
import type { AuditEntryView } from "@/lib/views";

const field = "w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm";

/** Common action prefixes, offered as suggestions (any prefix works). */
const ACTION_HINTS = ["user.", "user.create", "user.update", "user.sign_in", "rating_scale.", "fact_check.", "claim.", "proposition.", "article."];

const details = (d: Record<string, unknown> | null) => (d && Object.keys(d).length ? JSON.stringify(d) : "");

export interface AuditFilters {
  action: string;
  user: number | null;
}

/** The audit log's filters (a GET form, so a filtered view has its own address) and one page of entries. */
export function AuditLog({ entries, older, filters, users }: { entries: AuditEntryView[]; older: number | null; filters: AuditFilters; users: UserView[] }) {
  const olderHref = older === null ? null : `/admin/audit?${new URLSearchParams({ ...(filters.action ? { action: filters.action } : {}), ...(filters.user ? { user: String(filters.user) } : {}), before: String(older) })}`;
  const filtered = Boolean(filters.action || filters.user);
  return (
    <div className="space-y-4">
      <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3">
        <div className="w-full space-y-1 sm:w-56">
          <label htmlFor="audit-action" className="block text-xs font-medium text-muted">
            Action starts with
          </label>
          <input id="audit-action" name="action" list="audit-actions" defaultValue={filters.action} placeholder="user." className={field} />
          <datalist id="audit-actions">
            {ACTION_HINTS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <div className="w-full space-y-1 sm:w-64">
          <label htmlFor="audit-user" className="block text-xs font-medium text-muted">
            By
          </label>
          <select id="audit-user" name="user" defaultValue={filters.user ? String(filters.user) : ""} className={field}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink">
          Filter
        </button>
        {filtered && (
          <Link href="/admin/audit" className="py-1.5 text-sm text-accent underline underline-offset-2">
            Clear filters
          </Link>
        )}
      </form>

      {entries.length === 0 ? (
        <p className="rounded-lg border border-line bg-surface p-4 text-muted">{filtered ? "No changes match these filters." : "Nothing has been recorded yet."}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface">
          {/* On a phone each entry is a small block (when and who, then what, then details); a table from sm up. */}
          <table className="block w-full text-left text-sm sm:table sm:min-w-[40rem]">
            <caption className="sr-only">Changes, newest first</caption>
            <thead className="hidden border-b border-line text-xs uppercase tracking-wide text-muted sm:table-header-group">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  When
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Who
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Action
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Subject
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Details
                </th>
              </tr>
            </thead>
            <tbody className="block divide-y divide-line sm:table-row-group">
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-entry" className="block space-y-1 px-3 py-2 align-top sm:table-row sm:space-y-0 sm:p-0">
                  <td className="mr-2 inline whitespace-nowrap text-muted sm:table-cell sm:px-3 sm:py-2">
                    <time dateTime={e.at}>{formatArticleDate(e.at)}</time>
                  </td>
                  <td className="inline break-all sm:table-cell sm:whitespace-nowrap sm:break-normal sm:px-3 sm:py-2">{e.user ? e.user.email : <span className="text-muted">system</span>}</td>
                  <td className="mr-2 inline-block font-mono text-xs sm:table-cell sm:whitespace-nowrap sm:px-3 sm:py-2">{e.action}</td>
                  <td className="inline-block sm:table-cell sm:whitespace-nowrap sm:px-3 sm:py-2">
                    {e.subjectType.replace(/_/g, " ")}
                    {e.subjectId !== null && ` ${e.subjectId}`}
                  </td>
                  <td className="block sm:table-cell sm:px-3 sm:py-2">
                    <code className="line-clamp-3 break-all font-mono text-xs text-muted" title={details(e.details)}>
                      {details(e.details)}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {olderHref && (
          <Link href={olderHref} className="text-accent underline underline-offset-2">
            Older changes
          </Link>
        )}
      </nav>
    </div>
  );
}
