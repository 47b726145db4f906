// `npm run bench [-- --quick] [-- --basil DIR] [-- --archive-sizes 1000,10000,100000] [-- --out DIR]`: builds its
// own data on temporary databases, measures, prints the report and writes it to bench/report.md and report.json.
// The claim engine in tokens per second on one core and as a ratio to the raw tokenizer on the same texts in the
// same run (ratios survive a busy machine; absolute figures do not); imports per second through the whole
// pipeline; comparing a 20-article event; placing one new article in archives of growing size; the comparison
// page and its API under load; peak memory. Every report names the command and the machine it came from.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "@/db/client";
import { analyzeArticle } from "@/lib/analysis";
import { countTokens } from "@/lib/analysis/tokenize";
import { cleanArticleText } from "@/lib/ingest";
import { importText } from "@/lib/import/import-text";
import { SAMPLE_DATA_DIR } from "@/lib/import/sample-data";
import { archiveBench, compareBench } from "./bench-events";
import { hostileBench } from "./bench-hostile";
import { pageBench } from "./bench-page";

interface Corpus {
  name: string;
  raws: string[];
}

function sampleCorpus(): Corpus {
  const files = fs.readdirSync(SAMPLE_DATA_DIR).filter((f) => f.endsWith(".txt"));
  return { name: "sample data", raws: files.map((f) => fs.readFileSync(path.join(SAMPLE_DATA_DIR, f), "utf8")) };
}

function basilCorpus(dir: string): Corpus {
  const articlesDir = path.join(dir, "articles");
  if (!fs.existsSync(articlesDir)) throw new Error(`No BASIL articles folder at ${articlesDir}.`);
  const raws: string[] = [];
  for (const file of fs.readdirSync(articlesDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".json")) continue;
    const a = JSON.parse(fs.readFileSync(path.join(articlesDir, file), "utf8")) as {
      title: string;
      "body-paragraphs": string[][];
    };
    raws.push([a.title, ...a["body-paragraphs"].map((p) => p.join(" "))].join("\n\n"));
  }
  return { name: `BASIL (${raws.length} articles)`, raws };
}

/** Runs `fn` over the texts until `seconds` have passed; returns tokens per second. */
function throughput<T>(texts: T[], tokens: number, seconds: number, fn: (text: T) => unknown): number {
  for (const t of texts) fn(t); // warm up
  let rounds = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  } while (elapsed < seconds);
  return (tokens * rounds) / elapsed;
}

/** Imports the texts one by one through the whole pipeline (clean, analyse, group, compare, store) into a fresh
 * database; a unique last line keeps repeated texts from being refused as duplicates. */
function importBench(raws: readonly string[], minArticles: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-import-bench-"));
  const db = openDatabase(path.join(dir, "bench.db"));
  try {
    const texts = Array.from({ length: Math.max(minArticles, raws.length) }, (_, i) => `${raws[i % raws.length]}\n\nReference ${i}.`);
    const started = process.hrtime.bigint();
    let imported = 0;
    texts.forEach((text, i) => {
      if (importText({ text, outlet: `Outlet ${i % 7}` }, db).status === "imported") imported++;
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { articles: texts.length, imported, seconds, articlesPerSecond: texts.length / seconds };
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The checked-out commit, marked when the working tree has changes; "unknown" outside a git checkout. */
function currentCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""}`;
  } catch {
    return "unknown";
  }
}

const sizesOption = z
  .string()
  .regex(/^\d+(,\d+)*$/, "--archive-sizes takes sizes such as 1000,10000,100000.")
  .transform((v) => v.split(",").map(Number));

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean" },
      basil: { type: "string" },
      json: { type: "boolean" },
      "archive-sizes": { type: "string" },
      out: { type: "string" },
    },
  });
  const seconds = values.quick ? 0.5 : 3;
  const archiveSizes = values["archive-sizes"] ? sizesOption.parse(values["archive-sizes"]) : values.quick ? [1_000] : [1_000, 10_000, 100_000];
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const commit = currentCommit();
  const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at start`;
  const corpora = [sampleCorpus(), ...(values.basil ? [basilCorpus(values.basil)] : [])];
  const rows = corpora.map((corpus) => {
    const cleaned = corpus.raws.map((raw) => cleanArticleText(raw));
    const documents = cleaned.map((c) => [c.title, c.subtitle, c.body].filter(Boolean).join("\n\n"));
    const tokens = documents.reduce((n, d) => n + countTokens(d), 0);
    const tokenizer = throughput(documents, tokens, seconds, countTokens);
    const analysis = throughput(cleaned, tokens, seconds, (c) => analyzeArticle(c));
    const endToEnd = throughput(corpus.raws, tokens, seconds, (raw) => {
      const c = cleanArticleText(raw);
      return analyzeArticle({ title: c.title, subtitle: c.subtitle, body: c.body });
    });
    return { corpus: corpus.name, articles: corpus.raws.length, tokens, tokenizer, analysis, endToEnd };
  });
  const imports = importBench(corpora.flatMap((c) => c.raws), values.quick ? 20 : 100);
  // Comparison: an event of 20 articles (the corpora's analyses in turn); grouping: one new article placed in
  // stored archives of growing size.
  const analyses = corpora.flatMap((c) => c.raws.map((raw) => analyzeArticle(cleanArticleText(raw))));
  const compare = compareBench(analyses, 20, seconds);
  // The page is measured on the 10,000-article archive (or the largest below it) with its event added.
  const pageArchiveSize = Math.max(...archiveSizes.filter((size) => size <= 10_000), 0);
  const archives = archiveSizes.map((size) => archiveBench(size, seconds, { keep: size === pageArchiveSize }));
  const pageArchive = archives.find((a) => a.kept);
  // How time grows with the input, up to 1 MB (100 KB with --quick): ms per KB should stay flat.
  const growth = hostileBench(values.quick ? [1, 10, 100] : [1, 10, 100, 1024]);
  // Long enough for slow pages to complete requests: autocannon counts only answered ones.
  const page = await pageBench(values.quick ? 10 : 20, pageArchive?.kept ? { file: pageArchive.kept.file, articles: pageArchive.articles } : undefined).finally(() =>
    pageArchive?.kept?.dispose(),
  );
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;

  const archiveFigures = archives.map(({ kept: _, ...figures }) => figures);
  const report = { command, commit, machine, date: new Date().toISOString(), seconds, rows, imports, compare, archives: archiveFigures, growth, page, peakRssBytes };
  const markdown = reportMarkdown(report);
  const outDir = values.out ?? path.join(process.cwd(), "bench");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, "report.md"), markdown);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(markdown);
  console.error(`Written: ${path.join(outDir, "report.md")} and report.json`);
}

