// The import page's pure helpers. Its requests are exercised against the real server in e2e/import.spec.ts.
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client";
import { duplicateOf, isImportFile, isJobActive } from "./import-client";

describe("import client", () => {
  it("accepts exactly the file types the API imports", () => {
    for (const name of ["a.txt", "b.HTML", "c.htm", "d.json", "feed.ndjson", "feed.jsonl"]) expect(isImportFile(name), name).toBe(true);
    for (const name of ["photo.png", "a.txt.exe", "json", "notes.md", "archive.json.gz"]) expect(isImportFile(name), name).toBe(false);
  });

  it("reads the stored article out of a 409, and nothing out of other errors", () => {
    const duplicate = { articleId: 12, title: "Pier repairs", reason: "content" };
    const conflict = new ApiError(409, "conflict", "Already stored.", { code: "conflict", message: "Already stored.", duplicate });
    expect(duplicateOf(conflict)).toEqual(duplicate);
    expect(duplicateOf(new ApiError(400, "invalid_input", "Bad."))).toBeNull();
    expect(duplicateOf(new Error("offline"))).toBeNull();
  });

  it("polls a job only while it is queued or running", () => {
    expect(isJobActive("queued")).toBe(true);
    expect(isJobActive("running")).toBe(true);
    expect(isJobActive("done")).toBe(false);
    expect(isJobActive("failed")).toBe(false);
    expect(isJobActive(undefined)).toBe(false);
  });
});
