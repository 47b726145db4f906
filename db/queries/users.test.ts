// Accounts, sessions and the audit log on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { listAudit, recordAudit } from "./audit";
import { createSession, createUser, deleteSession, findUserByEmail, listAssignableUsers, listUsers, updateUser, userForSessionToken } from "./users";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const PASSWORD = "long enough password";
const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

/** The AppError `run` rejects with (fails the test when it resolves). */
async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("accounts", () => {
  it("are created with a trimmed email and name, audited, and found without case", async () => {
    const admin = await createUser({ email: "root@x.test", password: PASSWORD, role: "admin" }, null, db);
    const user = await createUser({ email: "  Ann@Example.test ", name: "  Ann Lee ", password: PASSWORD, role: "fact_checker" }, admin.id, db);
    expect(user).toEqual({ id: user.id, email: "Ann@Example.test", name: "Ann Lee", role: "fact_checker", disabled: false });
    expect(findUserByEmail("ann@example.TEST", db)?.id).toBe(user.id);
    expect(listUsers(db).map((u) => u.email)).toEqual(["Ann@Example.test", "root@x.test"]);
    const audit = db.$client.prepare("SELECT user_id, details FROM audit_log WHERE action = 'user.create' AND subject_id = ?").get(user.id) as { user_id: number; details: string };
    expect(audit.user_id).toBe(admin.id);
    expect(JSON.parse(audit.details)).toEqual({ email: "Ann@Example.test", role: "fact_checker" });
    expect(db.$client.prepare("SELECT password_hash AS h FROM users WHERE id = ?").get(user.id)).not.toEqual({ h: PASSWORD });
  });

  it("refuse a second account for the same email, whatever its case", async () => {
    await createUser({ email: "ann@x.test", password: PASSWORD, role: "reader" }, null, db);
    const error = await refusal(() => createUser({ email: "ANN@x.test", password: PASSWORD, role: "admin" }, null, db));
    expect(error.code).toBe("conflict");
    expect(error.message).toContain("ANN@x.test");
    expect(count("SELECT count(*) AS n FROM users")).toBe(1);
  });

  it("refuse a password shorter than 10 characters, on creation and on change", async () => {
    const error = await refusal(() => createUser({ email: "ann@x.test", password: "123456789", role: "reader" }, null, db));
    expect(error.code).toBe("invalid_input");
    expect(count("SELECT count(*) AS n FROM users")).toBe(0);
    const ann = await createUser({ email: "ann@x.test", password: "1234567890", role: "reader" }, null, db);
    expect((await refusal(() => updateUser(ann.id, { password: "short" }, null, db))).code).toBe("invalid_input");
  });

  it("keep the last active admin: no demotion, no disabling, until there is another", async () => {
    const a = await createUser({ email: "a@x.test", password: PASSWORD, role: "admin" }, null, db);
    expect((await refusal(() => updateUser(a.id, { role: "fact_checker" }, a.id, db))).code).toBe("conflict");
    expect((await refusal(() => updateUser(a.id, { disabled: true }, a.id, db))).code).toBe("conflict");
    expect(listUsers(db)[0]).toMatchObject({ role: "admin", disabled: false });
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'user.update'")).toBe(0);

    // A disabled admin does not count either.
    const b = await createUser({ email: "b@x.test", password: PASSWORD, role: "admin" }, a.id, db);
    await updateUser(b.id, { disabled: true }, a.id, db);
    expect((await refusal(() => updateUser(a.id, { role: "reader" }, a.id, db))).code).toBe("conflict");

    await updateUser(b.id, { disabled: false }, a.id, db);
    expect(await updateUser(a.id, { role: "fact_checker" }, b.id, db)).toMatchObject({ role: "fact_checker" });
    const details = db.$client.prepare("SELECT details FROM audit_log WHERE action = 'user.update' ORDER BY id DESC").get() as { details: string };
    expect(JSON.parse(details.details)).toEqual({ role: ["admin", "fact_checker"] });
  });

  it("end a user's sessions when they are disabled or get a new password", async () => {
    const ann = await createUser({ email: "ann@x.test", password: PASSWORD, role: "fact_checker" }, null, db);
    const first = createSession(ann.id, "test", db);
    expect(userForSessionToken(first.token, db)?.id).toBe(ann.id);

    await updateUser(ann.id, { disabled: true }, null, db);
    expect(userForSessionToken(first.token, db)).toBeNull();
    expect(count("SELECT count(*) AS n FROM sessions")).toBe(0);
    // Enabled again, the old token stays dead; a new sign-in works.
    await updateUser(ann.id, { disabled: false }, null, db);
    expect(userForSessionToken(first.token, db)).toBeNull();
    const second = createSession(ann.id, "test", db);
    expect(userForSessionToken(second.token, db)?.email).toBe("ann@x.test");

    await updateUser(ann.id, { password: "another long password" }, null, db);
    expect(userForSessionToken(second.token, db)).toBeNull();
  });

  it("offer active fact-checkers and admins, by name, as assignees", async () => {
    await createUser({ email: "zed@x.test", name: "Zed", password: PASSWORD, role: "admin" }, null, db);
    await createUser({ email: "amy@x.test", password: PASSWORD, role: "fact_checker" }, null, db);
    await createUser({ email: "rita@x.test", password: PASSWORD, role: "reader" }, null, db);
    const gone = await createUser({ email: "gone@x.test", password: PASSWORD, role: "fact_checker" }, null, db);
    await updateUser(gone.id, { disabled: true }, null, db);
    expect(listAssignableUsers(db).map((p) => p.name)).toEqual(["amy@x.test", "Zed"]);
  });
});

