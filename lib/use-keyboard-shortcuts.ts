// The fact-checking queue's keyboard shortcuts: which key means what (pure, tested), and a hook that listens.
import { useEffect, useRef } from "react";

export type ShortcutAction =
  | { type: "next" }
  | { type: "previous" }
  | { type: "verdict"; index: number }
  | { type: "save" }
  | { type: "help" };

/** What the shortcuts dialog lists. */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ["j"], what: "Next claim" },
  { keys: ["k"], what: "Previous claim" },
  { keys: ["1", "…", "9"], what: "Set the verdict to the 1st … 9th rating" },
  { keys: ["s"], what: "Save the fact-check" },
  { keys: ["Ctrl", "Enter"], what: "Save, also while typing" },
  { keys: ["?"], what: "Show these shortcuts" },
  { keys: ["Esc"], what: "Close this list" },
];

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: unknown;
}

const TEXT_INPUT_TYPES = new Set(["", "text", "search", "url", "email", "tel", "password", "number", "date", "datetime-local", "month", "time", "week"]);

/** True when keys typed at `target` are text (inputs, text areas, selects, editable content), not shortcuts. */
export function isTypingTarget(target: unknown): boolean {
  const el = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!el || typeof el.tagName !== "string") return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && TEXT_INPUT_TYPES.has((el.type ?? "").toLowerCase());
}

/** The action a key press asks for, or null. Only Ctrl/⌘+Enter works while typing. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if ((event.ctrlKey || event.metaKey) && event.key === "Enter") return { type: "save" };
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  if (event.key === "j") return { type: "next" };
  if (event.key === "k") return { type: "previous" };
  if (event.key === "s") return { type: "save" };
  if (event.key === "?") return { type: "help" };
  if (/^[1-9]$/.test(event.key)) return { type: "verdict", index: Number(event.key) - 1 };
  return null;
}

/**
 * Calls `onAction` for each shortcut pressed anywhere on the page while `enabled`; a handled key does not also
 * do its default (typing, scrolling). `onAction` returns false to leave the key alone.
 */
export function useKeyboardShortcuts(onAction: (action: ShortcutAction) => boolean | void, enabled = true): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutFor(event);
      if (!action) return;
      if (latest.current(action) !== false) event.preventDefault();
    };
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [enabled]);
}
