// Runs in the browser before the app hydrates (Next.js instrumentation-client).
//
// Zod 4 compiles its object parsers with `new Function` when eval is allowed, and finds out by trying it once. Our
// Content-Security-Policy has no 'unsafe-eval' (next.config.ts), so that probe is blocked and reported as a CSP
// violation on every page that parses a schema. jitless skips the probe and the compiled path; parsing is the same.
// `config` from zod/v4/core keeps this out of the schema library's weight in the shared chunk.
import { config } from "zod/v4/core";

config({ jitless: true });
