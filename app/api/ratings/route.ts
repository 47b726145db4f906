import { z } from "zod";
import { listRatings, saveRatingScale } from "@/db/queries/fact-checks";
import { requireRole, userFromRequest } from "@/lib/auth/request";
import { isAdmin } from "@/lib/auth/roles";
import { handle, readJson } from "@/lib/http";

/** GET /api/ratings: the rating scale, truest first (admins also see retired ratings). */
export async function GET(request: Request) {
  return handle(() => ({ ratings: listRatings(undefined, { includeRetired: isAdmin(userFromRequest(request)) }) }));
}

const scaleSchema = z.object({
  ratings: z
    .array(
      z.object({
        id: z.number().int().positive().optional(),
        label: z.string().trim().min(1, "Every rating needs a label.").max(60, "A rating label is at most 60 characters."),
        color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "A rating colour is a hex colour such as #1a7f37."),
        value: z.number().int().min(-100).max(100),
        retired: z.boolean().optional(),
      }),
    )
    .min(1, "The scale needs at least one rating.")
    .max(30, "A scale has at most 30 ratings."),
});

/** PUT /api/ratings {ratings}: replaces the scale (admins). Ratings left out are retired, not deleted. */
export async function PUT(request: Request) {
  return handle(async () => {
    const user = requireRole(request, "admin");
    const { ratings } = await readJson(request, scaleSchema);
    return { ratings: saveRatingScale(ratings, user.id) };
  });
}
