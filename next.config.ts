import type { NextConfig } from "next";

// `next dev` (NODE_ENV=development) evaluates its modules with eval and reloads them over a WebSocket; the
// production build needs neither, so only development gets 'unsafe-eval' and ws:.
const isDev = process.env.NODE_ENV === "development";

// The Content-Security-Policy. Everything comes from this origin; nothing may be framed, embedded or posted elsewhere.
// script-src keeps 'unsafe-inline': the App Router inlines its flight data (`self.__next_f.push(…)`) as inline
// scripts, and the only alternative, a per-request nonce, forces every page to render dynamically and would end
// the cached (ISR) event page. What is inline is React's serialised data, never article or fact-check text as
// markup: React escapes every string it renders, and jsonForScript escapes `<` in the ClaimReview JSON-LD.
// style-src keeps 'unsafe-inline' for the style attributes React sets and the styles Next inlines.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Sent with every answer, pages and the JSON API alike (e2e/security.spec.ts checks them).
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers older than CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The dev server serves its scripts to 127.0.0.1 as well as localhost (e2e specs and screenshots use the IP).
  allowedDevOrigins: ["127.0.0.1"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
