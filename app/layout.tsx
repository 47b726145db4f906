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
              className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:flex-nowrap sm:gap-6 sm:px-6"
            >
              <Link href="/" className="text-lg font-semibold tracking-tight">
                Parallax
              </Link>
              <Link href="/" className="text-sm text-muted hover:text-ink">
                Events
              </Link>
              <Link href="/fact-checks" className="text-sm text-muted hover:text-ink">
                Fact-checks
              </Link>
              <form role="search" action="/search" className="order-last flex w-full min-w-0 items-center gap-2 sm:order-none sm:ml-auto sm:w-auto">
                <label htmlFor="site-search" className="sr-only">
                  Search articles and claims
                </label>
                <input
                  id="site-search"
                  name="q"
                  type="search"
                  placeholder="Search"
                  className="min-w-0 flex-1 rounded-md border border-line bg-page px-2 py-1 text-sm sm:w-64 sm:flex-none"
                />
                <button type="submit" className="rounded-md bg-accent px-3 py-1 text-sm font-semibold text-accent-ink">
                  Search
                </button>
              </form>
              <div className="ml-auto sm:ml-0">
                <UserMenu />
              </div>
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
