import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../lib/analysis/analyze";
import { basilArticleSchema, basilLayout } from "../lib/analysis/eval/basil-score";
const dir = "/work/shared/datasets/basil-dev/articles";
const inputs = readdirSync(dir).flatMap((y) => readdirSync(join(dir, y)).map((f) => basilLayout(basilArticleSchema.parse(JSON.parse(readFileSync(join(dir, y, f), "utf8")))).input));
const t = performance.now(); let k = 0;
while (performance.now() - t < 8000) { for (const i of inputs) analyzeArticle(i); k++; }
console.log(k, "rounds");
