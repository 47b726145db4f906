// What a fact-checker submits: validated the same way by the API and the editor.
import { z } from "zod";

export const FACT_CHECK_STATUS_LABELS = { draft: "Draft", in_review: "In review", published: "Published" } as const;

const httpUrl = z
  .string()
  .trim()
  .max(2000, "An evidence link is at most 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "An evidence link must be a full http:// or https:// address.");

export const evidenceSchema = z.object({
  url: httpUrl,
  note: z.string().trim().max(2000, "An evidence note is at most 2,000 characters.").default(""),
});

export const factCheckInputSchema = z.object({
  ratingId: z.number().int().positive().nullable().default(null),
  explanation: z.string().max(20_000, "The explanation is at most 20,000 characters.").default(""),
  evidence: z.array(evidenceSchema).max(50, "At most 50 pieces of evidence.").default([]),
  status: z.enum(["draft", "in_review", "published"]).default("draft"),
  assigneeId: z.number().int().positive().nullable().optional(),
});
export type FactCheckInput = z.infer<typeof factCheckInputSchema>;

/** PUT /api/fact-checks/{id}: the new content and the version it replaces. */
export const factCheckUpdateSchema = factCheckInputSchema.extend({
  version: z.number({ error: "Say which version you are replacing (version)." }).int().positive(),
});

/** Why a fact-check cannot be published yet, or null when it can. */
export function publishProblem(input: Pick<FactCheckInput, "ratingId" | "explanation">): string | null {
  if (input.ratingId === null) return "Choose a verdict before publishing.";
  if (!input.explanation.trim()) return "Write an explanation before publishing.";
  return null;
}
