"use client";

// The fact-check editor of one claim or proposition: verdict, explanation, evidence, status; saved as versions.
// No work is lost: every change is kept in localStorage until it is saved, a stale save shows both versions
// side by side, and any earlier version can be restored.
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from "react";
import { ApiError, sessionQuery } from "@/lib/api-client";
import { canAnnotate } from "@/lib/auth/roles";
import {
  assignableQuery,
  createFactCheck,
  ratingsQuery,
  restoreFactCheck,
  targetFactChecksQuery,
  updateFactCheck,
  type EditorTarget,
  type FactCheckPayload,
} from "@/lib/fact-check-client";
import {
  browserStorage,
  clearDrafts,
  formFromView,
  loadDraft,
  sameForm,
  saveDraft,
  withoutBlankEvidence,
  type DraftBase,
  type FactCheckForm,
} from "@/lib/fact-check-draft";
import { FACT_CHECK_STATUS_LABELS, factCheckInputSchema, publishProblem } from "@/lib/fact-check-input";
import type { FactCheckStatus, FactCheckView, PersonView, RatingView } from "@/lib/views";
import { ConflictPanel } from "./conflict-panel";
import { FactCheckHistory } from "./fact-check-history";
import { PublishedFactChecks } from "./published-fact-checks";
import { ColorSwatch, StatusBadge, formatSavedTime } from "./rating-chip";

/** What the queue's keyboard shortcuts can ask of the editor. */
export interface FactCheckEditorHandle {
  /** Sets the verdict to the nth offered rating (0-based); false when there is none. */
  setVerdictByIndex(index: number): boolean;
  save(): void;
}

interface Editing {
  /** The saved version the form edits (a save names it; a stale one is refused with a conflict). */
  base: DraftBase;
  /** The form as that version filled it: what "unsaved changes" are measured against. */
  pristine: FactCheckForm;
  form: FactCheckForm;
  /** When the form came back from localStorage: when those changes were made. */
  restoredAt: string | null;
  /** The version someone else saved meanwhile, shown beside the form until the person chooses. */
  conflict: FactCheckView | null;
}

type Errors = Record<string, string>;

const STATUSES = Object.keys(FACT_CHECK_STATUS_LABELS) as FactCheckStatus[];
const baseOf = (view: FactCheckView | null): DraftBase => ({ factCheckId: view?.id ?? null, version: view?.version ?? null });
const fresh = (view: FactCheckView | null): Editing => ({ base: baseOf(view), pristine: formFromView(view), form: formFromView(view), restoredAt: null, conflict: null });

/** Client-side validation with the API's own schema; messages keyed by field ("ratingId", "evidence.2.url"). */
function validate(form: FactCheckForm): { payload: FactCheckPayload | null; errors: Errors } {
  // Blank evidence rows are dropped; the indexes in messages are the form's own.
  const kept = form.evidence.map((e, i) => ({ e, i })).filter(({ e }) => e.url.trim() || e.note.trim());
  const input = { ...form, evidence: kept.map(({ e }) => e) };
  const errors: Errors = {};
  const parsed = factCheckInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path[0] === "evidence" && path.length >= 3) path[1] = String(kept[Number(path[1])]?.i ?? path[1]);
      errors[path.join(".") || "form"] ??= issue.message;
    }
  }
  if (form.status === "published") {
    const problem = publishProblem(input);
    if (problem) errors[input.ratingId === null ? "ratingId" : "explanation"] ??= problem;
  }
  return { payload: parsed.success && !Object.keys(errors).length ? parsed.data : null, errors };
}

const inputClass = "block w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 dark:aria-[invalid=true]:border-red-400";
const errorClass = "text-sm font-medium text-red-700 dark:text-red-300";

