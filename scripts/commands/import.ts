// `npm run cli -- import <file>… | <folder>…`: one text or HTML file is imported at once (metadata options apply to
// it); several files, a folder, or a .json/.ndjson feed run as an import job with a progress bar, stored in the
// database so that an interrupted run continues with `--resume JOB` (or is simply run again: duplicates are skipped).
// A file written by `export` is recognised by its first bytes and brought back whole (db/archive.ts), into an empty
// database or, with `--replace`, in place of everything in it.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { importArchive, looksLikeArchive, readArchive } from "@/db/archive";
import { openDatabase, type Db } from "@/db/client";
import { createImportJob, getImportJob, type NewImportItem } from "@/db/queries/import-jobs";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { IMPORT_FILE_EXTENSIONS, itemsFromFile } from "@/lib/import/files";
import { runImportJobSync, type JobProgress } from "@/lib/import/jobs";
import { importLimits } from "@/lib/import/limits";
import { storePrepared } from "@/lib/import/pipeline";
import { prepareArticle } from "@/lib/import/prepare";
import { looksLikeHtml } from "@/lib/ingest";
import { readArticleFile, usageError } from "./read-article-file";

const USAGE =
  'import <file>… | <folder>… [--outlet "Name"] [--event "Title"] [--title T] [--author A] [--published YYYY-MM-DD] [--url U] [--resume JOB]\n' +
  "  import <export.json> [--replace] (a file written by `export`: everything, into an empty database)";

const argsSchema = z.object({
  paths: z.array(z.string().min(1)),
  outlet: z.string().trim().min(1, 'Name the outlet with --outlet "Name".').optional(),
  event: z.string().trim().min(1, "--event needs a title.").optional(),
  title: z.string().optional(),
  author: z.string().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "--published takes a date such as 2017-02-14.")
    .optional(),
  url: z.string().optional(),
  replace: z.boolean().optional(),
  resume: z.coerce.number({ error: "--resume takes a job number." }).int().positive("--resume takes a job number.").optional(),
});
type Args = z.infer<typeof argsSchema>;

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        outlet: { type: "string" },
        event: { type: "string" },
        title: { type: "string" },
        author: { type: "string" },
        published: { type: "string" },
        url: { type: "string" },
        resume: { type: "string" },
        replace: { type: "boolean" },
      },
    });
  } catch (error) {
    throw usageError(error, USAGE);
  }
  const checked = argsSchema.safeParse({ ...parsed.values, paths: parsed.positionals });
  if (!checked.success) throw new AppError("invalid_input", checked.error.issues.map((i) => i.message).join("\n"));
  if (!checked.data.paths.length && !checked.data.resume) {
    throw new AppError("invalid_input", `Name the file(s) or folder(s) to import.\nUsage: npm run cli -- ${USAGE}`);
  }
  return checked.data;
}

/** The files named, with folders walked (hidden files skipped), in a stable order. */
function filesOf(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new AppError("invalid_input", `File not found: ${p}`);
    if (!stat.isDirectory()) {
      out.push(p);
      continue;
    }
    const found = fs
      .readdirSync(p, { recursive: true, encoding: "utf8" })
      .filter((f) => !f.split(path.sep).some((part) => part.startsWith(".")))
      .filter((f) => (IMPORT_FILE_EXTENSIONS as readonly string[]).includes(path.extname(f).toLowerCase()))
      .map((f) => path.join(p, f))
      .filter((f) => fs.statSync(f).isFile())
      .sort();
    if (!found.length) throw new AppError("invalid_input", `${p} has no ${IMPORT_FILE_EXTENSIONS.join(", ")} files.`);
    out.push(...found);
  }
  return out;
}

/** One text or HTML file, with the metadata options: imported at once. */
function importSingleFile(db: Db, file: string, args: Args): void {
  const content = readArticleFile(file);
  const html = /\.html?$/i.test(file) || looksLikeHtml(content);
  const given = { title: args.title, author: args.author, publishedAt: args.published, url: args.url, outlet: args.outlet };
  const article = prepareArticle(html ? { kind: "html", html: content } : { kind: "text", text: content }, given, {
    maxBytes: importLimits().maxBytes,
  });
  if (!article.outlet) throw new AppError("invalid_input", `The file does not name its outlet; name it with --outlet "Name".`);
  const result = storePrepared(db, article, { eventTitle: args.event }, null);
  if (result.status === "duplicate") {
    console.log(`Already imported as article ${result.articleId} (same ${result.reason === "url" ? "URL" : "text"}); nothing stored.`);
    return;
  }
  const a = result.article;
  console.log(
    `Imported article ${a.id}: "${a.title}" (${a.outlet.name}, ${a.wordCount} words, ${a.paragraphs.length} paragraphs) into event ${a.event?.id}: "${a.event?.title}".`,
  );
}

