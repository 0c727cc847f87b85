// The cells of one worksheet part, read as exceljs 4.4 reads them, so the lean reader's grid is the one
// the exceljs reader gave: the same value for every cell type, dates from date formats, hyperlinks as
// their text, shared formulas, and merged areas that hide the values under them. Where exceljs does
// something odd the oddity is kept (commented) unless it loses a stored value; those few places are
// marked «Deliberately unlike exceljs» and tested.

import type ExcelJS from "exceljs";
import type { CellValue, MergedRange, SheetGrid } from "../workbook/grid";
import { parseAddress } from "../workbook/grid";
import { gridValue } from "./cell-value";
import { scanXml } from "./xml-scan";

export interface RichRun {
  text?: string;
}
/** A shared string as exceljs keeps it: text, rich text runs, or {} for an empty <si/>. */
export type SharedString = string | { richText: RichRun[] } | Record<string, never>;

export interface SheetContext {
  /** Null when the package has no shared strings part (exceljs then keeps the index as the value). */
  sharedStrings: SharedString[] | null;
  numberFormat(styleId: number): string | undefined;
  date1904: boolean;
  /** The sheet's relationship targets by id, for hyperlinks. */
  relationship(id: string): string | undefined;
}

/** A cell as it stands in the XML, before exceljs' reconciliation. */
interface RawCell {
  row: number;
  address?: string;
  styleId?: number;
  t?: string;
  formula?: string;
  shareType?: string;
  si?: string;
  ref?: string;
  value?: string | { richText: RichRun[] };
}

/** Excel's _xHHHH_ escapes, as exceljs decodes them in <t> of shared strings and rich text runs. */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** exceljs' second decoding of "str" values and sheet names (it decodes entities again after the XML parser did). */
export function xmlDecodeAgain(text: string): string {
  if (!text.includes("&")) return text;
  const named: Record<string, string> = {
    "&lt;": "<",
    "&gt;": ">",
    "&amp;": "&",
    "&apos;": "'",
    "&quot;": '"',
  };
  return text.replace(/&([a-z]*);/g, (c) => named[c] ?? c);
}

/** exceljs' date test: a format with y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function excelToDate(value: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function scanCells(xml: string): { cells: RawCell[]; hyperlinks: Map<string, string>; merges: string[] } {
  const cells: RawCell[] = [];
  const hyperlinks = new Map<string, string>();
  const merges: string[] = [];
  let row = NaN;
  let cell: RawCell | null = null;
  let node: "f" | "v" | "t" | undefined;
  let run: RichRun | null = null;
  let runText: string[] | null = null;
  scanXml(xml, {
    open(name, a) {
      if (cell === null) {
        if (name === "row") row = parseInt(a.r, 10);
        else if (name === "c")
          cell = { row, address: a.r, t: a.t, styleId: a.s ? parseInt(a.s, 10) : undefined };
        else if (name === "mergeCell") merges.push(a.ref);
        else if (name === "hyperlink" && a["r:id"] !== undefined) hyperlinks.set(a.ref, a["r:id"]);
        return;
      }
      if (run !== null) {
        if (name === "t") runText = [];
        return;
      }
      if (name === "f") {
        node = "f";
        cell.si = a.si;
        cell.shareType = a.t;
        cell.ref = a.ref;
      } else if (name === "v" || name === "t") node = name;
      else if (name === "r") run = {};
    },
    text(text) {
      if (runText !== null) runText.push(text);
      else if (cell === null || run !== null || node === undefined) return;
      else if (node === "f") cell.formula = (cell.formula ?? "") + text;
      else if (typeof cell.value === "object")
        return; // exceljs appends to the runs' array, unseen
      else cell.value = (cell.value ?? "") + text;
    },
    close(name) {
      if (cell === null) return;
      if (run !== null) {
        if (name === "t" && runText !== null) {
          run.text = decodeEscapes(runText.join(""));
          runText = null;
        } else if (name === "r") {
          // exceljs adds runs to a text it already has as to an object, which throws in strict mode.
          if (typeof cell.value === "string") throw new Error("rich text after plain text in a cell");
          const runs: { richText: RichRun[] } = cell.value ?? { richText: [] };
          runs.richText.push(run);
          cell.value = runs;
          run = null;
        }
        return;
      }
      if (name === "f" || name === "v" || name === "is" || name === "t") node = undefined;
      else if (name === "c") {
        cells.push(cell);
        cell = null;
        node = undefined;
      }
    },
  });
  return { cells, hyperlinks, merges };
}

type Kind = "null" | "merge" | "value";
interface Cell {
  kind: Kind;
  value: CellValue;
  numFmt?: string;
}

/** One cell's kind and grid value, by exceljs' parse, reconcile and value getter in turn. */
function reconcile(
  raw: RawCell,
  context: SheetContext,
  masters: Map<string | undefined, string | undefined>,
  hyperlinks: Map<string, string>,
): Cell {
  const numFmt = raw.styleId ? context.numberFormat(raw.styleId) : undefined;
  const isDate = isDateFormat(numFmt);
  let value: ExcelJS.CellValue | undefined;
  let kind: Kind = "value";
  const text = raw.value;
  if (raw.formula || raw.shareType) {
    let result: ExcelJS.CellValue | undefined;
    if (text) {
      if (typeof text !== "string") throw new Error("rich text as a formula result");
      if (raw.t === "str") result = xmlDecodeAgain(text);
      else if (raw.t === "b") result = parseInt(text, 10) !== 0;
      else if (raw.t === "e") result = { error: text as ExcelJS.CellErrorValue["error"] };
      else result = parseFloat(text);
    }
    if (result !== undefined && isDate) result = excelToDate(result, context.date1904);
    let sharedFormula: string | undefined;
    if (raw.shareType === "shared") {
      if (raw.ref) masters.set(raw.si, raw.address);
      else sharedFormula = masters.get(raw.si);
    }
    const link = raw.address !== undefined ? hyperlinks.get(raw.address) : undefined;
    if (link) return { kind, value: gridValue(result), numFmt };
    // Deliberately unlike exceljs: it drops a stored result of 0 or FALSE (it copies only truthy
    // fields), so such a cell read as "not calculated". The stored result is what Excel shows.
    const keep = result !== undefined && !(typeof result === "number" && Number.isNaN(result));
    const formula: Record<string, unknown> = {};
    if (raw.formula) formula.formula = raw.formula;
    if (keep) formula.result = result;
    if (raw.ref) formula.ref = raw.ref;
    if (raw.shareType && !sharedFormula) formula.shareType = raw.shareType;
    if (sharedFormula) formula.sharedFormula = sharedFormula;
    return { kind, value: gridValue(formula as unknown as ExcelJS.CellValue), numFmt };
  }
  if (text !== undefined) {
    switch (raw.t) {
      case "s": {
        const index = parseInt(text as string, 10);
        if (context.sharedStrings === null) value = index;
        else {
          const shared = context.sharedStrings[index];
          if (shared === undefined) throw new Error(`shared string ${index} does not exist`);
          value = shared as ExcelJS.CellValue;
        }
        break;
      }
      case "str":
        value = xmlDecodeAgain(text as string);
        break;
      case "inlineStr":
        value = text as ExcelJS.CellValue;
        break;
      case "b":
        value = parseInt(text as string, 10) !== 0;
        break;
      case "e":
        value = { error: text as ExcelJS.CellErrorValue["error"] };
        break;
      default:
        value = parseFloat(text as string);
        if (isDate) value = excelToDate(value, context.date1904);
    }
  } else kind = raw.styleId ? "null" : "merge";
  const link = raw.address !== undefined ? hyperlinks.get(raw.address) : undefined;
  if (link) return { kind: "value", value: gridValue(value), numFmt };
  return { kind, value: gridValue(value), numFmt };
}

