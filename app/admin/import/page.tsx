import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/admin-nav";
import { ImportWorkspace } from "@/components/import/import-workspace";
import { adminGate } from "../admin-gate";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

export default async function AdminImportPage() {
  const gate = await adminGate("/admin/import");
  if (!gate.admin) return gate.refusal;
  return (
    <AdminShell
      title="Import"
      intro="Add articles to the archive: paste a page's text or HTML, give its address, or upload files. Check a single article's preview before saving it; files run as a job you can follow here."
    >
      <ImportWorkspace />
    </AdminShell>
  );
}
