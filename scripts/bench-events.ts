// Benchmarks of the comparison side, for `npm run bench`: comparing the claims of a 20-article event, and placing
// one new article into an archive of 10,000 stored articles (real SQLite file, real queries).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { storeArticle } from "@/db/queries/articles";
import { articleSignature, matchEvent } from "@/db/queries/event-grouping";
import type { AnalysisResult } from "@/lib/analysis";
import { compareArticles } from "@/lib/analysis/compare";

/** Milliseconds per call of `fn`, over at least `seconds` (after one warm-up call). */
export function msPerCall(seconds: number, fn: () => unknown): number {
  fn();
  let calls = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  } while (elapsed < seconds * 1000);
  return elapsed / calls;
}

/** An event of `size` articles made of the given analyses, in turn (each outlet named apart). */
export function compareBench(analyses: readonly AnalysisResult[], size: number, seconds: number) {
  const event = Array.from({ length: size }, (_, i) => ({ outlet: `Outlet ${i + 1}`, analysis: analyses[i % analyses.length]! }));
  const claims = event.reduce((n, a) => n + a.analysis.claims.length, 0);
  return { articles: size, claims, ms: msPerCall(seconds, () => compareArticles(event)) };
}

// A made-up archive: stories of three articles each, written from a vocabulary with a few rare topic words per
// story and common words shared by all, dated a day apart story by story.
function syntheticArticle(story: number, variant: number, vocabulary: readonly string[]): { title: string; body: string; published: string } {
  let seed = story * 7919 + variant * 104729 + 1;
  const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const topic = Array.from({ length: 8 }, (_, k) => `topic${story}x${k}`);
  const word = () => (rand() < 0.3 ? topic[Math.floor(rand() * topic.length)]! : vocabulary[Math.floor(rand() ** 2 * vocabulary.length)]!);
  const sentence = () => `${Array.from({ length: 14 }, word).join(" ")}.`;
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(story / 3) * 86_400_000).toISOString().slice(0, 10);
  return { title: `${topic[0]} ${topic[1]} ${word()} ${word()}`, body: Array.from({ length: 12 }, sentence).join("\n\n"), published: day };
}

/** Builds an archive of `size` articles in a temporary database, then times placing new articles into it. */
/** `keep`: leave the database for the caller (the page benchmark adds its event to it) and hand back its file and a
 * `dispose` that deletes it. */
export function archiveBench(size: number, seconds: number, { keep = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-bench-"));
  const db = openDatabase(path.join(dir, "bench.db"));
  try {
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `word${i}`);
    const started = process.hrtime.bigint();
    for (let i = 0; i < size; i++) {
      const a = syntheticArticle(Math.floor(i / 3), i % 3, vocabulary);
      storeArticle({ outlet: { name: `Outlet ${i % 3}` }, title: a.title, body: a.body, publishedAt: a.published, contentHash: `bench-${i}` }, db);
    }
    const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const events = (db.$client.prepare("select count(*) as n from events").get() as { n: number }).n;
    // New articles: one more telling of a stored story (must find it), and stories never seen (must start one).
    let k = 0;
    let found = 0;
    let tried = 0;
    const ms = msPerCall(seconds, () => {
      const story = k % 2 === 0 ? (k * 37) % Math.floor(size / 3) : size + k;
      const a = syntheticArticle(story, 9, vocabulary);
      const grouping = articleSignature(db, { title: a.title, body: a.body, published: a.published });
      const match = matchEvent(db, { title: a.title, body: a.body, published: a.published }, grouping);
      if (k % 2 === 0) {
        tried++;
        if (match.eventId !== null) found++;
      }
      k++;
    });
    const file = path.join(dir, "bench.db");
    const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
    return { articles: size, events, buildSeconds, ms, knownStoriesFound: `${found}/${tried}`, kept: keep ? { file, dispose } : null };
  } finally {
    db.$client.close();
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}
