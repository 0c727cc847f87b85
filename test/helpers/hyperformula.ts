// Evaluates the formulas a workbook holds with HyperFormula, a real formula engine, ignoring every
// cached result: parity tests must recompute, or they would pass on whatever the writer stored.

import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";

export type Computed = string | number | boolean | null | { error: string };

export interface EvaluatedWorkbook {
  value(sheet: string, address: string): Computed;
}

function literal(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // HyperFormula reads a string that starts with "=" as a formula; an apostrophe keeps it text.
  if (typeof value === "string") return value.startsWith("=") ? `'${value}` : value;
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((p) => p.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value && value.formula) return `=${value.formula}`;
  throw new Error(`unsupported cell value ${JSON.stringify(value)}`);
}

export async function evaluateWorkbook(bytes: Uint8Array): Promise<EvaluatedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        (rows[r - 1] ??= [])[c - 1] = literal(cell.value);
      });
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    sheets[sheet.name] = rows;
  }
  // accentSensitive: Excel tells "å" from "a"; HyperFormula does not unless told.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", accentSensitive: true });
  return {
    value(sheet, address) {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`no sheet ${sheet}`);
      const at = hf.simpleCellAddressFromString(address, id);
      if (!at) throw new Error(`bad address ${address}`);
      const value = hf.getCellValue(at);
      if (value !== null && typeof value === "object")
        return { error: String((value as { value: string }).value) };
      return value as Computed;
    },
  };
}
