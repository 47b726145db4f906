// Canonical article addresses, so that the same article reached from a newsletter, a share button or a feed is
// recognised as one (duplicates are found by this form of the URL).
//
// Rules (canonicalUrl):
// - only http and https; anything else (or an unparseable string) is null;
// - scheme and host in lower case (the URL parser does this), a trailing dot on the host dropped, default
//   ports (:80 for http, :443 for https) dropped, user name and password dropped;
// - the fragment dropped;
// - tracking parameters dropped (TRACKING_PARAMS and TRACKING_PREFIXES below, names compared case-insensitively);
//   the other parameters keep their order and their spelling; an empty query ("?") goes;
// - the path is kept as it is: no lower-casing, no trailing-slash changes ("/" stays for the root).
// "www." is not removed, and http and https stay distinct in the canonical form (sameArticleUrl ignores the
// scheme).

/** Parameter names that only say how a reader arrived (compared in lower case). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Google / Microsoft / Yandex / Meta / TikTok / Twitter / LinkedIn click ids and analytics
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ttclid", "twclid", "li_fat_id",
  "igshid", "igsh", "_ga", "_gl", "_gac",
  // e-mail and marketing platforms (Mailchimp, HubSpot, Marketo, Vero, Omeda)
  "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking", "mkt_tok", "vero_id",
  "vero_conv", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "s_kwcid",
  // referrer and campaign tags used by news sites (Twitter ref_src, NYT smid/smtyp, Guardian CMP, MSN ocid,
  // Yahoo guccounter, WT.mc_id)
  "ref_src", "ref_url", "cmpid", "cmp", "smid", "smtyp", "ocid", "ncid", "guccounter", "guce_referrer",
  "guce_referrer_sig", "wt.mc_id", "wt.mc_ev", "__twitter_impression", "sr_share", "at_medium", "at_campaign",
  "at_custom1", "at_custom2", "at_custom3", "at_custom4",
]);

/** Parameter-name prefixes that are always tracking: utm_source, utm_medium, utm_campaign, … */
export const TRACKING_PREFIXES: readonly string[] = ["utm_", "pk_", "mtm_", "hsa_"];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function paramName(part: string): string {
  const raw = part.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/** The canonical form of an http(s) address (rules above); null when it is not one. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  url.username = "";
  url.password = "";
  if (url.hostname.endsWith(".")) url.hostname = url.hostname.replace(/\.+$/, "");
  url.hash = "";
  // Work on the query text itself, so the parameters kept are not re-encoded.
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((part) => part !== "" && !isTrackingParam(paramName(part)));
  url.search = kept.length ? `?${kept.join("&")}` : "";
  return url.href;
}

/** An address and its twin over the other scheme (http ↔ https): the forms one article may be stored under. */
export function schemeForms(url: string): string[] {
  const m = /^(https?):/.exec(url);
  return m ? [url, (m[1] === "https" ? "http" : "https") + url.slice(m[1]!.length)] : [url];
}

/** Two addresses of the same article: equal canonical forms, http and https counted as the same. */
export function sameArticleUrl(a: string, b: string): boolean {
  const ca = canonicalUrl(a);
  const cb = canonicalUrl(b);
  if (!ca || !cb) return false;
  return ca.replace(/^https:/, "http:") === cb.replace(/^https:/, "http:");
}
