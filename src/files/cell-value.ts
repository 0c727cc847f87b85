// One exceljs-shaped cell value as the grid's CellValue. Both readers end here — the lean reader builds
// the same value objects exceljs would — so they cannot disagree on what a cell says.

import type ExcelJS from "exceljs";
import type { CellValue } from "../workbook/grid";

function toIsoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

/** Text stays text: nothing is ever evaluated. */
export function gridValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return toIsoDate(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return { error: "uncalculated", formula: `=${formula}` };
    return gridValue(result);
  }
  if ("hyperlink" in value) return gridValue((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}
