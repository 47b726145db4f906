// A question-and-answer interview ("Q: Why should anyone care?" then "A: Because …") gives its answers to the person
// interviewed, though no quotation mark or verb says so: each answer, and any paragraph that goes on with it before
// the next question, is that person's, quoted directly. The interviewer's questions are asked, not asserted: they stay
// the outlet's, as plain assertions, never its opinion. A transcript read out in court is the same, its answers the
// witness's; and so is an interview printed with no labels, its questions known by their question marks.
import { presenterLabels } from "./broadcast-transcripts";
import { PRONOUN_SOURCE } from "./text-units";
import type { EntityIndex } from "./entities";
import type { ExtractedClaim, Mention } from "./types";

/** A paragraph that opens with the interviewer's question: "Q: ", "Question: " (not "Q. ", which may be an initial). */
const QUESTION_OPENS = /^(?:Q|Question)\s*:\s+/;
/** A news conference's transcript's question: "Q. Do you regret it?" (a paragraph ending in a question mark). */
const TRANSCRIPT_QUESTION = /^Q\.\s+(?=\p{Lu}[^\n]*\?$)/u;
/** A paragraph that opens with the answer: "A: ", "Answer: ". */
const ANSWER_OPENS = /^(?:A|Answer)\s*:\s+/;
/**
 * A transcript's answer under its speaker's name in capitals: "TEODOR VASILAKIS: I regret the racket." (group 1; only
 * a name the article gives a person counts, not "UPDATE:" or "EDITOR'S NOTE:").
 */
const SPEAKER_OPENS = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3})\s*:\s+/u;
/**
 * The same in ordinary capitals, "Vermeulen: Sore.", and the interviewer's question under the outlet's or their own
 * name, "Echelon: How are you feeling?" (group 1: the label).
 */
