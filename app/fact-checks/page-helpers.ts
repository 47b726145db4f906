// Helpers of the fact-check pages: the origin Parallax is served at (the same rule as siteUrlOf for route handlers),
// and quotation marks around a claim.
import { headers } from "next/headers";
import { siteUrlOf } from "@/lib/claimreview";

export async function siteUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return siteUrlOf(new Request(`${proto}://${host}/`, { headers: h }));
}

/** A claim in quotation marks, unless its words already open with one. */
export function quoted(text: string): string {
  return /^["“‘']/.test(text.trim()) ? text : `“${text}”`;
}
