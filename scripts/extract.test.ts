// The `extract` command's contract: one JSON object on stdout and nothing else, offsets that hold.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let dir: string;

beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-extract-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function extract(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/cli.ts", "extract", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Output {
  article: { title: string; outlet: string | null; author: string | null; published: string | null; body: string };
  claims: {
    id: string; kind: string; source: string | null; cue: string | null; exact: string; content: string;
    quote: string; hedged: boolean; hedges: string[]; blamed: string[]; checkWorthiness: number; start: number; end: number;
  }[];
}

function parse(out: string): Output {
  expect(out.trim().split("\n")).toHaveLength(1);
  return JSON.parse(out) as Output;
}

function checkContract(output: Output) {
  const ids = new Set<string>();
  for (const claim of output.claims) {
    expect(output.article.body.slice(claim.start, claim.end)).toBe(claim.exact);
    expect(["blame", "statement", "finding", "denial", "report", "assertion", "opinion"]).toContain(claim.kind);
    expect(["direct", "indirect", "mixed", "none"]).toContain(claim.quote);
    expect(claim.source === null || typeof claim.source === "string").toBe(true);
    expect(claim.checkWorthiness).toBeGreaterThanOrEqual(0);
    expect(claim.checkWorthiness).toBeLessThanOrEqual(1);
    expect(ids.has(claim.id)).toBe(false);
    ids.add(claim.id);
  }
}

describe("npm run --silent cli -- extract", () => {
  it("prints the article and its claims for a text file, with the first line as title", () => {
    const file = path.join(dir, "story.txt");
    fs.writeFileSync(
      file,
      "\n\nCouncil backs harbour wall\n\nThe council approved the wall on Monday.\n\n“We cannot wait another year,” Mayor Ann Lee said.\n",
    );
    const { code, out, err } = extract(file, "--outlet", "Gazette");
    expect(err).toBe("");
    expect(code).toBe(0);
    const output = parse(out);
    expect(output.article.title).toBe("Council backs harbour wall");
    expect(output.article.outlet).toBe("Gazette");
    checkContract(output);
    const quote = output.claims.find((c) => c.exact.includes("We cannot wait"));
    expect(quote?.source).toBe("Ann Lee");
  });

  it("honours --title", () => {
    const file = path.join(dir, "untitled.txt");
    fs.writeFileSync(file, "The council approved the wall on Monday, officials said.\n");
    const output = parse(extract(file, "--title", "Wall approved").out);
    expect(output.article.title).toBe("Wall approved");
    checkContract(output);
  });

  it("reads an HTML file", () => {
    const file = path.join(dir, "page.html");
    const para = "The city council on Monday approved a new harbour wall after two winters of flooding that damaged dozens of homes.";
    fs.writeFileSync(
      file,
      `<!doctype html><html><head><title>Wall approved</title><meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>Wall approved</h1><p>${para}</p><p>“We cannot wait another year,” the mayor said, adding that work would start in the spring and last eighteen months.</p></article></body></html>`,
    );
    const { code, out } = extract(file);
    expect(code).toBe(0);
    const output = parse(out);
    expect(output.article.outlet).toBe("Harbour Gazette");
    expect(output.article.body).toContain(para);
    checkContract(output);
  });

  it("holds its contract on the sample articles", () => {
    for (const name of ["the-hill-wikileaks-flynn.txt", "daily-dot-wikileaks-flynn.txt"]) {
      const output = parse(extract(path.join(ROOT, "db", "sample-data", name)).out);
      expect(output.claims.length).toBeGreaterThan(5);
      checkContract(output);
    }
  });

  it("prints nothing on stdout and a clear error for a missing file", () => {
    const { code, out, err } = extract(path.join(dir, "missing.txt"));
    expect(code).not.toBe(0);
    expect(out).toBe("");
    expect(err).toMatch(/File not found/);
  });
});
