// The gold label file for the seed articles (../shared/gold/seed-gold.json; format in ../shared/gold/README.md).
import { z } from "zod";
import { CLAIM_KINDS, QUOTE_TYPES } from "../types";

export const goldClaimSchema = z.object({
  id: z.string().min(1),
  /** Verbatim claim text; no-break spaces of the seed read as plain spaces. */
  exact: z.string().min(1),
  /** Code-point offsets into the raw seed file (not used for matching: see text-match.ts). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  kind: z.enum(CLAIM_KINDS),
  alt_kinds: z.array(z.enum(CLAIM_KINDS)).default([]),
  source: z.string().min(1).nullable(),
  cue: z.string().nullable().default(null),
  quote: z.enum(QUOTE_TYPES),
  hedged: z.boolean(),
  /** false marks hard or debatable cases: finding them is good, missing them is not an error. */
  required: z.boolean().default(true),
  blamed: z.array(z.string()).optional(),
  loaded: z.array(z.string()).optional(),
  check_worthy: z.string().optional(),
  note: z.string().optional(),
});

export const goldArticleSchema = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  /** Page-furniture lines: no claim may come from them. */
  boilerplate: z.array(z.string().min(1)).default([]),
  claims: z.array(goldClaimSchema),
});

export const goldFileSchema = z
  .object({
    about: z.string().optional(),
    /** Canonical entity name -> aliases. */
    entities: z.record(z.string(), z.array(z.string())),
    articles: z.array(goldArticleSchema).min(1),
    groups: z.array(z.unknown()).optional(),
  })
  .superRefine((gold, ctx) => {
    gold.articles.forEach((article, a) => {
      const ids = new Set<string>();
      article.claims.forEach((claim, c) => {
        if (ids.has(claim.id)) {
          ctx.addIssue({ code: "custom", path: ["articles", a, "claims", c, "id"], message: `duplicate claim id "${claim.id}"` });
        }
        ids.add(claim.id);
        if (claim.source !== null && !(claim.source in gold.entities)) {
          ctx.addIssue({
            code: "custom",
            path: ["articles", a, "claims", c, "source"],
            message: `source "${claim.source}" of claim ${claim.id} is not a canonical name in "entities"`,
          });
        }
      });
    });
  });

export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldEntities = GoldFile["entities"];

/** Validates parsed JSON as a gold file; throws an Error whose message lists every problem. */
export function parseGoldFile(json: unknown, label = "gold file"): GoldFile {
  const parsed = goldFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The ${label} is not in the expected format:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every accepted name of a gold source: the canonical name and its aliases. */
export function goldNames(entities: GoldEntities, canonical: string): string[] {
  return [canonical, ...(entities[canonical] ?? [])];
}
