// The two seed articles ship with the project so that a fresh install is never empty.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { count } from "drizzle-orm";
import { articles } from "@/db/schema";
import { getDb, type Db } from "@/db/client";
import { importText } from "./import-text";
import type { StoreArticleResult } from "@/db/queries/articles";

export const SAMPLE_DATA_DIR = path.join(process.cwd(), "db", "sample-data");

const manifestSchema = z.object({
  event: z.object({ title: z.string().min(1), summary: z.string().nullable().optional() }),
  articles: z
    .array(
      z.object({
        file: z.string().min(1),
        outlet: z.object({ name: z.string().min(1), domain: z.string().nullable().optional() }),
        title: z.string().min(1),
        author: z.string().nullable(),
        publishedAt: z.string().nullable(),
      }),
    )
    .min(1),
});

export interface SampleDataResult {
  file: string;
  result: StoreArticleResult;
}

/** Imports the sample articles into one event. Safe to run again: stored articles are recognised as duplicates. */
export function loadSampleData(db: Db = getDb(), dir = SAMPLE_DATA_DIR): SampleDataResult[] {
  const manifest = manifestSchema.parse(
    JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")),
  );
  return manifest.articles.map((entry) => ({
    file: entry.file,
    result: importText(
      {
        text: fs.readFileSync(path.join(dir, entry.file), "utf8"),
        outlet: entry.outlet.name,
        outletDomain: entry.outlet.domain ?? undefined,
        event: manifest.event.title,
        eventSummary: manifest.event.summary ?? undefined,
        title: entry.title,
        author: entry.author ?? undefined,
        publishedAt: entry.publishedAt ?? undefined,
      },
      db,
    ),
  }));
}

/** Loads the sample data into a database that has no articles yet; leaves any other database alone. */
export function loadSampleDataIfEmpty(db: Db = getDb()): SampleDataResult[] {
  const [row] = db.select({ n: count() }).from(articles).all();
  return row && row.n > 0 ? [] : loadSampleData(db);
}
