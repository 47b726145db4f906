import { describe, expect, it } from "vitest";
import { formatStamp, isUsDst, parseDateLine, parseDateText, pickDates, type DateMention } from "./dates";

const iso = (text: string) => {
  const stamp = parseDateText(text);
  return stamp ? formatStamp(stamp) : null;
};

describe("parseDateLine", () => {
  it("reads two labelled stamps on one line", () => {
    const mentions = parseDateLine("Posted on Feb 14, 2017 Updated on May 25, 2021, 12:15 am CDT");
    expect(mentions?.map((m) => [m.role, m.text, m.stamp && formatStamp(m.stamp)])).toEqual([
      ["published", "Posted on Feb 14, 2017", "2017-02-14"],
      ["updated", "Updated on May 25, 2021, 12:15 am CDT", "2021-05-25T00:15:00-05:00"],
    ]);
  });

  it("reads decorated labels and time-only updates", () => {
    const first = parseDateLine("*First Published: Feb 14, 2017, 11:17 am CST");
    expect(first?.[0]?.role).toBe("published");
    expect(first?.[0]?.stamp && formatStamp(first[0].stamp)).toBe("2017-02-14T11:17:00-06:00");

    const update = parseDateLine("— Updated at 8:59 a.m.");
    expect(update).toHaveLength(1);
    expect(update?.[0]).toMatchObject({ role: "updated", text: "— Updated at 8:59 a.m.", stamp: { time: { h: 8, mi: 59, s: 0 } } });
    expect(update?.[0]?.stamp?.date).toBeUndefined();
  });

  it("reads a date line that ends with a reading time, and no other line", () => {
    const mentions = parseDateLine("Oct. 14, 2025 | 6 min read");
    expect(mentions?.map((m) => m.stamp && formatStamp(m.stamp))).toEqual(["2025-10-14"]);
    expect(parseDateLine("6 min read")).toBeNull();
    expect(parseDateLine("The mayor read the report for 6 min | then left")).toBeNull();
  });

  it("accepts an update note after the stamp", () => {
    expect(parseDateLine("Updated at 9:30 p.m. with comment from the White House.")?.[0]?.stamp?.time).toEqual({ h: 21, mi: 30, s: 0 });
  });

  it("reads a live page's update time with its day but no year, left undated, and no such day alone", () => {
    expect(parseDateLine("Updated 16:51 GMT, Friday 22 November")).toEqual([
      { role: "updated", stamp: { time: { h: 16, mi: 51, s: 0 }, zone: { kind: "fixed", offset: "Z" } }, text: "Updated 16:51 GMT, Friday 22 November" },
    ]);
    expect(parseDateLine("Friday 22 November")).toBeNull();
    expect(parseDateLine("Updated 16:51 GMT, Friday 22 November, the council said")).toBeNull();
  });

  it("recognises relative stamps as date lines without a date", () => {
    expect(parseDateLine("Updated 2 hours ago")).toEqual([{ role: "updated", stamp: null, text: "Updated 2 hours ago" }]);
  });

  it("takes an unlabelled full date for a publication date, but not a lone time", () => {
    expect(parseDateLine("February 14, 2017")?.[0]?.role).toBe("published");
    expect(parseDateLine("8:59 a.m.")).toBeNull();
  });

  it("never takes a sentence that contains a date for a date line", () => {
    expect(parseDateLine("Flynn resigned on Feb. 13, 2017, after 24 days in office.")).toBeNull();
    expect(parseDateLine("Published reports on Feb 14, 2017 said otherwise.")).toBeNull();
    expect(parseDateLine("WASHINGTON, Feb 14, 2017 (Reuters) - WikiLeaks blamed...")).toBeNull();
    expect(parseDateLine("Updated figures show growth")).toBeNull();
  });
});

