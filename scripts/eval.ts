// `npm run eval`: measures the claim engine and the comparison engine against the seed gold labels (and, with
// --basil, BASIL speakers, event clustering and loaded language).
//
//   npm run eval                                         seed table
//   npm run eval -- --basil ../shared/datasets/basil-dev  also the BASIL table
//   options: --gold PATH  --seeds DIR  --json  --verbose  --check (exit 1 when a target fails)
//
// File reading lives here; the scoring is pure and lives in lib/analysis/eval/.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { analyzeArticle, ANALYZER_VERSION } from "@/lib/analysis";
import { basilAnnotationFileSchema, basilArticleSchema } from "@/lib/analysis/eval/basil-score";
import { parseGoldFile, type GoldFile } from "@/lib/analysis/eval/gold-schema";
import { renderAlignmentReport, renderBasilComparisonReport, renderBasilReport, renderSeedReport } from "@/lib/analysis/eval/report";
import { evaluateAlignment, evaluateBasil, evaluateBasilComparison, evaluateSeeds, type BasilItem } from "@/lib/analysis/eval/run";
import {
  alignmentTargetRows,
  allTargetsMet,
  basilComparisonRows,
  basilTargetRows,
  seedTargetRows,
} from "@/lib/analysis/eval/targets";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_GOLD = path.resolve(PROJECT_ROOT, "../shared/gold/seed-gold.json");

const USAGE = `Usage: npm run eval -- [options]

  --gold PATH    gold labels (default ../shared/gold/seed-gold.json beside the project)
  --seeds DIR    raw seed texts (default: the seeds/ folder beside the gold's folder)
  --basil DIR    also score speaker attribution on a BASIL folder (articles/, annotations/)
  --json         print one JSON object instead of tables
  --verbose      list every miss, false positive, wrong source, kind and hedge
  --check        exit 1 when a target fails
  --help         this text`;

class UsageError extends Error {}

const argsSchema = z.object({
  gold: z.string().min(1, "--gold needs a path"),
  seeds: z.string().min(1, "--seeds needs a path").optional(),
  basil: z.string().min(1, "--basil needs a path").optional(),
  json: z.boolean(),
  verbose: z.boolean(),
  check: z.boolean(),
  help: z.boolean(),
});
type Args = z.infer<typeof argsSchema>;

function parseCli(argv: string[]): Args {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        gold: { type: "string" },
        seeds: { type: "string" },
        basil: { type: "string" },
        json: { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        check: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  // Paths on the command line are relative to where npm was run, not to the project root npm switches to.
  const base = process.env.INIT_CWD ?? process.cwd();
  const resolve = (p: unknown) => (typeof p === "string" && p ? path.resolve(base, p) : p);
  const parsed = argsSchema.safeParse({
    gold: values.gold === undefined ? DEFAULT_GOLD : resolve(values.gold),
    seeds: resolve(values.seeds),
    basil: resolve(values.basil),
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    check: values.check ?? false,
    help: values.help ?? false,
  });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return parsed.data;
}

function readText(file: string, what: string, hint: string): string {
  if (!existsSync(file)) throw new UsageError(`${what} not found: ${file}\n${hint}`);
  if (!statSync(file).isFile()) throw new UsageError(`${what} is not a file: ${file}\n${hint}`);
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${what} cannot be read: ${file} (${error instanceof Error ? error.message : error})`);
  }
}

function readJson(file: string, what: string, hint: string): unknown {
  const text = readText(file, what, hint);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${file} (${error instanceof Error ? error.message : error})`);
  }
}

