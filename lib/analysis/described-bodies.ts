// A wire lede often describes a body before naming it: "…, a private tracking company said. The collision occurred at
// 0342 GMT, according to SkyLedger, a U.S.-based firm that monitors …", "But a consumer group said …. Patients for Safe
// Medicines, a Washington-based advocacy group, said …". The body described is the one named right after with a
// description of the same kind.
import type { EntityIndex } from "./entities";
import { BODY_KINDS, credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/** Words for a kind of body, by family: a "company" is the "firm" named next. */
const FAMILIES: readonly (readonly string[])[] = [
  ["company", "firm", "business", "corporation", "startup", "start-up", "operator", "provider"],
  ["group", "organisation", "organization", "coalition", "alliance", "association", "charity", "nonprofit", "campaign"],
  ["agency", "regulator", "watchdog", "authority"],
  ["union"],
  ["institute", "think tank", "centre", "center"],
];

function familyOf(noun: string): readonly string[] | null {
  return FAMILIES.find((f) => f.includes(noun)) ?? null;
}

/** "a private tracking company", "A consumer group": an indefinite description of a body (group 1: its noun). */
const DESCRIBED_BODY = /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+)$/iu;
/** How far after the described source the body must be named: about two sentences. */
const WINDOW = 400;

/** Gives claims whose source is a body described in an indefinite way to the first body named so right after, if any. */
export function resolveDescribedBodies(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const done = new Set<string>();
  for (const c of claims) {
    if (!c.source || c.section !== "body" || ents.kindOf(c.source.entityKey) !== "unnamed" || done.has(c.source.entityKey)) continue;
    const noun = DESCRIBED_BODY.exec(c.source.text)?.[1]?.toLowerCase();
    const family = noun ? familyOf(noun) : null;
    if (!family) continue;
    done.add(c.source.entityKey);
    // (The first so named, and a source itself there: "according to SkyLedger, a U.S.-based firm …" before "Paris-based
    // operator Astréa Orbital"; not "The attack hit Halvorsen Logistics, the freight company", a company the article
    // only names.)
    const speaks = (key: string, from: number) => claims.some((d) => d.source?.entityKey === key && d.start >= from && d.start < c.end + WINDOW);
    const named = mentions.find(
      (m) => m.start > c.end && m.start < c.end + WINDOW && m.section === "body" && BODY_KINDS.has(ents.kindOf(m.entityKey)) && describedAs(m, text, family) && speaks(m.entityKey, c.end),
    );
    if (!named) continue;
    const described = c.source.entityKey;
    for (const d of claims) if (d.source?.entityKey === described) credit(d, named.entityKey, mentions);
  }
}

/** "SkyLedger, a U.S.-based firm", "the tracking firm SkyLedger": the name introduced with a description of that family. */
function describedAs(m: Mention, text: string, family: readonly string[]): boolean {
  // (The appositive's head: its last word before a comma, a relative clause or a preposition.)
  const phrase = /^,\s(?:a|an)\s([^,;:]{1,60}?)(?=[,;:]|\.(?:\s|$)|\s(?:that|which|who|whose|in|of|at|for|with|on)\b)/u.exec(text.slice(m.end, m.end + 90))?.[1];
  const after = phrase?.split(/\s+/).at(-1);
  const before = /\b([\p{Ll}-]+)\s$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return (after !== undefined && family.includes(after)) || (before !== undefined && family.includes(before));
}