describe("stamp formats", () => {
  it.each([
    ["2017-02-14", "2017-02-14"],
    ["Feb 14, 2017", "2017-02-14"],
    ["Feb. 14, 2017", "2017-02-14"],
    ["Tuesday, February 14th, 2017", "2017-02-14"],
    ["14 February 2017", "2017-02-14"],
    ["02/14/2017", "2017-02-14"],
    ["14/02/2017", "2017-02-14"],
    ["2017-02-14T11:17:00Z", "2017-02-14T11:17:00Z"],
    ["2017-02-14T11:17:00.000+01:00", "2017-02-14T11:17:00+01:00"],
    ["2017-02-14 11:17", "2017-02-14T11:17:00"],
    ["Tue 14 Feb 2017 11.17 GMT", "2017-02-14T11:17:00Z"],
    ["Feb 14, 2017 at 12:05 p.m. EST", "2017-02-14T12:05:00-05:00"],
    ["Published 3:04 PM ET, Tue February 14, 2017", "2017-02-14T15:04:00-05:00"],
    ["Updated 10:00 AM ET, Wed July 12, 2017", "2017-07-12T10:00:00-04:00"],
    ["May 9, 2017 1:00 PM PT", "2017-05-09T13:00:00-07:00"],
    ["Feb 14, 2017 11:17 am UTC+1", "2017-02-14T11:17:00+01:00"],
    ["Feb 14, 2017 11:17 XYZ", null],
  ])("%s -> %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("rejects impossible dates", () => {
    expect(iso("Feb 30, 2017")).toBeNull();
    expect(iso("2017-13-01")).toBeNull();
  });
});

describe("isUsDst", () => {
  it("follows the US rules for the year", () => {
    expect(isUsDst({ y: 2017, m: 3, d: 11 })).toBe(false);
    expect(isUsDst({ y: 2017, m: 3, d: 12 })).toBe(true);
    expect(isUsDst({ y: 2017, m: 11, d: 4 })).toBe(true);
    expect(isUsDst({ y: 2017, m: 11, d: 5 })).toBe(false);
    expect(isUsDst({ y: 2005, m: 3, d: 20 })).toBe(false);
    expect(isUsDst({ y: 2005, m: 4, d: 3 })).toBe(true);
  });
});

describe("pickDates", () => {
  const line = (text: string): DateMention[] => parseDateLine(text) ?? [];

  it("prefers, on the same day, the published stamp that has a time", () => {
    const mentions = [...line("Posted on Feb 14, 2017"), ...line("*First Published: Feb 14, 2017, 11:17 am CST")];
    expect(pickDates(mentions).publishedAt).toBe("2017-02-14T11:17:00-06:00");
  });

  it("takes the earliest publication and the latest update", () => {
    const mentions = [
      ...line("Published Feb 15, 2017"),
      ...line("Originally published Feb 14, 2017"),
      ...line("Updated Feb 16, 2017 9:00 am EST"),
      ...line("Updated Feb 17, 2017"),
    ];
    expect(pickDates(mentions)).toEqual({ publishedAt: "2017-02-14", updatedAt: "2017-02-17" });
  });

  it("dates a time-only update from the base date, or not at all", () => {
    const mentions = line("— Updated at 8:59 a.m.");
    expect(pickDates(mentions)).toEqual({ publishedAt: null, updatedAt: null });
    expect(pickDates(mentions, parseDateText("2017-02-14")).updatedAt).toBe("2017-02-14T08:59:00");
    expect(pickDates(mentions, parseDateText("2017-02-14T06:00:00-05:00")).updatedAt).toBe("2017-02-14T08:59:00-05:00");
    expect(pickDates([...line("Feb 14, 2017"), ...mentions]).updatedAt).toBe("2017-02-14T08:59:00");
  });

  it("drops an update that would precede the publication", () => {
    const mentions = [...line("Published Feb 14, 2017 10:00 am EST"), ...line("Updated at 8:59 a.m. EST")];
    expect(pickDates(mentions)).toEqual({ publishedAt: "2017-02-14T10:00:00-05:00", updatedAt: null });
  });
});

describe("set 20's date lines (session 37)", () => {
  it("reads a time with “h” between hours and minutes after a date (“14/07/2026 - 21h08”), but no sentence with such times", () => {
    expect(iso("14/07/2026 - 21h08")).toBe("2026-07-14T21:08:00");
    expect(parseDateLine("The 14/07/2026 meeting ran from 9h30 to 21h08.")).toBeNull();
    expect(parseDateLine("14/07/2026 - 21h")).toBeNull();
  });
});

describe("blind set 22's date lines (session 38)", () => {
  it("reads a known zone in brackets between the date and the time, a dotted date day first, and a date under the label “Date”", () => {
    expect(iso("Aug 4, 2026 (JST) 21:15")).toBe("2026-08-04T21:15:00+09:00");
    expect(iso("Date 16.03.2026")).toBe("2026-03-16");
    expect(iso("Date: 02.11.2025")).toBe("2025-11-02");
  });

  it("reads no unknown zone, no sentence, and no other label with such dates", () => {
    expect(parseDateLine("Aug 4, 2026 (XYZ) 21:15")).toBeNull();
    expect(parseDateLine("Date of the vote 16.03.2026")).toBeNull();
    expect(parseDateLine("The vote is on 16.03.2026.")).toBeNull();
    expect(parseDateLine("Version 2.1.2026")).toBeNull();
  });
});

