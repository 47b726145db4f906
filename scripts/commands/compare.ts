// `compare <file>...`: the claims of several articles on one event lined up into propositions, with the
// differences between outlets, as one JSON object on stdout.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { compareArticles } from "@/lib/analysis/compare";
import { AppError } from "@/lib/errors";
import { analyzeText, claimId } from "./extract";
import { readArticleFile, usageError } from "./read-article-file";

const USAGE = "compare <file> <file>... [--outlet NAME]... (outlets in the order of the files)";

const argsSchema = z
  .object({
    files: z.array(z.string().min(1)).min(2, `Compare needs at least two files.\nUsage: npm run --silent cli -- ${USAGE}`),
    outlets: z.array(z.string().trim().min(1, "--outlet needs a name.")),
  })
  .refine((a) => a.outlets.length === 0 || a.outlets.length === a.files.length, {
    message: "Give one --outlet per file, in the order of the files, or none.",
  });

/** Reads, analyses and compares the files; the JSON the command prints. */
export function compareFiles(files: readonly string[], outlets: readonly string[] = []) {
  const analysed = files.map((file, i) => {
    const { article, result } = analyzeText(readArticleFile(file), { fileName: file, outlet: outlets[i] });
    return { file, outlet: article.outlet ?? path.basename(file), title: article.title, result };
  });
  const duplicate = analysed.find((a, i) => analysed.findIndex((b) => b.result.document.text === a.result.document.text) !== i);
  if (duplicate) throw new AppError("invalid_input", `${duplicate.file} is the same article as another file given.`);
  const comparison = compareArticles(analysed.map((a) => ({ outlet: a.outlet, analysis: a.result })));
  const names = analysed.map((a) => new Map(a.result.entities.map((e) => [e.key, e.name])));
  return {
    articles: analysed.map((a) => ({ file: a.file, outlet: a.outlet, title: a.title })),
    propositions: comparison.propositions.map((p, pi) => ({
      id: `p${pi + 1}`,
      topic: p.topic,
      category: p.category,
      claims: p.claims.map((r) => {
        const claim = analysed[r.article]!.result.claims[r.claim]!;
        return {
          article: r.article,
          id: claimId(r.claim),
          exact: claim.exact,
          source: claim.source ? (names[r.article]!.get(claim.source.entityKey) ?? null) : null,
          kind: claim.kind,
        };
      }),
      differences: p.differences.map((d) => ({
        type: d.type,
        explanation: d.explanation,
        articles: d.articles,
        claims: d.claims.map((r) => ({ article: r.article, id: claimId(r.claim) })),
        diff: d.diff,
      })),
    })),
  };
}

export const compareCommand = {
  usage: USAGE,
  run(argv: string[]): void {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { outlet: { type: "string", multiple: true } } });
    } catch (error) {
      throw usageError(error, USAGE);
    }
    const checked = argsSchema.safeParse({ files: parsed.positionals, outlets: parsed.values.outlet ?? [] });
    if (!checked.success) throw new AppError("invalid_input", checked.error.issues.map((i) => i.message).join("\n"));
    const output = compareFiles(checked.data.files, checked.data.outlets);
    process.stdout.write(`${JSON.stringify(output)}\n`);
  },
};
