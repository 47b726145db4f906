import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../lib/analysis/analyze";
import { basilArticleSchema, basilLayout } from "../lib/analysis/eval/basil-score";
import { countTokens } from "../lib/analysis/tokenize";
const dir = "/work/shared/datasets/basil-dev/articles";
const inputs = readdirSync(dir).flatMap((y) => readdirSync(join(dir, y)).map((f) => basilLayout(basilArticleSchema.parse(JSON.parse(readFileSync(join(dir, y, f), "utf8")))).input));
const tokens = inputs.reduce((n, i) => n + countTokens([i.title, i.body].join("\n\n")), 0);
for (let round = 0; round < 3; round++) {
  let t = performance.now(); let k = 0;
  while (performance.now() - t < 3000) { for (const i of inputs) analyzeArticle(i); k++; }
  const engine = (k * tokens) / ((performance.now() - t) / 1000);
  t = performance.now(); k = 0;
  while (performance.now() - t < 1000) { for (const i of inputs) countTokens([i.title, i.body].join("\n\n")); k++; }
  const tok = (k * tokens) / ((performance.now() - t) / 1000);
  console.log(`engine ${Math.round(engine)} tok/s, tokenizer ${Math.round(tok)} tok/s, ratio ${(engine / tok).toFixed(3)}`);
}
