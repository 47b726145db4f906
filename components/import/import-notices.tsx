import Link from "next/link";
import type { ImportDuplicate } from "@/lib/import-client";
import { button } from "./styles";

const DUPLICATE_REASON = { url: "the same address", content: "the same text" } as const;

/** Says prominently that the article is already stored, and which one. */
export function DuplicateNotice({ duplicate }: { duplicate: ImportDuplicate }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">Already in the archive</p>
      <p className="text-sm">
        An article with {DUPLICATE_REASON[duplicate.reason]} is stored:{" "}
        <Link href={`/articles/${duplicate.articleId}`} className="font-medium underline underline-offset-2">
          {duplicate.title || `article ${duplicate.articleId}`}
        </Link>
        . It will not be stored twice.
      </p>
    </div>
  );
}

// The Save button is gone once saved: move focus (and the view) to the outcome.
const focusOnMount = (el: HTMLDivElement | null) => el?.focus();

/** After a save: where the article and its event now are. */
export function ImportedNotice({ article, onAnother }: { article: { id: number; title: string; event: { id: number; title: string } | null }; onAnother: () => void }) {
  return (
    <div ref={focusOnMount} tabIndex={-1} role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4 text-green-950 dark:border-green-400 dark:bg-green-950/40 dark:text-green-100">
      <p className="font-semibold">Imported</p>
      <p className="text-sm">
        <Link href={`/articles/${article.id}`} className="font-medium underline underline-offset-2">
          {article.title}
        </Link>
        {article.event && (
          <>
            {" "}
            is in the event{" "}
            <Link href={`/events/${article.event.id}`} className="font-medium underline underline-offset-2">
              {article.event.title}
            </Link>
          </>
        )}
        .
      </p>
      <button type="button" onClick={onAnother} className={`${button} border-current`}>
        Import another
      </button>
    </div>
  );
}
