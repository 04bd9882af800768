// The CSV files of the personal-data download: a cell that a spreadsheet would take for a formula is neutralised,
// and what we write reads back, cell for cell, through an independent parser (csv-parse).
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "~/modules/privacy/csv";

describe("CSV cells", () => {
  it.each(["=1+2", "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1", "＋1", "－1", "＠x"])(
    "neutralises %j with a leading quote",
    (cell) => {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    },
  );

  it("leaves ordinary text alone, including those characters further in", () => {
    for (const cell of ["Lise Gagnon", "a=b", "2 + 2", "courriel@exemple.ca", "", "'déjà cité"])
      expect(neutraliseCell(cell)).toBe(cell);
  });

  it("writes RFC 4180 text that reads back as written, formulas neutralised, numbers and dates as themselves", () => {
    const when = new Date("2027-03-04T05:06:07.000Z");
    const csv = toCsv(
      ["Nom", "=Message"],
      [
        ["Lise, « la vraie »", 'Elle a dit "bonjour"\r\net puis =HYPERLINK("http://x")'],
        ["=cmd|' /C calc'!A0", -3],
        [when, null],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv, { bom: true, relax_column_count: false }) as string[][];
    expect(rows).toEqual([
      ["Nom", "'=Message"],
      ["Lise, « la vraie »", 'Elle a dit "bonjour"\r\net puis =HYPERLINK("http://x")'],
      ["'=cmd|' /C calc'!A0", "-3"],
      ["2027-03-04T05:06:07.000Z", ""],
    ]);
  });
});
