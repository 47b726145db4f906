import { factCheckRoutes } from "@/lib/fact-check-routes";

/** GET, POST /api/claims/{id}/fact-checks: see lib/fact-check-routes.ts and docs/api.md. */
export const { GET, POST } = factCheckRoutes("claim");
