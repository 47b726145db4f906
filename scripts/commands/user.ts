// `user add --email E --role R [--name N] [--password-file F]`: create an account (the first admin, for one).
// `user password --email E [--password-file F]`: set a new password (an account imported without one, a lost one).
// The password comes from the file (its first line) or is asked for on the terminal without echo.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "@/db/client";
import { createUser, findUserByEmail, updateUser } from "@/db/queries/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { usageError } from "./read-article-file";

const USAGE =
  "user add --email E --role admin|fact_checker|reader [--name N] [--password-file F]\n  user password --email E [--password-file F]";

const optionsSchema = z.object({
  email: z.email({ error: "--email takes an email address, such as ana@example.org." }),
  role: z.enum(ROLES, { error: `--role is one of ${ROLES.join(", ")}.` }),
  name: z.string().trim().max(200).optional(),
});

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new AppError("invalid_input", "No terminal to ask for the password on: pass --password-file.");
  return new Promise((resolve) => {
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") process.exit(130);
        if (ch === "\u007f") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(file: string | undefined): Promise<string> {
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      throw new AppError("invalid_input", `Cannot read the password file ${file}.`);
    }
    return text.split(/\r?\n/)[0] ?? "";
  }
  const first = await promptHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const again = await promptHidden("Password again: ");
  if (first !== again) throw new AppError("invalid_input", "The two passwords differ.");
  return first;
}

export const userCommand = {
  usage: USAGE,
  async run(argv: string[]): Promise<void> {
    const [action, ...rest] = argv;
    if (action === "password") return setPassword(rest);
    if (action !== "add") throw new AppError("invalid_input", `Usage: npm run cli -- ${USAGE}`);
    let values;
    try {
      ({ values } = parseArgs({
        args: rest,
        options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, "password-file": { type: "string" } },
      }));
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const parsed = optionsSchema.safeParse(values);
    if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues.map((i) => i.message).join(" "));
    const password = await readPassword(values["password-file"]);
    const db = openDatabase(readEnv().DATABASE_PATH);
    try {
      const user = await createUser({ ...parsed.data, password }, null, db);
      console.log(`Created ${user.role.replace("_", "-")} ${user.email} (user ${user.id}).`);
    } finally {
      db.$client.close();
    }
  },
};

async function setPassword(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { email: { type: "string" }, "password-file": { type: "string" } } }));
  } catch (error) {
    throw usageError(error, USAGE);
  }
  const email = optionsSchema.shape.email.safeParse(values.email);
  if (!email.success) throw new AppError("invalid_input", email.error.issues.map((i) => i.message).join(" "));
  const db = openDatabase(readEnv().DATABASE_PATH);
  try {
    const user = findUserByEmail(email.data, db);
    if (!user) throw new AppError("not_found", `There is no user ${email.data}.`);
    const password = await readPassword(values["password-file"]);
    await updateUser(user.id, { password }, null, db);
    console.log(`Set a new password for ${user.email} (user ${user.id}); their sessions were ended.`);
  } finally {
    db.$client.close();
  }
}
