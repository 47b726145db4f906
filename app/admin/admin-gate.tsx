// The admin pages' door: a visitor is sent to sign in (and back), a signed-in non-admin is told why not.
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { isAdmin, ROLE_LABELS, type UserView } from "@/lib/auth/roles";

export type AdminGate = { admin: UserView; refusal?: undefined } | { admin?: undefined; refusal: ReactNode };

/** The signed-in admin, or the page to show instead; redirects a visitor to /sign-in?next=`path`. */
export async function adminGate(path: string): Promise<AdminGate> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (isAdmin(user)) return { admin: user };
  return {
    refusal: (
      <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6" role="alert">
        <h1 className="text-xl font-semibold">Only admins can see this page</h1>
        <p className="text-muted">
          You are signed in as {user.name ?? user.email}, a {ROLE_LABELS[user.role].toLowerCase()}. Ask an admin if you
          need to manage accounts, the rating scale or the audit log.
        </p>
        <p>
          <Link href="/" className="text-accent underline underline-offset-2">
            Back to the events
          </Link>
        </p>
      </div>
    ),
  };
}
