"use client";

import { useEffect, useRef } from "react";
import { SHORTCUTS } from "@/lib/use-keyboard-shortcuts";

/**
 * The list of keyboard shortcuts, as a modal dialog: focus moves into it, stays there, Escape closes it, and
 * focus goes back to where it was.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-heading"
      onClose={() => {
        onClose();
        returnTo.current?.focus();
        returnTo.current = null;
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="space-y-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id="shortcuts-heading" className="text-lg font-semibold">
            Keyboard shortcuts
          </h2>
          <button type="button" data-autofocus onClick={() => ref.current?.close()} className="rounded-md border border-line px-2 py-0.5 text-sm">
            Close
          </button>
        </div>
        <table className="w-full text-sm">
          <caption className="sr-only">Keys and what they do</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {SHORTCUTS.map((s) => (
              <tr key={s.what}>
                <td className="whitespace-nowrap py-1.5 pr-4">
                  {s.keys.map((k, i) =>
                    k === "…" ? (
                      <span key={i} className="px-1 text-muted">
                        to
                      </span>
                    ) : (
                      <kbd key={i} className="mr-1 rounded border border-line bg-page px-1.5 py-0.5 font-mono text-xs">
                        {k}
                      </kbd>
                    ),
                  )}
                </td>
                <td className="py-1.5">{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-muted">Shortcuts other than Ctrl+Enter do nothing while you are typing in a field.</p>
      </div>
    </dialog>
  );
}
