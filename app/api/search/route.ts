import { z } from "zod";
import { getDb } from "@/db/client";
import { searchArchive } from "@/db/queries/search";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";

const querySchema = z.string().trim().min(1, "Type something to search for.").max(200, "Keep the search under 200 characters.");

/** GET /api/search?q=…: articles and claims whose words match. */
export async function GET(request: Request) {
  return handle(() => {
    const parsed = querySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
    if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]!.message);
    return { results: searchArchive(getDb(), parsed.data) };
  });
}
