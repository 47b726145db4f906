// `extract <file>`: the claims of one text or HTML file as one JSON object on stdout, nothing else.
import { parseArgs } from "node:util";
import { z } from "zod";
import { analyzeArticle } from "@/lib/analysis";
import { AppError } from "@/lib/errors";
import { cleanArticleText, IngestError } from "@/lib/ingest";
import { articleSource, firstLine } from "@/lib/import/article-source";
import { readArticleFile, usageError } from "./read-article-file";

const USAGE = "extract <file> [--outlet NAME] [--title T]";

const argsSchema = z.object({
  file: z.string({ error: `Name the file to read.\nUsage: npm run --silent cli -- ${USAGE}` }).min(1),
  outlet: z.string().trim().min(1, "--outlet needs a name.").optional(),
  title: z.string().trim().min(1, "--title needs a title.").optional(),
});

/** Reads one article file's text as the app would: ingest, then analysis. */
export function analyzeText(content: string, options: { fileName?: string; outlet?: string; title?: string }) {
  let source;
  let title;
  let clean;
  try {
    // Both steps reject what is not an article (an HTML page without article text, nothing left after cleaning).
    source = articleSource(content, options.fileName);
    title = options.title ?? source.hints.title ?? firstLine(source.text);
    clean = cleanArticleText(source.text, { ...source.hints, title });
  } catch (error) {
    const where = options.fileName ? `${options.fileName}: ` : "";
    if (error instanceof IngestError) throw new AppError("unprocessable", `${where}${error.message}`);
    throw error;
  }
  const result = analyzeArticle({ title: clean.title ?? title, subtitle: clean.subtitle, body: clean.body });
  const article = {
    title: clean.title ?? title,
    outlet: options.outlet ?? source.siteName ?? null,
    author: clean.author,
    published: clean.publishedAt,
    // The analysed text: headline, subheadline and body paragraphs, separated by blank lines.
    body: result.document.text,
  };
  return { article, clean, result };
}

/** The JSON contract of `extract`: `article.body.slice(start, end) === exact` for every claim. */
export function extractFromText(content: string, options: { fileName?: string; outlet?: string; title?: string }) {
  const { article, result } = analyzeText(content, options);
  const names = new Map(result.entities.map((e) => [e.key, e.name]));
  return {
    article,
    claims: result.claims.map((claim, index) => ({
      id: claimId(index),
      kind: claim.kind,
      source: claim.source ? (names.get(claim.source.entityKey) ?? null) : null,
      cue: claim.cue,
      exact: claim.exact,
      content: claim.content,
      quote: claim.quote,
      hedged: claim.hedged,
      hedges: claim.hedges,
      blamed: claim.blamed.map((b) => (b.entityKey ? (names.get(b.entityKey) ?? b.text) : b.text)),
      checkWorthiness: claim.checkWorthiness,
      start: claim.start,
      end: claim.end,
    })),
  };
}

/** The id `extract` and `compare` give the claim at this index of an article. */
export const claimId = (index: number) => `c${index + 1}`;

export const extractCommand = {
  usage: USAGE,
  run(argv: string[]): void {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { outlet: { type: "string" }, title: { type: "string" } },
      });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    if (parsed.positionals.length > 1) throw new AppError("invalid_input", "Extract one file at a time.");
    const checked = argsSchema.safeParse({ ...parsed.values, file: parsed.positionals[0] });
    if (!checked.success) {
      throw new AppError("invalid_input", checked.error.issues.map((i) => i.message).join("\n"));
    }
    const { file, outlet, title } = checked.data;
    const output = extractFromText(readArticleFile(file), { fileName: file, outlet, title });
    process.stdout.write(`${JSON.stringify(output)}\n`);
  },
};
