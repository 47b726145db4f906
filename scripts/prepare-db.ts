// Migrates the database at DATABASE_PATH and loads the sample data into it when it has no articles yet.
import { openDatabase } from "@/db/client";
import { readEnv } from "@/lib/env";
import { loadSampleDataIfEmpty } from "@/lib/import/sample-data";

export function prepareDatabase(file: string): void {
  const db = openDatabase(file);
  try {
    const loaded = loadSampleDataIfEmpty(db);
    const imported = loaded.filter((l) => l.result.status === "imported").length;
    console.log(
      `Database ${file}: migrated${loaded.length ? `, sample data loaded (${imported} articles)` : ""}.`,
    );
  } finally {
    db.$client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase(readEnv().DATABASE_PATH);
}
