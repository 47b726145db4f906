// Raw scraped article text -> headline, dek, byline, dates and clean body paragraphs.
//
// Steps: normalise whitespace; per line, strip inline template markers, then recognise date lines and page
// furniture; join hard-wrapped lines; find the header (headline, dek, byline); what is left is the body.
import { pickDates, parseDateLine, parseDateText, formatStamp, type DateMention } from "./dates";
import { IngestError } from "./errors";
import { classifyFurniture, isCapitalsCreditFor, isCapitalsStoryLink, isReadMoreHeading, readMoreListCloses, isCaptionWithNamesCredit, isCaptionWithOutletSlashCredit, isEmbedSignature, isPhotographerForOutlet, isLabelledCredit, isShortCaption, isListItem, isSectionLabel, reportedFromNames, isVideoPlayerLabel, isVideoPlayerTitle, isVideoRuntime, listHeadingKind, stripInlineMarkers, type ListKind } from "./furniture";
import { findHeader, isWriterSlashJob, parseByLine, parseHeaderBar } from "./header";
import { normalizeWhitespace } from "./normalize";

/** A video or audio kicker before a headline: "WATCH: …", "LISTEN: …". */
const VIDEO_KICKER_RE = /^(?:WATCH|VIDEO|LISTEN)\s*:\s*\p{Lu}/u;

export interface CleanArticle {
  /** Headline. */
  title: string | null;
  /** Dek / standfirst, when the header has one. */
  subtitle: string | null;
  /** Byline without "By"; several authors joined with ", ". */
  author: string | null;
  /** ISO 8601: "2017-02-14", "2017-02-14T08:59:00" (no zone known) or "2017-02-14T11:17:00-06:00". */
  publishedAt: string | null;
  updatedAt: string | null;
  /** Body paragraphs in order; headline, dek, byline and dates are not among them. */
  paragraphs: string[];
  /** paragraphs.join("\n\n") */
  body: string;
  /** Lines (or inline fragments such as "{mosads}") dropped as page furniture, in text order. */
  removed: string[];
}

export interface IngestHints {
  title?: string | null;
  author?: string | null;
  publishedAt?: string | null;
}

interface Unit {
  kind: "content" | "date";
  text: string;
  firstLine: number;
  lastLine: number;
}

