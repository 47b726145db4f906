// `cluster <file>...`: which of the given articles cover the same event, as {"events": [[file, …], …]}.
import { parseArgs } from "node:util";
import { z } from "zod";
import { clusterArticles } from "@/lib/analysis/events";
import { AppError } from "@/lib/errors";
import { analyzeText } from "./extract";
import { readArticleFile, usageError } from "./read-article-file";

const USAGE = "cluster <file>...";

const filesSchema = z.array(z.string().min(1)).min(1, `Name the files to group.\nUsage: npm run --silent cli -- ${USAGE}`);

export function clusterFiles(files: readonly string[]): { events: string[][] } {
  const articles = files.map((file) => {
    const { article } = analyzeText(readArticleFile(file), { fileName: file });
    return { title: article.title, body: article.body, published: article.published };
  });
  return { events: clusterArticles(articles).map((group) => group.map((i) => files[i]!)) };
}

export const clusterCommand = {
  usage: USAGE,
  run(argv: string[]): void {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: {} });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const checked = filesSchema.safeParse(parsed.positionals);
    if (!checked.success) throw new AppError("invalid_input", checked.error.issues.map((i) => i.message).join("\n"));
    process.stdout.write(`${JSON.stringify(clusterFiles(checked.data))}\n`);
  },
};
