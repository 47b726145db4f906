import type { Metadata } from "next";
import { listRatings } from "@/db/queries/fact-checks";
import { AdminShell } from "@/components/admin/admin-nav";
import { RatingScaleEditor } from "@/components/admin/rating-scale-editor";
import { adminGate } from "../admin-gate";

export const metadata: Metadata = { title: "Rating scale" };
export const dynamic = "force-dynamic";

export default async function AdminRatingsPage() {
  const gate = await adminGate("/admin/ratings");
  if (!gate.admin) return gate.refusal;
  return (
    <AdminShell
      title="Rating scale"
      intro="The verdicts fact-checkers can give, truest first. A retired rating stays on the fact-checks that use it but is no longer offered."
    >
      <RatingScaleEditor initial={listRatings(undefined, { includeRetired: true })} />
    </AdminShell>
  );
}
