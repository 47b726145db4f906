// Which network addresses the importer may fetch from. Pure: no sockets, no DNS.
//
// A server that fetches URLs for its users must not become a way into the networks only it can reach
// (loopback, private ranges, link-local, the cloud metadata service). `isPublicAddress` says whether an IP
// address is globally reachable; `IMPORT_ALLOW_HOSTS` lets an admin name internal hosts that may be fetched
// anyway (the tests serve their pages on localhost through it).
import { isIP } from "node:net";

type Range4 = readonly [base: number, prefix: number];

const ipv4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

// IPv4 ranges that are not globally reachable (IANA special-purpose registry).
const NON_PUBLIC_V4: readonly Range4[] = [
  [ipv4(0, 0, 0, 0), 8], // "this network"
  [ipv4(10, 0, 0, 0), 8], // private
  [ipv4(100, 64, 0, 0), 10], // carrier-grade NAT
  [ipv4(127, 0, 0, 0), 8], // loopback
  [ipv4(169, 254, 0, 0), 16], // link-local, including the metadata service 169.254.169.254
  [ipv4(172, 16, 0, 0), 12], // private
  [ipv4(192, 0, 0, 0), 24], // IETF protocol assignments
  [ipv4(192, 0, 2, 0), 24], // documentation (TEST-NET-1)
  [ipv4(192, 88, 99, 0), 24], // 6to4 relay anycast (deprecated)
  [ipv4(192, 168, 0, 0), 16], // private
  [ipv4(198, 18, 0, 0), 15], // benchmarking
  [ipv4(198, 51, 100, 0), 24], // documentation (TEST-NET-2)
  [ipv4(203, 0, 113, 0), 24], // documentation (TEST-NET-3)
  [ipv4(224, 0, 0, 0), 4], // multicast
  [ipv4(240, 0, 0, 0), 4], // reserved, including broadcast 255.255.255.255
];

function inRange4(value: number, [base, prefix]: Range4): boolean {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return ((value & mask) >>> 0) === base;
}

function parseIPv4(ip: string): number | null {
  if (isIP(ip) !== 4) return null;
  const [a, b, c, d] = ip.split(".").map(Number) as [number, number, number, number];
  return ipv4(a, b, c, d);
}

function isPublicV4(value: number): boolean {
  return !NON_PUBLIC_V4.some((range) => inRange4(value, range));
}

/** An IPv6 address as its eight 16-bit groups, or null when it is not one. Accepts a zone (`fe80::1%eth0`). */
function parseIPv6(input: string): number[] | null {
  const ip = input.replace(/%.*$/, "");
  if (isIP(ip) !== 6) return null;
  let text = ip.toLowerCase();
  // A trailing dotted IPv4 part (::ffff:127.0.0.1) is two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIPv4(dotted[1]!);
    if (v4 === null) return null;
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const left = groups(head);
  if (tail === undefined) return left.length === 8 ? left : null;
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 1) return null;
  return [...left, ...new Array<number>(missing).fill(0), ...right];
}

const v4From = (high: number, low: number) => ((high << 16) | low) >>> 0;

function isPublicV6(g: number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  // IPv4-mapped ::ffff:a.b.c.d (also written ::ffff:7f00:1): the IPv4 address is what is reached.
  if (zeroUpTo(5) && g5 === 0xffff) return isPublicV4(v4From(g6, g7));
  // IPv4-translated ::ffff:0:a.b.c.d (RFC 2765).
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0) return isPublicV4(v4From(g6, g7));
  // NAT64 well-known prefix 64:ff9b::/96: the embedded IPv4 address is what is reached.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isPublicV4(v4From(g6, g7));
  // 6to4 2002:AABB:CCDD::/48 tunnels to the IPv4 address AA.BB.CC.DD.
  if (g0 === 0x2002) return isPublicV4(v4From(g1, g2));
  // Only global unicast (2000::/3) is public. That leaves out ::, ::1, the deprecated IPv4-compatible ::/96,
  // 64:ff9b:1::/48 (local NAT64), 100::/64 (discard), unique local fc00::/7 (including the EC2 metadata service
  // fd00:ec2::254), link-local fe80::/10, site-local fec0::/10 and multicast ff00::/8.
  if ((g0 & 0xe000) !== 0x2000) return false;
  // Within 2000::/3: IETF protocol assignments 2001::/23 (Teredo 2001::/32, benchmarking 2001:2::/48, ORCHID)
  // and documentation 2001:db8::/32 and 3fff::/20.
  if (g0 === 0x2001 && g1 < 0x200) return false;
  if (g0 === 0x2001 && g1 === 0xdb8) return false;
  if ((g0 & 0xfff0) === 0x3ff0) return false;
  return true;
}

