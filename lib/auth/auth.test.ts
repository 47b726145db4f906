import { afterEach, describe, expect, it } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "./password";
import { assertSameOrigin, sessionCookie, sessionTokenFrom } from "./request";
import { hasRole } from "./roles";
import { clearSignInFailures, recordSignInFailure, signInWait } from "./throttle";

describe("passwords", () => {
  it("hash with a fresh salt and verify only the right password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
    expect(await verifyPassword("anything", "md5$abc")).toBe(false);
    expect(await verifyPassword("", await decoyHash())).toBe(false);
  });
});

describe("the sign-in throttle", () => {
  const key = ["email:someone@example.org"];
  afterEach(() => clearSignInFailures(key));

  it("lets five failures through, then makes each further attempt wait longer", () => {
    const t0 = 1_000_000;
    for (let i = 0; i < 4; i++) recordSignInFailure(key, t0);
    expect(signInWait(key, t0)).toBe(0);
    recordSignInFailure(key, t0);
    expect(signInWait(key, t0)).toBe(30_000);
    expect(signInWait(key, t0 + 30_000)).toBe(0);
    recordSignInFailure(key, t0 + 30_000);
    expect(signInWait(key, t0 + 30_000)).toBe(60_000);
    clearSignInFailures(key);
    expect(signInWait(key, t0 + 30_000)).toBe(0);
  });

  it("forgets failures after an hour", () => {
    for (let i = 0; i < 6; i++) recordSignInFailure(key, 0);
    expect(signInWait(key, 1000)).toBeGreaterThan(0);
    expect(signInWait(key, 61 * 60_000)).toBe(0);
  });
});

describe("requests", () => {
  const req = (method: string, headers: Record<string, string>) => new Request("http://parallax.test/api/x", { method, headers: { host: "parallax.test", ...headers } });

  it("accept same-origin changes and programs without an Origin, refuse other sites", () => {
    expect(() => assertSameOrigin(req("POST", { origin: "http://parallax.test" }))).not.toThrow();
    expect(() => assertSameOrigin(req("POST", {}))).not.toThrow();
    expect(() => assertSameOrigin(req("GET", { origin: "https://evil.example" }))).not.toThrow();
    expect(() => assertSameOrigin(req("POST", { origin: "https://evil.example" }))).toThrow(/another site/);
    expect(() => assertSameOrigin(req("DELETE", { "sec-fetch-site": "cross-site" }))).toThrow(/another site/);
    expect(() => assertSameOrigin(req("PUT", { origin: "null" }))).toThrow(/another site/);
  });

  it("read the session cookie among others and set it httpOnly, Lax, Secure only over HTTPS", () => {
    expect(sessionTokenFrom("a=1; parallax_session=tok%3D; b=2")).toBe("tok=");
    expect(sessionTokenFrom("a=1")).toBeNull();
    const plain = sessionCookie(req("POST", {}), "t", new Date(0));
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    expect(sessionCookie(req("POST", { "x-forwarded-proto": "https" }), "t", new Date(0))).toMatch(/Secure/);
  });

  it("rank roles: admin over fact-checker over reader, anonymous as reader", () => {
    expect(hasRole({ role: "admin" }, "fact_checker")).toBe(true);
    expect(hasRole({ role: "fact_checker" }, "admin")).toBe(false);
    expect(hasRole(null, "reader")).toBe(true);
    expect(hasRole(null, "fact_checker")).toBe(false);
  });
});
