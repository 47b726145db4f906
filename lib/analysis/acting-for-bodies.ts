// People or a panel that act for a body the article names speak as that body, as a fact-checker would cite them:
// "inspectors found …" in a story of one inspectorate ("Estyn, the education and training inspectorate for Wales") is
// the inspectorate's finding; "the three-member CAS panel found …" and then "the panel noted …" are the Court of
// Arbitration for Sport's, and another body's panel is a body of its own ("British Horseracing Authority disciplinary
// panel"). "Police said" in a story of one force the article names is that force's.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/** A source that is an inspectorate's people, unnamed: "inspectors", "the inspectors", "Estyn inspectors" aside. */
const INSPECTORS = /^(?:the\s+)?(?:[\p{Ll}-]+\s+)?inspectors$/iu;
/** Words that make a body an inspectorate: in its name or in how the article describes it. */
const INSPECTORATE = /\binspectorate\b|\binspections?\b/i;
/** A panel of a body named by its name or acronym: "the three-member CAS panel", "a FIFA disciplinary panel" (group 1: the name). */
const BODYS_PANEL = /^(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\p{Ll}\d-]+\s+)?(?!(?:The|A|An|This|That)\s)(\p{Lu}[\p{L}&.]*(?:\s+\p{Lu}[\p{L}&.]*){0,3})\s+((?:[\p{Ll}-]+\s+)?(?:panel|tribunal|bench))$/u;
/** A court, whose panel is the court itself ("the three-member CAS panel" of the Court of Arbitration for Sport). */
const COURT_NAME = /\b(?:Court|Tribunal|Circuit|Appeals|Bench|Judiciary)\b/;
/** "the panel", "The tribunal": a panel named before. */
const THE_PANEL = /^the\s+(?:[\p{Ll}\d-]+\s+)?(?:panel|tribunal|bench)$/iu;
const BODY_KINDS = new Set(["organization", "institution", "other"]);

