// Creates the e2e accounts in the run's fresh database with the real CLI (`npm run cli -- user add`).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ACCOUNTS, PASSWORD, ROLE_OF } from "./accounts";

export default function globalSetup(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-pw-"));
  const file = path.join(dir, "password");
  fs.writeFileSync(file, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    for (const [who, email] of Object.entries(ACCOUNTS)) {
      execFileSync("npx", ["tsx", "scripts/cli.ts", "user", "add", "--email", email, "--role", ROLE_OF[who as keyof typeof ACCOUNTS]!, "--password-file", file], {
        env: { ...process.env, DATABASE_PATH: process.env.PARALLAX_E2E_DB },
        stdio: "inherit",
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
