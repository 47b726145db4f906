// `npm run bench [-- --quick] [-- --basil DIR]`: how fast the claim engine reads, in tokens per second on one
// core, and as a ratio to the raw tokenizer on the same texts in the same run (ratios survive a busy machine;
// absolute figures do not).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyzeArticle } from "@/lib/analysis";
import { countTokens } from "@/lib/analysis/tokenize";
import { cleanArticleText } from "@/lib/ingest";
import { SAMPLE_DATA_DIR } from "@/lib/import/sample-data";
import { archiveBench, compareBench } from "./bench-events";
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

async function main() {
  const { values } = parseArgs({
    options: { quick: { type: "boolean" }, basil: { type: "string" }, json: { type: "boolean" } },
  });
  const seconds = values.quick ? 0.5 : 3;
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
  // Comparison: an event of 20 articles (the corpora's analyses in turn); grouping: one new article placed in a
  // stored archive of 10,000 (1,000 with --quick).
  const analyses = corpora.flatMap((c) => c.raws.map((raw) => analyzeArticle(cleanArticleText(raw))));
  const compare = compareBench(analyses, 20, seconds);
  const archive = archiveBench(values.quick ? 1_000 : 10_000, seconds);
  // Long enough for slow pages to complete requests: autocannon counts only answered ones.
  const page = await pageBench(values.quick ? 10 : 20);

  const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}`;
  if (values.json) {
    console.log(JSON.stringify({ machine, seconds, rows, compare, archive, page }, null, 2));
    return;
  }
  console.log(`Claim engine throughput, one core (${machine}); ${seconds} s per measure`);
  console.log(`command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\n`);
  const fmt = (n: number) => `${Math.round(n).toLocaleString("en-US")} tok/s`;
  for (const r of rows) {
    console.log(`${r.corpus}: ${r.articles} articles, ${r.tokens.toLocaleString("en-US")} tokens`);
    console.log(`  raw tokenizer            ${fmt(r.tokenizer)}`);
    console.log(`  analysis                 ${fmt(r.analysis)}   ratio ${(r.analysis / r.tokenizer).toFixed(3)}`);
    console.log(`  ingest + analysis        ${fmt(r.endToEnd)}   ratio ${(r.endToEnd / r.tokenizer).toFixed(3)}`);
  }
  console.log(`\ncompare an event of ${compare.articles} articles (${compare.claims} claims): ${compare.ms.toFixed(1)} ms`);
  console.log(
    `place one new article in an archive of ${archive.articles.toLocaleString("en-US")} stored articles (${archive.events.toLocaleString("en-US")} events): ` +
      `${archive.ms.toFixed(2)} ms; known stories found ${archive.knownStoriesFound} (archive built in ${archive.buildSeconds.toFixed(1)} s)`,
  );
  const row = (name: string, r: typeof page.page) =>
    `  ${name.padEnd(28)} p50 ${r.p50} ms  p95 ${r.p95.toFixed(0)} ms  ${Math.round(r.rps)} req/s  errors ${r.errors}`;
  console.log(`\ncomparison page, event of ${page.outlets} outlets and ${page.claims} claims, 20 connections on loopback:`);
  console.log(row("GET /events/{id}", page.page));
  console.log(row("GET /api/events/{id}/comparison", page.api));
  console.log(`  page JavaScript (gzipped)    ${(page.jsGzipBytes / 1024).toFixed(0)} KB`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
