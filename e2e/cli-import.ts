// Imports articles into the run's database with the real CLI (`npm run cli -- import`), into an event of their own,
// so that a spec that changes an event never touches the sample event other specs read.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

const DB = process.env.PARALLAX_E2E_DB ?? process.env.DATABASE_PATH;

export interface ArticleToImport {
  text: string;
  outlet: string;
  title: string;
  published?: string;
}

/** A label no other test run or project shares. */
export const uniqueTag = (tag: string) => `${tag} ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;

/** Imports the articles into one new event titled `eventTitle`; returns the event's id. */
export async function importIntoNewEvent(request: APIRequestContext, eventTitle: string, articles: ArticleToImport[]): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-import-"));
  try {
    articles.forEach((article, i) => {
      const file = path.join(dir, `article-${i}.txt`);
      // A reference line makes each run's text unique: the importer refuses an article it already has.
      fs.writeFileSync(file, `${article.text}\n\nReference ${eventTitle}.\n`);
      execFileSync(
        "npx",
        ["tsx", "scripts/cli.ts", "import", file, "--outlet", article.outlet, "--event", eventTitle, "--title", article.title, "--published", article.published ?? "2026-03-02"],
        { env: { ...process.env, DATABASE_PATH: DB }, stdio: "pipe" },
      );
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const events = (await (await request.get("/api/events")).json()).events as { id: number; title: string }[];
  const found = events.find((e) => e.title === eventTitle);
  expect(found, `event "${eventTitle}" after the import`).toBeTruthy();
  return found!.id;
}
