"use client";

// The fact-checking queue: filters on top, the claims most worth checking on the left, the selected claim with
// its fact-check editor on the right (stacked on phones); driven by the keyboard as well as the mouse.
import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { QUEUE_PAGE_SIZE, queueQuery, queueSearch, type QueueParams } from "@/lib/fact-check-client";
import { useKeyboardShortcuts } from "@/lib/use-keyboard-shortcuts";
import type { QueueItemView } from "@/lib/views";
import { CLAIM_KIND_STYLE } from "../claim-kind";
import { FactCheckEditor, type FactCheckEditorHandle } from "./fact-check-editor";
import { RatingChip, StatusBadge } from "./rating-chip";
import { ShortcutsDialog } from "./shortcuts-dialog";

type Filters = Pick<QueueParams, "event" | "outlet" | "status" | "assignee">;

const selectClass = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm";
const numberOrUndefined = (v: string) => (v ? Number(v) : undefined);

export function QueueWorkspace({ initial }: { initial: QueueParams & { claim?: number } }) {
  const [filters, setFilters] = useState<Filters>({ event: initial.event, outlet: initial.outlet, status: initial.status, assignee: initial.assignee });
  const [offset, setOffset] = useState(initial.offset ?? 0);
  const [selectedId, setSelectedId] = useState<number | null>(initial.claim ?? null);
  // The selected claim stays open even when a save moves it out of the filtered list.
  const [pinned, setPinned] = useState<QueueItemView | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const editor = useRef<FactCheckEditorHandle>(null);
  const detail = useRef<HTMLElement>(null);

  const params: QueueParams = { ...filters, limit: QUEUE_PAGE_SIZE, offset };
  const { data, error, isFetching, isPlaceholderData } = useQuery({ ...queueQuery(params), placeholderData: keepPreviousData });
  const items = data?.items ?? [];
  const selected = items.find((i) => i.claimId === selectedId) ?? (pinned?.claimId === selectedId ? pinned : null);

  // The address keeps the filters and the selected claim, so a reload (or a shared link) opens the same place.
  const search = queueSearch({ ...filters, offset: offset || undefined });
  useEffect(() => {
    const claim = selectedId ? `${search ? "&" : ""}claim=${selectedId}` : "";
    const url = `/queue${search || claim ? `?${search}${claim}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, "", url);
  }, [search, selectedId]);

  function select(item: QueueItemView, how: "keyboard" | "pointer") {
    setSelectedId(item.claimId);
    setPinned(item);
    const position = items.indexOf(item) + 1 + offset;
    setAnnouncement(`Claim ${position} of ${data?.total ?? items.length}: ${item.exact.slice(0, 120)}`);
    if (how === "keyboard") document.getElementById(`queue-item-${item.claimId}`)?.scrollIntoView({ block: "nearest" });
    // On a phone the editor is below the list: take the person to it.
    else if (window.matchMedia("(max-width: 1023px)").matches) detail.current?.scrollIntoView({ block: "start" });
  }

  function move(step: 1 | -1) {
    // While new filters load, the list still shows the old results: a key must not pick one of those.
    if (isPlaceholderData) return setAnnouncement("The list is still loading.");
    if (!items.length) return;
    const index = items.findIndex((i) => i.claimId === selectedId);
    const next = index === -1 ? items[step === 1 ? 0 : items.length - 1] : items[index + step];
    if (next) select(next, "keyboard");
    else setAnnouncement(step === 1 ? "This is the last claim on this page." : "This is the first claim on this page.");
  }

  useKeyboardShortcuts((action) => {
    if (helpOpen) return false;
    switch (action.type) {
      case "next":
        return move(1);
      case "previous":
        return move(-1);
      case "help":
        return setHelpOpen(true);
      case "verdict":
        return editor.current?.setVerdictByIndex(action.index) ?? false;
      case "save":
        if (!editor.current) return false;
        return editor.current.save();
    }
  });

  function setFilter(patch: Filters) {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
  }

  const options = data?.options;
  const total = data?.total ?? 0;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Fact-checking queue</h1>
          <p className="text-sm text-muted">Claims most worth checking first. Pick one, write the fact-check, save.</p>
        </div>
        <button type="button" onClick={() => setHelpOpen(true)} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm">
          Keyboard shortcuts <kbd className="ml-1 rounded border border-line px-1 font-mono text-xs">?</kbd>
        </button>
      </div>

      <form role="search" aria-label="Filter the queue" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
        <div className="min-w-0 text-sm font-medium">
          <label htmlFor="queue-event">Event</label>
          <select id="queue-event" className={selectClass} value={filters.event ?? ""} onChange={(e) => setFilter({ event: numberOrUndefined(e.target.value) })}>
            <option value="">All events</option>
            {options?.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title.length > 80 ? `${e.title.slice(0, 79)}…` : e.title}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 text-sm font-medium">
          <label htmlFor="queue-outlet">Outlet</label>
          <select id="queue-outlet" className={selectClass} value={filters.outlet ?? ""} onChange={(e) => setFilter({ outlet: numberOrUndefined(e.target.value) })}>
            <option value="">All outlets</option>
            {options?.outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 text-sm font-medium">
          <label htmlFor="queue-status">Status</label>
          <select id="queue-status" className={selectClass} value={filters.status ?? ""} onChange={(e) => setFilter({ status: (e.target.value || undefined) as Filters["status"] })}>
            <option value="">Any status</option>
            <option value="unchecked">Unchecked</option>
            <option value="draft">Draft</option>
            <option value="in_review">In review</option>
            <option value="published">Published</option>
          </select>
        </div>
        <div className="min-w-0 text-sm font-medium">
          <label htmlFor="queue-assignee">Assigned to</label>
          <select
            id="queue-assignee"
            className={selectClass}
            value={filters.assignee ?? ""}
            onChange={(e) => {
              const v = e.target.value;
              setFilter({ assignee: v === "me" || v === "none" ? v : numberOrUndefined(v) });
            }}
          >
            <option value="">Anyone or nobody</option>
            <option value="me">Me</option>
            <option value="none">Nobody</option>
            {options?.assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      </form>

      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      {error && (
        <p role="alert" className="rounded-md border border-line bg-surface p-3 text-sm">
          Could not load the queue: {error.message}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="queue-list-heading" className="min-w-0 space-y-2 lg:sticky lg:top-4 lg:self-start">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="queue-list-heading" className="text-lg font-semibold">
              Claims
            </h2>
            <p className="text-sm text-muted" aria-live="polite" aria-busy={isFetching}>
              {total === 0 ? "None" : `${offset + 1}–${offset + items.length} of ${total}`}
            </p>
          </div>
          {data && items.length === 0 ? (
            <p className="rounded-md border border-line bg-surface p-3 text-sm text-muted">No claims match these filters.</p>
          ) : (
            // Until the list for new filters arrives, the old one stays on screen, marked busy (stale).
            <ul aria-label="Claims to check" aria-busy={isPlaceholderData} className="relative max-h-[22rem] divide-y divide-line overflow-y-auto rounded-lg border border-line bg-surface lg:max-h-[calc(100vh-16rem)]" data-testid="queue-list">
              {items.map((item) => {
                const active = item.claimId === selectedId;
                return (
                  <li key={item.claimId}>
                    <button
                      type="button"
                      id={`queue-item-${item.claimId}`}
                      aria-current={active ? "true" : undefined}
                      onClick={() => select(item, "pointer")}
                      data-testid="queue-item"
                      data-claim-id={item.claimId}
                      className={`block w-full space-y-1 border-l-4 px-3 py-2 text-left ${active ? "border-accent bg-page" : "border-transparent hover:bg-page"}`}
                    >
                      <span className="line-clamp-3 block font-serif text-sm">{item.exact}</span>
                      <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
                        <StatusBadge status={item.status} />
                        {item.factCheck?.verdict && <RatingChip rating={item.factCheck.verdict} />}
                        <span>{item.outlet.name}</span>
                        <span aria-hidden="true">·</span>
                        <span>{item.source ?? "The outlet itself"}</span>
                        {item.factCheck?.assignee && <span>· Assigned to {item.factCheck.assignee.name}</span>}
                        <span className="sr-only">Check-worthiness {Math.round(item.checkWorthiness * 100)}%</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {total > QUEUE_PAGE_SIZE && (
            <nav aria-label="Pages of the queue" className="flex items-center justify-between gap-2 text-sm">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - QUEUE_PAGE_SIZE))} className="rounded-md border border-line bg-surface px-3 py-1 disabled:opacity-50">
                Previous page
              </button>
              <button type="button" disabled={offset + QUEUE_PAGE_SIZE >= total} onClick={() => setOffset(offset + QUEUE_PAGE_SIZE)} className="rounded-md border border-line bg-surface px-3 py-1 disabled:opacity-50">
                Next page
              </button>
            </nav>
          )}
          <p className="hidden text-xs text-muted lg:block">
            <kbd className="rounded border border-line px-1 font-mono">j</kbd> / <kbd className="rounded border border-line px-1 font-mono">k</kbd> next and previous claim,{" "}
            <kbd className="rounded border border-line px-1 font-mono">1</kbd>–<kbd className="rounded border border-line px-1 font-mono">9</kbd> verdict,{" "}
            <kbd className="rounded border border-line px-1 font-mono">s</kbd> save.
          </p>
        </section>

        <section ref={detail} aria-labelledby="queue-detail-heading" className="min-w-0 scroll-mt-4 self-start space-y-4 rounded-lg border border-line bg-surface p-4" data-testid="queue-detail">
          {selected ? (
            <>
              <div className="space-y-2">
                <h2 id="queue-detail-heading" className="flex flex-wrap items-center gap-2 text-sm font-semibold text-muted">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${CLAIM_KIND_STYLE[selected.kind].className}`}>{CLAIM_KIND_STYLE[selected.kind].label}</span>
                  Selected claim
                </h2>
                <blockquote className="font-serif text-lg leading-snug" data-testid="selected-claim">
                  {selected.exact}
                </blockquote>
                <p className="text-sm">
                  <span className="font-semibold">Source:</span> {selected.source ?? "The outlet itself"}
                </p>
                <p className="text-sm">
                  In{" "}
                  <Link href={`/articles/${selected.article.id}#claim-${selected.claimId}`} className="text-accent underline underline-offset-2">
                    {selected.article.title}
                  </Link>{" "}
                  <span className="text-muted">({selected.outlet.name})</span>
                  {selected.event && (
                    <>
                      {" "}
                      · event:{" "}
                      <Link href={`/events/${selected.event.id}`} className="text-accent underline underline-offset-2">
                        {selected.event.title}
                      </Link>
                    </>
                  )}
                </p>
              </div>
              <FactCheckEditor key={selected.claimId} target={{ type: "claim", id: selected.claimId }} handleRef={editor} shortcutHints onSaved={(saved) => setPinned((p) => (p && p.claimId === selected.claimId ? { ...p, status: saved.status } : p))} />
            </>
          ) : (
            <>
              <h2 id="queue-detail-heading" className="text-lg font-semibold">
                No claim selected
              </h2>
              <p className="text-sm text-muted">
                Choose a claim from the list, or press <kbd className="rounded border border-line px-1 font-mono">j</kbd> to start with the first one.
              </p>
            </>
          )}
        </section>
      </div>

      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
