// The host-agnostic view of a sheet: what every host (exceljs, Office.js) hands the reader.
// Only the few cell facts the målekort reader needs: values, percent formats and merged areas.

/** An error value in a cell (#DIV/0!, #N/A, …), or a formula that has no calculated value stored. */
export interface CellError {
  error: string;
  /** The formula text, when the cell holds a formula without a stored result. */
  formula?: string;
}

/** A cell's value as the host read it. Text is always data, never evaluated. */
export type CellValue = string | number | boolean | null | CellError;

/** A merged area, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major values, 0-based; rows may be shorter than the widest row (missing cells are null). */
  values: CellValue[][];
  /** Number formats where the host knows them (same shape as values, sparse); only percent matters. */
  numberFormats?: (string | null | undefined)[][];
  merges: MergedRange[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

const UNCLEAN_SPACE = /^\s|\s$|\s\s|[\t\n\r\u00a0\u2007\u202f]/;

/** A cell as text for reading structure: trimmed, one space, booleans as Ja/Nei; null when empty or an error. */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || isCellError(value)) return null;
  if (typeof value === "boolean") return value ? "Ja" : "Nei";
  if (typeof value === "number") return String(value);
  // Most cells need no cleaning; one test is cheaper than two replacements on every cell of a large sheet.
  if (!UNCLEAN_SPACE.test(value)) return value === "" ? null : value;
  const text = value
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text === "" ? null : text;
}

/** "A", "B", …, "Z", "AA", … for a 0-based column index. */
export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A1 address of a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Parses "B7" into 0-based indices; null when the text is not an address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Whether an Excel number format shows the value as a percentage ("0%", "0.0 %", but not "0\%" or "\"%\""). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Drop quoted literals and escaped characters: a literal percent sign does not scale the value.
  const stripped = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return stripped.includes("%");
}
