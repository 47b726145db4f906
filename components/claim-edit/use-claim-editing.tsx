"use client";

// Claims by hand in the article reader, for fact-checkers and admins: select words in the headline or body to
// add a claim the engine missed; edit, dismiss or restore a claim. The reader mounts the pieces this returns.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { ApiError, sessionQuery } from "@/lib/api-client";
import { canAnnotate } from "@/lib/auth/roles";
import { rangeToSpan, trimSpan, type SectionSpan } from "@/lib/selection-offsets";
import type { ArticleView, ClaimView } from "@/lib/views";
import { CLAIM_KIND_STYLE } from "../claim-kind";
import { ClaimForm } from "./claim-form";
import { addClaim, changedFields, dismissedClaimsQuery, fieldsOf, invalidateClaimViews, patchClaim, type ClaimFields } from "./client";

type Picked = { span: SectionSpan; exact: string; top: number; left: number } | { error: string } | null;
type Editor = { mode: "add"; span: SectionSpan; exact: string } | { mode: "edit"; claim: ClaimView } | null;

const textOf = (article: ArticleView, section: SectionSpan["section"]) =>
  section === "title" ? article.title : section === "subtitle" ? (article.subtitle ?? "") : article.paragraphs.join("\n\n");

const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : "Something went wrong.");

const secondary = "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold disabled:opacity-60";

