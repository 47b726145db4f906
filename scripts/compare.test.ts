// The `compare` and `cluster` commands' contracts: one JSON object on stdout, every claim in one proposition.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-compare-"));
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  write(
    "herald.txt",
    "Harbour director resigns over dredging contract\n\nBy Jo Reed\nMarch 3, 2025\n\n" +
      "Harbour director Ann Holt resigned on Friday after reports emerged that she misled the port board about the dredging contract.\n\n" +
      "The contractor, Dockside Ltd, has denied paying bribes to port officials.\n\n" +
      "Police said 12 people were questioned.",
  );
  write(
    "gazette.html",
    "<html><head><title>Holt quits in dredging scandal</title><meta property=\"og:site_name\" content=\"Shelbyville Gazette\"></head><body><article>" +
      "<h1>Holt quits in dredging scandal</h1>" +
      "<p>Without a hint of irony, Holt resigned on Friday for misleading the port board about the dredging contract.</p>" +
      "<p>Dockside chief executive Paul Varga has repeatedly denied paying bribes to port officials.</p>" +
      "<p>Police said 15 people were questioned.</p></article></body></html>",
  );
  write(
    "festival.txt",
    "Jazz festival returns to the riverside park\n\nThe summer jazz festival will return to the riverside park in July, organisers said. " +
      "Tickets for the three-day festival go on sale next week, and the line-up includes twenty bands from across the region.",
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/cli.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface CompareOutput {
  articles: { file: string; outlet: string; title: string }[];
  propositions: {
    id: string;
    topic: string;
    category: string;
    claims: { article: number; id: string; exact: string; source: string | null; kind: string }[];
    differences: { type: string; explanation: string; articles: number[] }[];
  }[];
}

describe("npm run --silent cli -- compare", () => {
  it("lines up two outlets' claims and names the differences", () => {
    const files = [path.join(dir, "herald.txt"), path.join(dir, "gazette.html")];
    const r = cli("compare", ...files, "--outlet", "Springfield Herald", "--outlet", "Shelbyville Gazette");
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(1);
    const out = JSON.parse(r.out) as CompareOutput;
    expect(out.articles.map((a) => [a.file, a.outlet])).toEqual([
      [files[0], "Springfield Herald"],
      [files[1], "Shelbyville Gazette"],
    ]);
    expect(out.articles[1]!.title).toBe("Holt quits in dredging scandal");

    // Every claim of each article appears once, with the ids `extract` gives it.
    for (const [i, file] of files.entries()) {
      const extracted = JSON.parse(cli("extract", file).out) as { claims: { id: string; exact: string }[] };
      const here = out.propositions.flatMap((p) => p.claims.filter((c) => c.article === i));
      expect(here.map((c) => c.id).sort()).toEqual(extracted.claims.map((c) => c.id).sort());
      for (const c of here) expect(extracted.claims.find((x) => x.id === c.id)!.exact).toBe(c.exact);
    }
    const ids = out.propositions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);

    const denial = out.propositions.find((p) => p.claims.some((c) => c.exact.includes("denied paying bribes")))!;
    expect(denial.category).toBe("denials");
    expect(denial.claims.map((c) => c.source).sort()).toEqual(["Dockside Ltd", "Paul Varga"]);
    expect(denial.differences).toContainEqual(
      expect.objectContaining({ type: "attribution", articles: [0, 1] }),
    );
    const police = out.propositions.find((p) => p.claims.some((c) => c.exact.includes("people were questioned")))!;
    expect(police.differences).toContainEqual(
      expect.objectContaining({ type: "contradiction", explanation: "Springfield Herald says 12 people; Shelbyville Gazette says 15 people." }),
    );
  });

  it("takes the outlet from an HTML page when none is given", () => {
    const r = cli("compare", path.join(dir, "herald.txt"), path.join(dir, "gazette.html"));
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as CompareOutput).articles[1]!.outlet).toBe("Shelbyville Gazette");
  });

  it("refuses one file, a missing file, and outlets that do not match the files", () => {
    const one = cli("compare", path.join(dir, "herald.txt"));
    expect([one.code, one.out]).toEqual([2, ""]);
    expect(one.err).toMatch(/at least two files/);
    const missing = cli("compare", path.join(dir, "herald.txt"), path.join(dir, "nope.txt"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/File not found: .*nope\.txt/);
    const outlets = cli("compare", path.join(dir, "herald.txt"), path.join(dir, "gazette.html"), "--outlet", "Only One");
    expect(outlets.code).toBe(2);
    expect(outlets.err).toMatch(/one --outlet per file/);
  });
  it("refuses an HTML page with no article text with a clear message, not a stack trace", () => {
    const empty = path.join(dir, "empty-page.html");
    fs.writeFileSync(empty, "<html><body><nav>Home</nav><script>alert(1)</script></body></html>");
    const r = cli("compare", empty, path.join(dir, "herald.txt"));
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err.trim()).toBe(`Error: ${empty}: No article text was found in this HTML page.`);
  });
});

describe("npm run --silent cli -- cluster", () => {
  it("puts articles on the same story together and a different story apart", () => {
    const files = ["herald.txt", "festival.txt", "gazette.html"].map((f) => path.join(dir, f));
    const r = cli("cluster", ...files);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { events: string[][] };
    expect(out.events).toEqual([[files[0], files[2]], [files[1]]]);
  });

  it("asks for files", () => {
    const r = cli("cluster");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Name the files/);
  });
});
