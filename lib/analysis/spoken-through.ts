// A body or a person may speak through someone named: "The SPD said through its general secretary, Timo
// Rasmussen-Berg, that …", "Fathom Audio said through a spokesperson, Lauren Michaelides, that …". The person named is
// who said it, as when a spokesperson is quoted by name ("Fathom Audio spokesperson Lauren Michaelides said").
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/**
 * After the cue: "through its general secretary, ", up to where the name starts: someone who speaks for others, not one
 * who only passes words on ("through an interpreter", "through his daughter").
 */
const THROUGH_SOMEONE = /^\s+through\s+(?:its|his|her|their|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:spokes(?:man|woman|person)|secretary|representative|lawyer|attorney|counsel|solicitor|publicist|agent|aide|adviser|advisor|director|chairman|chairwoman|chair|president|leader|chief|head),\s+/u;

/** Gives a claim said through someone named, set off by commas right after the cue, to that person. */
export function resolveSpokenThrough(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  for (const c of claims) {
    if (!c.source || !c.cue || !c.exact.includes(" through ")) continue;
    const at = c.exact.indexOf(`${c.cue} through `);
    if (at < 0) continue;
    const after = c.start + at + c.cue.length;
    const lead = THROUGH_SOMEONE.exec(text.slice(after, after + 80));
    if (!lead) continue;
    const from = after + lead[0].length;
    // (The name, closed by a comma: "…, Timo Rasmussen-Berg, that".)
    const named = mentions.find((m) => m.start === from && ents.kindOf(m.entityKey) === "person" && /^,\s/.test(text.slice(m.end, m.end + 2)));
    if (!named || named.entityKey === c.source.entityKey) continue;
    credit(c, named.entityKey, mentions);
    c.source = { ...c.source, text: named.text };
  }
}
