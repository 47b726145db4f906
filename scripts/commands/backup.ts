// `backup <file> [--force]`: a consistent copy of the database, taken with SQLite's online backup API, so it is
// safe while the app runs. The copy is checked before it gets its name (db/backup.ts).
import { parseArgs } from "node:util";
import { backupDatabaseFile } from "@/db/backup";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { usageError } from "./read-article-file";

const USAGE = "backup <file> [--force] (a consistent copy of the database; safe while the app runs)";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const backupCommand = {
  usage: USAGE,
  async run(argv: string[]): Promise<void> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: "boolean" } } });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) {
      throw new AppError("invalid_input", `Name one file to write the backup to.\nUsage: npm run cli -- ${USAGE}`);
    }
    const result = await backupDatabaseFile(readEnv().DATABASE_PATH, file, { force: parsed.values.force });
    const mb = (result.bytes / (1024 * 1024)).toFixed(1);
    console.log(`Backed up ${plural(result.articles, "article")}, ${plural(result.factChecks, "fact-check")} (${mb} MB) to ${file}.`);
  },
};