/** Follows the text selection inside `root`; a selection elsewhere on the page (the form, the panel) leaves it as it was. */
function useArticleSelection(root: RefObject<HTMLElement | null>, article: ArticleView | undefined, enabled: boolean): [Picked, () => void] {
  const [picked, setPicked] = useState<Picked>(null);
  useEffect(() => {
    if (!enabled || !article) return;
    const onChange = () => {
      const el = root.current;
      const selection = document.getSelection();
      if (!el || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const inside = el.contains(range.commonAncestorContainer);
      if (range.collapsed) {
        if (inside) setPicked(null);
        return;
      }
      const mapped = rangeToSpan(range);
      if (!mapped) return;
      if ("error" in mapped) return setPicked(mapped);
      const trimmed = trimSpan(textOf(article, mapped.span.section), mapped.span);
      if ("error" in trimmed) return setPicked(trimmed);
      const box = range.getBoundingClientRect();
      const frame = el.getBoundingClientRect();
      setPicked({
        span: trimmed.span,
        exact: textOf(article, trimmed.span.section).slice(trimmed.span.start, trimmed.span.end),
        top: box.bottom - frame.top + 6,
        left: Math.max(0, Math.min(box.left - frame.left, frame.width - 120)),
      });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [root, article, enabled]);
  return [picked, useCallback(() => setPicked(null), [])];
}

export interface ClaimEditing {
  /** Put on the element holding the headline and body (positioned: the "Add claim" button floats inside it). */
  rootRef: RefObject<HTMLElement | null>;
  /** The "Add claim" button by the selection. */
  floating: ReactNode;
  /** The side panel: add from the selection, the open form, dismissed claims. */
  panel: ReactNode;
  /** Edit and Dismiss for the active claim. */
  actionsFor: (claim: ClaimView | null) => ReactNode;
}

export function useClaimEditing(article: ArticleView | undefined, onAdded: (claimId: number) => void): ClaimEditing {
  const { data: user } = useQuery(sessionQuery());
  const enabled = canAnnotate(user) && !!article;
  const rootRef = useRef<HTMLElement | null>(null);
  const [picked, clearPicked] = useArticleSelection(rootRef, article, enabled);
  const [editor, setEditor] = useState<Editor>(null);
  const [status, setStatus] = useState("");
  const client = useQueryClient();
  const { data: dismissed = [] } = useQuery({ ...dismissedClaimsQuery(article?.id ?? 0), enabled });
  const refresh = () => invalidateClaimViews(client, article!.id, article!.event?.id);

  const save = useMutation({
    mutationFn: async (fields: ClaimFields) => {
      if (editor?.mode === "add") return addClaim(article!.id, editor.span, fields);
      if (editor?.mode === "edit") {
        const changes = changedFields(fieldsOf(editor.claim), fields);
        return Object.keys(changes).length ? patchClaim(editor.claim.id, changes) : editor.claim;
      }
      throw new Error("Nothing to save.");
    },
    onSuccess: async (claim) => {
      const added = editor?.mode === "add";
      setEditor(null);
      if (added) {
        document.getSelection()?.removeAllRanges();
        clearPicked();
      }
      await refresh();
      onAdded(claim.id);
      setStatus(added ? "Claim added." : "Claim saved.");
    },
  });

  const dismiss = useMutation({
    mutationFn: ({ claim, dismissed }: { claim: ClaimView; dismissed: boolean }) => patchClaim(claim.id, { dismissed }),
    onSuccess: async (claim) => {
      if (editor?.mode === "edit" && editor.claim.id === claim.id) setEditor(null);
      await refresh();
      if (!claim.dismissed) onAdded(claim.id);
      setStatus(claim.dismissed ? "Claim dismissed: readers no longer see it. Restore it from “Dismissed claims”." : "Claim restored.");
    },
  });

  if (!enabled || !article) return { rootRef, floating: null, panel: null, actionsFor: () => null };

  const open = (next: Editor) => {
    save.reset();
    setStatus("");
    setEditor(next);
  };
  const fromSelection = () => {
    if (picked && "span" in picked) open({ mode: "add", span: picked.span, exact: picked.exact });
  };
  const sources = [...new Set(article.claims.flatMap((c) => (c.source ? [c.source.name] : [])))].sort();

  const floating =
    picked && "span" in picked && editor === null ? (
      <button
        type="button"
        // Keep the selection: pressing the button must not collapse it before the click.
        onMouseDown={(e) => e.preventDefault()}
        onClick={fromSelection}
        style={{ top: picked.top, left: picked.left }}
        className="absolute z-10 rounded-md bg-accent px-3 py-1.5 font-sans text-sm font-semibold text-accent-ink shadow-lg"
        data-testid="add-claim-floating"
      >
        Add claim
      </button>
    ) : null;

  const panel = (
    <section aria-label="Claims by hand" className="space-y-3" data-testid="claim-edit-panel">
      {editor ? (
        <ClaimForm
          key={editor.mode === "add" ? `add-${editor.span.section}-${editor.span.start}-${editor.span.end}` : `edit-${editor.claim.id}`}
          title={editor.mode === "add" ? "Add a claim" : "Edit claim"}
          exact={editor.mode === "add" ? editor.exact : editor.claim.exact}
          section={editor.mode === "add" ? editor.span.section : editor.claim.section}
          initial={editor.mode === "add" ? { kind: "statement", source: "", cue: "", quote: "none", hedged: false } : fieldsOf(editor.claim)}
          sources={sources}
          submitLabel={editor.mode === "add" ? "Add claim" : "Save changes"}
          busy={save.isPending}
          error={save.error ? messageOf(save.error) : null}
          onSubmit={(fields) => save.mutate(fields)}
          onCancel={() => setEditor(null)}
        />
      ) : (
        <div className="space-y-2 rounded-lg border border-dashed border-line bg-surface p-3 text-sm">
          <button
            type="button"
            onClick={fromSelection}
            disabled={!picked || !("span" in picked)}
            aria-describedby="claim-selection-hint"
            className={secondary}
          >
            Add a claim from the selected text
          </button>
          <p id="claim-selection-hint" className="text-muted" aria-live="polite">
            {picked && "error" in picked
              ? picked.error
              : picked
                ? `Selected: “${picked.exact.length > 80 ? `${picked.exact.slice(0, 79)}…` : picked.exact}”`
                : "Select words in the headline or the article to add a claim the engine missed."}
          </p>
        </div>
      )}
      <p role="status" className="rounded-md bg-surface text-sm font-medium empty:hidden" data-testid="claim-edit-status">
        {status}
      </p>
      {dismiss.error && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {messageOf(dismiss.error)}
        </p>
      )}
      {dismissed.length > 0 && (
        <details className="rounded-lg border border-line bg-surface p-3 text-sm" data-testid="dismissed-claims">
          <summary className="cursor-pointer font-semibold">Dismissed claims ({dismissed.length})</summary>
          <p className="mt-1 text-xs text-muted">Hidden from readers and from the comparison.</p>
          <ul className="mt-2 space-y-2">
            {dismissed.map((c) => (
              <li key={c.id} className="space-y-1 border-t border-line pt-2">
                <p>
                  <span className={`mr-1.5 rounded px-1.5 py-0.5 text-xs font-semibold ${CLAIM_KIND_STYLE[c.kind].className}`}>{CLAIM_KIND_STYLE[c.kind].label}</span>
                  <span className="font-serif">{c.exact.length > 160 ? `${c.exact.slice(0, 159)}…` : c.exact}</span>
                </p>
                <button type="button" disabled={dismiss.isPending} onClick={() => dismiss.mutate({ claim: c, dismissed: false })} className={secondary}>
                  Restore<span className="sr-only"> this claim</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );

  const actionsFor = (claim: ClaimView | null) =>
    claim ? (
      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-2" data-testid="claim-actions">
        <button type="button" onClick={() => open({ mode: "edit", claim })} className={secondary}>
          Edit<span className="sr-only"> this claim</span>
        </button>
        <button type="button" disabled={dismiss.isPending} onClick={() => dismiss.mutate({ claim, dismissed: true })} className={secondary}>
          Dismiss<span className="sr-only"> this claim</span>
        </button>
        {(claim.origin === "manual" || claim.edited) && (
          <span className="text-xs text-muted">{claim.origin === "manual" ? "Added by a fact-checker" : "Edited by a fact-checker"}</span>
        )}
      </div>
    ) : null;

  return { rootRef, floating, panel, actionsFor };
}
