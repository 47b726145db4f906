import { z } from "zod";

// Environment read once and validated, so that a typo in PORT fails at start with a clear message.
const envSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a number." })
    .int()
    .min(1, "PORT must be between 1 and 65535.")
    .max(65535, "PORT must be between 1 and 65535.")
    .default(3000),
  DATABASE_PATH: z.string().trim().min(1).default("data/parallax.db"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    PORT: source.PORT || undefined,
    DATABASE_PATH: source.DATABASE_PATH || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
