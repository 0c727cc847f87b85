// Large plain sheets (the overview's "Alle indikatorer" with thousands of rows) cost exceljs seconds
// to render cell by cell. For them, exceljs writes only the header and one sample cell per style
// (so every style is registered and numbered), and the data rows are spliced into the sheet XML
// here as inline strings. Values only: no formulas, notes or merges below the header.

import type JSZip from "jszip";
import type { CellSpec, CellStyle, SheetSpec } from "../workbook/sheet-spec";
import { cellAddress } from "../workbook/grid";

/** Below this many rows exceljs is fast enough, and the ordinary path is used. */
export const LARGE_SHEET_ROWS = 2000;

export function styleKey(style: CellStyle | undefined): string {
  return JSON.stringify(style ?? {});
}

/** Whether the fast path can write the sheet: many rows of plain values under a one-row header. */
export function isLargePlainSheet(spec: SheetSpec): boolean {
  if (spec.rows.length < LARGE_SHEET_ROWS || spec.merges.some((m) => !/^[A-Z]+1:[A-Z]+1$/.test(m)))
    return false;
  return spec.rows
    .slice(1)
    .every((row) => (row ?? []).every((c) => !c || (c.formula === undefined && !c.note)));
}

/** The shell exceljs writes: the header, then one row per distinct style with a sample cell in A. */
export function shellSheet(spec: SheetSpec): { shell: SheetSpec; styles: string[] } {
  const styles: string[] = [];
  const samples: CellSpec[][] = [];
  for (const row of spec.rows.slice(1)) {
    for (const cell of row ?? []) {
      if (!cell) continue;
      const key = styleKey(cell.style);
      if (styles.includes(key)) continue;
      styles.push(key);
      samples.push([{ value: "x", style: cell.style }]);
    }
  }
  return { shell: { ...spec, rows: [spec.rows[0] ?? [], ...samples] }, styles };
}

// Characters XML 1.0 does not allow; text from users' workbooks may contain them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cellXml(ref: string, cell: CellSpec, s: string): string {
  const style = s === "0" ? "" : ` s="${s}"`;
  const v = cell.value;
  if (v === undefined || v === null || v === "") return style ? `<c r="${ref}"${style}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Always text: an inline string is never read as a formula, whatever it starts with.
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

/** Replaces the shell's sample rows with the real data rows, in the sheet XML exceljs wrote. */
export async function spliceRows(
  zip: JSZip,
  sheetIndex: number,
  spec: SheetSpec,
  styles: string[],
): Promise<void> {
  const path = `xl/worksheets/sheet${sheetIndex + 1}.xml`;
  const xml = await zip.file(path)!.async("string");
  const start = xml.indexOf("<sheetData>");
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < 0) throw new Error(`no sheetData in ${path}`);
  const body = xml.slice(start + "<sheetData>".length, end);
  const headerEnd = body.indexOf("</row>") + "</row>".length;
  const header = body.slice(0, headerEnd);
  // Style numbers exceljs gave the samples: sample k sits in row k + 2, column A.
  const styleIds = styles.map(
    (_, k) => /<c r="A\d+"(?: s="(\d+)")?/.exec(body.split(`<row r="${k + 2}"`)[1] ?? "")?.[1] ?? "0",
  );
  const idByKey = new Map(styles.map((key, k) => [key, styleIds[k]]));
  const parts: string[] = [];
  let lastCol = 0;
  for (let r = 1; r < spec.rows.length; r++) {
    const cells = (spec.rows[r] ?? [])
      .map((cell, c) => {
        if (!cell) return "";
        lastCol = Math.max(lastCol, c);
        return cellXml(cellAddress(r, c), cell, idByKey.get(styleKey(cell.style)) ?? "0");
      })
      .join("");
    if (cells) parts.push(`<row r="${r + 1}">${cells}</row>`);
  }
  const dimension = `A1:${cellAddress(spec.rows.length - 1, Math.max(lastCol, (spec.rows[0]?.length ?? 1) - 1))}`;
  zip.file(
    path,
    xml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`) +
      `<sheetData>${header}${parts.join("")}</sheetData>` +
      xml.slice(end + "</sheetData>".length),
  );
}
