// The claim engine: cleaned article in, claims with sources, kinds and hedges out. Pure, no I/O.

import { checkWorthiness } from "./check-worthiness";
import { blamedAgents, blamedInQuotation, ClaimExtractor, isSomeoneIn, speaksByNameIn, mainClauseStart, wordedAsDocument, type Span } from "./claims";
import { Discourse } from "./coreference";
import { composeDocument } from "./document";
import { carryFrames, deniesWrongdoing, quotationKind } from "./kinds";
import { asksOnly } from "./questions";
import { recognizeEntities, type EntityIndex } from "./entities";
import { splitSentences } from "./sentences";
import { BULLET, ISSUED_BY, introducesBullets, lineStarts, quotationBlocks, speaksOfThemInThirdPerson } from "./passages";
import { isHeadlineSpeechVerb } from "./cues";
import { isSignatureLine, resolveEmbeddedPosts } from "./embedded-posts";
import { resolveHeadlineEchoes, resolveHeadlineGroups } from "./headline-echoes";
import { resolveHeadlineDescriptions } from "./headline-descriptions";
import { resolveSpokenThrough } from "./spoken-through";
import { resolveDescribedBodies } from "./described-bodies";
import { resolveLedeRoleHolders } from "./lede-role-holders";
import { resolveTopOfficials } from "./top-officials";
import { resolveInterviewAnswers } from "./interview-answers";
import { resolveBroadcastTranscripts } from "./broadcast-transcripts";
import { resolveLabelledQuotes } from "./labelled-quotes";
import { resolveActingForBodies } from "./acting-for-bodies";
import { resolveCourtCounsel } from "./court-counsel";
import { resolveRoleReferences } from "./role-references";
import { resolveStudyAuthors } from "./study-authors";
import { resolveStatementIssuers } from "./statement-issuers";
import { resolveAgedRebuttals } from "./aged-rebuttals";
import { resolveDelayedLede, resolveDelayedNames, resolveNamedNext, resolveNamedNextParagraph, resolveOfficeNamedLater, resolveTitledLede } from "./delayed-names";
import { afterBlankLine, findQuotes, isTitleCase, wordsOf, type Sentence, type Word } from "./text-units";
import { AUXILIARIES, NOT_NAME_WORDS } from "./lexicon";
import type { AnalysisDocument, AnalysisInput, AnalysisResult, ExtractedClaim, Mention } from "./types";

export const ANALYZER_VERSION = "1.12.912";

const MAX_SENTENCE = 1200;

