import type { DiffTokenView } from "@/lib/views";

/**
 * Two outlets' wording in one line (the diff comes as phrases: runs of words with one mark): what only the first
 * has is struck through, what only the second has is underlined, and each change is spelled out for screen readers.
 */
export function WordDiff({ tokens, first, second }: { tokens: DiffTokenView[]; first: string; second: string }) {
  return (
    <p className="font-serif text-sm leading-relaxed" data-testid="word-diff">
      <span className="mr-1 font-sans text-xs text-muted">
        <del className="text-red-800 dark:text-red-300">{first}</del> / <ins className="text-emerald-800 dark:text-emerald-300">{second}</ins>:
      </span>
      {tokens.map((t, i) => {
        const space = i > 0 ? " " : "";
        if (t.op === "same") return <span key={i}>{space + t.text}</span>;
        const only = t.op === "removed" ? first : second;
        const Mark = t.op === "removed" ? "del" : "ins";
        const colour =
          t.op === "removed"
            ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200"
            : "bg-emerald-100 text-emerald-900 underline dark:bg-emerald-950 dark:text-emerald-200";
        return (
          <span key={i}>
            {space}
            <Mark className={`rounded px-0.5 decoration-2 ${colour}`}>
              <span className="sr-only">[only {only}: </span>
              {t.text}
              <span className="sr-only">]</span>
            </Mark>
          </span>
        );
      })}
    </p>
  );
}
