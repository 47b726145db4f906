import { z } from "zod";
import { parseAllowList } from "@/lib/import/address-guard";

// Environment read once and validated, so that a typo in PORT fails at start with a clear message.
const envSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a number." })
    .int()
    .min(1, "PORT must be between 1 and 65535.")
    .max(65535, "PORT must be between 1 and 65535.")
    .default(3000),
  DATABASE_PATH: z.string().trim().min(1).default("data/parallax.db"),
  // Import by URL (lib/import/fetch-page.ts): host names or IPs the fetcher may reach even when they are
  // private or local (comma-separated, e.g. "localhost,127.0.0.1"), the size limit and the time limit.
  IMPORT_ALLOW_HOSTS: z
    .string()
    .trim()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseAllowList(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  IMPORT_MAX_BYTES: z.coerce
    .number({ error: "IMPORT_MAX_BYTES must be a number of bytes." })
    .int("IMPORT_MAX_BYTES must be a whole number of bytes.")
    .min(1, "IMPORT_MAX_BYTES must be at least 1.")
    .default(2 * 1024 * 1024),
  IMPORT_FETCH_TIMEOUT_MS: z.coerce
    .number({ error: "IMPORT_FETCH_TIMEOUT_MS must be a number of milliseconds." })
    .int("IMPORT_FETCH_TIMEOUT_MS must be a whole number of milliseconds.")
    .min(1, "IMPORT_FETCH_TIMEOUT_MS must be at least 1.")
    .default(10_000),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    PORT: source.PORT || undefined,
    DATABASE_PATH: source.DATABASE_PATH || undefined,
    IMPORT_ALLOW_HOSTS: source.IMPORT_ALLOW_HOSTS || undefined,
    IMPORT_MAX_BYTES: source.IMPORT_MAX_BYTES || undefined,
    IMPORT_FETCH_TIMEOUT_MS: source.IMPORT_FETCH_TIMEOUT_MS || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
