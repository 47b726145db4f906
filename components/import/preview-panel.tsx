"use client";

import { useId } from "react";
import type { ImportDuplicate } from "@/lib/import-client";
import type { ImportPreview } from "@/lib/views";
import { FormStatus } from "../admin/form-status";
import { EventChoice, type EventChoiceState } from "./event-choice";
import { MetadataFields, type MetadataDraft } from "./metadata-fields";
import { PreviewClaims } from "./preview-claims";
import { DuplicateNotice } from "./import-notices";
import { button, card, primary } from "./styles";

export interface PreviewActions {
  draft: MetadataDraft;
  onDraft: (draft: MetadataDraft) => void;
  /** The metadata was edited since this preview was made. */
  stale: boolean;
  onRefresh: () => void;
  refreshing: boolean;
  refreshError: string | null;
  event: EventChoiceState;
  onEvent: (event: EventChoiceState) => void;
  onSave: () => void;
  saving: boolean;
  saveError: string | null;
  /** The stored article this one duplicates (from the preview, or from a 409 on saving). */
  duplicate: ImportDuplicate | null;
  /** Why Save is not possible yet, if it is not. */
  saveBlocked: string | null;
}

/** What importing would store: metadata (editable), the cleaned text, the claims, the event; then Save. */
export function PreviewPanel({ preview, actions }: { preview: ImportPreview; actions: PreviewActions }) {
  const ids = useId();
  const a = preview.article;
  const busy = actions.saving || actions.refreshing;
  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-4" data-testid="import-preview">
      <h2 id={`${ids}-h`} className="text-xl font-semibold">
        Preview
      </h2>
      {actions.duplicate && <DuplicateNotice duplicate={actions.duplicate} />}

      <div className="grid gap-4 lg:grid-cols-2">
        <form
          className={`${card} min-w-0 space-y-3`}
          aria-labelledby={`${ids}-meta`}
          onSubmit={(e) => {
            e.preventDefault();
            actions.onRefresh();
          }}
        >
          <h3 id={`${ids}-meta`} className="text-lg font-semibold">
            Details
          </h3>
          <MetadataFields draft={actions.draft} onChange={actions.onDraft} preview={preview} disabled={actions.saving} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={button} disabled={busy}>
              {actions.refreshing ? "Updating preview…" : "Update preview"}
            </button>
            {actions.stale && !actions.refreshing && <p className="text-xs text-muted">Edited: update the preview to see the claims and event for these details.</p>}
          </div>
          <FormStatus error={actions.refreshError} done={null} />
        </form>

        <section aria-labelledby={`${ids}-text`} className={`${card} min-w-0 space-y-3`}>
          <h3 id={`${ids}-text`} className="text-lg font-semibold">
            Text <span className="text-sm font-normal text-muted">({a.wordCount.toLocaleString("en")} words, {a.paragraphs.length} paragraphs)</span>
          </h3>
          <div tabIndex={0} role="region" aria-label="Cleaned text" className="max-h-[28rem] space-y-3 overflow-y-auto rounded-md border border-line bg-page p-3 font-serif text-sm leading-relaxed">
            {a.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer font-medium">
              Lines dropped as page furniture ({preview.removed.length})
            </summary>
            {preview.removed.length === 0 ? (
              <p className="mt-2 text-muted">Nothing was dropped.</p>
            ) : (
              <ul className="mt-2 max-h-60 list-disc space-y-1 overflow-y-auto pl-5 text-muted">
                {preview.removed.map((line, i) => (
                  <li key={i} className="break-words">
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </details>
        </section>
      </div>

      <section aria-labelledby={`${ids}-claims`} className={`${card} space-y-3`}>
        <h3 id={`${ids}-claims`} className="text-lg font-semibold">
          Claims the engine found <span className="font-normal text-muted">({preview.claims.length})</span>
        </h3>
        <PreviewClaims claims={preview.claims} headingId={`${ids}-claims`} />
      </section>

      <div className={`${card} space-y-4`}>
        <EventChoice automatic={preview.event} value={actions.event} onChange={actions.onEvent} disabled={actions.saving} />
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
          <button type="button" className={primary} disabled={busy || actions.saveBlocked !== null} onClick={actions.onSave} aria-describedby={actions.saveBlocked ? `${ids}-blocked` : undefined}>
            {actions.saving ? "Saving…" : "Save article"}
          </button>
          {actions.saveBlocked && (
            <p id={`${ids}-blocked`} className="text-sm text-muted">
              {actions.saveBlocked}
            </p>
          )}
        </div>
        <FormStatus error={actions.saveError} done={null} />
      </div>
    </section>
  );
}
