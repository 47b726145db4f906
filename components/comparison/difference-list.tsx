import type { DifferenceView } from "@/lib/views";
import { DIFFERENCE_STYLE } from "./labels";
import { WordDiff } from "./word-diff";

/** The differences of one proposition: type, a sentence, and the words that differ. */
export function DifferenceList({ differences, outletOf }: { differences: DifferenceView[]; outletOf: (articleId: number) => string }) {
  if (!differences.length) return null;
  // The same two claims often differ in several ways: show their words once, under the first.
  const shownPairs = new Set<string>();
  const showDiff = (d: DifferenceView) => {
    const key = d.claimIds.join(",");
    if (!d.diff || d.articleIds.length !== 2 || !d.diff.some((t) => t.op !== "same") || shownPairs.has(key)) return false;
    shownPairs.add(key);
    return true;
  };
  return (
    <ul className="space-y-2" aria-label="Differences between outlets">
      {differences.map((d) => {
        const style = DIFFERENCE_STYLE[d.type];
        const [a, b] = d.articleIds;
        return (
          <li key={d.id} className="space-y-1 rounded-md border border-line bg-page p-2.5" data-testid="difference" data-type={d.type}>
            <p className="text-sm">
              <span className={`mr-2 inline-block rounded border-2 px-1.5 text-xs font-bold uppercase tracking-wide ${style.className}`}>
                {style.label}
              </span>
              {d.explanation}
              {d.origin === "manual" && <span className="ml-1 text-xs text-muted">(noted by a fact-checker)</span>}
            </p>
            {showDiff(d) && <WordDiff tokens={d.diff!} first={outletOf(a!)} second={outletOf(b!)} />}
          </li>
        );
      })}
    </ul>
  );
}
