"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { sessionQuery } from "@/lib/api-client";
import { canAnnotate } from "@/lib/auth/roles";
import { FactCheckEditor } from "./fact-check-editor";

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