export function FactCheckEditor({
  target,
  handleRef,
  shortcutHints = false,
  onSaved,
}: {
  target: EditorTarget;
  /** Lets the queue's shortcuts set the verdict and save. */
  handleRef?: Ref<FactCheckEditorHandle>;
  /** Shows each rating's number key beside it (the queue). */
  shortcutHints?: boolean;
  onSaved?: (saved: FactCheckView) => void;
}) {
  const { data: user, isPending: sessionPending } = useQuery(sessionQuery());
  const annotator = canAnnotate(user);
  const list = useQuery(targetFactChecksQuery(target));
  const ratings = useQuery({ ...ratingsQuery(), enabled: annotator });
  const assignable = useQuery({ ...assignableQuery(), enabled: annotator });

  if (sessionPending || list.isPending) return <p className="text-sm text-muted" aria-busy="true">Loading the fact-check…</p>;
  if (list.error) return <p role="alert" className="text-sm">Could not load the fact-checks: {list.error.message}</p>;
  if (!annotator) return <PublishedFactChecks factChecks={list.data} />;
  if (ratings.error) return <p role="alert" className="text-sm">Could not load the rating scale: {ratings.error.message}</p>;
  if (ratings.isPending) return <p className="text-sm text-muted" aria-busy="true">Loading the fact-check…</p>;
  return (
    <EditorForm
      target={target}
      current={list.data[0] ?? null}
      ratings={ratings.data}
      me={{ id: user!.id, name: user!.name ?? user!.email }}
      assignable={assignable.data ?? []}
      handleRef={handleRef}
      shortcutHints={shortcutHints}
      onSaved={onSaved}
    />
  );
}

