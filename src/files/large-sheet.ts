// Large plain sheets (the overview's "Alle indikatorer" with thousands of rows) cost exceljs seconds
// to render cell by cell. For them, exceljs writes only the header and one sample cell per style
// (so every style is registered and numbered), and the data rows are spliced into the sheet XML
// here, their texts added to the shared strings. Values only: no formulas, notes or merges below
// the header.

import type { CellSpec, CellStyle, SheetSpec } from "../workbook/sheet-spec";
import { cellAddress, columnName } from "../workbook/grid";

/** Below this many rows exceljs is fast enough, and the ordinary path is used. */
export const LARGE_SHEET_ROWS = 2000;

/** One key per distinct style; built field by field because it runs for every cell of the sheet. */
export function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  const { bold, italic, fill, numberFormat, wrap, unlocked, fontSize, border } = style;
  return `${bold ? 1 : 0}${italic ? 1 : 0}${wrap ? 1 : 0}${unlocked ? 1 : 0}${border ? 1 : 0}|${fill ?? ""}|${fontSize ?? ""}|${numberFormat ?? ""}`;
}

/** Whether the fast path can write the sheet: many rows of plain values under a one-row header. */
export function isLargePlainSheet(spec: SheetSpec): boolean {
  if (spec.rows.length < LARGE_SHEET_ROWS || spec.merges.some((m) => !/^[A-Z]+1:[A-Z]+1$/.test(m)))
    return false;
  return spec.rows
    .slice(1)
    .every((row) => (row ?? []).every((c) => !c || (c.formula === undefined && !c.note)));
}

/** Which sample (distinct style) each data cell has, by row and column; -1 where there is no cell. */
export type CellSamples = number[][];

/**
 * The shell exceljs writes: the header, then one row per distinct style with a sample cell in A;
 * and each data cell's sample, so the style of every cell is looked up only once.
 */
export function shellSheet(spec: SheetSpec): { shell: SheetSpec; samples: CellSamples } {
  const seen = new Map<string, number>();
  const sampleRows: CellSpec[][] = [];
  const samples: CellSamples = [];
  for (let r = 1; r < spec.rows.length; r++) {
    const row = spec.rows[r] ?? [];
    const ids: number[] = (samples[r] = []);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) {
        ids[c] = -1;
        continue;
      }
      const key = styleKey(cell.style);
      let id = seen.get(key);
      if (id === undefined) {
        seen.set(key, (id = seen.size));
        sampleRows.push([{ value: "x", style: cell.style }]);
      }
      ids[c] = id;
    }
  }
  return { shell: { ...spec, rows: [spec.rows[0] ?? [], ...sampleRows] }, samples };
}

// Characters XML 1.0 does not allow; text from users' workbooks may contain them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeXml(text: string): string {
  // Most text needs nothing: one test is cheaper than four replacements on every cell.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** <t> with the text, keeping white space at either end (XML would drop it otherwise). */
function textXml(text: string): string {
  return /^\s|\s$/.test(text)
    ? `<t xml:space="preserve">${escapeXml(text)}</t>`
    : `<t>${escapeXml(text)}</t>`;
}

/**
 * The strings the spliced rows add to the package's shared strings, after the ones exceljs wrote.
 * A shared string is half the bytes of an inline one, and an overview repeats its texts thousands of
 * times (focus areas, statuses, file names), so the sheet is smaller to build, pack and open.
 */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  references = 0;

  constructor(private readonly first: number) {}

  id(text: string): number {
    this.references++;
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.first + this.ids.size));
    return id;
  }

  /** The shared strings part with the new strings appended and its counts updated. */
  appendTo(xml: string): string {
    const items = [...this.ids.keys()].map((text) => `<si>${textXml(text)}</si>`).join("");
    return xml
      .replace(/\bcount="(\d+)"/, (_, n: string) => `count="${Number(n) + this.references}"`)
      .replace(/\buniqueCount="(\d+)"/, `uniqueCount="${this.first + this.ids.size}"`)
      .replace("</sst>", `${items}</sst>`);
  }
}

const SHARED_STRINGS = "xl/sharedStrings.xml";

const encoder = new TextEncoder();

