"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { eventsQuery } from "@/lib/api-client";
import { duplicateOf, importErrorMessage, previewImport, saveImport, type ImportArticleInput, type ImportSource } from "@/lib/import-client";
import type { ArticleView, ImportPreview } from "@/lib/views";
import { AUTO_EVENT, eventChoiceOf, type EventChoiceState } from "./event-choice";
import { ImportedNotice } from "./import-notices";
import { draftFromPreview, sameDraft, type MetadataDraft } from "./metadata-fields";
import { PreviewPanel } from "./preview-panel";
import { SourceForm, type SingleSourceKind } from "./source-form";

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The article to save or preview again: the preview's text with the admin's metadata. */
const articleOf = (preview: ImportPreview, draft: MetadataDraft): ImportArticleInput => ({
  title: draft.title.trim(),
  subtitle: orNull(draft.subtitle),
  paragraphs: preview.article.paragraphs,
  outlet: orNull(draft.outlet),
  author: orNull(draft.author),
  published: orNull(draft.published),
  modified: preview.article.modifiedAt,
  url: orNull(draft.url),
});

const ORIGIN_KEYS = ["title", "outlet", "author", "publishedAt", "url"] as const;

/**
 * A preview made again from the edited article says every value was "given"; keep where the unchanged values
 * first came from (and where the page was fetched from), so the notes stay useful.
 */
function keepOrigins(before: ImportPreview, after: ImportPreview): ImportPreview {
  const origins = { ...after.origins };
  for (const key of ORIGIN_KEYS) {
    if (before.origins[key] && after.article[key] === before.article[key]) origins[key] = before.origins[key];
  }
  return { ...after, origins, source: after.source.kind === "article" ? before.source : after.source };
}

/** One article from pasted text, pasted HTML or an address: preview, correct, choose the event, save. */
export function SingleImport({ kind }: { kind: SingleSourceKind }) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [draft, setDraft] = useState<MetadataDraft | null>(null);
  const [event, setEvent] = useState<EventChoiceState>(AUTO_EVENT);
  const [saved, setSaved] = useState<ArticleView | null>(null);

  const show = (p: ImportPreview, keepEvent: boolean) => {
    setPreview(p);
    setDraft(draftFromPreview(p.article));
    if (!keepEvent) setEvent(AUTO_EVENT);
    save.reset();
  };
  const first = useMutation({
    mutationFn: (source: ImportSource) => previewImport(source),
    onMutate: () => setSaved(null),
    onSuccess: (p) => show(p, false),
  });
  const refresh = useMutation({
    mutationFn: (article: ImportArticleInput) => previewImport({ article }),
    onSuccess: (p) => show(preview ? keepOrigins(preview, p) : p, true),
  });
  const save = useMutation({
    mutationFn: ({ article, choice }: { article: ImportArticleInput; choice: NonNullable<ReturnType<typeof eventChoiceOf>> }) => saveImport(article, choice),
    onSuccess: (article) => {
      setSaved(article);
      setPreview(null);
      setDraft(null);
      setValue("");
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: eventsQuery().queryKey }),
        queryClient.invalidateQueries({ queryKey: ["imports"] }),
      ]);
    },
  });

  const submitSource = () => {
    const v = value.trim();
    first.mutate(kind === "text" ? { text: value } : kind === "html" ? { html: value } : { url: v });
  };

  const choice = eventChoiceOf(event);
  const duplicate = preview?.duplicate ?? duplicateOf(save.error);
  const saveBlocked = !preview || !draft
    ? "Preview first."
    : duplicate
      ? "This article is already stored."
      : !draft.title.trim()
        ? "A headline is needed."
        : !draft.outlet.trim()
          ? "An outlet is needed."
          : !choice
            ? event.kind === "new"
              ? "Type the new event's title."
              : "Choose the event."
            : null;

  return (
    <div className="space-y-6">
      <SourceForm kind={kind} value={value} onChange={setValue} onSubmit={submitSource} pending={first.isPending} error={first.error ? importErrorMessage(first.error) : null} />
      {saved && (
        <ImportedNotice
          article={saved}
          onAnother={() => {
            setSaved(null);
            first.reset();
          }}
        />
      )}
      {preview && draft && (
          <PreviewPanel
            preview={preview}
            actions={{
              draft,
              onDraft: setDraft,
              stale: !sameDraft(draft, draftFromPreview(preview.article)),
              onRefresh: () => refresh.mutate(articleOf(preview, draft)),
              refreshing: refresh.isPending,
              refreshError: refresh.error ? importErrorMessage(refresh.error) : null,
              event,
              onEvent: setEvent,
              onSave: () => choice && save.mutate({ article: articleOf(preview, draft), choice }),
              saving: save.isPending,
              saveError: save.error ? importErrorMessage(save.error) : null,
              duplicate,
              saveBlocked,
            }}
          />
      )}
    </div>
  );
}
