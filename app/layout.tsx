import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax", template: "%s · Parallax" },
  description: "Compare how news outlets cover the same event, claim by claim.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f3" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-page font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Providers>
          <header className="border-b border-line bg-surface">
            <nav
              aria-label="Main"
              className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3 sm:gap-6 sm:px-6"
            >
              <Link href="/" className="text-lg font-semibold tracking-tight">
                Parallax
              </Link>
              <Link href="/" className="text-sm text-muted hover:text-ink">
                Events
              </Link>
              <form role="search" action="/search" className="ml-auto flex min-w-0 items-center gap-2">
                <label htmlFor="site-search" className="sr-only">
                  Search articles and claims
                </label>
                <input
                  id="site-search"
                  name="q"
                  type="search"
                  placeholder="Search"
                  className="w-36 min-w-0 rounded-md border border-line bg-page px-2 py-1 text-sm sm:w-64"
                />
                <button type="submit" className="rounded-md bg-accent px-3 py-1 text-sm font-semibold text-accent-ink">
                  Search
                </button>
              </form>
              <UserMenu />
            </nav>
          </header>
          <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
