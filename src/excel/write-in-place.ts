// The Office.js host's only writing on an existing card: the formulas, data validation and
// conditional formats of a SheetSpec, in a constant number of context.sync() calls. Values (what
// leaders typed) are never written here; whole new sheets enter Excel as bytes from the exceljs writer.

import { cellAddress } from "../workbook/grid";
import { FILL_COLOURS, HEAT_COLOURS, type SheetSpec } from "../workbook/sheet-spec";

export interface InPlaceOptions {
  /** Excel on the web refuses requests over about 5 MB: split the batch below this estimate. */
  maxRequestBytes?: number;
  /** ExcelApi 1.9: pause screen updating while writing. */
  suspendScreenUpdating?: boolean;
}

/** A vertical run of formula cells in one column: one range write instead of one per row. */
interface FormulaRun {
  address: string;
  /** One formula for the whole run (Excel fills it down, adjusting relative rows), or one per row. */
  formulas: string | string[][];
  bytes: number;
}

const CELL_REF = /(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

/** The formula of the run's first row moved down by `offset` rows, as Excel's fill would move it. */
export function shiftFormula(formula: string, offset: number): string {
  // Quoted text is left alone; only references outside string literals move.
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (m, col: string, abs: string, row: string) =>
            abs ? m : `${col}${Number(row) + offset}`,
          ),
    )
    .join('"');
}

function formulaRuns(spec: SheetSpec): FormulaRun[] {
  const columns = new Map<number, { row: number; formula: string }[]>();
  spec.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula === undefined) return;
      if (!columns.has(c)) columns.set(c, []);
      columns.get(c)!.push({ row: r, formula: `=${cell.formula}` });
    }),
  );
  const runs: FormulaRun[] = [];
  for (const [c, cells] of columns) {
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      if (i < cells.length && cells[i].row === cells[i - 1].row + 1) continue;
      const run = cells.slice(start, i);
      const address = `${cellAddress(run[0].row, c)}:${cellAddress(run[run.length - 1].row, c)}`;
      // A whole run of the same formula moved row by row goes as one string: a 5 000-row card then
      // costs a few kilobytes, not tens of megabytes. Anything else goes cell by cell.
      const fillable = run.every((x, k) => x.formula === shiftFormula(run[0].formula, k));
      runs.push(
        fillable
          ? { address, formulas: run[0].formula, bytes: run[0].formula.length + 64 }
          : {
              address,
              formulas: run.map((x) => [x.formula]),
              bytes: run.reduce((n, x) => n + x.formula.length + 8, 0),
            },
      );
      start = i;
    }
  }
  return runs;
}

/**
 * Queues every in-place part of `spec` on `sheetName` and syncs once, or a few times when the batch
 * would pass Excel on the web's request size limit. Returns how many syncs it made.
 */
export async function writeInPlace(
  context: Excel.RequestContext,
  sheetName: string,
  spec: SheetSpec,
  options: InPlaceOptions = {},
): Promise<number> {
  const limit = options.maxRequestBytes ?? 4 * 1024 * 1024;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  let queued = 0;
  let syncs = 0;
  const begin = () => {
    context.application.suspendApiCalculationUntilNextSync();
    if (options.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  };
  const spend = async (bytes: number) => {
    if (queued > 0 && queued + bytes > limit) {
      await context.sync();
      syncs++;
      queued = 0;
      begin();
    }
    queued += bytes;
  };
  begin();

  for (const run of formulaRuns(spec)) {
    await spend(run.bytes);
    // Office.js accepts one formula for a whole range at run time, though its typings ask for a 2-D array.
    sheet.getRange(run.address).formulas = run.formulas as string[][];
  }
  for (const { range, rule } of spec.validations) {
    await spend(400 + (rule.kind === "list" ? rule.source.length : rule.formula.length));
    // A navigation property (an object to write to), not a value: no load is needed, whatever the rule thinks.
    // eslint-disable-next-line office-addins/load-object-before-read
    const validation = sheet.getRange(range).dataValidation;
    validation.clear();
    validation.rule =
      rule.kind === "list"
        ? { list: { inCellDropDown: true, source: `=${rule.source}` } }
        : { custom: { formula: `=${rule.formula}` } };
    validation.prompt = { showPrompt: true, title: "Målekort", message: rule.prompt };
    validation.errorAlert = { showAlert: true, style: "Stop", title: "Ugyldig verdi", message: rule.error };
  }
  for (const { range, rules } of spec.conditionalFormats) {
    await spend(rules.reduce((n, r) => n + 300 + ("formula" in r ? r.formula.length : 0), 0));
    // eslint-disable-next-line office-addins/load-object-before-read -- a collection to add to, as above
    const formats = sheet.getRange(range).conditionalFormats;
    formats.clearAll();
    for (const rule of rules) {
      if ("scale" in rule) {
        const scale = formats.add("ColorScale");
        scale.colorScale.criteria = {
          minimum: { type: "LowestValue", color: "#FFFFFF" },
          maximum: {
            type: "HighestValue",
            color: `#${HEAT_COLOURS[rule.scale] ?? FILL_COLOURS[rule.scale]}`,
          },
        };
      } else {
        const custom = formats.add("Custom");
        custom.custom.rule.formula = `=${rule.formula}`;
        custom.custom.format.fill.color = `#${FILL_COLOURS[rule.fill]}`;
      }
    }
  }
  await context.sync();
  return syncs + 1;
}