function range(ref: string | undefined): MergedRange {
  const [from, to] = (ref ?? "").split(":");
  const a = parseAddress(from);
  const b = to === undefined ? a : parseAddress(to);
  if (!a || !b) throw new Error(`bad merged range ${ref}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const overlaps = (a: MergedRange, b: MergedRange): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Reads one worksheet part into the grid exceljs' reader gave for it. */
export function readSheetCells(name: string, xml: string, context: SheetContext): SheetGrid {
  const scanned = scanCells(xml);
  const hyperlinks = new Map<string, string>();
  for (const [ref, id] of scanned.hyperlinks) {
    const target = context.relationship(id);
    if (target === undefined) throw new Error(`hyperlink relationship ${id} is missing`);
    if (target) hyperlinks.set(ref, target);
  }
  const rows = new Map<number, Map<number, Cell>>();
  const masters = new Map<string | undefined, string | undefined>();
  let previous: { row: number; col: number } | null = null;
  let rowOfPrevious = NaN;
  for (const raw of scanned.cells) {
    const cell = reconcile(raw, context, masters, hyperlinks);
    if (cell.kind === "merge") continue; // exceljs does not add a bare <c/> at all
    if (Number.isNaN(raw.row) || raw.row < 1) throw new Error("row without a row number");
    if (raw.row !== rowOfPrevious) previous = null;
    rowOfPrevious = raw.row;
    // A <c> without r is the next column (exceljs does the same; the first such cell of a row fails).
    const at: { row: number; col: number } | null =
      raw.address !== undefined ? parseAddress(raw.address) : previous && { row: 0, col: previous.col + 1 };
    if (!at) throw new Error(`bad cell address ${raw.address}`);
    previous = at;
    let cells = rows.get(raw.row - 1);
    if (!cells) rows.set(raw.row - 1, (cells = new Map()));
    cells.set(at.col, cell);
  }
  const merges: MergedRange[] = [];
  const mergeRows = new Set<number>();
  for (const ref of scanned.merges) {
    const m = range(ref);
    if (merges.some((other) => overlaps(other, m))) throw new Error("overlapping merged areas");
    merges.push(m);
    // Every cell of the area but its top-left one becomes exceljs' "merge" cell: its value is gone,
    // and its row counts as a row with content.
    for (let r = m.top; r <= m.bottom; r++) {
      if (r > m.top || m.right > m.left) mergeRows.add(r);
      const cells = rows.get(r);
      if (cells)
        for (const c of [...cells.keys()])
          if (c >= m.left && c <= m.right && (r > m.top || c > m.left)) cells.delete(c);
    }
  }
  return assemble(name, rows, mergeRows, merges);
}

function assemble(
  name: string,
  rows: Map<number, Map<number, Cell>>,
  mergeRows: Set<number>,
  merges: MergedRange[],
): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const visited = [...new Set([...rows.keys(), ...mergeRows])].sort((a, b) => a - b);
  for (const r of visited) {
    const cells = rows.get(r);
    const present = cells ? [...cells].filter(([, cell]) => cell.kind === "value") : [];
    if (present.length === 0 && !mergeRows.has(r)) continue;
    const row: CellValue[] = [];
    for (const [c, cell] of present) {
      row[c] = cell.value;
      if (cell.numFmt && cell.numFmt !== "General") (numberFormats[r] ??= [])[c] = cell.numFmt;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    values[r] = row;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name, values, numberFormats, merges };
}
