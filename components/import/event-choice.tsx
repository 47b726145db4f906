"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId } from "react";
import { eventsQuery } from "@/lib/api-client";
import type { ImportEventChoice } from "@/lib/import-client";
import type { ImportPreview } from "@/lib/views";
import { field, link } from "./styles";

/** The event control's state; the typed title and the picked event survive switching between the options. */
export interface EventChoiceState {
  kind: "auto" | "new" | "existing";
  title: string;
  eventId: number | null;
}

export const AUTO_EVENT: EventChoiceState = { kind: "auto", title: "", eventId: null };

/** What to send, or null while the chosen option is incomplete. */
export function eventChoiceOf(state: EventChoiceState): ImportEventChoice | null {
  if (state.kind === "new") return state.title.trim() ? { kind: "new", title: state.title } : null;
  if (state.kind === "existing") return state.eventId !== null ? { kind: "existing", eventId: state.eventId } : null;
  return { kind: "auto" };
}

/** Which event the article joins: the archive's choice (shown), a new event with a title, or an existing event. */
export function EventChoice({
  automatic,
  value,
  onChange,
  disabled,
}: {
  automatic: ImportPreview["event"];
  value: EventChoiceState;
  onChange: (value: EventChoiceState) => void;
  disabled?: boolean;
}) {
  const ids = useId();
  const events = useQuery(eventsQuery());
  const set = (patch: Partial<EventChoiceState>) => onChange({ ...value, ...patch });
  const radio = "mt-0.5 size-4 shrink-0 accent-[var(--color-accent)]";
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="mb-2 text-lg font-semibold">Event</legend>
      <p className="text-sm" data-testid="automatic-event">
        {automatic ? (
          <>
            Joins:{" "}
            <Link href={`/events/${automatic.id}`} className={link}>
              {automatic.title}
            </Link>
          </>
        ) : (
          "Starts a new event"
        )}
        <span className="text-muted"> (the archive's choice)</span>
      </p>
      <div className="flex items-start gap-2">
        <input id={`${ids}-auto`} type="radio" name={`${ids}-event`} checked={value.kind === "auto"} onChange={() => set({ kind: "auto" })} className={radio} />
        <label htmlFor={`${ids}-auto`} className="text-sm">
          Let the archive choose
        </label>
      </div>
      <div className="flex items-start gap-2">
        <input id={`${ids}-new`} type="radio" name={`${ids}-event`} checked={value.kind === "new"} onChange={() => set({ kind: "new" })} className={radio} />
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={`${ids}-new`} className="text-sm">
            An event with this title <span className="text-muted">(joins it if it exists, else starts it)</span>
          </label>
          <label htmlFor={`${ids}-title`} className="sr-only">
            Event title
          </label>
          <input
            id={`${ids}-title`}
            type="text"
            value={value.title}
            placeholder="Event title"
            onChange={(e) => set({ kind: "new", title: e.target.value })}
            aria-invalid={value.kind === "new" && !value.title.trim() ? true : undefined}
            className={field}
          />
        </div>
      </div>
      <div className="flex items-start gap-2">
        <input
          id={`${ids}-existing`}
          type="radio"
          name={`${ids}-event`}
          checked={value.kind === "existing"}
          onChange={() => set({ kind: "existing" })}
          className={radio}
        />
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={`${ids}-existing`} className="text-sm">
            An existing event
          </label>
          <label htmlFor={`${ids}-pick`} className="sr-only">
            Existing event
          </label>
          <select
            id={`${ids}-pick`}
            value={value.eventId ?? ""}
            onChange={(e) => set({ kind: "existing", eventId: e.target.value ? Number(e.target.value) : null })}
            className={field}
          >
            <option value="">{events.isPending ? "Loading events…" : events.error ? "Could not load the events" : "Choose an event"}</option>
            {events.data?.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} ({e.articleCount} {e.articleCount === 1 ? "article" : "articles"})
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
