// Accounts and sign-in sessions. Passwords are scrypt hashes (lib/auth/password.ts); a session is a random
// token in an httpOnly cookie, stored here only as its SHA-256.
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { AppError } from "../../lib/errors";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../../lib/auth/password";
import type { Role, UserView } from "../../lib/auth/roles";
import { sessions, users, type User } from "../schema";
import { getDb, type Db, type DbOrTx } from "../client";
import { recordAudit } from "./audit";

export const SESSION_DAYS = 30;

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabledAt !== null };
}

export function findUserByEmail(email: string, db: DbOrTx = getDb()): User | undefined {
  return db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`).get();
}

export function getUser(id: number, db: DbOrTx = getDb()): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: DbOrTx = getDb()): UserView[] {
  return db.select().from(users).orderBy(asc(users.email)).all().map(toUserView);
}

/** Who fact-checks can be assigned to: active fact-checkers and admins, by name. */
export function listAssignableUsers(db: DbOrTx = getDb()): { id: number; name: string }[] {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(inArray(users.role, ["fact_checker", "admin"]), isNull(users.disabledAt)))
    .all()
    .map((u) => ({ id: u.id, name: u.name ?? u.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("invalid_input", `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
}

export interface NewUserInput {
  email: string;
  password: string;
  role: Role;
  name?: string | null;
}

/** Creates an account; the email must be new (compared without case). */
export async function createUser(input: NewUserInput, actorId: number | null = null, db: Db = getDb()): Promise<UserView> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (findUserByEmail(input.email, tx)) throw new AppError("conflict", `There is already an account for ${input.email.trim()}.`);
    const user = tx
      .insert(users)
      .values({ email: input.email.trim(), name: input.name?.trim() || null, role: input.role, passwordHash })
      .returning()
      .get();
    recordAudit(tx, { action: "user.create", subjectType: "user", subjectId: user.id, userId: actorId, details: { email: user.email, role: user.role } });
    return toUserView(user);
  });
}

export interface UserChanges {
  role?: Role;
  name?: string | null;
  disabled?: boolean;
  password?: string;
}

function activeAdminCount(tx: DbOrTx): number {
  const row = tx.select({ n: sql<number>`count(*)` }).from(users).where(and(eq(users.role, "admin"), sql`${users.disabledAt} IS NULL`)).get();
  return row?.n ?? 0;
}

/** Changes an account. The last active admin cannot be demoted or disabled; disabling ends the user's sessions. */
export async function updateUser(id: number, changes: UserChanges, actorId: number | null = null, db: Db = getDb()): Promise<UserView> {
  if (changes.password !== undefined) checkPassword(changes.password);
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return db.transaction((tx) => {
    const before = getUser(id, tx);
    if (!before) throw new AppError("not_found", `User ${id} was not found.`);
    const now = new Date().toISOString();
    tx.update(users)
      .set({
        ...(changes.role ? { role: changes.role } : {}),
        ...(changes.name !== undefined ? { name: changes.name?.trim() || null } : {}),
        ...(changes.disabled !== undefined ? { disabledAt: changes.disabled ? (before.disabledAt ?? now) : null } : {}),
        ...(passwordHash ? { passwordHash } : {}),
        updatedAt: now,
      })
      .where(eq(users.id, id))
      .run();
    if (before.role === "admin" && before.disabledAt === null && activeAdminCount(tx) === 0) {
      throw new AppError("conflict", "Parallax needs at least one active admin: make another admin first.");
    }
    if (changes.disabled || passwordHash) tx.delete(sessions).where(eq(sessions.userId, id)).run();
    const after = getUser(id, tx)!;
    recordAudit(tx, {
      action: "user.update",
      subjectType: "user",
      subjectId: id,
      userId: actorId,
      details: {
        ...(changes.role && changes.role !== before.role ? { role: [before.role, changes.role] } : {}),
        ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
        ...(changes.name !== undefined ? { name: after.name } : {}),
        ...(passwordHash ? { password: "changed" } : {}),
      },
    });
    return toUserView(after);
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Starts a session and returns its token (for the cookie) and expiry. */
export function createSession(userId: number, userAgent: string | null, db: Db = getDb()): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  db.transaction((tx) => {
    tx.delete(sessions).where(lt(sessions.expiresAt, new Date().toISOString())).run();
    tx.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt: expiresAt.toISOString(), userAgent: userAgent?.slice(0, 300) ?? null }).run();
    recordAudit(tx, { action: "user.sign_in", subjectType: "user", subjectId: userId, userId });
  });
  return { token, expiresAt };
}

/** The active user a session token belongs to, or null (unknown, expired, or a disabled account). */
export function userForSessionToken(token: string, db: DbOrTx = getDb()): UserView | null {
  const row = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date().toISOString())))
    .get();
  if (!row || row.user.disabledAt !== null) return null;
  return toUserView(row.user);
}

export function deleteSession(token: string, db: DbOrTx = getDb()): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}