/**
 * A dateline: a place in capitals (a state, "N.H." or "Mo.", the day, "Nov 5", or an agency may follow), then a dash, then a capital ("NATO — the
 * alliance …" is a sentence's subject, not a dateline).
 */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’/]{2,40}(?:,\s\p{Lu}\p{Ll}{1,4}\.)?(?:,\s(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}|\d{1,2}\s\p{Lu}\p{Ll}{2,8}\.?))?(?:\s*\([^()]{1,30}\))?(?:\s*[—–]\s*|\s+-{1,2}\s+|\s*--\s*|\s*–-\s*)(?=[\p{Lu}“"])/u;

/** An editor's label: "UPDATE:", "UPDATE 2:52 p.m. --", "Update (9 p.m.):", "CORRECTION:", "Editor's note:". */
const UPDATE_LABEL =
  /^(?:UPDATED?|Updated?|CORRECTION|Correction|CLARIFICATION|Clarification|EDITOR['’]S NOTE|Editor['’]s [Nn]ote)(?:\s*\(?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\)?)?(?:\s*(?::|--|—|–)\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*(?:--|—|–|:)\s*)?(?=\p{Lu}|$)|\s*$)/u;
/** "Details here.", "Video below:", "Read the full statement here.": a pointer to something the text lost; "Site Mobile Navigation": the page's. */
const POINTER = /^(?:(?:(?:more\s+)?details|more|video|watch(?:\s+it)?|audio|photos?|story|(?:read|see|watch)\s+(?:it|more|the\s+(?:full\s+)?\p{L}+))\s+(?:here|below|above)|(?:site\s+|mobile\s+|main\s+)*navigation)\s*[.:]?\s*$/iu;

/** A date alone ("December 1, 2010", after "Correction:"): no claim. */
const DATE_ONLY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\.?\s*$/;

/** The sentences of a document, section by section, with their words. */
export function segmentDocument(document: AnalysisDocument): Sentence[] {
  const out: Sentence[] = [];
  let bodySeen = false;
  for (const sec of document.sections) {
    const secText = document.text.slice(sec.start, sec.end);
    for (const s of splitSentences(secText)) {
      // Run-on "sentences" (lists, pasted tables, missing punctuation) are cut into bounded pieces so that
      // per-sentence work stays linear in the document.
      let start = sec.start + s.start;
      const end = sec.start + s.end;
      // "WASHINGTON — …", "AMHERST, N.H. (AP) -- …": the dateline opening the first paragraph is no part of a claim.
      if (sec.section === "body" && !bodySeen) start += DATELINE.exec(document.text.slice(start, Math.min(end, start + 80)))?.[0].length ?? 0;
      if (sec.section === "body") bodySeen = true;
      // "UPDATE 2:52 p.m. -- …", "CORRECTION:": a label opening the sentence, or the whole of it; "Details here.":
      // a pointer to a link the text lost. Neither is a claim.
      if (sec.section === "body") start += UPDATE_LABEL.exec(document.text.slice(start, Math.min(end, start + 60)))?.[0].length ?? 0;
      if (sec.section === "body" && (POINTER.test(document.text.slice(start, end)) || DATE_ONLY.test(document.text.slice(start, end)))) continue;
      // "What has the EU agreed?", "What critics say": an explainer's heading over the paragraphs that answer it;
      // "Verdict", "Spain and Morocco": a crosshead naming what they are about.
      if (sec.section === "body" && isCrosshead(document.text, start, end, sec.start)) continue;
      while (start < end) {
        let cut = end;
        if (end - start > MAX_SENTENCE) {
          const space = document.text.lastIndexOf(" ", start + MAX_SENTENCE);
          cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
        }
        const paragraph = paragraphKey(sec.section, s.paragraph);
        const words = wordsOf(document.text, start, cut);
        // A headline, or a heading line in the body (a scraped page often repeats the headline there).
        const titleCase = (sec.section !== "body" || isHeadingLine(document.text, start, cut)) && (isTitleCase(words) || capitalsAroundVerb(words));
        out.push({ index: out.length, section: sec.section, start, end: cut, paragraph, words, titleCase });
        start = cut;
        while (start < end && document.text[start] === " ") start++;
      }
    }
  }
  return out;
}

/** "Ellis Criticizes Obama": a short headline all in capitals whose inner word is a headline's verb of saying. */
function capitalsAroundVerb(words: Word[]): boolean {
  return words.length >= 3 && words.length <= 5 && words.every((w) => w.cap) && words.slice(1, -1).some((w) => isHeadlineSpeechVerb(w.lower));
}

/** Whether the text from start to end is a paragraph of its own: between paragraph breaks or the text's ends. */
function standsAlone(text: string, start: number, end: number): boolean {
  return afterBlankLine(text, start) && (end === text.length || text.startsWith("\n\n", end));
}

/** A line standing alone between paragraph breaks, with no full stop, question or exclamation mark at its end. */
function isHeadingLine(text: string, start: number, end: number): boolean {
  return standsAlone(text, start, end) && end - start <= 160 && !/[.!?…"”’]\s*$/.test(text.slice(start, end));
}

/**
 * A crosshead: a line of up to eight words standing alone, with no comma: a question ("What has the EU agreed?", "Is it
 * legal?"), or with no stop at all a line opening with a question word ("What critics say"; not "Will Smith says he is
 * sorry"), or one naming what follows with no verb (see isNamingHeading).
 */
function isCrosshead(text: string, start: number, end: number, bodyStart: number): boolean {
  // (Over the paragraphs that answer it: never the text's last line.)
  const line = text.slice(start, end);
  if (end >= text.length || !standsAlone(text, start, end) || line.split(/\s+/).length > 8) return false;
  return QUESTION_LINE.test(line) || WH_HEADING.test(line) || isNamingHeading(text, start, line, bodyStart);
}

/**
 * "Verdict", "Spain and Morocco", "The background": a crosshead naming what the paragraphs under it are about.
 * (Not a verb, "Resigned", nor a word that answers, "Yes", "Perhaps"; nor any word right under a question, which it
 * answers: "Who pays?" over "Nobody".)
 */
function isNamingHeading(text: string, start: number, line: string, bodyStart: number): boolean {
  const named = NAME_HEADING.test(line) && !line.toLowerCase().split(" ").some((w) => HEADING_VERB.test(w) || isHeadlineSpeechVerb(w) || (w !== "and" && NOT_NAME_WORDS.has(w)));
  // (Nor under a line that introduces it, "posted a one-word reaction:", "read the verdict.": a quotation or a verdict;
  // only a line of the body: a headline's question is not answered by the body's first heading, "The claim".)
  const above = text.slice(Math.max(bodyStart, start - 200), start).trimEnd();
  return (named || DETERMINER_HEADING.test(line)) && !/[?:]["”’]?$/.test(above) && !INTRODUCES_A_WORD.test(above);
}
/**
 * A short quoted phrase standing alone with no stop inside its marks, a crosshead ("‘Not what an ambulance is for’"):
 * words from the story set above it, no quotation that goes on from the paragraph before.
 */
function isQuotedCrosshead(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  if (!standsAlone(text, start, end) || line.split(/\s+/).length > 10 || !/^[‘“"'][^.!?…‘“"]*[’”"']$/u.test(line)) return false;
  // (Not a paragraph that goes on with a quotation the one before left open: "“… Nobody listens.\n\n“Nobody from the
  // council has ever come here”".)
  const paragraphBreak = text.lastIndexOf("\n\n", start - 3);
  const before = text.slice(paragraphBreak < 0 ? 0 : paragraphBreak + 2, start);
  return (before.match(/“/g)?.length ?? 0) <= (before.match(/”/g)?.length ?? 0);
}
const QUESTION_LINE = /^(?:What|How|Why|Who|When|Where|Which|Is|Are|Can|Will|Does|Do)\b[^.!?…"“”:;,]*\?$/u;
const WH_HEADING = /^(?:What|How|Why|Who|When|Where|Which)\b[^.!?…"“”:;,]*$/u;
/** A crosshead's name: one capitalised word or two joined by "and" ("Portugal", "Verdict", "Spain and Morocco"; not a headline's clause, "Talks Collapse"). */
const NAME_HEADING = /^\p{Lu}[\p{L}’'-]*(?: (?:and|&) \p{Lu}[\p{L}’'-]*)?$/u;
/** A line that introduces a word on its own: "… read the verdict.", "… replied in a single word.", "… chanted one word.". */
const INTRODUCES_A_WORD = /\b(?:verdict|(?:a|one|single)(?:\s+single)?\s+word|reaction|reply|response|answer)\.?["”’]?$/i;
/** A determiner and one word, which no clause is: "The background", "The counter-argument". */
const DETERMINER_HEADING = /^(?:The|A|An|Our|Its|Their) \p{Ll}[\p{L}’'-]*$/u;
/** A word that makes a heading a clause: "is", "will", "resigned". */
const HEADING_VERB = new RegExp(`^(?:${AUXILIARIES}|\\p{Ll}+ed)$`, "u");

function paragraphKey(section: string, p: number): number {
  return section === "title" ? -2 : section === "subtitle" ? -1 : p;
}

/**
 * Whether a position is strictly inside one of the quotations. (Made here rather than as a named arrow in the
 * sentence loop: tsx's keepNames would name a new closure for every sentence.)
 */
function insideAnyOf(quotes: Span[]): (pos: number) => boolean {
  return (p) => quotes.some((q) => p > q.start && p < q.end);
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
  const discourse = new Discourse(ents, text);
  const extractor = new ClaimExtractor({ text, ents, discourse });
  const claims: ExtractedClaim[] = [];
  const extraMentions: Mention[] = [];

  let qi = 0;
  const nameOf = (key: string) => ents.nameOf(key);
  interface Speaker {
    key: string;
    text: string;
    role: string | null;
    /** "report" for a quotation an outlet or a document is quoted in ("Politics Daily reported: “…”"). */
    kind?: "report";
  }
  // Quote sentences waiting for a speaker named later in the same paragraph.
  let pending: { claim: ExtractedClaim; paragraph: number; sentence: number; region: number | null }[] = [];
  // Who speaks each quoted region once a claim inside it is attributed (a quote running over several sentences).
  const regionSpeaker = new Map<number, Speaker>();
  // A quotation over several paragraphs is one region: each paragraph's part is keyed by where the first one opens.
  const blockStart = quotationBlocks(text, quotes);
  const regionOf = (q: Span) => blockStart.get(q.start) ?? q.start;
  // The latest speaker of a direct or mixed quote, and the paragraph it was in.
  let quoteSpeaker: (Speaker & { paragraph: number }) | null = null;
  // Quoted sentences given the paragraph's last speaker while their quotation went on past them.
  // (`close`: where a quotation opened inside narration closes; see below.)
  let untold: { claim: ExtractedClaim; region: number; paragraph: number; close?: number }[] = [];
  // Who the bullets of a list speak for, after a sentence that introduces them ("… circulated by Democrats close to
  // the campaign:" and "-Here are the facts: …" lines), while the paragraphs go on opening with a bullet.
  let bulletSpeaker: Speaker | null = null;
  // "Kowalczyk tweeted a similar message …:" then the post, pasted as a paragraph without quotation marks: its writer.
  let postWriter: (Speaker & { paragraph: number }) | null = null;
  // (Built only once a list is introduced: most articles have none.)
  let lineOf: ((pos: number) => number) | null = null;
  // Paragraph of the latest attributed claim (quote sentences only inherit a speaker from nearby).
  let lastAttributedParagraph = Number.NEGATIVE_INFINITY;
  const nearSpeaker = (p: number) => p >= lastAttributedParagraph && p - lastAttributedParagraph <= 1;
  /** Speaker for quote sentences left without one at the end of their paragraph. */
  const fallbackFor = (paragraph: number, sentence: number): Speaker | null => {
    // A paragraph of quotation continues the quote of the paragraph before it, unless someone spoke since.
    const key = discourse.lastSpeakerKey(2, sentence);
    const recent = key && nearSpeaker(paragraph) ? { key, text: nameOf(key), role: null } : null;
    if (quoteSpeaker && (quoteSpeaker.paragraph === paragraph || quoteSpeaker.paragraph === paragraph - 1)) {
      if (!recent || recent.key === quoteSpeaker.key || lastAttributedParagraph <= quoteSpeaker.paragraph) return quoteSpeaker;
    }
    return recent;
  };
  const give = (c: ExtractedClaim, sp: Speaker, sentence: number, local: Span[], worded = false) => {
    attributeToSpeaker(c, sp.key, worded ? sp.text : nameOf(sp.key), worded ? sp.role : null, sp.kind, ents);
    discourse.noteSpeaker(sp.key, sentence, false, `${sp.role ?? ""} ${sp.text}`);
    for (const q of local) if (q.end > c.start && q.start < c.end) regionSpeaker.set(regionOf(q), sp);
  };
  const flush = () => {
    // The sentences of one quotation share its speaker, however many there are.
    const byRegion = new Map<number, Speaker | null>();
    for (const p of pending) {
      let sp = p.region !== null && byRegion.has(p.region) ? byRegion.get(p.region)! : fallbackFor(p.paragraph, p.sentence);
      // "“His conduct is unbecoming …”" after Etheridge's own quotes: an untagged quotation that speaks of the speaker in
      // the third person is someone else's, whom the text does not name.
      if (sp && !byRegion.has(p.region ?? -1) && speaksOfThemInThirdPerson(p.claim.content, ents.genderOf(sp.key))) sp = null;
      if (p.region !== null) byRegion.set(p.region, sp);
      if (sp) attributeToSpeaker(p.claim, sp.key, nameOf(sp.key), null, sp.kind, ents);
      // The rest of the quotation, in the paragraphs after, has this speaker too.
      if (sp && p.region !== null) regionSpeaker.set(p.region, sp);
    }
    pending = [];
  };
  for (const s of sentences) {
    while (qi < quotes.length && quotes[qi]!.end <= s.start) qi++;
    const local: Span[] = [];
    for (let j = qi; j < quotes.length && quotes[j]!.start < s.end; j++) local.push(quotes[j]!);
    const ms = ents.bySentence[s.index] ?? [];
    const { claims: found } = extractor.extract(s, ms, local);
    const line = bulletSpeaker ? (lineOf ??= lineStarts(text))(s.start) : -1;
    const inBullet = bulletSpeaker !== null && BULLET.test(text.slice(line, line + 3));
    if (!inBullet) bulletSpeaker = null;
    if (pending.length && pending[0]!.paragraph !== s.paragraph) flush();
    if (postWriter && s.paragraph > postWriter.paragraph) postWriter = null;
    // (Not a paragraph about the post, the post itself left out: "The post was deleted an hour later.")
    if (postWriter && s.paragraph === postWriter.paragraph && ABOUT_THE_POST.test(text.slice(s.start, s.end))) postWriter = null;
    // (Only a paragraph with no quotation of its own, right after the colon.)
    if (postWriter && s.paragraph === postWriter.paragraph && local.length === 0) {
      for (const c of found) if (!c.source) attributeToSpeaker(c, postWriter.key, nameOf(postWriter.key), null, undefined, ents);
    }
    if (untold.length && untold[0]!.paragraph !== s.paragraph) untold = [];
    for (const c of found) {
      // (A quotation inside a bullet is its own speaker's: "Blumenthal clearly stated “…”".)
      if (!c.source && bulletSpeaker && inBullet && !isQuoteSentence(text, c, local)) {
        attributeToSpeaker(c, bulletSpeaker.key, nameOf(bulletSpeaker.key), null, undefined, ents);
        c.quote = "indirect";
      }
      // "… plays as the prime minister continues. “The world tells Israel, ‘Wait. …’ …” Then an unseen announcer
      // concludes: “…”": a speaker who introduces a quotation of their own is not the speaker of an untagged quotation
      // that narration before it in the paragraph leads into (but "“The charges are false.” Mayor Reyes then told
      // reporters: “…”", a quotation opening its paragraph, is his).
      if (c.source && pending.length && (c.quote === "direct" || c.quote === "mixed") && introducesOwnQuotation(text, c, local) && !opensParagraph(text, pending[0]!.claim.start)) flush();
      if (c.source) {
        // ("It said" of a cable credited to its author goes on speaking through the cable.)
        discourse.noteSpeaker(c.source.entityKey, s.index, wordedAsDocument(c.source.text) || /^it$/i.test(c.source.text), `${c.source.role ?? ""} ${c.source.text}`);
        lastAttributedParagraph = s.paragraph;
        if (!ms.some((m) => m.start <= c.start + c.exact.length && text.slice(m.start, m.end) === c.source!.text)) {
          const at = text.indexOf(c.source.text, c.start);
          if (at >= 0 && at + c.source.text.length <= c.end && c.source.text !== ":")
            extraMentions.push({ entityKey: c.source.entityKey, section: s.section, start: at, end: at + c.source.text.length, text: c.source.text, role: c.source.role });
        }
        // "The Herald reported:" (or "He added," at a paragraph's end) ending its sentence introduces the quotation that follows.
        const introduces = /^\s*[:,]\s*$/.test(text.slice(c.end, s.end));
        if (c.cue && POSTING_VERBS.test(c.cue) && /^\s*:\s*$/.test(text.slice(c.end, s.end)) && !local.some((q) => q.end > c.start)) {
          postWriter = { key: c.source.entityKey, text: c.source.text, role: c.source.role, paragraph: s.paragraph + 1 };
        }
        const kind = c.kind === "report" ? ("report" as const) : undefined;
        if (introduces) quoteSpeaker = { key: c.source.entityKey, text: c.source.text, role: c.source.role, kind, paragraph: s.paragraph };
        if (c.quote === "direct" || c.quote === "mixed") {
          const sp: Speaker = { key: c.source.entityKey, text: c.source.text, role: c.source.role, kind };
          const regions = new Set(local.filter((q) => q.end > c.start && q.start < c.end).map(regionOf));
          for (const u of untold) {
            if (!regions.has(u.region) || u.claim.source?.entityKey === sp.key) continue;
            // (A quotation opened inside narration goes to a speaker only by a tag right after its close: not “Where Is
            // Holt? Nobody Knows,” and Ann Kerr said it was unfair.)
            if (u.close !== undefined && !TAG_AFTER_CLOSE.test(text.slice(u.close, u.close + 60))) continue;
            attributeToSpeaker(u.claim, sp.key, nameOf(sp.key), null, sp.kind, ents);
            if (u.close !== undefined) u.claim.quote = "mixed";
          }
          for (const p of pending) give(p.claim, sp, s.index, local, true);
          pending = [];
          quoteSpeaker = { ...sp, paragraph: s.paragraph };
          for (const q of local) if (q.end > c.start && q.start < c.end) regionSpeaker.set(regionOf(q), sp);
        }
      } else if (isQuoteSentence(text, c, local) && !isQuotedCrosshead(text, c.start, c.end)) {
        const q = local.find((x) => x.start <= c.start + 1 && x.end >= c.start) ?? local.find((x) => x.end > c.start && x.start < c.end);
        const inherited = q ? regionSpeaker.get(regionOf(q)) : undefined;
        if (inherited) {
          // The rest of a quotation whose speaker is known.
          give(c, inherited, s.index, local);
          // (Or only guessed, until its end tells: "“The storm hit. People lost homes. It is a tragedy,” Tom Holt said.")
          const region = regionOf(q!);
          if (untold.some((u) => u.region === region && u.paragraph === s.paragraph)) untold.push({ claim: c, region, paragraph: s.paragraph });
        } else if (quoteSpeaker && quoteSpeaker.paragraph === s.paragraph && !pending.length) {
          // Another quoted sentence in the paragraph of a quoted speaker.
          give(c, quoteSpeaker, s.index, local);
          // (Until the quotation's end tells whose it is: "“The storm hit the coast. It is a tragedy,” Tom Holt said.")
          if (q && opensQuotationGoingOn(text, c, q, s)) untold.push({ claim: c, region: regionOf(q), paragraph: s.paragraph });
        } else {
          pending.push({ claim: c, paragraph: s.paragraph, sentence: s.index, region: q ? regionOf(q) : null });
        }
      } else {
        // 'The comment was “the latest low …. It was a stark contrast …,” Kerr said.': a quotation that opens inside
        // the sentence and goes on past it is whoever its end names, in this paragraph.
        const q = local.find((x) => x.start > c.start && x.start < c.end && x.end > c.end && /^[“"]/.test(text.slice(x.start, x.start + 1)));
        if (q) untold.push({ claim: c, region: regionOf(q), paragraph: s.paragraph, close: q.end });
      }
      claims.push(c);
    }
    const quoted = insideAnyOf(local);
    const subject = subjectOf(text, s, ms, quoted);
    // "Two years earlier, Ann Lee used nearly the same words against her rival:" and a quotation next: a sentence
    // that names no speaker of its own but ends in a colon before a quotation introduces its subject's words.
    if (subject && !found.some((c) => c.source) && introducesQuotation(text, s, local) && SPEAKER_KINDS.has(ents.kindOf(subject.entityKey))) {
      quoteSpeaker = { key: subject.entityKey, text: subject.text, role: subject.role, paragraph: s.paragraph };
    }
    // "… points were circulated by Democrats close to the campaign:" before a bulleted list: whoever issued it.
    if (introducesBullets(text, s)) {
      const issuer = ISSUED_BY.exec(text.slice(s.start, s.end));
      const by = issuer ? ms.find((m) => m.start >= s.start + issuer.index + issuer[0].length - 1 && SPEAKER_KINDS_OR_GROUPS.has(ents.kindOf(m.entityKey))) : undefined;
      const from = found.find((c) => c.source)?.source ?? null;
      const key = from?.entityKey ?? by?.entityKey ?? (subject && SPEAKER_KINDS.has(ents.kindOf(subject.entityKey)) ? subject.entityKey : null);
      bulletSpeaker = key ? { key, text: nameOf(key), role: null } : null;
    }
    // (Not a signature line under an embedded post: its signer is no one a later "he" means.)
    if (!isSignatureLine(text, s.start, s.end)) discourse.observe(ms, s.index, quoted, subject);
  }
  flush();
  for (const c of carryFrames(claims, text)) {
    // A quotation that names its own culprits keeps them ("… campaign by US spies, Democrats, press").
    const own = c.kind === "blame" ? blamedAgents(c.content, ents) : [];
    if (own.length) c.blamed = own;
    c.checkWorthiness = checkWorthiness(c.kind, c.exact, c.hedged);
  }
  const mentions = [...ents.mentions, ...extraMentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const bodyStart = document.sections.find((x) => x.section === "body")?.start ?? 0;
  const posted = resolveEmbeddedPosts(claims, mentions, ents, text, bodyStart, (c, key, name) => attributeToSpeaker(c, key, name, null, undefined, ents));
  resolveHeadlineDescriptions(claims, mentions, ents, text);
  resolveStudyAuthors(claims, mentions, ents, text);
  resolveStatementIssuers(claims, mentions, ents, text);
  resolveRoleReferences(claims, mentions, ents, text);
  resolveDescribedBodies(claims, mentions, ents, text);
  resolveLedeRoleHolders(claims, mentions, ents, text);
  resolveTopOfficials(claims, mentions, ents, text);
  resolveCourtCounsel(claims, mentions, ents, text);
  resolveActingForBodies(claims, mentions, ents, text);
  resolveSpokenThrough(claims, mentions, ents, text);
  resolveDelayedNames(claims, mentions, ents, text);
  resolveDelayedLede(claims, mentions, ents, text);
  resolveTitledLede(claims, mentions, ents, text);
  resolveNamedNext(claims, mentions, ents, text);
  resolveNamedNextParagraph(claims, mentions, ents, text);
  resolveOfficeNamedLater(claims, mentions, ents, text);
  resolveAgedRebuttals(claims, mentions, ents);
  resolveHeadlineEchoes(claims, mentions, ents);
  resolveHeadlineGroups(claims, mentions, ents, text);
  resolveInterviewAnswers(posted, mentions, ents, text, bodyStart, (c, key, name) => attributeToSpeaker(c, key, name, null, undefined, ents));
  resolveBroadcastTranscripts(posted, ents, text, bodyStart, (c, key, name) => attributeToSpeaker(c, key, name, null, undefined, ents));
  resolveLabelledQuotes(posted, mentions, ents, text, bodyStart, (c, key, name) => attributeToSpeaker(c, key, name, null, undefined, ents));
  // (Last, so that "they said" and "their letter" found the group as a whole before it is credited to its first named.)
  for (const c of posted) {
    const first = c.source && ents.firstNamedOf(c.source.entityKey);
    if (first) c.source = { ...c.source!, entityKey: first };
  }
  // Short questions, and tags with nothing said in their own sentence ("He added," before a quoted paragraph), are no
  // claims; they were kept this long to pass their speaker on to the quotation.
  // (A short question that blames someone is a claim: "What were the editors thinking?")
  const said = (c: ExtractedClaim) => /\p{L}/u.test(c.content) && (!asksOnly(c.content) || c.kind === "blame");
  return { analyzerVersion: ANALYZER_VERSION, document, entities: ents.entities, mentions, claims: posted.filter(said) };
}

const SPEAKER_KINDS = new Set(["person", "organization", "institution"]);
/** Verbs of posting or writing that introduce a post pasted after a colon. */
const POSTING_VERBS = /^(?:tweeted|tweets|posted|posts|wrote|writes)$/i;
/** Words of a paragraph about a post, not the post: "The post was deleted", "the tweet drew criticism". */
const ABOUT_THE_POST = /\b(?:the|that|this|his|her|their|its)\s+(?:post|tweet|message|comment|remark)s?\b/i;
const SPEAKER_KINDS_OR_GROUPS = new Set(["person", "organization", "institution", "unnamed", "anonymous"]);

/** Whether only white space stands between the paragraph's start and `pos`. */
function opensParagraph(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  return text.slice(lineStart, pos).trim() === "";
}

/** Whether a claim's source and verb come before its quotation, with a colon between ("Then X concludes: “…”"). */
function introducesOwnQuotation(text: string, c: ExtractedClaim, local: Span[]): boolean {
  const q = local.find((x) => x.end > c.start && x.start < c.end);
  return q !== undefined && q.start > c.start && /:\s*$/.test(text.slice(c.start, q.start));
}

/** A sentence outside quotation marks that ends in a colon, with an opening quotation mark right after it. */
function introducesQuotation(text: string, s: Sentence, local: Span[]): boolean {
  // (Searched inside the sentence only: a search back through the whole text would make long texts quadratic.)
  const within = text.slice(s.start, s.end).lastIndexOf(":");
  const colon = within < 0 ? -1 : s.start + within;
  if (colon < 0 || !/^:\s*$/.test(text.slice(colon, s.end))) return false;
  if (local.some((q) => q.start < colon && q.end > colon)) return false;
  return /^:\s*[“"]/.test(text.slice(colon, colon + 8));
}

/** A sentence that is (almost) all quotation, with no attribution of its own. */
/** Right after a quotation's close: its tag, "Kerr said", "said Ann Kerr", "the mayor said", "he added". */
const TAG_AFTER_CLOSE = /^\s*(?:(?:the\s+)?(?:(?!(?:and|but|as|while|which|who|when)\s)[\p{L}.’'-]+\s+){0,3}(?:said|says|added|adds|continued|wrote|writes|told|argued|insisted|declared|stated)\b|(?:said|says|added|wrote)\s+\p{Lu})/u;
function isQuoteSentence(text: string, c: ExtractedClaim, local: Span[]): boolean {
  let quoted = 0;
  for (const q of local) quoted += Math.max(0, Math.min(q.end, c.end) - Math.max(q.start, c.start));
  return quoted >= 0.6 * (c.end - c.start) && /^[“"]/.test(text.slice(c.start, c.start + 1)) || (quoted >= 0.9 * (c.end - c.start));
}

/**
 * Whether a sentence opens a quotation that goes on past it ("“The storm hit the coast for hours. It is a tragedy,” Tom
 * Holt said."): whose it is may be told at its end, so it waits for that, not the paragraph's last speaker.
 */
function opensQuotationGoingOn(text: string, c: ExtractedClaim, q: Span, s: Sentence): boolean {
  return q.start >= s.start && q.start <= c.start + 1 && q.end > s.end && /^[“"]/.test(text.slice(q.start, q.start + 1));
}

function attributeToSpeaker(c: ExtractedClaim, key: string, text: string, role: string | null, kind: "report" | undefined, ents: EntityIndex): void {
  c.source = { entityKey: key, text, role };
  c.kind = kind && !deniesWrongdoing(c.content) ? kind : quotationKind(c.content, ents.kindOf(key), (o) => isSomeoneIn(ents, o) || speaksByNameIn(ents, o), (n) => speaksByNameIn(ents, n));
  c.blamed = c.kind === "blame" ? blamedInQuotation(c.content, ents) : [];
  c.quote = "direct";
  c.cue = null;
  c.checkWorthiness = checkWorthiness(c.kind, c.exact, c.hedged);
}

/**
 * The mention that is the grammatical subject of a sentence: the first one, with only a title or connector before
 * it; after a fronted subordinate clause ("When Mr. Biden went after …, Mr. Ryan reminded …"), the first of the main clause.
 */
function subjectOf(text: string, s: Sentence, ms: Mention[], quoted: (p: number) => boolean): Mention | null {
  const main = mainClauseStart(text, s.start, s.end);
  const from = main > 0 ? main : afterShortOpener(text, s, ms);
  let m = ms.find((x) => x.start >= from && !quoted(x.start));
  if (!m) return null;
  // "Rovers boss Emeka Okafor was still seething": the person a body's role word names, not the body.
  const titled = ms.find((x) => x.start > m!.end && x.start - m!.end <= 40);
  if (titled && BODY_ROLE_BETWEEN.test(text.slice(m.end, titled.start)) && m.entityKey !== titled.entityKey) m = titled;
  const lead = m.start - from;
  if (lead > 80) return null;
  // The words between the clause start and the mention (words are in order and do not overlap).
  let first = 0;
  while (first < s.words.length && s.words[first]!.start < from) first++;
  let n = first;
  while (n < s.words.length && s.words[n]!.end <= m.start) n++;
  if (n - first > 6) return null;
  for (let k = first; k < n; k++) {
    const w = s.words[k]!;
    // "The nearby St. Louis Tea Party": up to two lower-case words after a sentence-opening "The".
    const modifier = !w.cap && k > first && k - first <= 2 && s.words[first]!.lower === "the" && k === n - 1;
    if (!(w.cap || SUBJECT_LEAD_WORDS.has(w.lower) || /^(?:then|ex)-\p{Lu}/u.test(w.text) || m.role?.includes(w.text) || modifier)) return null;
  }
  return m;
}

/** Where a sentence's main clause starts after a short opener with no name in it ("Last year, …", "Two years prior, …"). */
function afterShortOpener(text: string, s: Sentence, ms: Mention[]): number {
  const within = text.slice(s.start, Math.min(s.end, s.start + 42)).indexOf(", ");
  if (within < 0) return s.start;
  const comma = s.start + within;
  // ("In Paris, Le Monde saw a wider lesson": a place the opener names is where, not who.)
  const whereOnly = PLACE_OPENER.test(text.slice(s.start, comma));
  if (s.words.filter((w) => w.end <= comma).length > 4 || (!whereOnly && ms.some((m) => m.start < comma))) return s.start;
  return comma + 2;
}

/** A sentence's opening phrase of where, before its comma: "In Paris", "In Vienna", "From Brussels". */
const PLACE_OPENER = /^(?:In|From|Outside|Across|Back in)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?$/u;

/** A body's role words between its name and a person's: " boss ", " chief executive ", " head coach ". */
const BODY_ROLE_BETWEEN = /^\s(?:(?:boss|manager|coach|captain|chairman|chairwoman|chief|executive|head|president|director|spokesman|spokeswoman|owner|founder|leader|secretary|minister|striker|goalkeeper|midfielder|defender|forward)\s){1,3}$/;
const SUBJECT_LEAD_WORDS = new Set("the a an but and so still yet then now former acting".split(" "));