describe("set 21's date lines (session 38, furn21)", () => {
  it("reads an update “about 9 hours ago” as a relative stamp, but no sentence with it", () => {
    expect(parseDateLine("Published December 4, 2026 Updated about 9 hours ago")?.map((d) => d.role)).toEqual(["published", "updated"]);
    expect(parseDateLine("Updated about 9 hours ago")).not.toBeNull();
    expect(parseDateLine("The polls closed about 9 hours ago.")).toBeNull();
  });
});

describe("set 27's date lines (session 42, furn27)", () => {
  it("reads Brasília's time, and a slashed date day first with a zone of a place that prints it so", () => {
    expect(iso("05/11/2027 - 19:32 BRT")).toBe("2027-11-05T19:32:00-03:00");
    expect(iso("03/04/2026 09:15 ART")).toBe("2026-04-03T09:15:00-03:00");
    expect(iso("03/04/2026 09:15 CEST")).toBe("2026-04-03T09:15:00+02:00");
  });

  it("keeps a slashed date month first with a US zone, or none, and reads no sentence with such a time", () => {
    expect(iso("03/04/2026 09:15 EST")).toBe("2026-03-04T09:15:00-05:00");
    expect(iso("03/04/2026 09:15")).toBe("2026-03-04T09:15:00");
    expect(iso("14/02/2017 10:00 CET")).toBe("2017-02-14T10:00:00+01:00");
    expect(parseDateLine("The vote was held on 05/11/2027 at 19:32 BRT.")).toBeNull();
  });
});

describe("a two-digit year after slashes and an \"Added\" stamp (set 32)", () => {
  it("reads \"Last updated: 17/03/31 9:48pm\" day first and \"Added 21 January 2031 07:30 AM\" as published", () => {
    expect(parseDateLine("Last updated: 17/03/31 9:48pm")?.[0]).toMatchObject({ role: "updated", stamp: { date: { y: 2031, m: 3, d: 17 }, time: { h: 21, mi: 48 } } });
    expect(parseDateLine("Added 21 January 2031 07:30 AM")?.[0]).toMatchObject({ role: "published", stamp: { date: { y: 2031, m: 1, d: 21 } } });
    expect(parseDateLine("Added to the list were 21 new names.")).toBeNull();
    expect(parseDateLine("The score was 3/4/12 at the break.")).toBeNull();
  });
});

describe("set 33's date lines (session 47)", () => {
  it("reads a middle dot between date and time, a label before a dash, and \"5h ago\"", () => {
    expect(parseDateLine("Updated Thu, Jun 10, 2032 · 10:12 AM")?.[0]).toMatchObject({ role: "updated", stamp: { date: { y: 2032, m: 6, d: 10 }, time: { h: 10, mi: 12 } } });
    expect(parseDateLine("Published - September 14, 2032 09:42 pm IST")?.[0]).toMatchObject({ role: "published", stamp: { date: { y: 2032, m: 9, d: 14 }, time: { h: 21, mi: 42 } } });
    expect(parseDateLine("Published 5h ago | 3 min read")?.[0]).toMatchObject({ role: "published", stamp: null });
    expect(parseDateLine("Published -five hours later, the report was withdrawn.")).toBeNull();
    expect(parseDateLine("Updated 5h ago to add the minister's reply and a correction to the third paragraph about funding")?.[0]?.role).toBe("updated");
  });
});

describe("set 34's date lines (session 48)", () => {
  it("reads the outlet's name after a dated stamp, and nothing but a name", () => {
    expect(parseDateLine("Wednesday July 20 2033, 6.00pm, The Albion Times")?.[0]).toMatchObject({ role: "published", stamp: { date: { y: 2033, m: 7, d: 20 }, time: { h: 18, mi: 0 } } });
    expect(parseDateLine("July 20 2033, the day the council voted")).toBeNull();
    expect(parseDateLine("6.00pm, The Albion Times")).toBeNull();
    // (Session 48's review: a timeline's entry, a letter's dateline, with no time, are no page's stamp.)
    expect(parseDateLine("June 4, 2024, Holt Resigns")).toBeNull();
    expect(parseDateLine("May 2, 2024, Kharkiv")).toBeNull();
  });
});
