// "“You don't get to hand the bill to a vendor,” Whitcomb said. The 58-year-old former Colorado parks director rejected
// that, saying …": a person described only by age and a past post who rejects what was just said is not the one who
// said it.
// The writer is varying the name of the one who answers: the person who spoke before the one rebutted.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/**
 * A person described by age and a past post, rejecting what was just said (the thing said, then a comma), opening the
 * claim: "The 58-year-old former Colorado parks director rejected that,", "The 61-year-old former state utility regulator
 * rejected that account,". (Not "… denied that the …", where "that" opens what is denied; nor a charge or an offer.)
 */
const AGED_REBUTTAL =
  /^The\s+\d{1,3}-year-old\s+former\s+(?:[\p{L}-]+\s+){0,5}?(?:rejected|disputed|dismissed|rebuffed|countered)\s+(?:that|this|those)(?:\s+(?:account|claim|characterization|characterisation|criticism|argument|assessment|version))?,/u;

export function resolveAgedRebuttals(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i]!;
    if (!c.source || !AGED_REBUTTAL.test(c.exact)) continue;
    // (When the description was read as the one just quoted, or as no one named: "the 58-year-old" is someone known.)
    const rebutted = claims[i - 1]!.source?.entityKey;
    if (rebutted !== c.source.entityKey && ents.kindOf(c.source.entityKey) !== "unnamed") continue;
    // (Whom the one rebutted had just blamed, first: "Joe Kim accused Mayor Ann Holt of waste. The 58-year-old former
    // teacher rejected that".)
    const accused = claims[i - 1]!.kind === "blame" ? claims[i - 1]!.blamed.find((b) => b.entityKey && b.entityKey !== rebutted && ents.kindOf(b.entityKey) === "person")?.entityKey : undefined;
    const answering = accused ?? claims.slice(0, i).findLast((p) => p.source && p.source.entityKey !== rebutted && ents.kindOf(p.source.entityKey) === "person")?.source!.entityKey;
    if (answering) credit(c, answering, mentions);
  }
}