describe("sessions", () => {
  it("work with their token only, and are stored as a hash", async () => {
    const ann = await createUser({ email: "ann@x.test", password: PASSWORD, role: "reader" }, null, db);
    const { token, expiresAt } = createSession(ann.id, "agent", db);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(userForSessionToken(token, db)).toMatchObject({ id: ann.id, role: "reader" });
    expect(userForSessionToken(`${token}x`, db)).toBeNull();
    expect(userForSessionToken("", db)).toBeNull();
    expect(count(`SELECT count(*) AS n FROM sessions WHERE token_hash = '${token}'`)).toBe(0);
  });

  it("stop working when expired or deleted", async () => {
    const ann = await createUser({ email: "ann@x.test", password: PASSWORD, role: "reader" }, null, db);
    const expired = createSession(ann.id, null, db);
    const deleted = createSession(ann.id, null, db);
    const kept = createSession(ann.id, null, db);
    db.$client.prepare("UPDATE sessions SET expires_at = ? WHERE rowid = (SELECT min(rowid) FROM sessions)").run(new Date(Date.now() - 1000).toISOString());
    expect(userForSessionToken(expired.token, db)).toBeNull();
    deleteSession(deleted.token, db);
    expect(userForSessionToken(deleted.token, db)).toBeNull();
    expect(userForSessionToken(kept.token, db)?.id).toBe(ann.id);
  });
});

describe("the audit log", () => {
  it("lists newest first with who did it, filters by action prefix and user, and pages with `before`", async () => {
    const ann = await createUser({ email: "ann@x.test", password: PASSWORD, role: "admin" }, null, db);
    const bob = await createUser({ email: "bob@x.test", password: PASSWORD, role: "fact_checker" }, ann.id, db);
    for (let i = 0; i < 5; i++) recordAudit(db, { action: "fact_check.save", subjectType: "fact_check", subjectId: i, userId: bob.id, details: { i } });
    recordAudit(db, { action: "fact_checker.odd", subjectType: "x", userId: null });

    const all = listAudit({}, db);
    expect(all.older).toBeNull();
    expect(all.entries.map((e) => e.action)).toEqual([
      "fact_checker.odd",
      ...Array(5).fill("fact_check.save"),
      "user.create",
      "user.create",
    ]);
    expect(all.entries[0]!.user).toBeNull();
    expect(all.entries[1]).toMatchObject({ subjectType: "fact_check", subjectId: 4, user: { id: bob.id, email: "bob@x.test" }, details: { i: 4 } });

    // A prefix, not a pattern: "_" is not a wildcard.
    expect(listAudit({ action: "fact_check." }, db).entries).toHaveLength(5);
    expect(listAudit({ action: "fact_check" }, db).entries).toHaveLength(6);
    expect(listAudit({ action: "user.cr" }, db).entries.map((e) => e.subjectId)).toEqual([bob.id, ann.id]);
    expect(listAudit({ action: "%" }, db).entries).toHaveLength(0);
    expect(listAudit({ userId: ann.id }, db).entries.map((e) => e.action)).toEqual(["user.create"]);

    const first = listAudit({ limit: 3 }, db);
    expect(first.entries).toHaveLength(3);
    expect(first.older).toBe(first.entries[2]!.id);
    const second = listAudit({ limit: 3, before: first.older! }, db);
    expect(second.entries.map((e) => e.id)).toEqual(all.entries.slice(3, 6).map((e) => e.id));
    const last = listAudit({ limit: 3, before: second.older! }, db);
    expect(last.entries.map((e) => e.id)).toEqual(all.entries.slice(6).map((e) => e.id));
    expect(last.older).toBeNull();
  });
});
