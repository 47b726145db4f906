"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const PAGES = [
  { href: "/admin/import", label: "Import" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/ratings", label: "Rating scale" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/data", label: "Data" },
] as const;

/** The admin pages' own navigation, with the current page marked. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {PAGES.map((p) => {
          const current = pathname === p.href;
          return (
            <li key={p.href}>
              <Link
                href={p.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm ${current ? "border-accent font-semibold text-ink" : "border-transparent text-muted hover:text-ink"}`}
              >
                {p.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Heading, sub-navigation and body of an admin page. */
export function AdminShell({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Admin</p>
        <h1 className="text-2xl font-semibold sm:text-3xl">{title}</h1>
        <p className="max-w-2xl text-muted">{intro}</p>
      </header>
      <AdminNav />
      {children}
    </div>
  );
}
