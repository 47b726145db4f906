import { describe, expect, it } from "vitest";
import { articleLabels } from "./article-labels";

describe("articleLabels", () => {
  it("calls an outlet's only article by the outlet's name", () => {
    expect(articleLabels([{ id: 1, outlet: "Herald", publishedAt: "2025-03-07" }, { id: 2, outlet: "Gazette", publishedAt: null }])).toEqual(["Herald", "Gazette"]);
  });

  it("tells one outlet's articles apart by day, by time when the day is shared, by number when the dates do not", () => {
    const days = articleLabels([
      { id: 1, outlet: "Herald", publishedAt: "2025-03-08" },
      { id: 2, outlet: "Gazette", publishedAt: "2025-03-07" },
      { id: 3, outlet: "Herald", publishedAt: "2025-03-07T09:30:00" },
    ]);
    expect(days).toEqual(["Herald (8 Mar 2025)", "Gazette", "Herald (7 Mar 2025)"]);
    const times = articleLabels([
      { id: 1, outlet: "Herald", publishedAt: "2025-03-07T18:05:00" },
      { id: 2, outlet: "Herald", publishedAt: "2025-03-07T09:30:00" },
    ]);
    expect(times).toEqual(["Herald (7 Mar 2025, 18:05)", "Herald (7 Mar 2025, 09:30)"]);
    // (Each by what tells it apart: a day of its own keeps its day though two others share one.)
    expect(
      articleLabels([
        { id: 1, outlet: "Herald", publishedAt: "2025-03-07" },
        { id: 2, outlet: "Herald", publishedAt: "2025-03-07" },
        { id: 3, outlet: "Herald", publishedAt: "2025-03-09" },
      ]),
    ).toEqual(["Herald (article 1)", "Herald (article 2)", "Herald (9 Mar 2025)"]);
    // (A date the outlet gave in its own words is shown whole; offsets count in date order.)
    expect(articleLabels([{ id: 1, outlet: "Herald", publishedAt: "Tuesday, March 4, 2025" }, { id: 2, outlet: "Herald", publishedAt: "Wednesday, March 5, 2025" }])).toEqual([
      "Herald (Tuesday, March 4, 2025)",
      "Herald (Wednesday, March 5, 2025)",
    ]);
    expect(articleLabels([{ id: 1, outlet: "Herald", publishedAt: "2025-03-08T01:00:00+09:00" }, { id: 2, outlet: "Herald", publishedAt: "2025-03-08T20:00:00-05:00" }, { id: 3, outlet: "Herald", publishedAt: "2025-03-08T20:00:00-05:00" }])).toEqual([
      "Herald (8 Mar 2025, 01:00 UTC+9)",
      "Herald (article 1)",
      "Herald (article 2)",
    ]);
    // (A stamp with no zone is read alike everywhere, and a day shared with another is no label.)
    expect(articleLabels([{ id: 1, outlet: "Herald", publishedAt: "2025-03-07" }, { id: 2, outlet: "Herald", publishedAt: "2025-03-07T02:00:00" }, { id: 3, outlet: "Herald", publishedAt: "2025-03-07T02:00:00" }])).toEqual([
      "Herald (article 1)",
      "Herald (article 2)",
      "Herald (article 3)",
    ]);
    // Same date, or one undated: numbered in date order (undated last), then import order.
    const numbered = articleLabels([
      { id: 5, outlet: "Herald", publishedAt: null },
      { id: 2, outlet: "Herald", publishedAt: "2025-03-07" },
      { id: 3, outlet: "Herald", publishedAt: "2025-03-07" },
    ]);
    expect(numbered).toEqual(["Herald (article 3)", "Herald (article 1)", "Herald (article 2)"]);
  });
});
