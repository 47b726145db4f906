import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Every run starts the real production server on a fresh temporary database. The path is put in the
// environment once, so that the worker processes (which load this file again) see the same one.
process.env.PARALLAX_E2E_DB ??= path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-")),
  "parallax.db",
);
const PORT = Number(process.env.E2E_PORT ?? 3107);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const chromiumLaunch = {
  executablePath: CHROMIUM,
  // No sandbox (we run as root in CI); no background traffic (the machine has no network).
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // An action that cannot happen fails on its own, naming the step, instead of using up the test's whole time.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions: chromiumLaunch } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromiumLaunch } },
  ],
  webServer: {
    command: "npm start",
    url: `http://127.0.0.1:${PORT}/api/events`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    // The import specs serve their own pages on 127.0.0.1: only that host is let past the importer's address guard.
    env: { PORT: String(PORT), DATABASE_PATH: process.env.PARALLAX_E2E_DB, IMPORT_ALLOW_HOSTS: "127.0.0.1" },
  },
});
