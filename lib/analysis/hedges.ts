// Hedges: wording that marks a claim as unconfirmed ("reportedly", "is believed to", "after reports emerged").

const HEDGE_RE =
  /\b(?:reportedly|purportedly|allegedly|apparently|supposedly|ostensibly|presumably|unconfirmed|rumou?red|(?:is|are|was|were|has been|have been) (?:believed|thought|said|alleged|reported|suspected|rumou?red) to|(?:may|might|could) have (?:been )?|(?:after|amid|following) (?:media |news |press )?reports (?:emerged|surfaced|that)|(?:media |news )?reports (?:emerged|surfaced|suggest(?:ed)?)|according to (?:media |news |press |unconfirmed )?reports|sources (?:say|said)|it (?:is|was) (?:believed|reported|alleged|rumou?red))/gi;

/** Hedges in `text`, ignoring anything inside the given quoted ranges (relative to text). */
export function findHedges(text: string, quoted: { start: number; end: number }[] = []): string[] {
  const out: string[] = [];
  HEDGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEDGE_RE.exec(text)) !== null) {
    const at = m.index;
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    const h = m[0].trim();
    if (!out.includes(h)) out.push(h);
  }
  return out;
}