/** A name of up to seven capitalised words (an outlet's, a section's) and a bar before a line's dates. */
const NAME_THEN_DATES = /^((?:The\s)?\p{Lu}[\p{L}'’&.-]*(?:\s(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*)){0,6})\s+[|·•]\s+/u;
/** A dateline's place in capitals and a comma before a line's dates: "PANAJI, NOVEMBER 22, 2018 00:14 IST". */
const PLACE_THEN_DATES = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}),\s+/u;
// Sentence-final punctuation, possibly followed by closing quotes or brackets.
const TERMINAL_RE = /[.!?…:;]["”’'»)\]]*$/u;

/** A section's name after a line's dates and a dash or bar: " - Politics & Policy" (group 1). */
const SECTION_AFTER_DATES = /\s+[-–—|·•]\s+([^\d|·•]{2,50})$/u;

/** A hard-wrapped paragraph: the previous line stops mid-sentence and this one carries on in lower case. */
function continuesLine(previous: string, line: string): boolean {
  return !TERMINAL_RE.test(previous) && /^\p{Ll}/u.test(line);
}

function cleanHint(value: string | null | undefined): string | null {
  const v = value == null ? "" : normalizeWhitespace(value).replace(/\s+/g, " ");
  return v || null;
}

/** What a note about the writer says after the writer's name: "covers …", "is the Courier's chief football writer". */
const AUTHOR_NOTE_RE = /^\s(?:covers|writes about|writes for|reports on|is based in|contributed to|can be reached|may be reached|is (?:(?:a|an|the|our|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*['’]s)\s)?[^.!?]{0,80}\b(?:[Ww]riter|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Cc]ritic|[Cc]ontributor)\b)/u;

/** What the writer covers, after the note's first sentence: "She covers northwestern Ontario and First Nations communities." */
// (Or where they work: "She is based in Leeds."; or their book: "Her book on the Rio Grande potters will be published
// next year."; or what they have covered, "She has covered public health in the Prairies since 2017.", only after a note
// that opens with the byline's name: the same sentence in the story's body stays.)
const WRITER_BEAT_RE =
  /^(?:(?:She|He|They)\s+(?:covers|writes about|reports on|previously (?:worked|reported)|joined|(?:is|are) based in|(?:has|have) (?:covered|reported on|written about|written for|worked (?:at|for)))|(?:Her|His|Their)\s(?:(?:new|latest|first|second|third|next|forthcoming|debut)\s)?(?:book|novel|memoir|biography|collection)\b)[^"“”]{0,140}\.$/u;

/** A short closing paragraph about one of the article's writers (by the byline's names). */
function isAuthorNote(paragraph: string, authors: readonly string[]): boolean {
  // (Not news about the writer: "Tom Reed is the only journalist still inside the camp, the army said.")
  if (paragraph.length > 300 || /["“”]/.test(paragraph) || /\b(?:said|says|told|according)\b/.test(paragraph)) return false;
  const about = authors.some((name) => name.length > 3 && paragraph.startsWith(name) && AUTHOR_NOTE_RE.test(paragraph.slice(name.length)));
  // (With how to follow or reach the writer after it: "… football writer. Follow him on X @JoeFeeney."; or what they
  // cover: "… in Thunder Bay. She covers northwestern Ontario.")
  return about && paragraph.split(/(?<=[.!?])\s+/).slice(1).every((sentence) => classifyFurniture(sentence) !== null || WRITER_BEAT_RE.test(sentence));
}

/**
 * A writer's card closing the article, after the writer's name: ", Senior Politics Reporter, The Commons Post" (the job,
 * perhaps the outlet, no verb).
 */
const WRITER_CARD_RE = /^,\s(?:(?:\p{Lu}[\p{L}-]*|of|and)\s){0,4}(?:Reporter|Correspondent|Editor|Writer|Columnist|Critic|Contributor)(?:,\s(?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,4})?\.?$/u;
/**
 * "Shelby Kravitz is a reporter for Beacon News covering Western states.", "Ann Holt covers health for The Ledger.": a
 * note on a writer the byline did not name, their job at an outlet (named in capitals), as its first sentence.
 */
const NAMED_WRITER_NOTE_RE =
  /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s(?:is an? (?:[\p{L}-]+\s){0,3}(?:reporter|correspondent|writer|editor|columnist|producer)\s(?:for|at|with)\s(?:The\s)?\p{Lu}|covers\s[^.!?"“”]{1,80}\sfor\s(?:The\s)?\p{Lu})[^.!?"“”]{0,120}\.$/u;

/** "Holt reported from Alden City, Iowa.": where the byline's writers filed from, each by their full name or surname. */
function isFiledFromNote(paragraph: string, authors: readonly string[]): boolean {
  const names = reportedFromNames(paragraph);
  return !!names && names.every((n) => authors.some((a) => a === n || a.endsWith(` ${n}`)));
}

/**
 * A writer's note (isAuthorNote), or set 21's: a writer's card by a byline's name; a note on each of several writers
 * ("Ann Holt covers health for The Times. Tom Reed is a White House correspondent."); or a note on a writer the byline
 * did not name with how to follow or reach them after it ("… covering Western states. Follow her on X at @ann."); or
 * where the byline's writers filed from ("Holt reported from Alden City, Iowa.").
 */
function isWriterNote(paragraph: string, authors: readonly string[]): boolean {
  if (isAuthorNote(paragraph, authors) || isFiledFromNote(paragraph, authors)) return true;
  if (paragraph.length > 300 || /["“”]/.test(paragraph)) return false;
  if (authors.some((name) => name.length > 3 && paragraph.startsWith(name) && WRITER_CARD_RE.test(paragraph.slice(name.length)))) return true;
  const sentences = paragraph.split(/(?<=[.!?])\s+/);
  const aboutAuthor = (s: string) => authors.some((name) => name.length > 3 && s.startsWith(name) && AUTHOR_NOTE_RE.test(s.slice(name.length)));
  if (sentences.length > 1 && aboutAuthor(sentences[0]!) && sentences.slice(1).every((s) => aboutAuthor(s) || classifyFurniture(s) !== null || WRITER_BEAT_RE.test(s))) return true;
  return sentences.length > 1 && NAMED_WRITER_NOTE_RE.test(sentences[0]!) && sentences.slice(1).every((s) => classifyFurniture(s) !== null);
}

/** A line that ends with a question mark (a closing quotation mark may follow). */
const QUESTION_END_RE = /\?["”’]?$/u;

/** A sentence's full stop at the end of a line ("… in Haddon Chapel on Aug. 28."). */
const ENDS_WITH_STOP_RE = /\p{L}{2,}\.["”’]?$|\d\.["”’]?$/u;
/** A verb in the past or perfect, as news is told and captions are not: "battered", "was", "has". */
const PAST_TENSE_RE = /\b(?:was|were|had|has|have|did)\b|\b\p{Ll}{3,}ed\b/u;


/** One sentence of no more than a caption's length. */
function isOneSentence(text: string): boolean {
  return text.length <= 250 && text.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).length === 1;
}

export function cleanArticleText(raw: string, hints: IngestHints = {}): CleanArticle {
  const text = normalizeWhitespace(raw.normalize("NFC"));
  if (!text) throw new IngestError("empty", "The text is empty.");

  const removed: { line: number; text: string }[] = [];
  const mentions: DateMention[] = [];
  const blankLineParagraphs = /\n[ \t]*\n/.test(text);
  const units: Unit[] = [];
  // Inside a list under a "Topics" / "Most popular" heading; such lists only count after some body text,
  // so that a trending bar above the headline cannot swallow the headline.
  let list: ListKind | null = null;
  let sawProse = false;
  /** The line of the last photo credit read, before the body ("Photo by Maya Lindholm | The Whitmore Beacon"). */
  let creditLine = -1;
  /** The line of the last date line or furniture read before the body ("Share | AA Text Size | Follow us"). */
  let metaLine = -1;
  /** The line of the last video player's title read ("close video Governor defends order"). */
  let videoLine = -1;
  const lines = text.split("\n");

  lines.forEach((line, index) => {
    if (!line) return;
    const { text: stripped, fragments } = stripInlineMarkers(line);
    for (const fragment of fragments) removed.push({ line: index, text: fragment });
    if (!stripped) return;

    let dates = parseDateLine(stripped);
    // ("The Ashby Falls Record | Aug. 3, 2024": an outlet's name and a bar before the dates; or a dateline's place,
    // "PANAJI, NOVEMBER 22, 2018 00:14 IST".)
    // (Not a byline with its dates, "By Nora Lindgren | Thursday, Oct. 10, 2019": the header reads those.)
    const named = dates || parseByLine(stripped) ? null : (NAME_THEN_DATES.exec(stripped) ?? PLACE_THEN_DATES.exec(stripped));
    if (named) dates = parseDateLine(stripped.slice(named[0].length));
    // ("Jun 12, 2025 - Politics & Policy": the dates, then the section the story was filed under.)
    const section = dates || named ? null : SECTION_AFTER_DATES.exec(stripped);
    if (section && isSectionLabel(section[1]!)) dates = parseDateLine(stripped.slice(0, section.index));
    if (dates) {
      mentions.push(...dates);
      // (The outlet's name or the place before the dates goes with them.)
      if (named) removed.push({ line: index, text: named[1]! });
      for (const d of dates) removed.push({ line: index, text: d.text });
      units.push({ kind: "date", text: stripped, firstLine: index, lastLine: index });
      metaLine = index;
      return;
    }
    const last = units[units.length - 1];
    // "Video Ad Feedback" or "Video" over "Senators press Army leaders on mold in military homes 03:11": the video's title
    // under its player's label, in the header below the headline, with no sentence's end; with its running time, under
    // the player's ad line, or below the dates (a dek under a bare label comes before the dates).
    const label = removed.at(-1)?.line === index - 1 ? removed.at(-1)!.text : "";
    const underPlayer = isVideoPlayerLabel(label) && (/\s\d{1,2}:\d{2}$/.test(stripped) || /ad feedback$/i.test(label) || units.some((u) => u.kind === "date"));
    if (underPlayer && !sawProse && units.some((u) => u.kind === "content") && stripped.length <= 160 && !TERMINAL_RE.test(stripped) && !parseByLine(stripped)) {
      removed.push({ line: index, text: stripped });
      return;
    }
    // "close video Governor defends order at news conference" over "The governor defends the order in Willcox.": the
    // video's description, on the line right under its player's title, the block ending under it.
    if (isVideoPlayerTitle(stripped)) videoLine = index;
    // (Not a lede that reports what someone said: "Gov. Ann Holt said Tuesday that the order would stay."; a video's
    // description says it in the present: "Host Dana Kirk says the governor has lost touch".)
    else if (blankLineParagraphs && videoLine >= 0 && videoLine === index - 1 && stripped.length <= 300 && !lines[index + 1]?.trim() && !parseByLine(stripped) && !/\b(?:said|told)\b/.test(stripped)) {
      removed.push({ line: index, text: stripped });
      return;
    }
    // "SHERIFF SAYS WATER THEFTS HAVE DOUBLED SINCE LAST SUMMER" between the body's paragraphs: a link to another story in
    // capitals, once the body has begun after a paragraph that ends a sentence (not after a colon introducing a post or
    // a quotation, nor over an embedded post's signature).
    // (The next line is read last, only for such a line: not for every line.)
    if (sawProse && units.length >= 3 && last?.kind === "content" && /[.!?]["”’)]?$/u.test(last.text) && isCapitalsStoryLink(stripped) && !isEmbedSignature(lines.slice(index + 1).find((l) => l.trim() !== "")?.trim() ?? "")) {
      removed.push({ line: index, text: stripped });
      return;
    }
    // (A caption's sentence on the line right above: one sentence, no report of what someone said.)
    // (Under a credit with its label, "Credit...Amir Hadid for The Sentinel", a caption of two or three short sentences.)
    const captionAbove = blankLineParagraphs && units.length > 1 && last?.kind === "content" && last.firstLine === index - 1 && last.lastLine === index - 1 &&
      (isOneSentence(last.text) || (isLabelledCredit(stripped) && isShortCaption(last.text))) && !/\b(?:said|says|told|tells)\b/.test(last.text) &&
      // (Not the header's bar of facts above a photo: "Obituaries | The Caledonian Review | 4 November 2024"; nor the
      // writer's credit above the photographer's, "Words by Imogen Rao" over "Photographs by Ishraq Mahmud".)
      !parseHeaderBar(last.text) && !parseByLine(last.text);
    // ("— Rep. Ann Holt (@RepAnnHolt) May 2, 2018" right under an embedded post's text, past the header: whose the post
    // is, a paragraph of its own, never run on; anywhere else, furniture.)
    // (Right under: on the next line, or after one blank line, with nothing removed between.)
    if (isEmbedSignature(stripped) && sawProse && last?.kind === "content" && index - last.lastLine <= 2 && !removed.some((r) => r.line > last.lastLine && r.line < index)) {
      units.push({ kind: "content", text: stripped, firstLine: index, lastLine: index });
      return;
    }
    // (A header's bar that credits its writer, "Words by Isabel Marchetti | Photographs by Tomas Ruiz-Tagle", is the
    // byline's, though it credits a photographer too.)
    // (Nor is "Andre McFarlane/Staff Reporter" a photographer's credit.)
    const writersBar = !sawProse && ((parseHeaderBar(stripped)?.authors.length ?? 0) > 0 || isWriterSlashJob(stripped));
    // ("Haruto Mills for The Coastal Times" under its caption's one sentence: a photographer's credit, in capitals or not.)
    // (A headline with a video kicker opening the page is the headline: "WATCH: Cedar Hollow school board votes 3-2 …".)
    // (Not when a headline of its own follows, with no full stop, as under a promo: "VIDEO: Highlights …" over "Rovers
    // sack manager after fifth defeat".)
    const nextLine = lines.slice(index + 1).find((l) => l.trim() !== "")?.trim() ?? "";
    const kickedHeadline = units.length === 0 && removed.length === 0 && VIDEO_KICKER_RE.test(stripped) && /[.!?]["”’]?$/.test(nextLine);
    const furniture = writersBar || kickedHeadline ? null : (classifyFurniture(stripped) ?? (captionAbove && (isCapitalsCreditFor(stripped) || isPhotographerForOutlet(stripped)) ? "credit" : null));
    if (furniture) {
      // "Family members waited outside the plant on Wednesday." right above "Credit: Joel Whitacre for The Times": the
      // photo's caption, one sentence on the line before its credit (not the headline).
      // (Only where paragraphs are set apart by blank lines, so that a line right above is no paragraph of its own; and
      // never a report of what someone said.)
      // ("Whistleblower: Wait times ‘are whatever they need to be’" right above "02:31 - Source: HNN": a video's title, on
      // the line right above its running time, with no sentence's end; not the headline, nor a byline.)
      const videoTitleAbove = isVideoRuntime(stripped) && last?.kind === "content" && last.firstLine === index - 1 && last.lastLine === index - 1 &&
        units.some((u) => u !== last && u.kind === "content") && !TERMINAL_RE.test(last.text) && !parseByLine(last.text) && !parseHeaderBar(last.text);
      if ((furniture === "credit" && captionAbove) || videoTitleAbove) {
        units.pop();
        removed.push({ line: index - 1, text: last!.text });
      }
      removed.push({ line: index, text: stripped });
      // ("Read more" over headlines: a list only when nothing of the story comes after them.)
      if (sawProse) list = (isReadMoreHeading(stripped) ? (readMoreListCloses(lines, index) ? "stories" : null) : listHeadingKind(stripped)) ?? list;
      if (furniture === "credit") creditLine = index;
      metaLine = index;
      return;
    }
    // "Ann Holt arrives at the court in Alden City on Thursday. (Harbor Wire)" right under the header's dates or byline,
    // before the body: the photo's caption and its credit in brackets, one sentence in the present.
    // (Or a caption of up to three sentences with its outlet and photographer after a slash: "Volunteers hand out water
    // on Tuesday. Residents said they had “no idea” for months. Harbor Post/Ann Holt"; under a dek that ends with a full
    // stop too, no more than a headline, a dek and a byline above it.)
    const underHeaderMeta = metaLine === index - 1 || (last?.kind === "content" && last.lastLine === index - 1 && !!parseByLine(last.text));
    const inHeader = !sawProse || units.filter((u) => u.kind === "content").length <= 3;
    if (units.length > 0 && underHeaderMeta && ((!sawProse && isCaptionWithNamesCredit(stripped)) || (inHeader && isCaptionWithOutletSlashCredit(stripped)))) {
      removed.push({ line: index, text: stripped });
      return;
    }
    // "President Harold Vance-Okafor speaks at convocation in Haddon Chapel on Aug. 28." right under its photo's
    // credit, before the body: the caption, one sentence that reports no one's words.
    // (Told in the present, as captions are: not a lede right under a credit, "A storm battered the coast on Tuesday.")
    if (!sawProse && blankLineParagraphs && creditLine === index - 1 && ENDS_WITH_STOP_RE.test(stripped) && !PAST_TENSE_RE.test(stripped) && !parseByLine(stripped) && isOneSentence(stripped) && isShortCaption(stripped) && units.length > 0) {
      removed.push({ line: index, text: stripped });
      return;
    }
    if (list && isListItem(list, stripped)) {
      removed.push({ line: index, text: stripped });
      return;
    }
    list = null;
    if (TERMINAL_RE.test(stripped)) sawProse = true;
    // (Not a byline printed in lower case under the headline, "by: Brianna Soto"; in running text "…was written\nby Ann
    // Holt\nand published …" goes on.)
    const bylineUnderHeadline = units.length === 1 && !!parseByLine(stripped);
    if (last && last.kind === "content" && last.lastLine === index - 1 && continuesLine(last.text, stripped) && !bylineUnderHeadline && !isEmbedSignature(last.text)) {
      last.text = `${last.text} ${stripped}`;
      last.lastLine = index;
      return;
    }
    units.push({ kind: "content", text: stripped, firstLine: index, lastLine: index });
  });

  const hintTitle = cleanHint(hints.title);
  const header = findHeader(units, hintTitle);
  mentions.push(...header.dates);
  // "By Dana Whitcomb, Showbiz Reporter" under a tabloid's bullet points ("• Council inspectors found …"), which the
  // header took for the body: a "By" line before the body's first sentence, when the header found no writer.
  // (Past a bullet that asks, "Did you spot the clue in her best friend's post?", only with its dates on the next line.)
  if (header.authors.length === 0) {
    let asked = false;
    for (let i = header.bodyStart; i < units.length; i++) {
      const by = units[i]!.kind === "content" ? parseByLine(units[i]!.text) : null;
      if (!by || (asked && units[i + 1]?.kind !== "date")) {
        if (!TERMINAL_RE.test(units[i]!.text)) continue;
        if (!QUESTION_END_RE.test(units[i]!.text)) break;
        asked = true;
        continue;
      }
      header.bylineIndexes.push(i);
      header.authors = by.authors;
      mentions.push(...by.dates);
      break;
    }
  }
  for (const i of [...header.bylineIndexes, ...header.repeatedTitleIndexes]) {
    const u = units[i]!;
    removed.push({ line: u.firstLine, text: u.text });
  }

  const dropped = new Set([...header.bylineIndexes, ...header.repeatedTitleIndexes]);
  const paragraphs = units
    .filter((u, i) => i >= header.bodyStart && u.kind === "content" && !dropped.has(i))
    .map((u) => u.text);
  // A note about the writer closing the article: "Sanjay Mehra covers the chip industry for the Business Desk."
  // (…or opening it, as a column's standfirst: "Rachel Whitmore is a writer and former city planner.")
  if (paragraphs.length > 1 && isWriterNote(paragraphs[0]!, header.authors)) removed.push({ line: units[header.bodyStart]?.firstLine ?? 0, text: paragraphs.shift()! });
  const notes: string[] = [];
  while (paragraphs.length > 1 && isWriterNote(paragraphs[paragraphs.length - 1]!, header.authors)) notes.unshift(paragraphs.pop()!);
  // (After every line: the notes closed the text.)
  for (const note of notes) removed.push({ line: Number.MAX_SAFE_INTEGER, text: note });

  const title = header.titleIndex === null ? null : units[header.titleIndex]!.text;
  const subtitle = header.subtitleIndex === null ? null : units[header.subtitleIndex]!.text;
  if (paragraphs.length === 0) {
    throw new IngestError(
      "no_article",
      title || hintTitle
        ? "Only a headline was found; there is no article text under it."
        : "No article text was found: everything in it looks like page furniture (share buttons, credits, dates).",
    );
  }

  const hintPublished = cleanHint(hints.publishedAt);
  const hintStamp = hintPublished ? parseDateText(hintPublished) : null;
  const dates = pickDates(mentions, hintStamp);
  // A hint we cannot read is passed through as given: the caller knows the date better than we do.
  const publishedAt = hintPublished ? ((hintStamp && formatStamp(hintStamp)) ?? hintPublished) : dates.publishedAt;

  removed.sort((a, b) => a.line - b.line);
  return {
    title: hintTitle ?? title,
    subtitle,
    author: cleanHint(hints.author) ?? (header.authors.length ? header.authors.join(", ") : null),
    publishedAt,
    updatedAt: dates.updatedAt,
    paragraphs,
    body: paragraphs.join("\n\n"),
    removed: removed.map((r) => r.text),
  };
}
