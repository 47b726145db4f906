import Link from "next/link";
import type { FactCheckView } from "@/lib/views";
import { RatingChip } from "./rating-chip";
import { formatArticleDate } from "@/lib/format-date";

/** The published verdicts of a claim or a proposition, read-only (what readers see). */
export function PublishedFactChecks({ factChecks }: { factChecks: FactCheckView[] }) {
  const published = factChecks.filter((f) => f.status === "published");
  if (!published.length) return <p className="text-sm text-muted">No published fact-check yet.</p>;
  return (
    <ul className="space-y-3" aria-label="Published fact-checks">
      {published.map((f) => (
        <li key={f.id} className="space-y-2" data-testid="published-fact-check">
          <p className="flex flex-wrap items-center gap-2">
            <RatingChip rating={f.rating} />
            {f.publishedAt && <span className="text-xs text-muted">Published {formatArticleDate(f.publishedAt.slice(0, 10))}</span>}
          </p>
          {f.explanation.trim() && <p className="whitespace-pre-wrap font-serif text-sm">{f.explanation}</p>}
          {f.evidence.length > 0 && (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {f.evidence.map((e, i) => (
                <li key={i} className="break-words">
                  <a href={e.url} rel="noopener noreferrer" className="break-all text-accent underline underline-offset-2">
                    {e.note || e.url}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm">
            <Link href={`/fact-checks/${f.id}`} className="text-accent underline underline-offset-2">
              Read the full fact-check
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
