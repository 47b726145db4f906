// Speaker attribution measured on BASIL (../shared/datasets/README.md): quoted spans with a named speaker.
// A span is "covered" when an attributed system claim overlaps it, and "right" when one of those claims names
// the speaker. Uncovered spans count as wrong. Pure: the files are read by scripts/eval.ts.
import { z } from "zod";
import { composeDocument } from "../document";
import { partyOf } from "../lexicon";
import { ATTRIBUTED_KINDS, type AnalysisInput, type AnalysisResult } from "../types";
import { ratio } from "./seed-score";
import { indexText, locate, overlaps, type Span } from "./text-match";

export const basilArticleSchema = z.object({
  title: z.string().default(""),
  date: z.string().optional(),
  source: z.string().optional(),
  uuid: z.string().optional(),
  "triplet-uuid": z.string().optional(),
  "body-paragraphs": z.array(z.array(z.string())),
});

export const basilAnnotationSchema = z.object({
  id: z.string().optional(),
  /** The span, verbatim. */
  txt: z.string(),
  bias: z.string().optional(),
  quote: z.string().optional(),
  speaker: z.string().nullable().optional(),
  /** Offsets into the sentence (of the body, or the title) holding the span. */
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

export const basilAnnotationFileSchema = z.object({
  "phrase-level-annotations": z.array(basilAnnotationSchema),
});

export type BasilArticle = z.infer<typeof basilArticleSchema>;
export type BasilAnnotation = z.infer<typeof basilAnnotationSchema>;
export type BasilAnnotationFile = z.infer<typeof basilAnnotationFileSchema>;

/** The analysis input for a BASIL article, and where each of its sentences lies in the composed document. */
export interface BasilLayout {
  input: AnalysisInput;
  text: string;
  titleStart: number | null;
  sentences: { text: string; start: number }[];
}

/** Body = paragraphs joined by blank lines, the sentences of a paragraph by single spaces; title as title. */
export function basilLayout(article: BasilArticle): BasilLayout {
  const paragraphs = article["body-paragraphs"].map((p) => p.join(" "));
  const input: AnalysisInput = { title: article.title || null, subtitle: null, body: paragraphs.join("\n\n") };
  const document = composeDocument(input);
  const title = document.sections.find((s) => s.section === "title");
  const body = document.sections.find((s) => s.section === "body");
  const sentences: BasilLayout["sentences"] = [];
  let at = body?.start ?? 0;
  for (const paragraph of article["body-paragraphs"]) {
    for (const sentence of paragraph) {
      sentences.push({ text: sentence, start: at });
      at += sentence.length + 1;
    }
    at += 1; // "\n\n" replaces the last sentence's " "
  }
  return { input, text: document.text, titleStart: title ? title.start : null, sentences };
}

/** A quoted span whose speaker is a named person or group (not empty, not other_pro/other_anti/other_neutral). */
export function isNamedSpeakerQuote(a: BasilAnnotation): boolean {
  const speaker = (a.speaker ?? "").trim();
  return a.quote === "yes" && speaker !== "" && !/^other_/i.test(speaker);
}

/**
 * Where an annotation lies in the layout text: by its sentence offsets when a sentence (or the title) has the
 * span there, else by searching its text. null when it cannot be found.
 */
export function locateAnnotation(layout: BasilLayout, a: BasilAnnotation): Span | null {
  if (a.start !== undefined && a.end !== undefined) {
    const { start, end } = a;
    const sentence = layout.sentences.find((s) => s.text.slice(start, end) === a.txt);
    if (sentence) return { start: sentence.start + start, end: sentence.start + end };
    const title = layout.input.title;
    if (title && layout.titleStart !== null && title.slice(start, end) === a.txt) {
      return { start: layout.titleStart + start, end: layout.titleStart + end };
    }
  }
  return locate(indexText(layout.text), a.txt);
}

export interface BasilSpan {
  id: string;
  txt: string;
  speaker: string;
  /** Offsets into the layout text; null when the span could not be located. */
  span: Span | null;
}

/** The named-speaker quote spans of one article, located. */
export function basilQuoteSpans(layout: BasilLayout, annotations: readonly BasilAnnotation[]): BasilSpan[] {
  return annotations.filter(isNamedSpeakerQuote).map((a, i) => ({
    id: a.id ?? `#${i}`,
    txt: a.txt,
    speaker: (a.speaker ?? "").trim(),
    span: locateAnnotation(layout, a),
  }));
}

export function countLexSpans(annotations: readonly BasilAnnotation[]): number {
  return annotations.filter((a) => a.bias === "lex").length;
}

function tokens(name: string): string[] {
  return name
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether an entity (canonical name first, then aliases) names a BASIL speaker ("Michael_Steele"): equal once
 * "_" reads as a space (case-insensitive); or a name contains the speaker's first and last words ("RNC Chairman
 * Michael S. Steele"); for a one-word speaker ("NAACP", "Democrats"), it contains that word. With
 * `surnameSuffices` (the article never writes the speaker's full name), a one-word canonical name that is the
 * speaker's surname counts too: an article that only ever writes "President Obama" gives nothing fuller.
 */
export function speakerMatches(
  speaker: string,
  names: readonly string[],
  options: { surnameSuffices?: boolean } = {},
): boolean {
  const want = tokens(speaker.replace(/_/g, " "));
  if (want.length === 0) return false;
  const first = want[0]!;
  const last = want[want.length - 1]!;
  const canonical = tokens(names[0] ?? "");
  if (options.surnameSuffices && want.length > 1 && canonical.length === 1 && canonical[0] === last) return true;
  return names.some((name) => {
    const have = tokens(name);
    if (have.join(" ") === want.join(" ")) return true;
    return have.includes(first) && have.includes(last);
  });
}

// Words that make a BASIL speaker label a group rather than a person ("Obama_campaign", "Republican_Lawmakers").
const GROUP_WORDS = new Set([
  "campaign", "lawmakers", "officials", "democrats", "republicans", "companies", "department", "party",
  "committee", "administration", "catholics", "plaintiffs", "house", "senate", "now", "america", "and",
]);

/** A speaker label that reads as one person's name: two to four capitalised words, none of them a group word. */
export function isPersonSpeaker(speaker: string): boolean {
  const parts = speaker.split("_").filter(Boolean);
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((p) => /^\p{Lu}/u.test(p) && !GROUP_WORDS.has(p.toLowerCase()))
  );
}

/**
 * For a group speaker ("Obama_campaign", "NAACP"): whether a role the article gives the quoted person names that
 * group ("a spokeswoman for the Obama campaign", "NAACP President"). BASIL labels a spokesperson's words with the
 * group they speak for; the engine names the person. Informational, beside the strict measure.
 */
export function groupRoleMatches(speaker: string, roles: readonly string[]): boolean {
  const want = tokens(speaker.replace(/_/g, " ")).map(groupWord);
  if (want.length === 0) return false;
  return roles.some((role) => {
    const party = partyOf(role);
    const have = new Set([...tokens(role).map(groupWord), ...(party ? [party === "D" ? "democrat" : "republican"] : [])]);
    return want.every((w) => have.has(w));
  });
}

/**
 * One spelling for the words of party and office that group labels and roles share: "Democrats", "Democratic" and
 * "Democrat" are one party; "Rep.", "Sen." and "lawmakers" are all members of Congress.
 */
const GROUP_SYNONYMS: Record<string, string> = {
  democrat: "democrat", democratic: "democrat", republican: "republican", gop: "republican",
  lawmaker: "lawmaker", legislator: "lawmaker", rep: "lawmaker", representative: "lawmaker", sen: "lawmaker",
  senator: "lawmaker", congressman: "lawmaker", congresswoman: "lawmaker", congressmen: "lawmaker",
};

function groupWord(w: string): string {
  const singular = w.replace(/s$/, "");
  return GROUP_SYNONYMS[singular] ?? GROUP_SYNONYMS[w] ?? singular;
}


/** Looser than speakerMatches, for information only: the speaker's last word alone is enough ("Obama"). */
export function surnameMatches(speaker: string, names: readonly string[]): boolean {
  const last = tokens(speaker.replace(/_/g, " ")).at(-1);
  return last !== undefined && names.some((name) => tokens(name).includes(last));
}

export interface BasilCounts {
  articles: number;
  /** Articles the engine threw on (their spans count as uncovered). */
  failed: number;
  spans: number;
  unlocated: number;
  covered: number;
  right: number;
  /** Right when a surname alone is also accepted ("Obama" for Barack_Obama): informational. */
  rightBySurname: number;
  /**
   * Right when, for a group speaker, a member or spokesperson is named with a role that names the group ("a
   * spokeswoman for the Obama campaign", "Rep. …, D-Md." for Democratic_Lawmakers) is also accepted.
   */
  rightWithSpokesperson: number;
  /** The spans whose speaker is one person (not a group such as "Obama_campaign"), and how many are right. */
  personSpans: number;
  personRight: number;
  lexSpans: number;
}

export interface BasilFigures {
  speakerAccuracy: number | null;
  coverage: number | null;
  accuracyCovered: number | null;
  accuracyBySurname: number | null;
  accuracyWithSpokesperson: number | null;
  personAccuracy: number | null;
}

export type BasilIssue =
  | { type: "uncovered"; article: string; id: string; speaker: string; txt: string; located: boolean }
  | { type: "wrong_speaker"; article: string; id: string; speaker: string; txt: string; got: string[] }
  | { type: "engine_error"; article: string; message: string };

export interface BasilArticleScore {
  counts: BasilCounts;
  issues: BasilIssue[];
}

export function emptyBasilCounts(): BasilCounts {
  return {
    articles: 0,
    failed: 0,
    spans: 0,
    unlocated: 0,
    covered: 0,
    right: 0,
    rightBySurname: 0,
    rightWithSpokesperson: 0,
    personSpans: 0,
    personRight: 0,
    lexSpans: 0,
  };
}

export function sumBasilCounts(all: readonly BasilCounts[]): BasilCounts {
  const total = emptyBasilCounts();
  for (const counts of all) for (const key of Object.keys(total) as (keyof BasilCounts)[]) total[key] += counts[key];
  return total;
}

export function basilFigures(c: BasilCounts): BasilFigures {
  return {
    speakerAccuracy: ratio(c.right, c.spans),
    coverage: ratio(c.covered, c.spans),
    accuracyCovered: ratio(c.right, c.covered),
    accuracyBySurname: ratio(c.rightBySurname, c.spans),
    accuracyWithSpokesperson: ratio(c.rightWithSpokesperson, c.spans),
    personAccuracy: ratio(c.personRight, c.personSpans),
  };
}

/**
 * Scores one article. `spans` are located in `layoutText`; when the engine's document text differs from it,
 * they are located again by their text.
 */
export function scoreBasilArticle(
  article: string,
  spans: readonly BasilSpan[],
  layoutText: string,
  result: AnalysisResult,
): BasilArticleScore {
  const text = result.document.text;
  const index = text === layoutText ? null : indexText(text);
  const entities = new Map(result.entities.map((e) => [e.key, e]));
  const rolesByEntity = new Map<string, string[]>();
  for (const m of result.mentions) {
    if (m.role) rolesByEntity.set(m.entityKey, [...(rolesByEntity.get(m.entityKey) ?? []), m.role]);
  }
  const attributed = result.claims
    .filter((c) => c.source !== null || ATTRIBUTED_KINDS.includes(c.kind))
    .map((c) => {
      const entity = c.source ? entities.get(c.source.entityKey) : undefined;
      const roles = [c.source?.role, ...(c.source ? (rolesByEntity.get(c.source.entityKey) ?? []) : [])];
      return {
        span: { start: c.start, end: c.end },
        names: entity ? [entity.name, ...entity.aliases] : [],
        roles: roles.filter((r): r is string => !!r),
      };
    });

  const textWords = ` ${tokens(text).join(" ")} `;
  const counts = { ...emptyBasilCounts(), articles: 1, spans: spans.length };
  const issues: BasilIssue[] = [];
  for (const s of spans) {
    const span = s.span && index ? locate(index, s.txt, { near: s.span.start }) : s.span;
    const base = { article, id: s.id, speaker: s.speaker, txt: s.txt };
    const person = isPersonSpeaker(s.speaker);
    if (person) counts.personSpans++;
    if (!span) {
      counts.unlocated++;
      issues.push({ type: "uncovered", ...base, located: false });
      continue;
    }
    const over = attributed.filter((c) => overlaps(text, c.span, span));
    if (over.length === 0) {
      issues.push({ type: "uncovered", ...base, located: true });
      continue;
    }
    counts.covered++;
    if (over.some((c) => surnameMatches(s.speaker, c.names))) counts.rightBySurname++;
    const fullName = tokens(s.speaker.replace(/_/g, " ")).join(" ");
    const surnameSuffices = !textWords.includes(` ${fullName} `);
    const right = over.some((c) => speakerMatches(s.speaker, c.names, { surnameSuffices }));
    if (right || (!person && over.some((c) => groupRoleMatches(s.speaker, c.roles)))) counts.rightWithSpokesperson++;
    if (right) {
      counts.right++;
      if (person) counts.personRight++;
    } else issues.push({ type: "wrong_speaker", ...base, got: over.map((c) => c.names[0] ?? "(unknown entity)") });
  }
  return { counts, issues };
}
