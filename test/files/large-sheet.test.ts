// The fast path for large plain sheets must write exactly what the ordinary path writes: values,
// styles, text as text, and a valid file for exceljs and for an independent reader.

import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/files/read-workbook";
import { writeWorkbook } from "../../src/files/write-workbook";
import { isLargePlainSheet, LARGE_SHEET_ROWS } from "../../src/files/large-sheet";
import type { CellSpec, SheetSpec } from "../../src/workbook/sheet-spec";
import { openpyxlAvailable, readWithOpenpyxl } from "../helpers/openpyxl";

function sheet(rows: number): SheetSpec {
  const data: CellSpec[][] = [
    [{ value: "Navn", style: { bold: true, fill: "header" } }, { value: "Verdi" }, { value: "Status" }],
  ];
  for (let i = 1; i < rows; i++) {
    data.push([
      { value: i % 7 === 0 ? '=HYPERLINK("http://x")' : i % 11 === 0 ? "a & b <c>\u0001" : `Indikator ${i}` },
      { value: i % 5 === 0 ? null : i / 10, style: { numberFormat: "0.0%" } },
      {
        value: i % 3 === 0 ? "Ønsket" : i % 3 === 1,
        style: i % 3 === 0 ? { fill: "desired", border: true } : undefined,
      },
    ]);
  }
  return {
    name: "Alle indikatorer",
    rows: data,
    columns: [{ width: 20 }, { width: 10 }, { width: 10 }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    autoFilter: "A1:C1",
    freeze: { rows: 1, columns: 0 },
  };
}

describe("large plain sheets", () => {
  it("take the fast path only when large and plain", () => {
    expect(isLargePlainSheet(sheet(LARGE_SHEET_ROWS))).toBe(true);
    expect(isLargePlainSheet(sheet(100))).toBe(false);
    const withNote = sheet(LARGE_SHEET_ROWS);
    withNote.rows[5][0] = { value: "x", note: "merknad" };
    expect(isLargePlainSheet(withNote)).toBe(false);
  });

  it("write the same values, styles and text-as-text as the ordinary path", async () => {
    const bytes = await writeWorkbook([sheet(LARGE_SHEET_ROWS + 10)]);
    const { sheets } = await readWorkbookGrids(bytes);
    const values = sheets[0].values;
    expect(values).toHaveLength(LARGE_SHEET_ROWS + 10);
    expect(values[0]).toEqual(["Navn", "Verdi", "Status"]);
    expect(values[7]).toEqual(['=HYPERLINK("http://x")', 0.7, true]);
    expect(values[11]).toEqual(["a & b <c>", 1.1, false]);
    expect(values[12]).toEqual(["Indikator 12", 1.2, "Ønsket"]);
    expect(values[10]).toEqual(["Indikator 10", null, true]);
    expect(sheets[0].numberFormats?.[1]?.[1]).toBe("0.0%");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet("Alle indikatorer")!;
    expect(ws.getCell("C4").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFC6EFCE" } });
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    if (openpyxlAvailable()) {
      const file = join(mkdtempSync(join(tmpdir(), "malekort-large-")), "large.xlsx");
      writeFileSync(file, bytes);
      const cells = readWithOpenpyxl(file)["Alle indikatorer"].flat();
      expect(cells.filter((c) => c.type === "f")).toEqual([]);
      expect(cells).toContainEqual({ value: '=HYPERLINK("http://x")', type: "s" });
    }
  });
});
