"use client";

import type { ClaimView } from "@/lib/views";
import { CLAIM_KIND_STYLE } from "./claim-kind";

const SEPARATOR = "\n\n";

interface Piece {
  text: string;
  claim: ClaimView | null;
}

/** A paragraph cut into plain text and claim spans (body offsets; overlapping claims: the first one wins). */
function piecesOf(paragraph: string, start: number, claims: ClaimView[]): Piece[] {
  const end = start + paragraph.length;
  const inside = claims.filter((c) => c.start < end && c.end > start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = start;
  for (const c of inside) {
    const s = Math.max(c.start, start);
    const e = Math.min(c.end, end);
    if (s < at) continue;
    if (s > at) out.push({ text: paragraph.slice(at - start, s - start), claim: null });
    out.push({ text: paragraph.slice(s - start, e - start), claim: c });
    at = e;
  }
  if (at < end) out.push({ text: paragraph.slice(at - start), claim: null });
  return out;
}

/**
 * The article body with each claim marked in place, coloured by kind (the kind is also spoken, and named in the
 * panel). Hovering or focusing a claim makes it the active one.
 */
export function HighlightedBody({
  paragraphs,
  claims,
  activeId,
  onActivate,
}: {
  paragraphs: string[];
  claims: ClaimView[];
  activeId: number | null;
  onActivate: (id: number) => void;
}) {
  const body = claims.filter((c) => c.section === "body");
  let offset = 0;
  return (
    <div className="space-y-4 font-serif text-[1.0625rem] leading-relaxed" data-testid="highlighted-body" data-section="body">
      {paragraphs.map((paragraph, index) => {
        const start = offset;
        offset += paragraph.length + SEPARATOR.length;
        return (
          <p key={index} data-start={start}>
            {piecesOf(paragraph, start, body).map((piece, i) => {
              if (!piece.claim) return <span key={i}>{piece.text}</span>;
              const c = piece.claim;
              const kind = CLAIM_KIND_STYLE[c.kind];
              return (
                <mark
                  key={i}
                  id={`claim-${c.id}`}
                  tabIndex={0}
                  data-testid="claim-mark"
                  data-kind={c.kind}
                  aria-describedby="claim-detail"
                  onMouseEnter={() => onActivate(c.id)}
                  onFocus={() => onActivate(c.id)}
                  onClick={() => onActivate(c.id)}
                  className={`scroll-mt-24 cursor-pointer rounded-sm px-0.5 ${kind.className} ${
                    activeId === c.id ? "outline outline-2 outline-offset-1 outline-current" : ""
                  } target:outline target:outline-2`}
                >
                  <span className="sr-only" data-offset-skip>[{kind.label}] </span>
                  {piece.text}
                  {c.verdict && (
                    <span
                      className="ml-0.5 inline-block h-2 w-2 rounded-full align-super ring-1 ring-black/30 dark:ring-white/40"
                      style={{ backgroundColor: c.verdict.color }}
                      title={`Fact-checked: ${c.verdict.label}`}
                      data-testid="verdict-marker"
                      data-offset-skip
                    >
                      <span className="sr-only"> [fact-checked: {c.verdict.label}]</span>
                    </span>
                  )}
                </mark>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
