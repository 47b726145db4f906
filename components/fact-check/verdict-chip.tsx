import Link from "next/link";
import type { VerdictView } from "@/lib/views";

/** Black or white, whichever reads better on `hex` (WCAG relative luminance); white when the colour is not #rgb/#rrggbb. */
export function inkOn(hex: string): "#000000" | "#ffffff" {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return "#ffffff";
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05): pick the larger.
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** A published verdict: the rating's label on its colour, linking to the public fact-check page. */
export function VerdictChip({ verdict, size = "sm" }: { verdict: VerdictView; size?: "sm" | "md" }) {
  return (
    <Link
      href={`/fact-checks/${verdict.factCheckId}`}
      className={`inline-flex items-center rounded-full border border-black/20 font-semibold no-underline hover:underline focus-visible:underline dark:border-white/30 ${
        size === "md" ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
      style={{ backgroundColor: verdict.color, color: inkOn(verdict.color) }}
      title={`Fact-checked: ${verdict.label}. Read the fact-check.`}
      data-testid="verdict-chip"
      data-fact-check-id={verdict.factCheckId}
    >
      <span className="sr-only">Fact-check verdict: </span>
      {verdict.label}
    </Link>
  );
}
