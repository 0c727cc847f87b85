// The exceljs reader, kept as the reference the lean reader (src/files/read-xlsx-grids.ts) is tested
// against (test/files/lean-reader.test.ts). Nothing in the product reads with it any more: it builds
// exceljs' whole object model and costs several times the lean reader, so it lives with the tests.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, MergedRange, SheetGrid } from "../../src/workbook/grid";
import { parseAddress } from "../../src/workbook/grid";
import { gridValue } from "../../src/files/cell-value";
import { openPackage, readGrids, type ReadOptions, type WorkbookGrids } from "../../src/files/read-workbook";

/** The path from a part's folder to an absolute part name: ("xl/worksheets", "/xl/tables/t1.xml") → "../tables/t1.xml". */
export function relativeTarget(fromDir: string, absolute: string): string {
  const from = fromDir.split("/").filter(Boolean);
  const to = absolute.split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * Two exceljs traps, mended in memory before it parses the file (the caller's bytes stay as they were):
 * - it expands every data validation cell by cell, so a range like D2:D1048576 (common in hand-made
 *   cards) hangs it; validation does not matter for reading, so it is dropped;
 * - it cannot follow absolute part names in relationships ("/xl/tables/table1.xml", as openpyxl
 *   writes them; exceljs #1468), so they are made relative.
 */
async function mendForExceljs(sheetPaths: string[], bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of sheetPaths) {
    const xml = await zip.file(path)!.async("string");
    if (!xml.includes("<dataValidations")) continue;
    zip.file(
      path,
      xml.replace(/<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/g, ""),
    );
    changed = true;
  }
  for (const rels of zip.file(/^xl\/(?:.+\/)?_rels\/[^/]+\.rels$/)) {
    const xml = await rels.async("string");
    if (!xml.includes('Target="/')) continue;
    const partDir = rels.name.replace(/_rels\/[^/]+$/, "").replace(/\/$/, "");
    zip.file(
      rels.name,
      xml.replace(
        /Target="(\/[^"]+)"/g,
        (_, target: string) => `Target="${relativeTarget(partDir, target)}"`,
      ),
    );
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

function mergedRanges(sheet: ExcelJS.Worksheet): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const ref of sheet.model.merges ?? []) {
    const [from, to] = ref.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to ?? from);
    if (a && b) ranges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return ranges;
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merged area repeat its value in exceljs; the grid keeps it only once.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[colNumber - 1] = gridValue(cell.value);
      const format = cell.numFmt;
      if (format && format !== "General") (numberFormats[r] ??= [])[colNumber - 1] = format;
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    values[r] = cells;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: sheet.name, values, numberFormats, merges: mergedRanges(sheet) };
}

/** The grids as exceljs reads them, with the same checks and errors as readWorkbookGrids. */
export async function readWorkbookGridsWithExceljs(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  const { sheetPaths } = await openPackage(bytes, options);
  return readGrids(async () => {
    const workbook = new ExcelJS.Workbook();
    const clean = await mendForExceljs(sheetPaths, bytes);
    // exceljs declares Buffer; a Uint8Array is what it reads in both Node and the browser.
    await workbook.xlsx.load(clean as unknown as ArrayBuffer);
    return workbook.worksheets.map(sheetGrid);
  });
}
