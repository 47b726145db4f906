import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { factCheckHistory, getFactCheck, listRatings } from "@/db/queries/fact-checks";
import { currentUser } from "@/lib/auth/current-user";
import { canAnnotate } from "@/lib/auth/roles";
import { toClaimReview } from "@/lib/claimreview";
import { FACT_CHECK_STATUS_LABELS } from "@/lib/fact-check-input";
import { formatArticleDate } from "@/lib/format-date";
import { parseId } from "@/lib/http";
import type { FactCheckRevisionView, FactCheckView, PersonView } from "@/lib/views";
import { VerdictChip } from "@/components/fact-check/verdict-chip";
import { quoted, siteUrl } from "../page-helpers";
import { jsonForScript } from "@/lib/exports/claimreviews";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

/** The fact-check, if this viewer may see it: published ones for anyone, the rest for fact-checkers and admins. */
async function load(rawId: string): Promise<FactCheckView | null> {
  const id = parseId(rawId);
  if (id === null) return null;
  return getFactCheck(id, { includeUnpublished: canAnnotate(await currentUser()) });
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const factCheck = await load((await params).id);
  if (!factCheck) return { title: "Fact-check not found" };
  const claim = factCheck.target.type === "claim" ? factCheck.target.exact : factCheck.target.label;
  return {
    title: `${factCheck.rating?.label ?? "Fact-check"}: ${factCheck.target.type === "claim" ? quoted(shorten(claim, 70)) : shorten(claim, 70)}`,
    description: shorten(factCheck.explanation || claim, 200),
    ...(factCheck.status === "published" ? {} : { robots: { index: false, follow: false } }),
  };
}

/**
 * Who published the current publication and its later saves: the revisions since it last became published
 * (oldest first). Drafts before that are not shown to the public.
 */
function publication(history: FactCheckRevisionView[]) {
  const oldestFirst = [...history].reverse();
  let streak: FactCheckRevisionView[] = [];
  for (const r of oldestFirst) streak = r.status === "published" ? [...streak, r] : [];
  return { published: streak[0] ?? null, updates: streak.slice(1) };
}

const when = (iso: string | null) => formatArticleDate(iso) ?? "an unknown date";
// A person without a display name shows as their email address: never publish that.
const publicName = (p: PersonView | null | undefined) => (p && !p.name.includes("@") ? p.name : null);

export default async function FactCheckPage({ params }: Props) {
  const factCheck = await load((await params).id);
  if (!factCheck) notFound();
  const target = factCheck.target;
  const isPublished = factCheck.status === "published";
  const { published, updates } = publication(factCheckHistory(factCheck.id));
  const claimReview = isPublished ? toClaimReview(factCheck, listRatings(), await siteUrl()) : null;
  const publisher = publicName(published?.editor ?? factCheck.author);

  return (
    <article className="mx-auto max-w-3xl space-y-6" data-testid="fact-check-page">
      {claimReview && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(claimReview) }} />}
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/fact-checks" className="underline-offset-2 hover:underline">
          Fact-checks
        </Link>
      </nav>

      {!isPublished && (
        <p role="status" className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          {FACT_CHECK_STATUS_LABELS[factCheck.status]}: not published. Only fact-checkers and admins can see this page.
        </p>
      )}

      <header className="space-y-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-accent">Fact-check</p>
        <h1 className="border-l-4 border-line pl-4 font-serif text-xl leading-relaxed sm:text-2xl" data-testid="fact-check-claim">
          <span className="sr-only">Fact-check of the claim: </span>
          {target.type === "claim" ? quoted(target.exact) : target.label}
        </h1>
        {target.type === "claim" ? (
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-muted">Attributed to</dt>
            <dd>{target.source ?? `${target.outlet} (unattributed)`}</dd>
            <dt className="text-muted">Appeared in</dt>
            <dd>
              {target.outlet}, “{target.articleTitle}”{target.author ? `, by ${target.author}` : ""}
            </dd>
            {target.publishedAt && (
              <>
                <dt className="text-muted">Published</dt>
                <dd>{formatArticleDate(target.publishedAt)}</dd>
              </>
            )}
            <dt className="text-muted">Read it</dt>
            <dd className="flex flex-wrap gap-x-4">
              <Link href={`/articles/${target.articleId}#claim-${target.claimId}`} className="text-accent underline underline-offset-2">
                In the Parallax reader
              </Link>
              {target.articleUrl && (
                <a href={target.articleUrl} rel="noopener noreferrer" className="break-all text-accent underline underline-offset-2">
                  On {target.outlet}’s site
                </a>
              )}
            </dd>
          </dl>
        ) : (
          <p className="text-sm">
            A proposition several outlets report.{" "}
            <Link href={`/events/${target.eventId}#p-${target.propositionId}`} className="text-accent underline underline-offset-2">
              Compare how each outlet words it
            </Link>
          </p>
        )}
      </header>

      <section aria-labelledby="verdict-title" className="space-y-3 rounded-lg border border-line bg-surface p-4 sm:p-5">
        <h2 id="verdict-title" className="flex flex-wrap items-center gap-3 text-lg font-semibold">
          Verdict
          {factCheck.rating ? (
            <VerdictChip verdict={{ factCheckId: factCheck.id, label: factCheck.rating.label, color: factCheck.rating.color }} size="md" />
          ) : (
            <span className="text-sm font-normal text-muted">Not rated yet</span>
          )}
        </h2>
        {factCheck.explanation ? (
          <div className="space-y-3 leading-relaxed" data-testid="fact-check-explanation">
            {factCheck.explanation.split(/\n\s*\n/).map((p, i) => (
              <p key={i} className="whitespace-pre-line">
                {p}
              </p>
            ))}
          </div>
        ) : (
          <p className="text-sm text-muted">No explanation yet.</p>
        )}
      </section>

      <section aria-labelledby="evidence-title" className="space-y-2">
        <h2 id="evidence-title" className="text-lg font-semibold">
          Evidence
        </h2>
        {factCheck.evidence.length ? (
          <ol className="list-decimal space-y-2 pl-6" data-testid="fact-check-evidence">
            {factCheck.evidence.map((e, i) => (
              <li key={i} className="space-y-0.5">
                <a href={e.url} rel="noopener noreferrer nofollow" className="break-all text-accent underline underline-offset-2">
                  {e.url}
                </a>
                {e.note && <p className="text-sm text-muted">{e.note}</p>}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">No evidence listed.</p>
        )}
      </section>

      <footer className="space-y-1 border-t border-line pt-4 text-sm text-muted" data-testid="fact-check-byline">
        {isPublished ? (
          <p>
            Published {when(factCheck.publishedAt)}
            {` by ${publisher ?? "a Parallax fact-checker"}`}.
          </p>
        ) : (
          <p>
            Started {when(factCheck.createdAt)}
            {factCheck.author ? ` by ${factCheck.author.name}` : ""}; last saved {when(factCheck.updatedAt)}.
          </p>
        )}
        {isPublished && updates.length > 0 && (
          <p data-testid="fact-check-updates">
            Updated {updates.map((u) => `${when(u.createdAt)}${publicName(u.editor) ? ` (${publicName(u.editor)})` : ""}`).join("; ")}.
          </p>
        )}
        {isPublished && (
          <p>
            <a href={`/api/fact-checks/${factCheck.id}/claimreview`} className="underline underline-offset-2">
              This fact-check as ClaimReview (JSON-LD)
            </a>
          </p>
        )}
      </footer>
    </article>
  );
}