/**
 * Whether `ip` (an IPv4 or IPv6 address, without brackets) is globally reachable. Anything that is not a valid
 * IP address is not public. IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by that
 * IPv4 address.
 */
export function isPublicAddress(ip: string): boolean {
  const address = ip.trim().replace(/^\[(.*)\]$/, "$1");
  const v4 = parseIPv4(address);
  if (v4 !== null) return isPublicV4(v4);
  const v6 = parseIPv6(address);
  if (v6 !== null) return isPublicV6(v6);
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// IMPORT_ALLOW_HOSTS

export interface AllowEntry {
  /** Lower-case host name without a trailing dot, or an IP address in canonical form (IPv6 without brackets). */
  host: string;
  /** When given, the entry allows only this port. */
  port: number | null;
}

export type AllowList = readonly AllowEntry[];

/**
 * A host name or IP address as the URL parser writes it: lower case, IPv4 in dotted decimal (`127.1` becomes
 * `127.0.0.1`), IPv6 compressed and without brackets, no trailing dot. Null when it is not a valid host.
 */
export function canonicalHost(host: string): string | null {
  let text = host.trim();
  if (!text) return null;
  if (isIP(text) === 6) text = `[${text}]`;
  try {
    const hostname = new URL(`http://${text}/`).hostname;
    if (!hostname) return null;
    return hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "").toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Reads IMPORT_ALLOW_HOSTS: a comma-separated list of host names or IP addresses, case-insensitive, for example
 * `localhost,127.0.0.1,intranet.example:8080,[::1]`. An entry with a port (`host:port`, `[v6]:port`) allows only
 * that port; without one, every port. An entry matches the host written in the URL (a name matches that name,
 * whatever it resolves to; an IP address matches a URL written with that address), never by what a name
 * resolves to. Throws an Error naming the first entry that is not a host.
 */
export function parseAllowList(raw: string | undefined): AllowList {
  if (!raw) return [];
  const entries: AllowEntry[] = [];
  for (const part of raw.split(",")) {
    const item = part.trim();
    if (!item) continue;
    let host = item;
    let port: string | undefined;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(item);
    const withPort = /^([^:]+):(\d+)$/.exec(item);
    if (bracketed) [, host = "", port] = bracketed;
    else if (withPort) [, host = "", port] = withPort;
    const canonical = canonicalHost(host);
    const portNumber = port === undefined ? null : Number(port);
    if (!canonical || /[/?#@\s]/.test(host) || (portNumber !== null && (portNumber < 1 || portNumber > 65535))) {
      throw new Error(`IMPORT_ALLOW_HOSTS: "${item}" is not a host name or IP address (with an optional :port).`);
    }
    entries.push({ host: canonical, port: portNumber });
  }
  return entries;
}

/**
 * Whether the host of a URL (as in `url.hostname`, brackets allowed) on `port` is named by the allowlist. An
 * entry with a port matches only when `port` is given and equal.
 */
export function isAllowedHost(host: string, list: AllowList, port?: number): boolean {
  if (list.length === 0) return false;
  const canonical = canonicalHost(host.replace(/^\[(.*)\]$/, "$1"));
  if (!canonical) return false;
  return list.some((entry) => entry.host === canonical && (entry.port === null || entry.port === port));
}