/** The one body the article names or describes as an inspectorate, or null. */
function inspectorate(mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  const found = new Set<string>();
  for (const m of mentions) {
    if (!BODY_KINDS.has(ents.kindOf(m.entityKey))) continue;
    // (Its name, its role, or a description right after it: "Estyn, the education and training inspectorate for Wales".)
    const after = /^,\s+(?:the|an?)\s+([^,.;]{1,80})/.exec(text.slice(m.end, m.end + 90))?.[1] ?? "";
    if (INSPECTORATE.test(ents.nameOf(m.entityKey)) || INSPECTORATE.test(m.role ?? "") || INSPECTORATE.test(after)) found.add(m.entityKey);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A police force's own name: "North Yorkshire police", "Hong Kong Police Force", "Essex Constabulary" (not "Police Federation"). */
const FORCE_NAME = /^\p{L}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:[Pp]olice(?:\s+(?:Force|Service|Department|Command|[Pp]refecture))?|Constabulary)$/u;

/** A force named in lower case: "state police", "federal police" (as words, any case; not inside the force's name). */
const OTHER_FORCE_WORDS = /\b(?:state|federal|national|county|city|transit|military|border|provincial|local)\s+police\b/gi;

/** The one police force the article's claims or mentions name, or null when it names none or more than one. */
function onlyForce(claims: readonly ExtractedClaim[], mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  const forces = new Set<string>();
  for (const key of [...claims.map((c) => c.source?.entityKey), ...mentions.map((m) => m.entityKey)]) {
    if (key && FORCE_NAME.test(ents.nameOf(key))) forces.add(key);
  }
  if (forces.size !== 1) return null;
  const force = [...forces][0]!;
  // (A force named in lower case counts too: "State police and the Dallas Police Department are searching".)
  const inForce = (at: number) => mentions.some((m) => m.entityKey === force && m.start <= at && at < m.end);
  return [...text.matchAll(OTHER_FORCE_WORDS)].every((x) => inForce(x.index!)) ? force : null;
}

/** How far before "Police said" the force must be named, unless it spoke itself: about two sentences. */
const FORCE_REACH = 500;
/** "wanted by the ": a force named as someone else's pursuer, not the one telling the story. */
const PURSUER_BEFORE = /\b(?:wanted|sought|hunted)\s+by\s+(?:the\s+)?$/;

/**
 * Whether "Police said" in claim `c` is the one force `force`: one that spoke in the article, or one named just before
 * with no other place named since its sentence ("Essex Police launched a campaign. … a crash in Kent. Police said" is
 * Kent's police).
 */
function forceTells(force: string, c: ExtractedClaim, claims: readonly ExtractedClaim[], mentions: readonly Mention[], ents: EntityIndex, text: string): boolean {
  if (claims.some((d) => d.source?.entityKey === force && d !== c)) return true;
  // (A headline's or a lede's "Police said" may come before the force is named: "Police deny firing live rounds", then
  // "Kwara State Police Command"; "… near Hexham, police said." then "Inspector Kath Rennie of Northumbria Police".)
  const next = mentions.find((m) => m.entityKey === force && m.start >= c.end);
  if (next && (c.section !== "body" || next.start - c.end <= FORCE_REACH)) return true;
  const last = mentions.findLast((m) => m.entityKey === force && m.end <= c.start);
  if (!last || c.start - last.end > FORCE_REACH || PURSUER_BEFORE.test(text.slice(Math.max(0, last.start - 20), last.start))) return false;
  const sentenceEnd = /[.!?]["”’]?\s/.exec(text.slice(last.end, c.start));
  const since = sentenceEnd ? last.end + sentenceEnd.index : c.start;
  // (A name of no known kind counts as a place here: "Kent" is "other" to the engine.)
  return !mentions.some((m) => m.start >= since && m.end <= c.start && (ents.kindOf(m.entityKey) === "place" || ents.kindOf(m.entityKey) === "other"));
}

/** How far after the panel's last claim "It …" may go on with it (about two sentences). */
const PANEL_REACH = 400;

/** Gives claims of an inspectorate's inspectors, and of a body's panel, to that body. */
export function resolveActingForBodies(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const unnamed = claims.filter((c) => c.source && ents.kindOf(c.source.entityKey) === "unnamed");
  if (!unnamed.length) return;
  const inspectors = unnamed.filter((c) => INSPECTORS.test(c.source!.text));
  const body = inspectors.length ? inspectorate(mentions, ents, text) : null;
  if (body) for (const c of inspectors) credit(c, body, mentions);
  // "Police said" in a story of one police force the article names is that force.
  const police = unnamed.filter((c) => ents.nameOf(c.source!.entityKey) === "police");
  const force = police.length ? onlyForce(claims, mentions, ents, text) : null;
  if (force) for (const c of police) if (forceTells(force, c, claims, mentions, ents, text)) credit(c, force, mentions);
  // A body's panel, and "the panel" after it, while no other panel is named.
  let panelOf: string | null = null;
  // (And "It described …" right after, that the engine took for the panel: the panel's entity, whatever its words.)
  let panelKey: string | null = null;
  let panelEnd = -1;
  for (const c of unnamed) {
    const named = BODYS_PANEL.exec(c.source!.text);
    const key = named ? ents.lookup(named[1]!) : null;
    // (Any other body's panel is a body of its own, named by whose it is: "British Horseracing Authority disciplinary
    // panel", as the ruling is the panel's, not the body's.)
    const ofBody = key !== null && BODY_KINDS.has(ents.kindOf(key));
    if (named) panelOf = !ofBody ? null : COURT_NAME.test(ents.nameOf(key)) ? key : ents.ensure(`${ents.nameOf(key)} ${named[2]!.replace(/\s+/g, " ")}`, "institution", c.source!.text.replace(/^(?:the|an?)\s+/i, ""));
    if (named) panelKey = panelOf ? c.source!.entityKey : null;
    const goesOn = c.source!.entityKey === panelKey && c.start - panelEnd <= PANEL_REACH;
    const ofPanel = named ? panelOf !== null : panelOf !== null && (THE_PANEL.test(c.source!.text) || goesOn);
    if (ofPanel) panelEnd = c.end;
    if (!ofPanel) continue;
    credit(c, panelOf!, mentions);
    // (What a tribunal's panel notes or says in its ruling is what it found.)
    if (c.kind === "statement") c.kind = "finding";
  }
}
