import type { DifferenceView, PropositionView } from "@/lib/views";

/** Section headings of the comparison, in page order. */
export const CATEGORY_LABEL: Record<PropositionView["category"], string> = {
  blame: "Who is blamed",
  said: "What was said",
  concluded: "What was concluded",
  denials: "Denials",
  background: "Background",
  opinion: "Opinion",
};
export const CATEGORY_ORDER = Object.keys(CATEGORY_LABEL) as PropositionView["category"][];

/** Difference types as readers see them; the name is always written, colour only adds to it. */
export const DIFFERENCE_STYLE: Record<DifferenceView["type"], { label: string; className: string }> = {
  omission: { label: "Omission", className: "border-stone-500 text-stone-800 dark:text-stone-200" },
  attribution: { label: "Attribution", className: "border-sky-600 text-sky-900 dark:border-sky-400 dark:text-sky-200" },
  hedging: { label: "Hedging", className: "border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200" },
  detail: { label: "Detail", className: "border-violet-600 text-violet-900 dark:border-violet-400 dark:text-violet-200" },
  framing: { label: "Framing", className: "border-pink-600 text-pink-900 dark:border-pink-400 dark:text-pink-200" },
  contradiction: { label: "Contradiction", className: "border-red-600 text-red-900 dark:border-red-400 dark:text-red-200" },
};
export const DIFFERENCE_ORDER = Object.keys(DIFFERENCE_STYLE) as DifferenceView["type"][];
