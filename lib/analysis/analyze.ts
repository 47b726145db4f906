// The claim engine: cleaned article in, claims with sources, kinds and hedges out. Pure, no I/O.

import { checkWorthiness } from "./check-worthiness";
import { ClaimExtractor, type Span } from "./claims";
import { Discourse } from "./coreference";
import { composeDocument } from "./document";
import { recognizeEntities } from "./entities";
import { splitSentences } from "./sentences";
import { findQuotes, wordsOf, type Sentence } from "./text-units";
import type { AnalysisDocument, AnalysisInput, AnalysisResult, ExtractedClaim, Mention } from "./types";

export const ANALYZER_VERSION = "1.0.0";

const MAX_SENTENCE = 1200;

/** The sentences of a document, section by section, with their words. */
export function segmentDocument(document: AnalysisDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const sec of document.sections) {
    const secText = document.text.slice(sec.start, sec.end);
    for (const s of splitSentences(secText)) {
      // Run-on "sentences" (lists, pasted tables, missing punctuation) are cut into bounded pieces so that
      // per-sentence work stays linear in the document.
      let start = sec.start + s.start;
      const end = sec.start + s.end;
      while (start < end) {
        let cut = end;
        if (end - start > MAX_SENTENCE) {
          const space = document.text.lastIndexOf(" ", start + MAX_SENTENCE);
          cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
        }
        const paragraph = paragraphKey(sec.section, s.paragraph);
        out.push({ index: out.length, section: sec.section, start, end: cut, paragraph, words: wordsOf(document.text, start, cut) });
        start = cut;
        while (start < end && document.text[start] === " ") start++;
      }
    }
  }
  return out;
}

function paragraphKey(section: string, p: number): number {
  return section === "title" ? -2 : section === "subtitle" ? -1 : p;
}

export function analyzeArticle(input: AnalysisInput): AnalysisResult {
  const document = composeDocument({
    title: typeof input?.title === "string" ? input.title : null,
    subtitle: typeof input?.subtitle === "string" ? input.subtitle : null,
    body: typeof input?.body === "string" ? input.body : "",
  });
  const text = document.text;
  const sentences = segmentDocument(document);
  const ents = recognizeEntities(text, sentences);
  const quotes = findQuotes(text);
  const discourse = new Discourse(ents);
  const extractor = new ClaimExtractor({ text, ents, discourse });
  const claims: ExtractedClaim[] = [];
  const extraMentions: Mention[] = [];

  let qi = 0;
  // Quote sentences waiting for the speaker named later in the same paragraph.
  let pending: { claim: ExtractedClaim; paragraph: number; fallback: string | null }[] = [];
  const flush = () => {
    for (const p of pending) if (p.fallback) attributeToSpeaker(p.claim, p.fallback, nameOf(p.fallback), null);
    pending = [];
  };
  const nameOf = (key: string) => ents.nameOf(key);
  // Paragraph of the latest attributed claim (quote sentences only inherit a speaker from nearby).
  let lastAttributedParagraph = Number.NEGATIVE_INFINITY;
  const nearSpeaker = (s: Sentence) => s.paragraph >= lastAttributedParagraph && s.paragraph - lastAttributedParagraph <= 1;
  for (const s of sentences) {
    while (qi < quotes.length && quotes[qi]!.end <= s.start) qi++;
    const local: Span[] = [];
    for (let j = qi; j < quotes.length && quotes[j]!.start < s.end; j++) local.push(quotes[j]!);
    const ms = ents.bySentence[s.index] ?? [];
    const { claims: found } = extractor.extract(s, ms, local);
    if (pending.length && pending[0]!.paragraph !== s.paragraph) flush();
    for (const c of found) {
      if (c.source) {
        discourse.noteSpeaker(c.source.entityKey, s.index);
        lastAttributedParagraph = s.paragraph;
        if (!ms.some((m) => m.start <= c.start + c.exact.length && text.slice(m.start, m.end) === c.source!.text)) {
          const at = text.indexOf(c.source.text, c.start);
          if (at >= 0 && at + c.source.text.length <= c.end && c.source.text !== ":")
            extraMentions.push({ entityKey: c.source.entityKey, section: s.section, start: at, end: at + c.source.text.length, text: c.source.text, role: c.source.role });
        }
        if (pending.length && (c.quote === "direct" || c.quote === "mixed")) {
          for (const p of pending) attributeToSpeaker(p.claim, c.source.entityKey, c.source.text, c.source.role);
          pending = [];
        }
      } else if (isQuoteSentence(text, c, local)) {
        const q = local.find((x) => x.start <= c.start + 1 && x.end >= c.start);
        const continues = q !== undefined && q.end > s.end;
        const speaker = discourse.lastSpeakerKey(2, s.index);
        if (!continues && speaker && nearSpeaker(s)) {
          attributeToSpeaker(c, speaker, nameOf(speaker), null);
        } else if (continues) {
          const fallback = speaker && nearSpeaker(s) ? speaker : null;
          pending.push({ claim: c, paragraph: s.paragraph, fallback });
        }
      }
      claims.push(c);
    }
    const quoted = (p: number) => local.some((q) => p > q.start && p < q.end);
    discourse.observe(ms, s.index, quoted, subjectOf(s, ms, quoted));
  }
  flush();
  const mentions = [...ents.mentions, ...extraMentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return { analyzerVersion: ANALYZER_VERSION, document, entities: ents.entities, mentions, claims };
}

/** A sentence that is (almost) all quotation, with no attribution of its own. */
function isQuoteSentence(text: string, c: ExtractedClaim, local: Span[]): boolean {
  let quoted = 0;
  for (const q of local) quoted += Math.max(0, Math.min(q.end, c.end) - Math.max(q.start, c.start));
  return quoted >= 0.6 * (c.end - c.start) && /^[“"]/.test(text.slice(c.start, c.start + 1)) || (quoted >= 0.9 * (c.end - c.start));
}

function attributeToSpeaker(c: ExtractedClaim, key: string, text: string, role: string | null): void {
  c.source = { entityKey: key, text, role };
  c.kind = "statement";
  c.quote = "direct";
  c.cue = null;
  c.checkWorthiness = checkWorthiness("statement", c.exact, c.hedged);
}

/** The mention that is the grammatical subject of a sentence: the first one, with only a title or connector before it. */
function subjectOf(s: Sentence, ms: Mention[], quoted: (p: number) => boolean): Mention | null {
  const m = ms.find((x) => !quoted(x.start));
  if (!m) return null;
  const lead = m.start - s.start;
  if (lead > 80) return null;
  const words = s.words.filter((w) => w.end <= m.start);
  if (words.length > 6) return null;
  return words.every((w) => w.cap || /^(?:the|a|an|but|and|so|still|yet|then|now|former|acting)$/.test(w.lower) || m.role?.includes(w.text)) ? m : null;
}
