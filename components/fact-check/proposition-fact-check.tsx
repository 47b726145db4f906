"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { sessionQuery } from "@/lib/api-client";
import { canAnnotate } from "@/lib/auth/roles";

// Loaded on first use: readers of the comparison page never download the editor (or zod, which it validates with).
const FactCheckEditor = dynamic(() => import("./fact-check-editor").then((m) => m.FactCheckEditor), {
  loading: () => <p className="text-sm text-muted" aria-busy="true">Loading the fact-check…</p>,
});

/**
 * On the comparison page, for fact-checkers: a verdict on the proposition as a whole (what every outlet's version
 * states). The editor loads only when opened, so a long comparison does not fetch a fact-check per row.
 */
export function PropositionFactCheck({ propositionId }: { propositionId: number }) {
  const { data: user } = useQuery(sessionQuery());
  const [open, setOpen] = useState(false);
  if (!canAnnotate(user)) return null;
  return (
    <details className="rounded-md border border-line" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="proposition-fact-check">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Fact-check this proposition</summary>
      {open && (
        <div className="border-t border-line p-3">
          <FactCheckEditor target={{ type: "proposition", id: propositionId }} />
        </div>
      )}
    </details>
  );
}
