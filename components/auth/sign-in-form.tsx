"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError, fetchJson, sessionQuery } from "@/lib/api-client";
import type { UserView } from "@/lib/auth/roles";
import { safeNext } from "./safe-next";

const input = "w-full rounded-md border border-line bg-page px-3 py-2 text-base";

/** Email and password; on success the session query is refreshed and the browser goes to `next`. */
export function SignInForm({ next }: { next: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setStatus("Signing in…");
    try {
      const { user } = await fetchJson<{ user: UserView }>("/api/session", { method: "POST", body: { email, password } });
      queryClient.setQueryData(sessionQuery().queryKey, user);
      // Everything read so far was read as someone else: read it again.
      await queryClient.invalidateQueries();
      setStatus(`Signed in as ${user.name ?? user.email}.`);
      router.replace(safeNext(next));
      router.refresh();
    } catch (e) {
      setStatus(null);
      setError(e instanceof ApiError ? e.message : "Could not reach Parallax. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="sign-in-email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={input}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="sign-in-password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={input}
        />
      </div>
      <div aria-live="polite" className="min-h-6 text-sm">
        {error ? (
          <p role="alert" className="rounded-md border border-red-700 px-3 py-2 text-red-800 dark:border-red-400 dark:text-red-300">
            {error}
          </p>
        ) : (
          status && <p className="text-muted">{status}</p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