type Report = {
  command: string;
  commit: string;
  machine: string;
  date: string;
  seconds: number;
  rows: { corpus: string; articles: number; tokens: number; tokenizer: number; analysis: number; endToEnd: number }[];
  imports: ReturnType<typeof importBench>;
  compare: ReturnType<typeof compareBench>;
  archives: Omit<ReturnType<typeof archiveBench>, "kept">[];
  growth: ReturnType<typeof hostileBench>;
  page: Awaited<ReturnType<typeof pageBench>>;
  peakRssBytes: number;
};

function reportMarkdown(r: Report): string {
  const n = (v: number, digits = 0) => v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines = [
    "# Parallax benchmark report",
    "",
    `- command: \`${r.command}\` at commit ${r.commit}`,
    `- machine: ${r.machine}`,
    `- date: ${r.date}; ${r.seconds} s per throughput measure`,
    "",
    "## Claim engine, one core",
    "",
    "| corpus | articles | tokens | raw tokenizer tok/s | analysis tok/s | ratio | ingest + analysis tok/s | ratio |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.rows.map(
      (x) =>
        `| ${x.corpus} | ${x.articles} | ${n(x.tokens)} | ${n(x.tokenizer)} | ${n(x.analysis)} | ${(x.analysis / x.tokenizer).toFixed(3)} | ${n(x.endToEnd)} | ${(x.endToEnd / x.tokenizer).toFixed(3)} |`,
    ),
    "",
    "## Import through the whole pipeline into SQLite",
    "",
    `${n(r.imports.articles)} articles (clean, analyse, group into events, compare, store; one transaction each) in ${r.imports.seconds.toFixed(1)} s: **${n(r.imports.articlesPerSecond, 1)} articles/s**.`,
    "",
    "## Comparison and event grouping",
    "",
    `- compare an event of ${r.compare.articles} articles (${n(r.compare.claims)} claims): **${r.compare.ms.toFixed(1)} ms**`,
    "",
    "| stored articles | events | place one new article | known stories found | archive built in |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...r.archives.map((a) => `| ${n(a.articles)} | ${n(a.events)} | ${a.ms.toFixed(2)} ms | ${a.knownStoriesFound} | ${a.buildSeconds.toFixed(0)} s |`),
    "",
    "## Time against input size (random and adversarial text; ms per KB should stay flat)",
    "",
    `| step | input | ${[...new Set(r.growth.map((g) => g.kb))].map((kb) => `${n(kb)} KB`).join(" | ")} |`,
    `| --- | --- | ${[...new Set(r.growth.map((g) => g.kb))].map(() => "---:").join(" | ")} |`,
    ...[...new Set(r.growth.map((g) => `${g.step}|${g.input}`))].map((key) => {
      const [step, input] = key.split("|");
      const cells = [...new Set(r.growth.map((g) => g.kb))].map((kb) => {
        const g = r.growth.find((x) => x.step === step && x.input === input && x.kb === kb);
        return g ? `${g.ms.toFixed(1)} ms (${g.msPerKb.toFixed(2)}/KB)` : "";
      });
      return `| ${step} | ${input} | ${cells.join(" | ")} |`;
    }),
    "",
    `## Comparison page under load (archive of ${n(r.page.archivedArticles)} articles; event of ${r.page.outlets} outlets, ${n(r.page.claims)} claims; 20 connections, loopback)`,
    "",
    "| request | p50 | p95 | p99 | requests/s | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...([["GET /events/{id}", r.page.page], ["GET /api/events/{id}/comparison", r.page.api], ["GET /api/search?q=harbour contract", r.page.search]] as const).map(
      ([name, x]) => `| \`${name}\` | ${x.p50} ms | ${x.p95.toFixed(0)} ms | ${x.p99} ms | ${n(x.rps)} | ${x.errors} |`,
    ),
    "",
    `Page JavaScript (gzipped): ${(r.page.jsGzipBytes / 1024).toFixed(0)} KB. Peak memory of the benchmark process: ${(r.peakRssBytes / 2 ** 20).toFixed(0)} MB.`,
    "",
  ];
  return lines.join("\n");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
