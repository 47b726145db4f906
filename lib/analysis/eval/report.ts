// Plain-text tables for `npm run eval`.
import type { BasilIssue } from "./basil-score";
import type { AlignmentReport } from "./alignment-score";
import type { BasilComparisonReport, BasilReport, SeedReport } from "./run";
import type { SeedIssue } from "./seed-score";
import { alignmentTargetRows, basilComparisonRows, basilTargetRows, seedTargetRows, type TargetRow } from "./targets";

export function formatValue(value: number | null, integer = false): string {
  if (value === null) return "n/a";
  return integer ? String(value) : value.toFixed(3);
}

/** A left-aligned text table with a header rule. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function targetTable(rows: readonly TargetRow[]): string {
  return table(
    ["measure", "value", "", "target", "ok"],
    rows.map((r) => [
      r.measure,
      formatValue(r.value, r.target.startsWith("=")),
      r.detail ? `(${r.detail})` : "",
      r.target,
      r.ok === null ? "" : r.ok ? "ok" : "FAIL",
    ]),
  );
}

/** `goldLabel`: where the gold came from, for the heading. */
export function renderSeedReport(report: SeedReport, verbose: boolean, goldLabel = "the gold labels"): string {
  const out: string[] = [];
  out.push(`Seed articles (${report.articles.length}), against ${goldLabel}`);
  out.push(targetTable(seedTargetRows(report.figures, report.counts)));
  out.push("");
  out.push("Per article");
  out.push(
    table(
      ["article", "recall", "precision", "source", "kind", "hedge", "quote", "boilerplate", "claims (FP)", "gold located"],
      report.articles.map((a) => [
        `${a.outlet} (${a.file})`,
        `${formatValue(a.figures.recall)} ${a.counts.requiredAttributedFound}/${a.counts.requiredAttributed}`,
        formatValue(a.figures.precision),
        formatValue(a.figures.sourceAccuracy),
        formatValue(a.figures.kindAccuracy),
        formatValue(a.figures.hedgeAccuracy),
        formatValue(a.figures.quoteAccuracy),
        String(a.counts.boilerplateClaims),
        `${a.counts.systemClaims} (${a.counts.falsePositives})`,
        `${a.counts.goldLocated}/${a.counts.goldClaims}`,
      ]),
    ),
  );
  if (verbose) {
    for (const a of report.articles) {
      out.push("");
      out.push(`Issues: ${a.outlet} (${a.file})`);
      const lines = a.issues.map(describeSeedIssue);
      out.push(lines.length ? lines.map((l) => `  ${l}`).join("\n") : "  none");
    }
  } else {
    const n = report.articles.reduce((sum, a) => sum + a.issues.filter((i) => i.type !== "wrong_quote").length, 0);
    if (n) out.push(`\n${n} issue(s) (misses, false positives, wrong sources/kinds/hedges): run with --verbose to list them.`);
  }
  return out.join("\n");
}

const sys = (s: { text: string; kind: string; source: string | null }) =>
  `[${s.kind}${s.source ? ` by ${s.source}` : ""}] "${s.text}"`;

export function describeSeedIssue(issue: SeedIssue): string {
  switch (issue.type) {
    case "miss": {
      const why = !issue.located
        ? "its text is not in the analysed document"
        : issue.got.length
          ? `overlapping claims name ${issue.got.map((g) => g.source ?? "no source").join(", ")}`
          : "no system claim overlaps it";
      return `MISS ${issue.goldId} (${issue.expectedSource}): "${issue.exact}" — ${why}`;
    }
    case "unlocated":
      return `UNLOCATED ${issue.goldId}${issue.required ? "" : " (not required)"}: "${issue.exact}" not found in the analysed text`;
    case "false_positive":
      return issue.reason === "boilerplate"
        ? `FALSE POSITIVE (boilerplate "${issue.boilerplate}"): ${sys(issue.system)}`
        : `FALSE POSITIVE (overlaps no gold claim): ${sys(issue.system)}`;
    case "wrong_source":
      return `WRONG SOURCE ${issue.goldId}: expected ${issue.expected}, got ${sys(issue.system)}`;
    case "wrong_kind":
      return `WRONG KIND ${issue.goldId}: expected ${issue.expected.join("|")}, got ${sys(issue.system)}`;
    case "wrong_hedge":
      return `WRONG HEDGE ${issue.goldId}: expected hedged=${issue.expected}, got ${sys(issue.system)}`;
    case "wrong_quote":
      return `quote type ${issue.goldId}: expected ${issue.expected}, got ${issue.got} for ${sys(issue.system)}`;
    case "bad_offsets":
      return `BAD OFFSETS: ${issue.detail}: ${sys(issue.system)}`;
    case "unknown_entity":
      return `UNKNOWN ENTITY "${issue.entityKey}" as source of ${sys(issue.system)}`;
    case "engine_error":
      return `ENGINE ERROR: ${issue.message}`;
  }
}

export function renderBasilReport(report: BasilReport, verbose: boolean): string {
  const c = report.counts;
  const out: string[] = [];
  out.push(`BASIL: ${c.articles} articles, ${c.spans} quoted spans with a named speaker`);
  out.push(targetTable(basilTargetRows(report.figures, c)));
  out.push("");
  out.push(
    `counts: spans ${c.spans}, covered ${c.covered}, right ${c.right}, uncovered ${c.spans - c.covered}` +
      ` (of which not located in the text ${c.unlocated}), engine errors ${c.failed}; lex (loaded-wording) spans ${c.lexSpans}`,
  );
  if (verbose) {
    out.push("");
    out.push("Issues");
    const lines = report.issues.map(describeBasilIssue);
    out.push(lines.length ? lines.map((l) => `  ${l}`).join("\n") : "  none");
  }
  return out.join("\n");
}

export function describeBasilIssue(issue: BasilIssue): string {
  const clip = (t: string) => (t.length > 140 ? `${t.slice(0, 139)}…` : t);
  switch (issue.type) {
    case "uncovered":
      return `UNCOVERED ${issue.article} ${issue.id} (${issue.speaker})${issue.located ? "" : " [span not located]"}: "${clip(issue.txt)}"`;
    case "wrong_speaker":
      return `WRONG SPEAKER ${issue.article} ${issue.id}: expected ${issue.speaker}, got ${issue.got.join(", ")}: "${clip(issue.txt)}"`;
    case "engine_error":
      return `ENGINE ERROR ${issue.article}: ${issue.message}`;
  }
}

export function renderAlignmentReport(report: AlignmentReport, verbose: boolean): string {
  const out = [`Cross-outlet comparison of the seeds, against the gold groups (${report.goldPairs} required cross-outlet pairs, ${report.differences} differences)`];
  out.push(targetTable(alignmentTargetRows(report)));
  if (verbose) {
    out.push("", "Issues");
    out.push(report.issues.length ? report.issues.map((i) => `  ${i.type.replace("_", " ").toUpperCase()}: ${i.detail}`).join("\n") : "  none");
  }
  return out.join("\n");
}

export function renderBasilComparisonReport(report: BasilComparisonReport, verbose: boolean): string {
  const { clustering, loaded } = report;
  const out = [`BASIL comparison: ${clustering.articles} articles in ${clustering.trueEvents} events (labels not given); ${loaded.lexSpans} lex spans`];
  out.push(targetTable(basilComparisonRows(clustering, loaded, report.byYear)));
  if (verbose) {
    out.push("", "Events that are not exactly one triplet");
    out.push(clustering.issues.length ? clustering.issues.map((i) => `  ${i}`).join("\n") : "  none");
  }
  return out.join("\n");
}
