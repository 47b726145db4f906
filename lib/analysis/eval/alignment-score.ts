// Scores the comparison engine on the seed gold's `groups` (../shared/gold/README.md):
// - alignment: pairwise precision / recall / F1 over cross-outlet pairs of gold claims that share a group. Each
//   system claim stands for the gold claim it overlaps most; two gold claims of different articles are paired by
//   the system when claims standing for them sit in one proposition. Recall counts the pairs of required groups;
//   a system pair is right when any gold group (required or not) holds both claims.
// - differences: for each gold difference of a required group, whether the system proposition holding most of
//   the group's claims reports a difference of an accepted type between two or more articles.
import { z } from "zod";
import type { Comparison } from "../compare/types";
import { DIFFERENCE_TYPES, type AnalysisResult } from "../types";
import type { GoldFile } from "./gold-schema";
import { locateGoldClaims, ratio } from "./seed-score";
import { indexText, overlapLength, overlaps } from "./text-match";

export const goldGroupSchema = z.object({
  id: z.string().min(1),
  topic: z.string().default(""),
  claims: z.array(z.string().min(1)).min(1),
  required: z.boolean().default(true),
  differences: z.array(z.object({ types: z.array(z.enum(DIFFERENCE_TYPES)).min(1), note: z.string().default("") })).default([]),
});
export type GoldGroup = z.infer<typeof goldGroupSchema>;

export function parseGoldGroups(gold: GoldFile): GoldGroup[] {
  const parsed = z.array(goldGroupSchema).safeParse(gold.groups ?? []);
  if (!parsed.success) throw new Error(`The gold file's "groups" are not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export interface AlignmentIssue {
  type: "missed_pair" | "wrong_pair" | "missed_difference";
  detail: string;
}

export interface AlignmentReport {
  goldPairs: number;
  systemPairs: number;
  rightPairs: number;
  foundGoldPairs: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  differences: number;
  differencesFound: number;
  differenceRecall: number | null;
  issues: AlignmentIssue[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** `results[i]` is the analysis of gold.articles[i]; the comparison was made over them in that order. */
export function scoreAlignment(gold: GoldFile, results: readonly AnalysisResult[], comparison: Comparison): AlignmentReport {
  const groups = parseGoldGroups(gold);
  const articleOf = new Map<string, number>();
  gold.articles.forEach((a, ai) => a.claims.forEach((c) => articleOf.set(c.id, ai)));

  // The gold claim each system claim stands for.
  const standsFor = results.map((result, ai) => {
    const text = result.document.text;
    const located = locateGoldClaims(gold.articles[ai]!, indexText(text)).filter((g) => g.span !== null);
    return result.claims.map((c) => {
      let best: { id: string; shared: number } | null = null;
      for (const g of located) {
        if (!overlaps(text, c, g.span!)) continue;
        const shared = overlapLength(c, g.span!);
        if (!best || shared > best.shared) best = { id: g.claim.id, shared };
      }
      return best?.id ?? null;
    });
  });

  const crossPairs = (ids: readonly string[]) => {
    const out = new Set<string>();
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++)
        if (articleOf.get(ids[x]!) !== articleOf.get(ids[y]!)) out.add(pairKey(ids[x]!, ids[y]!));
    return out;
  };
  const goldAll = new Set<string>();
  const goldRequired = new Set<string>();
  for (const g of groups) {
    for (const p of crossPairs(g.claims)) {
      goldAll.add(p);
      if (g.required) goldRequired.add(p);
    }
  }
  const propositionIds = comparison.propositions.map((p) => [
    ...new Set(p.claims.map((r) => standsFor[r.article]?.[r.claim]).filter((id): id is string => !!id)),
  ]);
  const systemPairs = new Set<string>();
  for (const ids of propositionIds) for (const p of crossPairs(ids)) systemPairs.add(p);

  const issues: AlignmentIssue[] = [];
  let rightPairs = 0;
  for (const p of systemPairs) {
    if (goldAll.has(p)) rightPairs++;
    else issues.push({ type: "wrong_pair", detail: p.replace("|", " + ") });
  }
  let foundGoldPairs = 0;
  for (const p of goldRequired) {
    if (systemPairs.has(p)) foundGoldPairs++;
    else issues.push({ type: "missed_pair", detail: p.replace("|", " + ") });
  }

  let differences = 0;
  let differencesFound = 0;
  for (const g of groups) {
    if (!g.required) continue;
    const members = new Set(g.claims);
    let best = -1;
    let bestCount = 0;
    propositionIds.forEach((ids, pi) => {
      const count = ids.filter((id) => members.has(id)).length;
      if (count > bestCount) [best, bestCount] = [pi, count];
    });
    const found = best >= 0 ? comparison.propositions[best]!.differences.filter((d) => d.articles.length >= 2) : [];
    for (const d of g.differences) {
      differences++;
      if (found.some((f) => d.types.includes(f.type))) differencesFound++;
      else issues.push({ type: "missed_difference", detail: `${g.id} (${d.types.join("/")}): ${d.note}` });
    }
  }

  const precision = ratio(rightPairs, systemPairs.size);
  const recall = ratio(foundGoldPairs, goldRequired.size);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return {
    goldPairs: goldRequired.size,
    systemPairs: systemPairs.size,
    rightPairs,
    foundGoldPairs,
    precision,
    recall,
    f1,
    differences,
    differencesFound,
    differenceRecall: ratio(differencesFound, differences),
    issues,
  };
}
