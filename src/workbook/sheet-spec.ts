// A sheet to be written, described without any host: values, formulas, styles, validation and
// conditional formats. The exceljs host renders it to .xlsx; the Office.js host writes its formulas,
// validation and colour rules onto an existing card. Keeping the description here keeps the CLI and
// the add-in from drifting apart.

export type Fill = "desired" | "acceptable" | "unacceptable" | "missing" | "header" | "title" | "structure";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fill?: Fill;
  /** Excel number format, e.g. "0%" or "0.0". */
  numberFormat?: string;
  wrap?: boolean;
  /** Left unlocked when the sheet is protected (result and comment cells). */
  unlocked?: boolean;
  fontSize?: number;
  /** A thin grid line around the cell, so cells stay apart on paper and in PDF. */
  border?: boolean;
}

export interface CellSpec {
  /** A literal value. Text is always written as text, never as a formula. */
  value?: string | number | boolean | null;
  /** A formula without the leading "=", with the value a spreadsheet would compute (for readers that do not calculate). */
  formula?: string;
  result?: string | number;
  style?: CellStyle;
  /** A cell comment (note) explaining the cell. */
  note?: string;
}

export type Validation =
  | { kind: "list"; source: string; prompt: string; error: string }
  | { kind: "custom"; formula: string; prompt: string; error: string };

export type ConditionalRule =
  /** A fill where the formula (relative to the range's top-left cell, without "=") is true. */
  | { formula: string; fill: Fill }
  /** A heat map: white at the range's lowest value to the colour at its highest. */
  | { scale: Fill };

export interface SheetSpec {
  name: string;
  /** Row-major, 0-based; undefined cells are empty. */
  rows: (CellSpec | undefined)[][];
  columns: { width: number; hidden?: boolean }[];
  merges: string[];
  /** Rows and columns frozen above and left of this cell, e.g. "F6". */
  freeze?: { rows: number; columns: number };
  validations: { range: string; rule: Validation }[];
  conditionalFormats: { range: string; rules: ConditionalRule[] }[];
  /** Protect the sheet without a password: locked cells cannot be edited. */
  protect?: boolean;
  /** Auto filter over the header row, e.g. "A5:T5". */
  autoFilter?: string;
  /** Row heights by 0-based row. */
  rowHeights?: Record<number, number>;
  /** Print setup: landscape A4, fitted to the page width. */
  landscape?: boolean;
}

/** Fill colours of the traffic light: Excel's own "Good / Neutral / Bad" tints, readable in print. */
export const FILL_COLOURS: Record<Fill, string> = {
  desired: "C6EFCE",
  acceptable: "FFEB9C",
  unacceptable: "FFC7CE",
  missing: "D9D9D9",
  header: "DDEBF7",
  title: "FFFFFF",
  structure: "F2F2F2",
};

/** Stronger tints for heat maps, where white is "none" and the full colour is "most". */
export const HEAT_COLOURS: Partial<Record<Fill, string>> = {
  desired: "63BE7B",
  acceptable: "FFD966",
  unacceptable: "F8696B",
  missing: "A6A6A6",
  header: "9BC2E6",
};