function EditorForm({
  target,
  current,
  ratings,
  me,
  assignable,
  handleRef,
  shortcutHints,
  onSaved,
}: {
  target: EditorTarget;
  current: FactCheckView | null;
  ratings: RatingView[];
  me: PersonView | null;
  assignable: PersonView[];
  handleRef?: Ref<FactCheckEditorHandle>;
  shortcutHints: boolean;
  onSaved?: (saved: FactCheckView) => void;
}) {
  const uid = useId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [conflictMessage, setConflictMessage] = useState<string | null>(null);
  const lastWritten = useRef<FactCheckForm | null>(null);
  const evidenceFocus = useRef<number | null>(null);
  const storage = useRef(browserStorage());

  // Start from the newest saved version, or from unsaved changes this browser kept.
  useEffect(() => {
    if (editing) return;
    const saved = formFromView(current);
    const draft = storage.current ? loadDraft(storage.current, target) : null;
    if (!draft || sameForm(draft.form, saved)) {
      if (draft && storage.current) clearDrafts(storage.current, target);
      lastWritten.current = saved;
      setEditing(fresh(current));
      return;
    }
    const stale = draft.base.factCheckId !== (current?.id ?? null) || draft.base.version !== (current?.version ?? null);
    lastWritten.current = draft.form;
    setEditing({
      // Changes begun on an older version are shown beside the current one: the person chooses.
      base: stale && !current ? baseOf(null) : draft.base,
      pristine: saved,
      form: draft.form,
      restoredAt: draft.savedAt,
      conflict: stale && current ? current : null,
    });
  }, [editing, current, target]);

  // Keep every change in this browser until it is saved.
  useEffect(() => {
    if (!editing || !storage.current || editing.form === lastWritten.current) return;
    lastWritten.current = editing.form;
    if (sameForm(editing.form, editing.pristine) && !editing.conflict) clearDrafts(storage.current, target);
    else if (!saveDraft(storage.current, target, editing.base, editing.form)) {
      setNotice({ kind: "error", text: "This browser would not keep a copy of your unsaved changes (its storage is full or turned off). Save soon." });
    }
  }, [editing, target]);

  // Focus the URL field of a just-added evidence row.
  useEffect(() => {
    if (evidenceFocus.current === null) return;
    document.getElementById(`${uid}-evidence-${evidenceFocus.current}-url`)?.focus();
    evidenceFocus.current = null;
  });

  const listKey = targetFactChecksQuery(target).queryKey;

  function adopt(saved: FactCheckView, message: string) {
    if (storage.current) clearDrafts(storage.current, target);
    queryClient.setQueryData<FactCheckView[]>(listKey, (old) => [saved, ...(old ?? []).filter((f) => f.id !== saved.id)]);
    void queryClient.invalidateQueries({ queryKey: ["fact-checks", saved.id, "history"] });
    void queryClient.invalidateQueries({ queryKey: ["queue"] });
    // Published verdicts show on the event's comparison and the article.
    if (saved.status === "published" || current?.status === "published") {
      void queryClient.invalidateQueries({ queryKey: ["events"] });
      void queryClient.invalidateQueries({ queryKey: ["articles"] });
    }
    const next = fresh(saved);
    lastWritten.current = next.form;
    setEditing(next);
    setErrors({});
    setConflictMessage(null);
    setNotice({ kind: "ok", text: message });
    onSaved?.(saved);
  }

  function failed(error: unknown) {
    if (error instanceof ApiError && error.status === 409 && error.body?.current) {
      const theirs = error.body.current as FactCheckView;
      queryClient.setQueryData<FactCheckView[]>(listKey, (old) => [theirs, ...(old ?? []).filter((f) => f.id !== theirs.id)]);
      setEditing((e) => (e ? { ...e, conflict: theirs } : e));
      setConflictMessage(error.message);
      setNotice(null);
      return;
    }
    setNotice({ kind: "error", text: error instanceof Error ? error.message : "Could not save the fact-check." });
  }

  const save = useMutation({
    mutationFn: ({ base, payload }: { base: DraftBase; payload: FactCheckPayload }) =>
      base.factCheckId === null ? createFactCheck(target, payload) : updateFactCheck(base.factCheckId, base.version!, payload),
    onSuccess: (saved) => adopt(saved, `Saved version ${saved.version}${saved.status === "published" ? " (published)" : ""}.`),
    onError: failed,
  });

  const restore = useMutation({
    mutationFn: ({ id, revision, version }: { id: number; revision: number; version: number }) => restoreFactCheck(id, revision, version),
    onSuccess: (saved, { revision }) => adopt(saved, `Restored version ${revision} as version ${saved.version}.`),
    onError: failed,
  });

  const busy = save.isPending || restore.isPending;

  function submit(over?: FactCheckView) {
    if (!editing || busy) return;
    if (editing.conflict && !over) {
      setNotice({ kind: "error", text: "Someone else saved a newer version: choose “Keep mine” or “Take theirs” above first." });
      return;
    }
    const { payload, errors } = validate(editing.form);
    setErrors(errors);
    if (!payload) {
      setNotice({ kind: "error", text: "Not saved: fix the problems marked in the form." });
      // The first problem in the form's own order: verdict, explanation, then evidence rows.
      const rank = (key: string) => (key === "ratingId" ? 0 : key === "explanation" ? 1 : 2);
      const first = Object.keys(errors).sort((a, b) => rank(a) - rank(b))[0];
      const id =
        first === "ratingId" ? `${uid}-verdict` : first === "explanation" ? `${uid}-explanation` : first?.startsWith("evidence.") ? `${uid}-${first.replaceAll(".", "-")}` : null;
      const el = id ? document.getElementById(id) : null;
      (el?.matches("fieldset") ? el.querySelector<HTMLElement>("input") : el)?.focus();
      return;
    }
    setNotice(null);
    save.mutate({ base: over ? baseOf(over) : editing.base, payload });
  }

  const offered = ratings.filter((r) => !r.retired);
  // A fact-check whose verdict was retired from the scale still shows it.
  const extra = editing && editing.form.ratingId !== null && !offered.some((r) => r.id === editing.form.ratingId) ? (current?.rating ?? null) : null;
  const choices = extra && extra.id === editing?.form.ratingId ? [...offered, { ...extra, retired: true }] : offered;

  function update(patch: Partial<FactCheckForm>) {
    setEditing((e) => (e ? { ...e, form: { ...e.form, ...patch } } : e));
    // A field's message goes once it is changed (a change of status may also settle the publishing rule).
    const changed = Object.keys(patch).flatMap((k) => (k === "status" ? ["status", "ratingId", "explanation"] : [k]));
    const stale = (key: string) => changed.some((k) => key === k || key.startsWith(`${k}.`));
    if (Object.keys(errors).some(stale)) setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => !stale(key))));
  }

  useImperativeHandle(
    handleRef,
    () => ({
      setVerdictByIndex(index) {
        const rating = offered[index];
        if (!rating || !editing) return false;
        update({ ratingId: rating.id });
        setNotice({ kind: "ok", text: `Verdict set to ${rating.label} (not saved yet).` });
        return true;
      },
      save: () => submit(),
    }),
  );

  if (!editing) return <p className="text-sm text-muted" aria-busy="true">Loading the fact-check…</p>;

  const { form } = editing;
  const dirty = !sameForm(form, editing.pristine);
  const describedBy = (key: string) => (errors[key] ? `${uid}-${key.replaceAll(".", "-")}-error` : undefined);
  const fieldError = (key: string) =>
    errors[key] ? (
      <p id={`${uid}-${key.replaceAll(".", "-")}-error`} className={errorClass}>
        {errors[key]}
      </p>
    ) : null;

  function discard() {
    if (storage.current) clearDrafts(storage.current, target);
    const next = fresh(current);
    lastWritten.current = next.form;
    setEditing(next);
    setErrors({});
    setConflictMessage(null);
    setNotice({ kind: "ok", text: "Your unsaved changes were discarded." });
  }

  function takeTheirs() {
    const theirs = editing!.conflict!;
    if (storage.current) clearDrafts(storage.current, target);
    queryClient.setQueryData<FactCheckView[]>(listKey, (old) => [theirs, ...(old ?? []).filter((f) => f.id !== theirs.id)]);
    const next = fresh(theirs);
    lastWritten.current = next.form;
    setEditing(next);
    setErrors({});
    setConflictMessage(null);
    setNotice({ kind: "ok", text: `The form now shows version ${theirs.version}.` });
  }

  // Me first, then everyone who can be assigned, and whoever is assigned now even if they no longer can be.
  const people: PersonView[] = [];
  for (const p of [me, ...assignable, current?.assignee, editing.conflict?.assignee]) if (p && !people.some((q) => q.id === p.id)) people.push(p);
  const saved = editing.base.factCheckId !== null && current?.id === editing.base.factCheckId ? current : null;

  return (
    <form
      noValidate
      aria-label="Fact-check"
      data-testid="fact-check-editor"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        // Ctrl/⌘+Enter saves from anywhere in the form, also while typing (the queue handles it page-wide).
        if (!shortcutHints && (e.ctrlKey || e.metaKey) && e.key === "Enter") {
          e.preventDefault();
          submit();
        }
      }}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {saved ? (
          <>
            <StatusBadge status={saved.status} />
            <span className="text-muted">
              Version {saved.version}, saved {formatSavedTime(saved.updatedAt)}
            </span>
            {saved.status === "published" && (
              <Link href={`/fact-checks/${saved.id}`} className="text-accent underline underline-offset-2">
                Public page
              </Link>
            )}
          </>
        ) : (
          <span className="text-muted">Not fact-checked yet: fill in the form to start one.</span>
        )}
      </div>

      {editing.restoredAt && (
        <div role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-sky-700 bg-sky-50 p-2 text-sm dark:border-sky-400 dark:bg-sky-950/40" data-testid="restored-note">
          <span>Restored your unsaved changes from {formatSavedTime(editing.restoredAt)}.</span>
          <button type="button" onClick={discard} className="rounded border border-line bg-surface px-2 py-0.5 text-sm font-semibold">
            Discard them
          </button>
        </div>
      )}

      {editing.conflict && (
        <ConflictPanel
          theirs={editing.conflict}
          mine={form}
          ratings={ratings}
          people={people}
          message={conflictMessage}
          busy={busy}
          onKeepMine={() => submit(editing.conflict!)}
          onTakeTheirs={takeTheirs}
        />
      )}

      <fieldset id={`${uid}-verdict`} aria-describedby={describedBy("ratingId")} className="space-y-2">
        <legend className="mb-1 text-sm font-semibold">Verdict</legend>
        <div className="grid grid-cols-2 gap-1.5">
          {choices.map((r, i) => (
            <label key={r.id} className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-2 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-page has-[:checked]:font-semibold">
              <input type="radio" name={`${uid}-verdict`} value={r.id} checked={form.ratingId === r.id} onChange={() => update({ ratingId: r.id })} className="accent-[var(--color-accent)]" />
              <ColorSwatch color={r.color} />
              <span className="min-w-0 flex-1">
                {r.label}
                {r.retired && <span className="font-normal text-muted"> (retired)</span>}
              </span>
              {shortcutHints && i < 9 && !r.retired && (
                <kbd className="hidden rounded border border-line px-1 font-mono text-xs font-normal text-muted sm:inline" aria-hidden="true">
                  {i + 1}
                </kbd>
              )}
            </label>
          ))}
          <label className="flex cursor-pointer items-center gap-2 rounded-md border border-dashed border-line px-2 py-1.5 text-sm text-muted has-[:checked]:text-ink">
            <input type="radio" name={`${uid}-verdict`} value="" checked={form.ratingId === null} onChange={() => update({ ratingId: null })} />
            No verdict yet
          </label>
        </div>
        {fieldError("ratingId")}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor={`${uid}-explanation`} className="block text-sm font-semibold">
          Explanation
        </label>
        <textarea
          id={`${uid}-explanation`}
          rows={6}
          value={form.explanation}
          aria-invalid={errors.explanation ? true : undefined}
          aria-describedby={describedBy("explanation")}
          onChange={(e) => update({ explanation: e.target.value })}
          className={`${inputClass} font-serif`}
        />
        {fieldError("explanation")}
      </div>

      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-semibold">Evidence</legend>
        {form.evidence.length === 0 && <p className="text-sm text-muted">No evidence yet.</p>}
        <ol className="space-y-3">
          {form.evidence.map((row, i) => {
            const set = (patch: Partial<typeof row>) => update({ evidence: form.evidence.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
            return (
              <li key={i} className="space-y-1.5 rounded-md border border-line p-2" data-testid="evidence-row">
                <div className="grid gap-1.5 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                  <div>
                    <label htmlFor={`${uid}-evidence-${i}-url`} className="block text-xs font-semibold">
                      Link {i + 1}
                    </label>
                    <input
                      id={`${uid}-evidence-${i}-url`}
                      type="url"
                      inputMode="url"
                      placeholder="https://"
                      value={row.url}
                      aria-invalid={errors[`evidence.${i}.url`] ? true : undefined}
                      aria-describedby={describedBy(`evidence.${i}.url`)}
                      onChange={(e) => set({ url: e.target.value })}
                      className={inputClass}
                    />
                  </div>
                  <div>
                    <label htmlFor={`${uid}-evidence-${i}-note`} className="block text-xs font-semibold">
                      Note {i + 1}
                    </label>
                    <input
                      id={`${uid}-evidence-${i}-note`}
                      type="text"
                      value={row.note}
                      aria-invalid={errors[`evidence.${i}.note`] ? true : undefined}
                      aria-describedby={describedBy(`evidence.${i}.note`)}
                      onChange={(e) => set({ note: e.target.value })}
                      className={inputClass}
                    />
                  </div>
                </div>
                {fieldError(`evidence.${i}.url`)}
                {fieldError(`evidence.${i}.note`)}
                <button
                  type="button"
                  onClick={() => update({ evidence: form.evidence.filter((_, j) => j !== i) })}
                  className="text-sm text-accent underline underline-offset-2"
                  aria-label={`Remove evidence ${i + 1}`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
        {fieldError("evidence")}
        <button
          type="button"
          onClick={() => {
            evidenceFocus.current = form.evidence.length;
            update({ evidence: [...form.evidence, { url: "", note: "" }] });
          }}
          className="rounded-md border border-line bg-surface px-3 py-1 text-sm font-semibold"
        >
          Add evidence
        </button>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <fieldset className="space-y-1">
          <legend className="mb-1 text-sm font-semibold">Status</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {STATUSES.map((s) => (
              <label key={s} className="flex cursor-pointer items-center gap-1.5 text-sm">
                <input type="radio" name={`${uid}-status`} value={s} checked={form.status === s} onChange={() => update({ status: s })} />
                {FACT_CHECK_STATUS_LABELS[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor={`${uid}-assignee`} className="block text-sm font-semibold">
            Assigned to
          </label>
          <select
            id={`${uid}-assignee`}
            value={form.assigneeId ?? ""}
            onChange={(e) => update({ assigneeId: e.target.value ? Number(e.target.value) : null })}
            className={inputClass}
          >
            <option value="">Nobody</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id === me?.id ? `Me (${p.name})` : p.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-3">
        <button type="submit" disabled={busy} className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-accent-ink disabled:opacity-60">
          {save.isPending ? "Saving…" : "Save"}
        </button>
        {dirty && !editing.restoredAt && (
          <button type="button" onClick={discard} disabled={busy} className="text-sm text-accent underline underline-offset-2">
            Discard changes
          </button>
        )}
        <span className="text-xs text-muted">
          {dirty ? "Unsaved changes (kept in this browser)" : "No unsaved changes"}
          <span className="hidden sm:inline"> · Ctrl+Enter saves</span>
        </span>
      </div>
      <p role="status" data-testid="fact-check-status" className="text-sm text-green-800 empty:hidden dark:text-green-300">
        {notice?.kind === "ok" ? notice.text : ""}
      </p>
      {notice?.kind === "error" && (
        <p role="alert" data-testid="fact-check-error" className={errorClass}>
          {notice.text}
        </p>
      )}

      {saved && (
        <FactCheckHistory
          factCheckId={saved.id}
          currentVersion={saved.version}
          canRestore={!dirty && !editing.conflict}
          restoring={restore.isPending ? (restore.variables?.revision ?? null) : null}
          onRestore={(revision) => restore.mutate({ id: saved.id, revision, version: saved.version })}
        />
      )}
    </form>
  );
}
