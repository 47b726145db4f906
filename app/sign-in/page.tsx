import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Sign in</h1>
        <p className="text-muted">Fact-checkers and admins sign in to annotate claims. Reading needs no account.</p>
      </header>
      {user && (
        <p className="rounded-md border border-line bg-surface px-3 py-2 text-sm">
          You are signed in as {user.name ?? user.email} ({ROLE_LABELS[user.role]}). Signing in again switches account.
        </p>
      )}
      <div className="rounded-lg border border-line bg-surface p-4 sm:p-6">
        <SignInForm next={typeof next === "string" ? next : null} />
      </div>
    </div>
  );
}
