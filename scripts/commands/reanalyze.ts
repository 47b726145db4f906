// `reanalyze`: run the current claim engine over stored articles, keeping what people added or edited.
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { ANALYZER_VERSION } from "@/lib/analysis";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { parseId } from "@/lib/http";
import { reanalyzeArticles } from "@/lib/import/reanalyze";
import { usageError } from "./read-article-file";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const USAGE = "reanalyze [--all] [--article ID]…";

export const reanalyzeCommand = {
  usage: USAGE,
  run(argv: string[]): void {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { all: { type: "boolean" }, article: { type: "string", multiple: true } },
      }));
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const articleIds = values.article?.map((raw) => {
      const id = parseId(raw);
      if (id === null) throw new AppError("invalid_input", `--article takes an article id (a number), not "${raw}".`);
      return id;
    });

    const db = openDatabase(readEnv().DATABASE_PATH);
    try {
      const progress = process.stderr.isTTY
        ? (done: number, total: number) => process.stderr.write(`\r${done}/${total} articles`)
        : undefined;
      const summary = reanalyzeArticles({ all: values.all, articleIds, onProgress: progress }, db);
      if (progress) process.stderr.write("\n");
      console.log(
        summary.articles === 0
          ? `Every article is already analysed by engine ${ANALYZER_VERSION}; use --all to run it again.`
          : `Analysed ${plural(summary.articles, "article")} with engine ${ANALYZER_VERSION}: ${plural(summary.claims, "claim")} stored, ${summary.kept} kept that people added or worked on.`,
      );
    } finally {
      db.$client.close();
    }
  },
};
