// The raw word tokenizer: words are runs of letters/digits, with inner apostrophes, periods and hyphens
// ("don't", "U.S", "Wasserman-Schultz"). Offsets are UTF-16 indexes into the input.

export interface TokenSpan {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

export function tokenize(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Counts the tokens `tokenize` would return without allocating them. */
export function countTokens(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
