"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { ApiError, fetchJson, usersQuery } from "@/lib/api-client";
import { ROLE_LABELS, ROLES, type Role, type UserView } from "@/lib/auth/roles";
import { QueryError } from "../query-error";
import { FormStatus } from "./form-status";

const MIN_PASSWORD = 10;
const field = "w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm";
const button = "whitespace-nowrap rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-page disabled:opacity-60";
const primary = "whitespace-nowrap rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink disabled:opacity-60";

const message = (e: unknown) => (e instanceof ApiError ? e.message : "Could not reach Parallax. Try again.");


/** The accounts: a form to add one, and for each its role, whether it may sign in, and a new password. */
export function UserAdmin({ me }: { me: number }) {
  const { data: users, error } = useQuery(usersQuery());
  if (error) return <QueryError error={error} />;
  return (
    <div className="space-y-8">
      <NewUserForm />
      <section aria-labelledby="accounts-heading" className="space-y-3">
        <h2 id="accounts-heading" className="text-lg font-semibold">
          Accounts {users && <span className="font-normal text-muted">({users.length})</span>}
        </h2>
        <ul className="space-y-3">
          {users?.map((u) => <UserRow key={u.id} user={u} me={u.id === me} />)}
        </ul>
      </section>
    </div>
  );
}

function NewUserForm() {
  const queryClient = useQueryClient();
  const ids = useId();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("fact_checker");
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => fetchJson<{ user: UserView }>("/api/users", { method: "POST", body: { email, name: name.trim() || null, role, password } }),
    onSuccess: ({ user }) => {
      setDone(`Created ${user.email} (${ROLE_LABELS[user.role]}).`);
      setEmail("");
      setName("");
      setPassword("");
      return queryClient.invalidateQueries({ queryKey: usersQuery().queryKey });
    },
    onMutate: () => setDone(null),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby={`${ids}-h`} className="rounded-lg border border-line bg-surface p-4">
      <h2 id={`${ids}-h`} className="mb-3 text-lg font-semibold">
        Add an account
      </h2>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_2fr_auto] lg:items-end">
        <div className="space-y-1">
          <label htmlFor={`${ids}-email`} className="block text-sm font-medium">
            Email
          </label>
          <input id={`${ids}-email`} type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-name`} className="block text-sm font-medium">
            Name <span className="font-normal text-muted">(optional)</span>
          </label>
          <input id={`${ids}-name`} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-role`} className="block text-sm font-medium">
            Role
          </label>
          <select id={`${ids}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} className={field}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-password`} className="block text-sm font-medium">
            Password <span className="font-normal text-muted">(at least {MIN_PASSWORD} characters)</span>
          </label>
          <input
            id={`${ids}-password`}
            type="password"
            required
            minLength={MIN_PASSWORD}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={field}
          />
        </div>
        <button type="submit" disabled={create.isPending} className={primary}>
          {create.isPending ? "Creating…" : "Create account"}
        </button>
      </form>
      <div className="mt-2">
        <FormStatus error={create.error ? message(create.error) : null} done={done} />
      </div>
    </section>
  );
}

function UserRow({ user, me }: { user: UserView; me: boolean }) {
  const queryClient = useQueryClient();
  const ids = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (changes: { role?: Role; disabled?: boolean; password?: string; what: string }) => {
      const { what: _what, ...body } = changes;
      return fetchJson<{ user: UserView }>(`/api/users/${user.id}`, { method: "PATCH", body });
    },
    onMutate: () => setDone(null),
    onSuccess: ({ user: after }, { what }) => {
      setDone(what);
      setRole(after.role);
      setPassword("");
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQuery().queryKey }),
        me ? queryClient.invalidateQueries({ queryKey: ["session"] }) : null,
      ]);
    },
  });
  const who = user.name ?? user.email;

  return (
    <li className={`space-y-3 rounded-lg border border-line bg-surface p-4 ${user.disabled ? "opacity-80" : ""}`} data-testid="user-row" data-email={user.email}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="break-all font-semibold">{user.name ?? user.email}</p>
          {user.name && <p className="break-all text-sm text-muted">{user.email}</p>}
        </div>
        <p className="flex flex-wrap gap-1.5 text-xs">
          <span className="rounded-full border border-line px-2 py-0.5 font-medium">{ROLE_LABELS[user.role]}</span>
          {user.disabled && <span className="rounded-full border border-red-700 px-2 py-0.5 font-medium text-red-800 dark:border-red-400 dark:text-red-300">Disabled</span>}
          {me && <span className="rounded-full bg-accent px-2 py-0.5 font-medium text-accent-ink">You</span>}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({ role, what: `${who} is now ${ROLE_LABELS[role].toLowerCase()}.` });
          }}
        >
          <div className="space-y-1">
            <label htmlFor={`${ids}-role`} className="block text-xs font-medium text-muted">
              Role<span className="sr-only"> of {who}</span>
            </label>
            <select id={`${ids}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} className={field}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={change.isPending || role === user.role} className={button}>
            Change role
          </button>
        </form>
        <form
          className="flex min-w-0 items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({ password, what: `New password set for ${who}; their sessions have ended.` });
          }}
        >
          <div className="space-y-1">
            <label htmlFor={`${ids}-password`} className="block text-xs font-medium text-muted">
              New password<span className="sr-only"> for {who}</span>
            </label>
            <input
              id={`${ids}-password`}
              type="password"
              required
              minLength={MIN_PASSWORD}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className={field}
            />
          </div>
          <button type="submit" disabled={change.isPending} className={button}>
            Set password
          </button>
        </form>
        <button
          type="button"
          disabled={change.isPending}
          onClick={() =>
            change.mutate(
              user.disabled
                ? { disabled: false, what: `${who} can sign in again.` }
                : { disabled: true, what: `${who} is disabled and signed out.` },
            )
          }
          className={button}
        >
          {user.disabled ? "Enable" : "Disable"}
          <span className="sr-only"> {who}</span>
        </button>
      </div>
      <FormStatus error={change.error ? message(change.error) : null} done={done} />
    </li>
  );
}
