import { z } from "zod";
import { createSession, deleteSession, findUserByEmail, toUserView } from "@/db/queries/users";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { assertSameOrigin, clearedSessionCookie, sessionCookie, sessionTokenFrom, userFromRequest } from "@/lib/auth/request";
import { clearSignInFailures, recordSignInFailure, signInWait } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { handle, readJson } from "@/lib/http";

/** GET /api/session: who is signed in ({user: null} for an anonymous visitor). */
export async function GET(request: Request) {
  return handle(() => ({ user: userFromRequest(request) }));
}

const signInSchema = z.object({
  email: z.string({ error: "Enter your email address." }).trim().min(1, "Enter your email address.").max(320),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1000),
});

/** POST /api/session {email, password}: signs in and sets the session cookie. */
export async function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const { email, password } = await readJson(request, signInSchema);
    const keys = [`email:${email.toLowerCase()}`];
    const wait = signInWait(keys);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const error = new AppError("too_many_requests", `Too many failed sign-ins for this account. Try again in ${seconds} seconds.`);
      error.retryAfterSeconds = seconds;
      throw error;
    }
    const user = findUserByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) {
      recordSignInFailure(keys);
      throw new AppError("unauthorized", "That email and password do not match an account.");
    }
    if (user.disabledAt) throw new AppError("forbidden", "This account has been disabled. Ask an admin to enable it.");
    clearSignInFailures(keys);
    const { token, expiresAt } = createSession(user.id, request.headers.get("user-agent"));
    return Response.json({ user: toUserView(user) }, { headers: { "set-cookie": sessionCookie(request, token, expiresAt) } });
  });
}

/** DELETE /api/session: signs out (ends the session and clears the cookie). */
export async function DELETE(request: Request) {
  return handle(() => {
    assertSameOrigin(request);
    const token = sessionTokenFrom(request.headers.get("cookie"));
    if (token) deleteSession(token);
    return Response.json({ user: null }, { headers: { "set-cookie": clearedSessionCookie(request) } });
  });
}