function loadGold(file: string): GoldFile {
  const json = readJson(file, "Gold file", "Pass --gold PATH (the default is ../shared/gold/seed-gold.json beside the project).");
  try {
    return parseGoldFile(json, `gold file ${file}`);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function loadSeeds(gold: GoldFile, dir: string): Map<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`Seed folder not found: ${dir}\nPass --seeds DIR (the gold README places the seeds in ../seeds/ from the gold file).`);
  }
  return new Map(gold.articles.map((a) => [a.file, readText(path.join(dir, a.file), "Seed article", `The gold lists "${a.file}" in ${dir}.`)]));
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** Every article of a BASIL folder with its annotation file: articles/YEAR/<id>.json + annotations/YEAR/<id>_ann.json. */
function loadBasil(dir: string): { items: BasilItem[]; skipped: string[] } {
  const articlesDir = path.join(dir, "articles");
  const annotationsDir = path.join(dir, "annotations");
  if (!isDirectory(dir)) throw new UsageError(`BASIL folder not found: ${dir}`);
  if (!isDirectory(articlesDir) || !isDirectory(annotationsDir)) {
    throw new UsageError(`Not a BASIL folder: ${dir}\nIt must hold articles/YEAR/*.json and annotations/YEAR/*_ann.json.`);
  }
  const items: BasilItem[] = [];
  const skipped: string[] = [];
  const files = readdirSync(articlesDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .sort();
  for (const rel of files) {
    const id = rel.replace(/\.json$/, "");
    const annotationFile = path.join(annotationsDir, `${id}_ann.json`);
    if (!existsSync(annotationFile)) {
      skipped.push(`${id} (no ${path.relative(dir, annotationFile)})`);
      continue;
    }
    const articleFile = path.join(articlesDir, rel);
    const article = basilArticleSchema.safeParse(readJson(articleFile, "BASIL article", ""));
    if (!article.success) throw new UsageError(`BASIL article ${articleFile} is not in the expected format:\n${z.prettifyError(article.error)}`);
    const annotations = basilAnnotationFileSchema.safeParse(readJson(annotationFile, "BASIL annotation file", ""));
    if (!annotations.success) {
      throw new UsageError(`BASIL annotation file ${annotationFile} is not in the expected format:\n${z.prettifyError(annotations.error)}`);
    }
    items.push({ id, article: article.data, annotations: annotations.data });
  }
  if (items.length === 0) throw new UsageError(`No annotated articles found in ${dir}.`);
  return { items, skipped };
}

function main(argv: string[]): number {
  const args = parseCli(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const gold = loadGold(args.gold);
  const seedsDir = args.seeds ?? path.resolve(path.dirname(args.gold), "../seeds");
  const raws = loadSeeds(gold, seedsDir);
  const basil = args.basil ? loadBasil(args.basil) : null;

  const seeds = evaluateSeeds(gold, raws, analyzeArticle);
  const seedRows = seedTargetRows(seeds.figures, seeds.counts);
  const basilReport = basil ? evaluateBasil(basil.items, analyzeArticle) : null;
  const basilRows = basilReport ? basilTargetRows(basilReport.figures, basilReport.counts) : [];
  const alignment = evaluateAlignment(gold, raws, analyzeArticle);
  const alignmentRows = alignmentTargetRows(alignment);
  const comparison = basil ? evaluateBasilComparison(basil.items) : null;
  const comparisonRows = comparison ? basilComparisonRows(comparison.clustering, comparison.loaded, comparison.byYear) : [];
  const ok = [seedRows, basilRows, alignmentRows, comparisonRows].every(allTargetsMet);

  if (args.json) {
    const json = {
      analyzerVersion: ANALYZER_VERSION,
      gold: args.gold,
      ok,
      seeds: { targets: seedRows, ...seeds },
      alignment: { targets: alignmentRows, ...alignment },
      basil: basilReport && basil ? { folder: args.basil, skipped: basil.skipped, targets: basilRows, ...basilReport } : null,
      basilComparison: comparison ? { targets: comparisonRows, ...comparison } : null,
    };
    console.log(JSON.stringify(json, null, 2));
  } else {
    console.log(`Parallax claim engine ${ANALYZER_VERSION}\n`);
    console.log(renderSeedReport(seeds, args.verbose, path.relative(process.env.INIT_CWD ?? process.cwd(), args.gold) || args.gold));
    console.log("");
    console.log(renderAlignmentReport(alignment, args.verbose));
    if (basilReport && basil) {
      console.log("");
      console.log(renderBasilReport(basilReport, args.verbose));
      if (basil.skipped.length) console.log(`skipped ${basil.skipped.length} article(s) without annotations: ${basil.skipped.join(", ")}`);
    }
    if (comparison) {
      console.log("");
      console.log(renderBasilComparisonReport(comparison, args.verbose));
    }
    console.log(`\n${ok ? "All targets met." : "Some targets are not met."}`);
  }
  return args.check && !ok ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`Error: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
