// `npm start`: migrate and seed the database, build the app if its sources changed since the last build, then
// serve the production build on PORT.
import { spawn, spawnSync } from "node:child_process";
import { readEnv } from "@/lib/env";
import { buildIsStale, NEXT_BIN } from "./build-state";
import { prepareDatabase } from "./prepare-db";

function main(): void {
  const env = readEnv();
  prepareDatabase(env.DATABASE_PATH);

  if (buildIsStale()) {
    console.log("Building the app (first start, or sources changed)…");
    const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // Idle connections are kept for 65 s instead of Node's 5 s: a client (or a proxy, which typically waits 60 s)
  // reusing a connection at the moment the server drops it gets ECONNRESET, as an e2e run once did.
  const server = spawn(NEXT_BIN, ["start", "-p", String(env.PORT), "--keepAliveTimeout", "65000"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_PATH: env.DATABASE_PATH },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
