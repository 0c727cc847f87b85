// Sheets as Excel would show them to the add-in: a SheetSpec's values and formulas evaluated by
// HyperFormula (a real formula engine), read back as the grid a host hands the reader.

import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue, SheetGrid } from "../../src/workbook/grid";
import type { SheetSpec } from "../../src/workbook/sheet-spec";

/** Raw cell contents by sheet name, row-major: literals, or formulas starting with "=". */
export type RawSheets = Record<string, RawCellContent[][]>;

export function rawSheet(spec: SheetSpec): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (let r = 0; r < spec.rows.length; r++) {
    rows[r] = [];
    (spec.rows[r] ?? []).forEach((cell, c) => {
      if (cell?.formula !== undefined) rows[r][c] = `=${cell.formula}`;
      else if (typeof cell?.value === "string" && cell.value.startsWith("=")) rows[r][c] = `'${cell.value}`;
      else rows[r][c] = cell?.value ?? null;
    });
  }
  return rows;
}

/** Evaluates the sheets and returns each as the grid a host would read (values only, as Excel shows them). */
export function evaluateSheets(sheets: RawSheets): Record<string, SheetGrid> {
  for (const rows of Object.values(sheets)) for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  // accentSensitive: Excel tells "å" from "a"; HyperFormula does not unless told.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", accentSensitive: true });
  const grids: Record<string, SheetGrid> = {};
  for (const name of Object.keys(sheets)) {
    const values = hf.getSheetValues(hf.getSheetId(name)!).map((row) =>
      row.map((v): CellValue => {
        if (v === null || v === "") return null;
        if (typeof v === "object") return { error: String((v as { value: string }).value) };
        return v as CellValue;
      }),
    );
    grids[name] = { name, values, merges: [] };
  }
  hf.destroy();
  return grids;
}

/** The grid's values as raw contents again (to move a card around or overlay formulas on it). */
export function rawFromGrid(grid: SheetGrid): RawCellContent[][] {
  return grid.values.map((row) =>
    (row ?? []).map((v) => {
      if (v === null || v === undefined) return null;
      if (typeof v === "object") return v.error;
      return typeof v === "string" && v.startsWith("=") ? `'${v}` : v;
    }),
  );
}

/** Sheets written by the template or upgrade, as Excel would show them: each evaluated with the framework sheet beside it. */
export function shownSheets(specs: SheetSpec[]): SheetGrid[] {
  const grids = evaluateSheets(Object.fromEntries(specs.map((spec) => [spec.name, rawSheet(spec)])));
  return specs.map((spec) => grids[spec.name]);
}