const TITLED_SPEAKER_OPENS = /^(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+/u;
/** The cue an answer is given. */
export const ANSWER_CUE = "A:";
/** How many questions and answers make an interview: fewer may be a list lettered "A". */
const AT_LEAST = 2;
/**
 * Right before the person interviewed is named in the introduction: the outlet speaking to them, "We spoke to ", "I sat
 * down with ", or "in an interview with ", "in conversation with " (not "Ann Holt, who sat down with Tom Reyes in 2019").
 */
const INTERVIEWED_BEFORE = /(?:\b(?:[Ww]e|I)\s+(?:spoke|speak|talked|talk|chatted|sat\s+down|caught\s+up)\s+(?:to|with)|\b[Ii]nterview\s+with|\b[Cc]onversation\s+with|^[Ii]nterview:|\b(?:[Ww]e|I)\s+interviewed)\s+$/;
/** Words that say the piece is an interview: "This interview has been edited …", "Interview by …", "Q&A". */
// (Or that the person spoke to the interviewer: "She spoke to Lachlan Ropata.")
const SAYS_INTERVIEW = /\b(?:[Ii]nterview(?:ed|s)?|Q\s?&\s?A|[Ii]n\s+conversation|(?:[Ww]e|I|[Ss]he|[Hh]e|[Tt]hey)\s+(?:spoke|talked|chatted|sat\s+down|caught\s+up)\s+(?:to|with))\b/;
/** Words of a courtroom's or inquiry's record, whose questions and answers are no interview: "cross-examined", "transcript". */
const TESTIMONY = /\b(?:cross-examin\w*|questioned\s+the|transcript|testif\w*|the\s+court\s+(?:heard|was\s+shown)|under\s+oath|witness\s+box)\b/i;
/**
 * Words before a transcript that say it is one: "spoke to Echelon", "The conversation has been edited", "interview".
 */
const CONVERSATION_BEFORE = /\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\b|\b(?:interview|conversation|transcript|Q\s?&\s?A)\b/i;
/** …or a press conference ("From the post-fight press conference:"), whose transcript labels its questions "Q:". */
const PRESS_CONFERENCE = /\b(?:press|news)\s+conference\b/i;
/** A question's premise of what the person interviewed said: "You've said …", "You have argued that …" (group 1: the verb). */
const YOU_SAID = /^You(?:['’]ve|\s+have)?\s+(?:also\s+|previously\s+|repeatedly\s+)?(said|argued|claimed|written|told|insisted|suggested|described|called)\b/;
/** Right after the interviewee's name: " spoke to ", ", 54, talked with ", ", a Republican, spoke with ". */
const SPOKE_TO_AFTER = /^(?:,\s(?:\d{1,3}|an?\s[^,;.“”"]{1,40}),)?\s(?:spoke|talked)\s(?:to|with)\s/;
/** Right after a name in a headline that says what the person talks about: "Tamsin Achterberg on the noise …". */
const ON_TOPIC_AFTER = /^\s+on\s+\p{Ll}/u;

type Role = "question" | "answer" | "other";

interface Paragraph {
  start: number;
  end: number;
  role: Role;
  /** Length of the "Q: " or "A: " label opening it. */
  label: number;
  /** The person a transcript's answer is labelled with ("TEODOR VASILAKIS: "), by entity key. */
  speaker?: string;
  /** A label in capitals that names no one the article knows ("UPDATE: ", "MODERATOR: "): no answer goes on past it. */
  otherLabel?: boolean;
  /** Labelled in ordinary capitals ("Vermeulen: "), as a list's entries may be too. */
  titled?: boolean;
}

/** The body's paragraphs (its non-empty lines), each with its role in the interview. */
function paragraphsOf(text: string, bodyStart: number, people: () => Map<string, string>): Paragraph[] {
  const out: Paragraph[] = [];
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split("\n")) {
    const start = at + (line.length - line.trimStart().length);
    at += line.length + 1;
    const body = line.trim();
    if (!body) continue;
    // (Cheap tests first: a label opens with a capital letter and has its colon near the start.)
    const colon = body.indexOf(":");
    const labelled = colon > 0 && colon <= 60;
    const q = labelled ? QUESTION_OPENS.exec(body) : body.startsWith("Q.") ? TRANSCRIPT_QUESTION.exec(body) : null;
    const a = q || !labelled ? null : ANSWER_OPENS.exec(body);
    const capitals = q || a || !labelled ? null : SPEAKER_OPENS.exec(body);
    const titled = q || a || !labelled || capitals ? null : TITLED_SPEAKER_OPENS.exec(body);
    const named = capitals ?? titled;
    const speaker = named ? people().get(named[1]!.replace(/\s+/g, " ").toUpperCase()) : undefined;
    if (speaker) out.push({ start, end: start + body.length, role: "answer", label: named![0].length, speaker, titled: !!titled });
    // (A question under a label that names no one: the interviewer's, by the outlet's name or their own, in capitals or
    // not: "Echelon: How are you feeling?", "NWPR: Will the tribes go to court?".)
    else if (named && body.endsWith("?")) out.push({ start, end: start + body.length, role: "question", label: named[0].length, titled: !!titled });
    else out.push({ start, end: start + body.length, role: q ? "question" : a ? "answer" : "other", label: (q ?? a)?.[0].length ?? 0, otherLabel: !!named });
  }
  return out.some((p) => p.role !== "other") ? out : unlabelled(out, text);
}

/**
 * A transcript that labels the interviewer by name too ("LINDGREN: What happens in 2030?" then "DEVEREUX: We come back
 * with …"): the one named person whose labelled paragraphs, two or more, end in a question mark at least two times in
 * three asks the questions, when another named person answers in paragraphs that do not so. Those paragraphs are
 * questions.
 */
function interviewerAsking(paragraphs: Paragraph[], text: string, interviewed: (firstLabelled: number) => string | null): Paragraph[] {
  const bySpeaker = new Map<string, Paragraph[]>();
  for (const p of paragraphs) if (p.speaker) bySpeaker.set(p.speaker, [...(bySpeaker.get(p.speaker) ?? []), p]);
  if (bySpeaker.size < 2 || paragraphs.some((p) => p.role === "question")) return paragraphs;
  // (Most of them: an interviewer may put a premise without a question mark, "MONTOYA: Senator Corliss says this was
  // never affordable.", when the one answering seldom or never ends on one.)
  const asked = (ps: Paragraph[]) => ps.filter((p) => /\?["”’]?$/.test(text.slice(p.start, p.end))).length;
  const asks = (ps: Paragraph[]) => ps.length >= AT_LEAST && asked(ps) * 3 >= ps.length * 2;
  const askers = [...bySpeaker].filter(([, ps]) => asks(ps));
  const others = [...bySpeaker].filter(([, ps]) => !asks(ps));
  if (askers.length === 1 && asked(askers[0]![1]) < askers[0]![1].length && others.some(([, ps]) => asked(ps) * 3 >= ps.length)) return paragraphs;
  const firstLabelled = paragraphs.find((p) => p.speaker)!.start;
  // (A question may open a premise: "BREKKE: Why not? Supporters say the state is sitting on a surplus.")
  const askedAnywhere = (ps: Paragraph[]) => ps.filter((p) => /\?["”’]?(?:\s|$)/.test(text.slice(p.start, p.end))).length;
  const asker = askers.length === 1 ? askers[0]![0] : askers.length === 0 ? otherThanInterviewed(bySpeaker, interviewed(firstLabelled), asked, askedAnywhere) : null;
  if (!asker) return paragraphs;
  // (A plain paragraph between the labelled ones goes on with an answer only in the first person: an inquiry's or a
  // court's transcript has narration between its lines, "Reed paused and looked at the panel.", which ends the answer.)
  return paragraphs.map((p) =>
    p.speaker === asker ? { start: p.start, end: p.end, role: "question", label: p.label, titled: p.titled }
    : !p.speaker && p.role === "other" && p.start > firstLabelled && !FIRST_PERSON.test(text.slice(p.start, p.end)) ? { ...p, otherLabel: true }
    : p);
}
/**
 * Of two labelled speakers, the one the introduction does not name as interviewed ("Transportation Commissioner Rowena
 * Taliaferro spoke with KTNA's Nathaniel Oyelowo"), when half or more of their paragraphs ask a question (at their end,
 * or before a premise) and at most one in four of the other's end in one: an interviewer whose premises ("OYELOWO: The
 * union says the pay is the problem.") outnumber a third.
 */
function otherThanInterviewed(bySpeaker: Map<string, Paragraph[]>, interviewed: string | null, asked: (ps: Paragraph[]) => number, askedAnywhere: (ps: Paragraph[]) => number): string | null {
  if (bySpeaker.size !== 2 || !interviewed || !bySpeaker.has(interviewed)) return null;
  const [asker, ps] = [...bySpeaker].find(([key]) => key !== interviewed)!;
  const theirs = bySpeaker.get(interviewed)!;
  // (And the one interviewed seldom asks: at most one line in four.)
  return ps.length >= AT_LEAST && askedAnywhere(ps) * 2 >= ps.length && asked(theirs) * 4 <= theirs.length && askedAnywhere(ps) * theirs.length > asked(theirs) * ps.length ? asker : null;
}

/** Words of someone speaking of themselves. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours)\b/;

/**
 * Labels in ordinary capitals ("Vermeulen: Sore.") make a transcript only after an introduction that says it is one,
 * with a question first: not a list of player ratings, "Asante: Two goals and a constant threat.", that ends with
 * "Verdict: Can they keep it going?". Otherwise they are plain paragraphs.
 */
function asTranscriptOrNot(paragraphs: Paragraph[], text: string): Paragraph[] {
  const titled = paragraphs.filter((p) => p.titled);
  if (!titled.length) return paragraphs;
  const firstQuestion = paragraphs.find((p) => p.role === "question");
  const firstAnswer = paragraphs.find((p) => p.speaker);
  // (After a press conference only under questions labelled "Q:": not a match report's ratings, "Mensah: Two goals".)
  const before = text.slice(0, firstQuestion?.start ?? 0);
  const asked = CONVERSATION_BEFORE.test(before) || (PRESS_CONFERENCE.test(before) && !!firstQuestion && QUESTION_OPENS.test(text.slice(firstQuestion.start, firstQuestion.start + 12)));
  if (firstQuestion && firstAnswer && firstQuestion.start < firstAnswer.start && asked) return paragraphs;
  return paragraphs.map((p) => (p.titled ? { start: p.start, end: p.end, role: "other", label: 0 } : p));
}

/** The article's people by their names in capitals, whole and surname alone ("TEODOR VASILAKIS", "VASILAKIS"). */
function peopleInCapitals(ents: EntityIndex): Map<string, string> {
  const out = new Map<string, string>();
  const surnames = new Map<string, string[]>();
  for (const e of ents.entities) {
    if (e.kind !== "person") continue;
    out.set(e.name.toUpperCase(), e.key);
    const surname = e.name.split(" ").at(-1)!.toUpperCase();
    surnames.set(surname, [...(surnames.get(surname) ?? []), e.key]);
  }
  // (A surname two people share names neither.)
  for (const [surname, keys] of surnames) if (keys.length === 1 && !out.has(surname)) out.set(surname, keys[0]!);
  return out;
}

/** A paragraph that is the interviewer's question, printed in bold with no label: short, ending in "?" (not quoted). */
const UNLABELLED_QUESTION = /^[^“"‘(][^\n]{0,300}\?$/;
/** How many unlabelled questions, each with an answer, make an interview: fewer may be an article's rhetorical questions. */
const UNLABELLED_AT_LEAST = 3;

/**
 * An interview printed without "Q:" and "A:" (the questions in bold, lost with the page's styling): each paragraph
 * ending in a question mark is a question, and the paragraph after it, unless another question or an editor's note in
 * brackets, the answer.
 */
function unlabelled(paragraphs: Paragraph[], text: string): Paragraph[] {
  const question = (p: Paragraph | undefined) => !!p && UNLABELLED_QUESTION.test(text.slice(p.start, p.end));
  const out = paragraphs.map((p, i) => {
    if (question(p)) return { ...p, role: "question" as const };
    const next = paragraphs[i - 1] && question(paragraphs[i - 1]) && !text.startsWith("(", p.start);
    return next ? { ...p, role: "answer" as const } : p;
  });
  return out.filter((p) => p.role === "answer").length >= UNLABELLED_AT_LEAST ? out : paragraphs;
}

/**
 * The person interviewed: the one the introduction says the outlet spoke to or interviewed, else the one a headline
 * names before "on" a topic, else the one person a headline names, else the person named most often before the first
 * question (when no one else is as often).
 */
function interviewee(mentions: readonly Mention[], ents: EntityIndex, text: string, firstQuestion: number): string | null {
  const people = mentions.filter((m) => m.start < firstQuestion && ents.kindOf(m.entityKey) === "person");
  const spokenTo = people.find((m) => INTERVIEWED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
  if (spokenTo) return spokenTo.entityKey;
  // ("Forecaster Liz Walsh spoke to Tom Reyes": the one who spoke to the interviewer.)
  const spoke = people.find((m) => SPOKE_TO_AFTER.test(text.slice(m.end, m.end + 64)));
  if (spoke) return spoke.entityKey;
  const onTopic = people.find((m) => m.section !== "body" && ON_TOPIC_AFTER.test(text.slice(m.end, m.end + 12)));
  if (onTopic) return onTopic.entityKey;
  // (The one person a headline or subheadline names: "Ann Holt: ‘I had run out of excuses’".)
  const headlined = new Set(people.filter((m) => m.section !== "body").map((m) => m.entityKey));
  if (headlined.size === 1) return [...headlined][0]!;
  const counts = new Map<string, number>();
  for (const m of people) counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && ranked[0]![1] >= 2 && ranked[0]![1] > (ranked[1]?.[1] ?? 0) ? ranked[0]![0] : null;
}

/**
 * What marks a piece printed as an interview, when its questions carry no labels: the person "spoke to" an
 * interviewer named in full, "This interview has been edited …", "Q&A", a headline's "Interview:".
 */
const PRINTED_AS_INTERVIEW = /\b(?:spoke|talked)\s+(?:to|with)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}|\b(?:This|The)\s+interview\s+(?:has\s+been|was)\s+(?:lightly\s+)?(?:edited|condensed)|\bQ\s?&\s?A\b|^Interview:/u;
/** A writer's own "I" before the questions: a column's, not an interview's. */
const WRITER_FIRST_PERSON = /(?:^|[.!?]\s+|\n)I\s/;
/** Right before a witness's name: "cross-examined the neighbour, ", "the interview state police conducted with ". */
const QUESTIONED_BEFORE = /\b(?:cross-examined|questioned|conducted\s+with|interview\s+with)\s+(?:the\s+[\p{Ll}-]+,\s+)?$/u;
/** Right after a witness's name: "reading Ostrander’s answers". */
const ANSWERS_AFTER = /^['’]s?\s+answers\b/;

/**
 * Whose answers a record of questioning holds ("jurors heard a transcript of the interview state police conducted
 * with Ostrander, … Feld reading Ostrander’s answers"): the one person the paragraph before the first question names
 * as questioned or as answering; null when it names no one so.
 */
function witness(paragraphs: readonly Paragraph[], firstQuestion: Paragraph, mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  const intro = paragraphs[paragraphs.indexOf(firstQuestion) - 1];
  if (!intro) return null;
  // (Not a surname alone that only someone named in full later has: "Ostrander, the accused, and … Ostrander's brother,
  // Luke Ostrander".)
  const namedBefore = (m: Mention) => mentions.some((x) => x.entityKey === m.entityKey && x.start <= m.start && x.text === ents.nameOf(m.entityKey));
  const named = mentions.filter((m) => m.start >= intro.start && m.end <= intro.end && ents.kindOf(m.entityKey) === "person" && namedBefore(m));
  const questioned = new Set(named.filter((m) => QUESTIONED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || ANSWERS_AFTER.test(text.slice(m.end, m.end + 12))).map((m) => m.entityKey));
  return questioned.size === 1 ? [...questioned][0]! : null;
}

/**
 * Whether a claim's source is a person or body the claim names by name ("My colleague Anders Lund said", "the Department
 * of Education said"), not a description ("The maintenance man told me") nor a word alone of no known kind ("Staff").
 */
function namedSource(c: ExtractedClaim, ents: EntityIndex): boolean {
  const key = c.source!.entityKey;
  const name = ents.nameOf(key).split(" ");
  return NAMED_KINDS.has(ents.kindOf(key)) && c.source!.text.split(" ").some((w) => name.includes(w));
}
const NAMED_KINDS = new Set(["person", "organization", "institution", "outlet"]);

/** Drops a "Q: " or "A: " label from the start of a claim that opens its paragraph. */
function dropLabel(c: ExtractedClaim, p: Paragraph): void {
  if (c.start !== p.start || p.label === 0) return;
  const label = c.exact.slice(0, p.label);
  c.start += p.label;
  c.exact = c.exact.slice(p.label);
  if (c.content.startsWith(label)) c.content = c.content.slice(p.label);
}

/**
 * Gives the answers of a Q&A interview to the person interviewed (through `attribute`, which sets source, kind and
 * quote), with the cue "A:", and keeps the questions as the outlet's plain assertions.
 */
export function resolveInterviewAnswers(
  claims: ExtractedClaim[],
  mentions: Mention[],
  ents: EntityIndex,
  text: string,
  bodyStart: number,
  attribute: (c: ExtractedClaim, key: string, name: string) => void,
): void {
  let people: Map<string, string> | null = null;
  // (Never someone named as a body's, as the outlet's own journalist is, "KTNA's Nate Oyel spoke with Commissioner Rowena
  // Tal": then no one is known to be.)
  const interviewed = (firstLabelled: number) => {
    const key = interviewee(mentions, ents, text, firstLabelled);
    const first = key ? mentions.find((m) => m.entityKey === key) : undefined;
    const owner = first ? mentions.find((m) => m.end === first.start - 3 && /^['’]s $/.test(text.slice(m.end, first.start))) : undefined;
    return owner && ["outlet", "organization", "institution"].includes(ents.kindOf(owner.entityKey)) ? null : key;
  };
  const paragraphs = asTranscriptOrNot(interviewerAsking(paragraphsOf(text, bodyStart, () => (people ??= peopleInCapitals(ents))), text, interviewed), text);
  const questions = paragraphs.filter((p) => p.role === "question");
  if (questions.length < AT_LEAST || paragraphs.filter((p) => p.role === "answer").length < AT_LEAST) return;
  // A transcript whose answers carry their speakers' names needs no one to be found: each answer is its speaker's.
  if (paragraphs.some((p) => p.speaker)) return giveTranscriptAnswers(claims, paragraphs, questions.at(-1)!.start, text, bodyStart, ents, attribute);
  // (Only an interview, as its introduction or headline says, not an explainer's "Q: Who has to pay?" nor testimony.)
  const intro = text.slice(0, questions[0]!.start);
  const onTopic = mentions.some((m) => m.section !== "body" && ents.kindOf(m.entityKey) === "person" && ON_TOPIC_AFTER.test(text.slice(m.end, m.end + 12)));
  if (!(SAYS_INTERVIEW.test(intro) || PRINTED_AS_INTERVIEW.test(intro) || onTopic)) return;
  // (With no labels, only a piece that plainly is an interview, with no writer's "I" before the questions: not a column
  // whose writer "talked to the minister" and then asks and answers its own questions.)
  const labelled = paragraphs.some((p) => p.label > 0);
  // (A transcript read out has its witness found below.)
  const testimony = TESTIMONY.test(intro);
  if (!labelled && !testimony && (!PRINTED_AS_INTERVIEW.test(text) || WRITER_FIRST_PERSON.test(intro))) return;
  // (Testimony or a transcript read out is the witness's, named right before the questions, or no one's.)
  const person = testimony ? witness(paragraphs, questions[0]!, mentions, ents, text) : interviewee(mentions, ents, text, questions[0]!.start);
  if (testimony && !person) return;
  // (Answers are a person's: never a body's, as the name named most may be.)
  if (person && ents.kindOf(person) !== "person") return;
  // An answer goes on through plain paragraphs up to the next question; after the last question's answer, the
  // paragraphs are the outlet's again ("The Loudest Sea is out now.").
  const lastQuestion = questions.at(-1)!.start;
  let current: Role = "other";
  for (const p of paragraphs) {
    if (p.role !== "other") current = p.role;
    else if (current === "answer" && p.start > lastQuestion) current = "other";
    if (current === "other") continue;
    for (const c of claims) {
      if (c.start < p.start || c.start >= p.end) continue;
      dropLabel(c, p);
      // (An answer is the person's own words: someone it describes or names by a word alone, "The maintenance man told
      // me", "Staff said it was hot", is told of by them; a person or body it names keeps their own words.)
      if (c.source && (current === "question" || namedSource(c, ents))) continue;
      // ("You've said the district cannot keep rebuilding. What changed?": what the question says the person said is theirs.)
      const youSaid = current === "question" && person ? YOU_SAID.exec(c.exact) : null;
      if (youSaid) {
        attribute(c, person!, ents.nameOf(person!));
        c.cue = youSaid[1]!;
        c.quote = "indirect";
      } else if (current === "question") c.kind = "assertion";
      else if (person) {
        attribute(c, person, ents.nameOf(person));
        // (The label answers have; none when the page printed none.)
        c.cue = labelled ? ANSWER_CUE : null;
      }
    }
  }
}

/**
 * Gives each answer of a transcript labelled with its speakers' names ("TEODOR VASILAKIS: …") to the one it names, with
 * that label as the cue, and the paragraphs that go on with it up to the next question or label too; keeps the
 * questions ("Q. …?") as the outlet's plain assertions. After the last question's answer, the paragraphs are the
 * outlet's again.
 */
function giveTranscriptAnswers(
  claims: ExtractedClaim[],
  paragraphs: readonly Paragraph[],
  lastQuestion: number,
  text: string,
  bodyStart: number,
  ents: EntityIndex,
  attribute: (c: ExtractedClaim, key: string, name: string) => void,
): void {
  let current: Role = "other";
  let speaker = "";
  let cue = "";
  // (A broadcast presenter's turns, "YAZZIE-CALDWELL:" after "SHANDIIN YAZZIE-CALDWELL, BYLINE:", are the outlet's own
  // reporting, though the host's questions come before them.)
  const presenters = presenterLabels(text, bodyStart);
  for (const p of paragraphs) {
    if (p.role === "question") current = "question";
    else if (p.speaker && presenters.has(text.slice(p.start, p.start + p.label).trim().replace(/:$/, "").replace(/\s+/g, " "))) current = "other";
    else if (p.speaker) [current, speaker, cue] = ["answer", p.speaker, text.slice(p.start, p.start + p.label).trim()];
    else if (p.role === "answer" || p.otherLabel || p.start > lastQuestion) current = "other";
    if (current === "other") continue;
    for (const c of claims) {
      if (c.start < p.start || c.start >= p.end) continue;
      dropLabel(c, p);
      if (current === "question") {
        if (!c.source) c.kind = "assertion";
      } else if (!c.source || PRONOUN_SOURCE.test(c.source.text)) {
        // (Whoever else the answer names or describes keeps their words: "The central bank said inflation was falling."; a
        // pronoun is told of by the one answering, "I saw the doctor. He said …".)
        attribute(c, speaker, ents.nameOf(speaker));
        c.cue = cue;
      }
    }
  }
}
