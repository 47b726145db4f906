// Unsaved fact-check edits kept in the browser (localStorage), so a reload, a crash or a wrong click loses no
// work. A draft is keyed by its target, the fact-check it edits and the version it started from; pure apart from
// the storage it is handed, so it is tested without a browser.
import type { FactCheckStatus, FactCheckView } from "./views";

export interface FactCheckForm {
  ratingId: number | null;
  explanation: string;
  evidence: { url: string; note: string }[];
  status: FactCheckStatus;
  assigneeId: number | null;
}

/** The saved version a form started from: none yet (a new fact-check), or a fact-check at some version. */
export interface DraftBase {
  factCheckId: number | null;
  version: number | null;
}

export interface StoredDraft {
  base: DraftBase;
  form: FactCheckForm;
  /** When it was last written (ISO). */
  savedAt: string;
}

export type DraftTarget = { type: "claim" | "proposition"; id: number };

/** The part of the Web Storage API drafts need (localStorage in the browser, a Map in tests). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const PREFIX = "parallax:fact-check-draft";

export const draftPrefix = (target: DraftTarget) => `${PREFIX}:${target.type}:${target.id}:`;
export const draftKey = (target: DraftTarget, base: DraftBase) => `${draftPrefix(target)}${base.factCheckId ?? "new"}:${base.version ?? 0}`;

export const EMPTY_FORM: FactCheckForm = { ratingId: null, explanation: "", evidence: [], status: "draft", assigneeId: null };

/** The form as a saved fact-check fills it (empty for none). */
export function formFromView(view: FactCheckView | null | undefined): FactCheckForm {
  if (!view) return { ...EMPTY_FORM, evidence: [] };
  return {
    ratingId: view.rating?.id ?? null,
    explanation: view.explanation,
    evidence: view.evidence.map((e) => ({ url: e.url, note: e.note })),
    status: view.status,
    assigneeId: view.assignee?.id ?? null,
  };
}

/** Evidence rows with neither a link nor a note are blank lines of the form, not evidence. */
export const withoutBlankEvidence = (form: FactCheckForm): FactCheckForm => ({
  ...form,
  evidence: form.evidence.filter((e) => e.url.trim() || e.note.trim()),
});

export function sameForm(a: FactCheckForm, b: FactCheckForm): boolean {
  const x = withoutBlankEvidence(a);
  const y = withoutBlankEvidence(b);
  return (
    x.ratingId === y.ratingId &&
    x.explanation === y.explanation &&
    x.status === y.status &&
    x.assigneeId === y.assigneeId &&
    x.evidence.length === y.evidence.length &&
    x.evidence.every((e, i) => e.url === y.evidence[i]!.url && e.note === y.evidence[i]!.note)
  );
}

function keysOf(storage: DraftStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function isForm(value: unknown): value is FactCheckForm {
  const f = value as FactCheckForm;
  return (
    !!f &&
    (f.ratingId === null || typeof f.ratingId === "number") &&
    typeof f.explanation === "string" &&
    Array.isArray(f.evidence) &&
    f.evidence.every((e) => e && typeof e.url === "string" && typeof e.note === "string") &&
    ["draft", "in_review", "published"].includes(f.status) &&
    (f.assigneeId === null || typeof f.assigneeId === "number")
  );
}

function parse(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as StoredDraft;
    if (!d || typeof d.savedAt !== "string" || !d.base || !isForm(d.form)) return null;
    return d;
  } catch {
    return null;
  }
}

/** Keeps `form` as the unsaved edit of `base`. False when the browser refused (storage full or disabled). */
export function saveDraft(storage: DraftStorage, target: DraftTarget, base: DraftBase, form: FactCheckForm, now = new Date()): boolean {
  try {
    const draft: StoredDraft = { base, form, savedAt: now.toISOString() };
    storage.setItem(draftKey(target, base), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * The newest unsaved draft of a target, whatever version it started from (one started from an older version is
 * still someone's work: the editor shows it beside the current version). Unreadable entries are ignored.
 */
export function loadDraft(storage: DraftStorage, target: DraftTarget): StoredDraft | null {
  let newest: StoredDraft | null = null;
  for (const key of keysOf(storage, draftPrefix(target))) {
    const draft = parse(storage.getItem(key));
    if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest;
}

/** Forgets every draft of a target (after a successful save, or when the person discards them). */
export function clearDrafts(storage: DraftStorage, target: DraftTarget): void {
  for (const key of keysOf(storage, draftPrefix(target))) storage.removeItem(key);
}

/** The browser's localStorage, or null where there is none (server rendering, storage disabled). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}
