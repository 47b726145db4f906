// Word-level diff of two claim texts (longest common subsequence over case-folded words), for marking what
// differs between two outlets' versions of a proposition.
import type { DiffToken } from "./types";

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function fold(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/\./g, "");
}

/** The words of `a` and `b` in order, each marked same, removed (only in a) or added (only in b). */
export function wordDiff(a: string, b: string): DiffToken[] {
  const x = a.match(TOKEN) ?? [];
  const y = b.match(TOKEN) ?? [];
  const fx = x.map(fold);
  const fy = y.map(fold);
  // lcs[i][j]: length of the LCS of x[i..] and y[j..].
  const lcs: Uint16Array[] = Array.from({ length: x.length + 1 }, () => new Uint16Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i]![j] = fx[i] === fy[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffToken[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (fx[i] === fy[j]) {
      out.push({ text: y[j]!, op: "same" });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ text: x[i++]!, op: "removed" });
    else out.push({ text: y[j++]!, op: "added" });
  }
  while (i < x.length) out.push({ text: x[i++]!, op: "removed" });
  while (j < y.length) out.push({ text: y[j++]!, op: "added" });
  return out;
}

/** Runs of consecutive words with one op, as phrases: `runs(diff, "added")` → ["which violates federal law"]. */
export function runs(diff: readonly DiffToken[], op: DiffToken["op"]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const t of diff) {
    if (t.op === op) cur.push(t.text);
    else if (cur.length) {
      out.push(cur.join(" "));
      cur = [];
    }
  }
  if (cur.length) out.push(cur.join(" "));
  return out;
}

/** The diff with consecutive words of the same mark joined into one phrase: the same diff, a fraction of the size. */
export function asPhrases(tokens: readonly DiffToken[]): DiffToken[] {
  const out: DiffToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.op === t.op) last.text += ` ${t.text}`;
    else out.push({ text: t.text, op: t.op });
  }
  return out;
}
