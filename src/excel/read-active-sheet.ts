// The Office.js host: a sheet as the grid the engine reads, in one context.sync() whatever its size.
// Only queueing and converting happen here; every judgement stays in the engine.

import { parseAddress, type CellValue, type MergedRange, type SheetGrid } from "../workbook/grid";

export interface ReadOptions {
  /** ExcelApi 1.13 (merged areas) is available; without it, merged cells read as blank continuations. */
  mergedAreas: boolean;
}

/** "'Mål og resultat'!A5:B7" → the 0-based range, or null for an address the reader cannot use. */
export function rangeFromAddress(address: string): MergedRange | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [from, to] = local.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to ?? from);
  return a && b ? { top: a.row, left: a.col, bottom: b.row, right: b.col } : null;
}

function cellValue(value: unknown, type: string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export async function readActiveSheetGrid(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<SheetGrid> {
  return readSheetGrid(context, context.workbook.worksheets.getActiveWorksheet(), options);
}

/**
 * The grid of `sheet`, in one sync. A sheet got with getItem that does not exist makes the sync
 * reject with ItemNotFound, as in Office.js.
 */
export async function readSheetGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: ReadOptions,
): Promise<SheetGrid> {
  sheet.load("name");
  // valuesOnly: formatting far below the card must not make the read larger.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"]);
  const merged = options.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load("areas/items/address");
  await context.sync();

  if (used.isNullObject) return { name: sheet.name, values: [], numberFormats: [], merges: [] };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values: CellValue[][] = Array.from({ length: top }, () => []);
  const numberFormats: (string | null)[][] = Array.from({ length: top }, () => []);
  used.values.forEach((row, r) => {
    const cells: CellValue[] = new Array<CellValue>(left).fill(null);
    const formats: (string | null)[] = [];
    row.forEach((value, c) => {
      cells[left + c] = cellValue(value, used.valueTypes[r][c]);
      const format = used.numberFormat[r][c];
      if (format && format !== "General") formats[left + c] = format;
    });
    values.push(cells);
    numberFormats.push(formats);
  });
  const merges: MergedRange[] = [];
  if (merged && !merged.isNullObject) {
    for (const area of merged.areas.items) {
      const range = rangeFromAddress(area.address);
      if (range) merges.push(range);
    }
  }
  return { name: sheet.name, values, numberFormats, merges };
}
