import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvRow, toCsv } from "./csv";

describe("csv", () => {
  it("quotes only fields that need it and doubles quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(12)).toBe("12");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(true)).toBe("true");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+1 555")).toBe("'+1 555");
    expect(csvField("-2 points")).toBe("'-2 points");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("a=b")).toBe("a=b");
  });

  it("ends records with CRLF and starts the document with a UTF-8 BOM", () => {
    expect(csvRow(["a", "b,c", 1])).toBe('a,"b,c",1\r\n');
    const doc = toCsv(["x", "y"], [["Zürich", "naïve"], ["1", "2"]]);
    expect(doc.startsWith(CSV_BOM)).toBe(true);
    expect(doc).toBe("\uFEFFx,y\r\nZürich,naïve\r\n1,2\r\n");
    expect(Buffer.from(doc, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("round-trips through a strict parser", () => {
    const values = ['quote " inside', "comma, here", "line\r\nbreak", "=1+1", ""];
    const line = csvRow(values);
    // A minimal RFC 4180 parser for one record.
    const out: string[] = [];
    let i = 0;
    while (i < line.length - 2) {
      if (line[i] === '"') {
        let v = "";
        i++;
        for (;;) {
          if (line[i] === '"' && line[i + 1] === '"') (v += '"'), (i += 2);
          else if (line[i] === '"') break;
          else v += line[i++];
        }
        i++;
        out.push(v);
      } else {
        const end = line.indexOf(",", i) === -1 ? line.length - 2 : Math.min(line.indexOf(",", i), line.length - 2);
        out.push(line.slice(i, end));
        i = end;
      }
      if (line[i] === ",") {
        i++;
        if (i === line.length - 2) out.push("");
      }
    }
    expect(out).toEqual(['quote " inside', "comma, here", "line\r\nbreak", "'=1+1", ""]);
  });
});