/** Text appended as UTF-8 into one growing buffer. */
class Utf8Builder {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;

  add(text: string): void {
    const most = this.length + text.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (most > this.buffer.length) {
      const grown = new Uint8Array(Math.max(most, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** The package's parts by name, as exceljs rendered them (write-workbook.ts). */
export type Parts = Map<string, string | Uint8Array>;

function textPart(parts: Parts, path: string): string | undefined {
  const part = parts.get(path);
  return typeof part === "string" ? part : part && new TextDecoder().decode(part);
}

function sharedStringsOf(parts: Parts): { xml: string; strings: SharedStrings } | null {
  const xml = textPart(parts, SHARED_STRINGS);
  const unique = xml && /<sst\b[^>]*\buniqueCount="(\d+)"/.exec(xml);
  return xml && unique && /<sst\b[^>]*\bcount="\d+"/.test(xml)
    ? { xml, strings: new SharedStrings(Number(unique[1])) }
    : null;
}

/** One cell's XML; `style` is its s attribute, or "" for the default style. */
function cellXml(ref: string, cell: CellSpec, style: string, strings: SharedStrings | null): string {
  const v = cell.value;
  if (v === undefined || v === null || v === "") return style ? `<c r="${ref}"${style}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Always text: a shared or inline string is never read as a formula, whatever it starts with.
  if (strings) return `<c r="${ref}"${style} t="s"><v>${strings.id(v)}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is>${textXml(v)}</is></c>`;
}

/** Replaces the shell's sample rows with the real data rows, in the sheet XML exceljs wrote. */
export function spliceRows(parts: Parts, sheetIndex: number, spec: SheetSpec, samples: CellSamples): void {
  const path = `xl/worksheets/sheet${sheetIndex + 1}.xml`;
  const xml = textPart(parts, path);
  if (xml === undefined) throw new Error(`no ${path} in the package`);
  const start = xml.indexOf("<sheetData>");
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < 0) throw new Error(`no sheetData in ${path}`);
  const body = xml.slice(start + "<sheetData>".length, end);
  const headerEnd = body.indexOf("</row>") + "</row>".length;
  const header = body.slice(0, headerEnd);
  // Style numbers exceljs gave the samples: sample k sits in row k + 2, column A.
  const count = samples.reduce((max, ids) => Math.max(max, ...ids), -1) + 1; // reduce skips the header
  const styles = Array.from({ length: count }, (_, k) => {
    const s = /<c r="A\d+"(?: s="(\d+)")?/.exec(body.split(`<row r="${k + 2}"`)[1] ?? "")?.[1] ?? "0";
    return s === "0" ? "" : ` s="${s}"`;
  });
  const shared = sharedStringsOf(parts);
  const strings = shared?.strings ?? null;
  let lastCol = Math.max(0, (spec.rows[0]?.length ?? 1) - 1);
  for (let r = 1; r < spec.rows.length; r++) {
    const row = spec.rows[r] ?? [];
    for (let c = row.length - 1; c > lastCol; c--)
      if (row[c]) {
        lastCol = c;
        break;
      }
  }
  const dimension = `A1:${cellAddress(spec.rows.length - 1, lastCol)}`;
  // Each row goes to UTF-8 as soon as it is made: the sheet is megabytes, and strings kept until
  // the end would all survive the young generation and be copied by the garbage collector.
  const out = new Utf8Builder();
  out.add(xml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`));
  out.add(`<sheetData>${header}`);
  const letters: string[] = [];
  for (let r = 1; r < spec.rows.length; r++) {
    let cells = "";
    const row = spec.rows[r] ?? [];
    const rowNumber = String(r + 1);
    const ids = samples[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell)
        cells += cellXml((letters[c] ??= columnName(c)) + rowNumber, cell, styles[ids[c]] ?? "", strings);
    }
    if (cells) out.add(`<row r="${rowNumber}">${cells}</row>`);
  }
  out.add(`</sheetData>${xml.slice(end + "</sheetData>".length)}`);
  parts.set(path, out.bytes());
  if (shared) parts.set(SHARED_STRINGS, shared.strings.appendTo(shared.xml));
}
