// Authentication and authorisation for route handlers: the session cookie, the same-origin rule for changes,
// and role checks. Every route handler that changes data calls `requireRole` itself.
import { AppError } from "../errors";
import { userForSessionToken } from "../../db/queries/users";
import { hasRole, ROLE_LABELS, type Role, type UserView } from "./roles";

export const SESSION_COOKIE = "parallax_session";

/** The session token from a Cookie header, or null. */
export function sessionTokenFrom(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("=")) || null;
  }
  return null;
}

/** The signed-in user of a request, or null for an anonymous visitor. */
export function userFromRequest(request: Request): UserView | null {
  const token = sessionTokenFrom(request.headers.get("cookie"));
  return token ? userForSessionToken(token) : null;
}

const isHttps = (request: Request) =>
  request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" || new URL(request.url).protocol === "https:";

/** The Set-Cookie value for a session: httpOnly, SameSite=Lax, Secure over HTTPS. */
export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    ...(isHttps(request) ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(request: Request): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(isHttps(request) ? ["Secure"] : [])].join("; ");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a change requested by another site. Browsers send Origin with every POST, PUT, PATCH and DELETE (and
 * Sec-Fetch-Site when they know it); a request without either comes from a program, not a page, and carries no
 * ambient cookies an attacker could borrow.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (origin && origin !== "null") {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = "";
    }
    if (originHost === host) return;
  } else if (!origin && (!site || site === "same-origin" || site === "none")) {
    return;
  }
  throw new AppError("forbidden", "This change came from another site, so it was refused.");
}

/**
 * The signed-in user if they have at least role `min`; otherwise 401 (not signed in) or 403 (wrong role).
 * Changes (any method but GET/HEAD) must also come from this site.
 */
export function requireRole(request: Request, min: Role): UserView {
  assertSameOrigin(request);
  const user = userFromRequest(request);
  if (!user) throw new AppError("unauthorized", "Sign in to do this.");
  if (!hasRole(user, min)) {
    throw new AppError("forbidden", `Only ${min === "admin" ? "admins" : `${ROLE_LABELS[min].toLowerCase()}s and admins`} can do this.`);
  }
  return user;
}
