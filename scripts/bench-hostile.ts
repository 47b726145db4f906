// `npx tsx scripts/bench-hostile.ts [--quick]`: how the time of ingest and analysis grows with the input, on the
// hostile texts of lib/test-support/hostile-text.ts (news prose, one long line, mixed scripts with emoji and bidi
// marks, only quote marks) at 1 KB, 10 KB, 100 KB and 1 MB. Prints milliseconds per call and per KB: a ms/KB that
// stays flat as the input grows is linear time. Printed only; the tests never assert a time (they count work:
// lib/analysis/hostile.test.ts). `--quick` stops at 100 KB.
import os from "node:os";
import { pathToFileURL } from "node:url";
import { analyzeArticle } from "@/lib/analysis";
import { compareArticles } from "@/lib/analysis/compare";
import { cleanArticleText, decodeTextBuffer, htmlToArticle } from "@/lib/ingest";
import { largeText } from "@/lib/test-support/hostile-text";

type Kind = "prose" | "line" | "mixed" | "quotes";

export interface HostileBenchRow {
  step: string;
  input: Kind;
  kb: number;
  /** Best milliseconds per call. */
  ms: number;
  msPerKb: number;
}

interface Case {
  step: string;
  kinds: Kind[];
  /** Largest size in KB this step is measured at (comparison grows with claims × claims in the worst case). */
  maxKb?: number;
  prepare(text: string): () => unknown;
}

const CASES: Case[] = [
  { step: "decodeTextBuffer", kinds: ["mixed"], prepare: (t) => { const bytes = new TextEncoder().encode(t); return () => decodeTextBuffer(bytes, { maxBytes: 8 << 20 }); } },
  { step: "cleanArticleText", kinds: ["prose", "line", "mixed"], prepare: (t) => () => cleanArticleText(t) },
  { step: "analyzeArticle", kinds: ["prose", "line", "mixed", "quotes"], prepare: (t) => () => analyzeArticle({ title: null, subtitle: null, body: t }) },
  {
    step: "htmlToArticle",
    kinds: ["prose"],
    prepare: (t) => {
      const html = `<html><head><title>Bench</title></head><body><article>${t.split("\n\n").map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("")}</article></body></html>`;
      return () => htmlToArticle(html);
    },
  },
  {
    step: "compareArticles (2 outlets)",
    kinds: ["prose"],
    maxKb: 100,
    prepare: (t) => {
      const half = t.slice(0, t.length >> 1);
      const articles = [
        { outlet: "A", analysis: analyzeArticle({ title: null, subtitle: null, body: t }) },
        { outlet: "B", analysis: analyzeArticle({ title: null, subtitle: null, body: `${half}\n\n${t.slice(half.length)}` }) },
      ];
      return () => compareArticles(articles);
    },
  },
];

/**
 * Best ms of `fn` over calls until 1 s has passed (at least one, at most 15), after one warm-up call. The best,
 * not the median: on a busy machine the other calls measure the neighbours.
 */
function bestMs(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  let total = 0;
  while (times.length < 15 && (times.length < 1 || total < 1000)) {
    const t0 = process.hrtime.bigint();
    fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    times.push(ms);
    total += ms;
  }
  return Math.min(...times);
}

export function hostileBench(sizesKb: readonly number[] = [1, 10, 100, 1024], log: (row: HostileBenchRow) => void = () => {}): HostileBenchRow[] {
  const rows: HostileBenchRow[] = [];
  for (const c of CASES) {
    for (const input of c.kinds) {
      // Warm the JIT on a 10 KB input first, so the small sizes are not charged for compiling.
      const warm = c.prepare(largeText(input, 10 * 1024));
      for (let i = 0; i < 5; i++) warm();
      for (const kb of sizesKb) {
        if (c.maxKb && kb > c.maxKb) continue;
        const fn = c.prepare(largeText(input, kb * 1024));
        const ms = bestMs(fn);
        const row = { step: c.step, input, kb, ms, msPerKb: ms / kb };
        rows.push(row);
        log(row);
      }
    }
  }
  return rows;
}

function main(argv: string[]): void {
  const quick = argv.includes("--quick");
  const sizes = quick ? [1, 10, 100] : [1, 10, 100, 1024];
  const cpus = os.cpus();
  console.log(`npx tsx scripts/bench-hostile.ts${quick ? " --quick" : ""}`);
  console.log(`${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log("");
  console.log(`${"step".padEnd(28)} ${"input".padEnd(7)} ${"size".padStart(7)} ${"ms".padStart(10)} ${"ms/KB".padStart(8)}`);
  const rows = hostileBench(sizes, (r) =>
    console.log(`${r.step.padEnd(28)} ${r.input.padEnd(7)} ${`${r.kb} KB`.padStart(7)} ${r.ms.toFixed(2).padStart(10)} ${r.msPerKb.toFixed(3).padStart(8)}`),
  );
  // Growth: ms/KB at the largest size over ms/KB at 10 KB (1 KB is dominated by fixed costs). About 1 is linear.
  console.log("");
  console.log("growth (ms/KB at the largest size ÷ ms/KB at 10 KB; ≈1 is linear):");
  const groups = new Map<string, HostileBenchRow[]>();
  for (const r of rows) groups.set(`${r.step} / ${r.input}`, [...(groups.get(`${r.step} / ${r.input}`) ?? []), r]);
  for (const [name, rs] of groups) {
    const ten = rs.find((r) => r.kb === 10);
    const last = rs[rs.length - 1]!;
    if (ten && last !== ten) console.log(`  ${name}: ${(last.msPerKb / ten.msPerKb).toFixed(2)} (${ten.kb} KB → ${last.kb} KB)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
