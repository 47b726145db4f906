// Questions. A claim whose words only ask something short ("What is this?", "How are you?", "Why?") asserts nothing
// a fact-checker could check, so it is no claim. A longer question keeps its speaker (it often carries an insinuation:
// "How come his own family doesn't know which hospital he was born in?"), and one the outlet asks in its own voice is
// its rhetorical view, an opinion.

/**
 * Opening words of a question: a question word or an auxiliary before its subject, after "And", "But", "Well," or a
 * fronted clause ("If it was too sensitive then, what changed?").
 */
const INTERROGATIVE = new RegExp(
  String.raw`^(?:(?:if|when|while|since|after|before|although|though|given)\b[^?;]{1,120}?,\s+)?` +
    String.raw`(?:(?:and|but|so|well|now|then|or|okay|ok|oh|yes|no|look|listen)\b[,\s]+)*` +
    String.raw`(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|am|do|does|did|have|has|had|can|could|will|would|shall|should|may|might|must|(?:is|are|was|were|do|does|did|have|has|had|ca|could|wo|would|should)n['’]t)\b`,
  "i",
);
/** The end of a question, with closing quotation marks or brackets after it. */
const ENDS_ASKING = /\?[”"’')\]]*$/;
/** …or exclaimed ("Who are you!"), when a question word and its verb open it (not "What a disgrace!"). */
const EXCLAIMS_ASKING = /!+[”"’')\]]*$/;
const EXCLAIMED_QUESTION = /^(?:who|what|where|why|how|which)\s+(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would)\b/i;
/** A capitalised word after the first, other than "I": a name. */
const NAMES_SOMEONE = /\s(?!I\b)\p{Lu}/u;
/** A sentence end inside the text: the claim holds more than one sentence. */
const INNER_SENTENCE_END = /[.!?][”"’']?\s+[“"‘']?\p{Lu}/u;
/** Questions of at most this many words ask without saying anything ("Will it be a big story?"). */
const MAX_BARE_QUESTION_WORDS = 6;
/** …and of at most this many, whatever their opening ("A circus?"). */
const MAX_VERBLESS_QUESTION_WORDS = 3;

/** The words of a claim's content without the quotation marks that open it (a closing mark is part of how a question ends). */
function withoutOpeningMarks(content: string): string {
  return content.trim().replace(/^[“"‘']+/, "").trim();
}

/** Ends in `end`, opens like a question, and is one sentence. */
function opensAndEndsAsking(words: string, end: RegExp): boolean {
  return end.test(words) && INTERROGATIVE.test(words) && !INNER_SENTENCE_END.test(words);
}

/** One sentence that asks, opening like a question ("Do you think …?", "Why?"; not "They are worried about this?"). */
export function isInterrogative(content: string): boolean {
  return opensAndEndsAsking(withoutOpeningMarks(content), ENDS_ASKING);
}

/**
 * A short question that says nothing ("How are you?", "Who are you!" exclaimed too): no claim at all. Not one that
 * names someone ("Did Holt lie to the council?" insinuates), nor an exclamation ("What a disgrace!").
 */
export function asksOnly(content: string): boolean {
  const words = withoutOpeningMarks(content);
  // (Every question ends asking or exclaiming: most claims are let go before their words are counted.)
  if (!ENDS_ASKING.test(words) && !EXCLAIMS_ASKING.test(words)) return false;
  const count = words.split(/\s+/).length;
  if (count > MAX_BARE_QUESTION_WORDS || NAMES_SOMEONE.test(words)) return false;
  // "A circus?", "Wait until when?": a few words asked, with no verb to claim anything.
  if (count <= MAX_VERBLESS_QUESTION_WORDS && ENDS_ASKING.test(words) && !INNER_SENTENCE_END.test(words)) return true;
  return opensAndEndsAsking(words, ENDS_ASKING) || (EXCLAIMED_QUESTION.test(words) && opensAndEndsAsking(words, EXCLAIMS_ASKING));
}
