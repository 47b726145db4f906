// `restore <file>`: replace the database with a backup, after checking it. Stop the app first: the CLI refuses a
// database another process has open, and saves the one it replaces beside it (db/backup.ts).
import { parseArgs } from "node:util";
import { restoreDatabase } from "@/db/backup";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { usageError } from "./read-article-file";

const USAGE = "restore <file> (replaces the database with a checked backup; stop the app first)";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const restoreCommand = {
  usage: USAGE,
  async run(argv: string[]): Promise<void> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: {} });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) {
      throw new AppError(
        "invalid_input",
        `Name one backup file to restore.\nUsage: npm run cli -- ${USAGE}\nRestoring replaces the database at DATABASE_PATH: stop the app first.`,
      );
    }
    const result = await restoreDatabase(file, readEnv().DATABASE_PATH);
    console.log(`Restored ${plural(result.articles, "article")}, ${plural(result.factChecks, "fact-check")} from ${file} to ${result.target}.`);
    if (result.migrated > 0) console.log(`It came from an older version: ${plural(result.migrated, "migration")} brought it up to date.`);
    console.log(
      result.savedAs
        ? `The database it replaced is saved as ${result.savedAs}. Start the app again now.`
        : "There was no database before. Start the app now.",
    );
  },
};