/** The first bytes of a file, or "" when it cannot be read (the caller reports that). */
function startOf(file: string): string {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const buffer = Buffer.alloc(64);
      return buffer.subarray(0, fs.readSync(fd, buffer, 0, 64, 0)).toString("utf8");
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return "";
  }
}

/** A file written by `export`: everything it holds, in one transaction. */
function importExport(db: Db, file: string, args: Args): void {
  const used = (["outlet", "event", "title", "author", "published", "url", "resume"] as const).filter((k) => args[k] !== undefined);
  if (used.length) throw new AppError("invalid_input", `${file} is a Parallax export: --${used.join(", --")} ${used.length === 1 ? "does" : "do"} not apply to it.`);
  const result = importArchive(db, readArchive(file), { replace: args.replace });
  const t = result.tables;
  const rows = Object.values(t).reduce((a, b) => a + b, 0);
  console.log(
    `Imported ${rows} rows from ${file}${result.replaced ? ` in place of ${result.replaced} deleted` : ""}: ${t.articles ?? 0} articles, ` +
      `${t.claims ?? 0} claims, ${t.propositions ?? 0} propositions, ${t.fact_checks ?? 0} fact-checks with ${t.fact_check_revisions ?? 0} revisions, ${t.users ?? 0} users.`,
  );
  if (result.usersWithoutPassword.length) {
    console.log(
      `${result.usersWithoutPassword.length} user(s) came without a password and cannot sign in until one is set: npm run cli -- user password --email E`,
    );
  }
}

/** A progress bar on a terminal; one line per item otherwise (logs, pipes). */
function progressReporter(total: number) {
  const tty = process.stderr.isTTY;
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  let done = 0;
  return {
    item({ item, outcome }: JobProgress) {
      done++;
      if (outcome !== "skipped") counts[outcome]++;
      if (!tty) {
        console.log(`[${done}/${total}] ${outcome.padEnd(9)} ${item.label}`);
        return;
      }
      const width = 30;
      const filled = Math.round((done / total) * width);
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      const line = `${bar} ${done}/${total}  imported ${counts.imported} · duplicate ${counts.duplicate} · failed ${counts.failed}`;
      process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1)}`);
      if (done === total) process.stderr.write("\n");
    },
  };
}

function runJob(db: Db, jobId: number): void {
  const before = getImportJob(jobId, db);
  if (!before) throw new AppError("not_found", `Import job ${jobId} was not found.`);
  const progress = progressReporter(before.counts.pending);
  if (before.counts.pending) runImportJobSync(db, jobId, (p) => progress.item(p));
  const job = getImportJob(jobId, db)!;
  const { imported, duplicate, failed } = job.counts;
  console.log(`Import job ${jobId}: ${job.total} item${job.total === 1 ? "" : "s"}: ${imported} imported, ${duplicate} duplicate, ${failed} failed.`);
  for (const item of job.items) {
    if (item.status === "failed") console.log(`  failed     ${item.label}: ${item.message}`);
    if (item.status === "duplicate") console.log(`  duplicate  ${item.label}: already stored as article ${item.article?.id}`);
  }
  if (failed) process.exitCode = 1;
}

export const importCommand = {
  usage: USAGE,
  run(argv: string[]): void {
    const args = parse(argv);
    const db = openDatabase(readEnv().DATABASE_PATH);
    try {
      if (args.resume) {
        if (args.replace) throw new AppError("invalid_input", "--replace applies only to a file written by `export`.");
        return runJob(db, args.resume);
      }
      const files = filesOf(args.paths);
      if (files.length === 1 && looksLikeArchive(startOf(files[0]!))) return importExport(db, files[0]!, args);
      if (args.replace) throw new AppError("invalid_input", "--replace applies only to a file written by `export`.");
      const single = files.length === 1 && !/\.(json|ndjson|jsonl)$/i.test(files[0]!) && !fs.statSync(args.paths[0]!).isDirectory();
      if (single) return importSingleFile(db, files[0]!, args);
      if (args.title || args.author || args.published || args.url) {
        throw new AppError("invalid_input", "--title, --author, --published and --url apply to one article: import that file on its own.");
      }
      const limits = importLimits();
      const items: NewImportItem[] = files.flatMap((file) => {
        let bytes: Uint8Array;
        try {
          bytes = fs.readFileSync(file);
        } catch (error) {
          return [{ label: file, payload: null, error: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).` }];
        }
        return itemsFromFile(file, bytes, limits, { outlet: args.outlet, eventTitle: args.event });
      });
      const jobId = createImportJob(db, { source: "cli", createdBy: null, items, options: { outlet: args.outlet, event: args.event } });
      console.log(`Import job ${jobId}: ${items.length} item${items.length === 1 ? "" : "s"} from ${files.length} file${files.length === 1 ? "" : "s"}. If it is interrupted, continue with: npm run cli -- import --resume ${jobId}`);
      runJob(db, jobId);
    } finally {
      db.$client.close();
    }
  },
};
