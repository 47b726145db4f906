import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { listUsers } from "@/db/queries/users";
import { AdminShell } from "@/components/admin/admin-nav";
import { UserAdmin } from "@/components/admin/user-admin";
import { usersQuery } from "@/lib/api-client";
import { dehydrateData } from "@/lib/query-client";
import { adminGate } from "../admin-gate";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const gate = await adminGate("/admin/users");
  if (!gate.admin) return gate.refusal;
  const state = dehydrateData([{ queryKey: usersQuery().queryKey, data: listUsers() }]);
  return (
    <AdminShell title="Users" intro="Who can sign in and what they may do. Fact-checkers annotate and publish; admins also manage accounts and the rating scale.">
      <HydrationBoundary state={state}>
        <UserAdmin me={gate.admin.id} />
      </HydrationBoundary>
    </AdminShell>
  );
}
