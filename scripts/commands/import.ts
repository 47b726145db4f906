import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "@/db/client";
import { AppError } from "@/lib/errors";
import { importText } from "@/lib/import/import-text";
import { readEnv } from "@/lib/env";
import { readArticleFile, usageError } from "./read-article-file";

const USAGE =
  'import <file> --outlet "Name" [--event "Title"] [--title T] [--author A] [--published YYYY-MM-DD] [--url U]';

const argsSchema = z.object({
  file: z.string({ error: `Name the file to import.\nUsage: npm run cli -- ${USAGE}` }).min(1),
  outlet: z.string({ error: 'Name the outlet with --outlet "Name".' }).trim().min(1, 'Name the outlet with --outlet "Name".'),
  event: z.string().optional(),
  title: z.string().optional(),
  author: z.string().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "--published takes a date such as 2017-02-14.")
    .optional(),
  url: z.string().optional(),
});

export const importCommand = {
  usage: USAGE,
  run(argv: string[]): void {
    let parsedArgs;
    try {
      parsedArgs = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          outlet: { type: "string" },
          event: { type: "string" },
          title: { type: "string" },
          author: { type: "string" },
          published: { type: "string" },
          url: { type: "string" },
        },
      });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const { values, positionals } = parsedArgs;
    if (positionals.length > 1) {
      throw new AppError("invalid_input", `Import one file at a time (got ${positionals.length}).`);
    }
    const checked = argsSchema.safeParse({ ...values, file: positionals[0] });
    if (!checked.success) {
      throw new AppError("invalid_input", checked.error.issues.map((i) => i.message).join("\n"));
    }
    const args = checked.data;
    const text = readArticleFile(args.file);

    const db = openDatabase(readEnv().DATABASE_PATH);
    try {
      const result = importText(
        {
          text,
          outlet: args.outlet,
          event: args.event,
          title: args.title,
          author: args.author,
          publishedAt: args.published,
          url: args.url,
        },
        db,
      );
      if (result.status === "duplicate") {
        console.log(
          `Already imported as article ${result.articleId} (same ${result.reason === "url" ? "URL" : "text"}); nothing stored.`,
        );
      } else {
        const { article } = result;
        console.log(
          `Imported article ${article.id}: "${article.title}" (${article.outlet.name}, ${article.wordCount} words, ${article.paragraphs.length} paragraphs) into event ${article.event?.id}: "${article.event?.title}".`,
        );
      }
    } finally {
      db.$client.close();
    }
  },
};
