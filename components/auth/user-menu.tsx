"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { ApiError, fetchJson, sessionQuery } from "@/lib/api-client";
import { canAnnotate, isAdmin, ROLE_LABELS } from "@/lib/auth/roles";

const item = "block rounded px-3 py-2 text-sm hover:bg-page focus-visible:bg-page";

/**
 * The header's account corner: "Sign in" for a visitor; for a signed-in user a menu with who they are, the
 * pages their role opens and "Sign out". A client component, so the statically cached pages stay static.
 */
export function UserMenu() {
  const { data: user, isPending } = useQuery(sessionQuery());
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  // The page the menu was opened on: it closes by itself when the page changes.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn !== null && openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  // Close on a click elsewhere and on Escape (focus goes back to the button).
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpenOn(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpenOn(null);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  if (isPending) return <span className="inline-block w-14" aria-hidden="true" />;

  if (!user) {
    const next = pathname && pathname !== "/sign-in" ? `?next=${encodeURIComponent(pathname)}` : "";
    return (
      <Link href={`/sign-in${next}`} className="shrink-0 whitespace-nowrap text-sm font-medium text-accent underline-offset-2 hover:underline">
        Sign in
      </Link>
    );
  }

  const who = user.name ?? user.email;
  const initial = who.trim().charAt(0).toUpperCase() || "?";

  async function signOut() {
    setError(null);
    try {
      await fetchJson("/api/session", { method: "DELETE" });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not sign out. Try again.");
      return;
    }
    setOpen(false);
    queryClient.setQueryData(sessionQuery().queryKey, null);
    await queryClient.invalidateQueries();
    router.refresh();
  }

  return (
    <div ref={rootRef} className="relative shrink-0">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        className="flex items-center gap-2 rounded-md border border-line px-1.5 py-1 text-sm hover:bg-page sm:px-2"
      >
        <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-accent text-xs font-semibold text-accent-ink">
          {initial}
        </span>
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate">{who}</span>
        <span className="sr-only">, account menu</span>
        <span aria-hidden="true" className="hidden text-muted sm:inline">
          ▾
        </span>
      </button>
      {open && (
        <div id={menuId} className="absolute right-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-line bg-surface p-2 shadow-lg">
          <div className="border-b border-line px-3 pb-2 pt-1">
            <p className="truncate text-sm font-semibold">{who}</p>
            {user.name && <p className="truncate text-xs text-muted">{user.email}</p>}
            <p className="text-xs text-muted">{ROLE_LABELS[user.role]}</p>
          </div>
          <ul className="py-1">
            {canAnnotate(user) && (
              <li>
                <Link href="/queue" className={item}>
                  Queue
                </Link>
              </li>
            )}
            {isAdmin(user) && (
              <li>
                <Link href="/admin/users" className={item}>
                  Admin
                </Link>
              </li>
            )}
            <li>
              <button type="button" onClick={signOut} className={`${item} w-full text-left`}>
                Sign out
              </button>
            </li>
          </ul>
          {error && (
            <p role="alert" className="px-3 pb-1 text-xs text-red-800 dark:text-red-300">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
