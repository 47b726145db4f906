import type { Metadata } from "next";
import Link from "next/link";
import { listAudit } from "@/db/queries/audit";
import { listUsers } from "@/db/queries/users";
import { AdminShell } from "@/components/admin/admin-nav";
import { AuditLog } from "@/components/admin/audit-log";
import { adminGate } from "../admin-gate";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
const idOf = (v: string | string[] | undefined) => (/^\d{1,15}$/.test(one(v)) && Number(one(v)) > 0 ? Number(one(v)) : null);

export default async function AdminAuditPage({ searchParams }: Props) {
  const params = await searchParams;
  const filters = { action: one(params.action).slice(0, 100), user: idOf(params.user) };
  const before = idOf(params.before);
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();
  const gate = await adminGate(`/admin/audit${query ? `?${query}` : ""}`);
  if (!gate.admin) return gate.refusal;
  const { entries, older } = listAudit({ before: before ?? undefined, action: filters.action || undefined, userId: filters.user ?? undefined });
  return (
    <AdminShell title="Audit log" intro="Every change to accounts, the rating scale, claims and fact-checks, newest first, 50 to a page.">
      {before !== null && (
        <p className="text-sm">
          Showing changes before entry {before}.{" "}
          <Link href={`/admin/audit?${new URLSearchParams({ ...(filters.action ? { action: filters.action } : {}), ...(filters.user ? { user: String(filters.user) } : {}) })}`} className="text-accent underline underline-offset-2">
            Newest changes
          </Link>
        </p>
      )}
      <AuditLog entries={entries} older={older} filters={filters} users={listUsers()} />
    </AdminShell>
  );
}
