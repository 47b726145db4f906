// `export <file> [--with-password-hashes] [--force]`: everything in the database as one JSON file (db/archive.ts),
// taken from one snapshot, so it is safe while the app runs. `import <file>` brings it back.
import { parseArgs } from "node:util";
import { exportArchive } from "@/db/archive";
import { openDatabase } from "@/db/client";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { usageError } from "./read-article-file";

const USAGE = "export <file.json> [--with-password-hashes] [--force] (everything, as JSON; `import <file.json>` brings it back)";

export const exportCommand = {
  usage: USAGE,
  async run(argv: string[]): Promise<void> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { "with-password-hashes": { type: "boolean" }, force: { type: "boolean" } } });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new AppError("invalid_input", `Name one file to write the export to.\nUsage: npm run cli -- ${USAGE}`);
    // Opening migrates the database first, so the export records the schema this code knows.
    const database = readEnv().DATABASE_PATH;
    openDatabase(database).$client.close();
    const result = await exportArchive(database, file, { passwordHashes: parsed.values["with-password-hashes"], force: parsed.values.force });
    const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
    const t = result.tables;
    console.log(
      `Exported ${rows} rows from ${Object.keys(t).length} tables to ${file}: ${t.articles ?? 0} articles, ${t.claims ?? 0} claims, ` +
        `${t.propositions ?? 0} propositions, ${t.fact_checks ?? 0} fact-checks with ${t.fact_check_revisions ?? 0} revisions, ${t.users ?? 0} users ` +
        (result.passwordHashes ? "WITH their password hashes: keep the file secret." : "(without password hashes)."),
    );
  },
};
