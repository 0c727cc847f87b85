// The exceljs file host: .xlsx bytes in, one SheetGrid per worksheet out. It runs in Node (the CLI)
// and in the browser (the add-in reads users' files), so it takes bytes, never a path, and it never
// writes anything back. Every way a file can be unreadable becomes a WorkbookReadError with a
// Norwegian sentence that tells the user what to do.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, MergedRange, SheetGrid } from "../workbook/grid";
import { parseAddress } from "../workbook/grid";

export interface WorkbookGrids {
  sheets: SheetGrid[];
}

export class WorkbookReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

export interface ReadOptions {
  /** Largest total uncompressed size of the worksheets and their shared strings. */
  maxSheetBytes?: number;
}

const DEFAULT_MAX_SHEET_BYTES = 300 * 1024 * 1024;
/** Pictures and other parts may be large, but not without bound (a zip bomb must not exhaust memory). */
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether an OLE compound file holds an encrypted Office package (its stream names are UTF-16LE). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new WorkbookReadError(
      "empty-file",
      "Filen er tom (0 byte). Lagre arbeidsboken på nytt fra Excel og prøv igjen.",
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) {
      throw new WorkbookReadError(
        "encrypted",
        "Arbeidsboken er passordbeskyttet. Åpne den i Excel, fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre før du prøver igjen.",
      );
    }
    throw new WorkbookReadError(
      "xls-format",
      "Filen er i det gamle .xls-formatet. Lagre den som .xlsx i Excel (Fil > Lagre som > Excel-arbeidsbok) og prøv igjen.",
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookReadError(
      "not-a-workbook",
      "Filen er ikke en Excel-arbeidsbok (.xlsx). Velg målekortet slik det er lagret fra Excel.",
    );
  }
}

/** The uncompressed size JSZip read from the zip directory, without inflating anything. */
function uncompressedSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new WorkbookReadError(
      "damaged",
      `Arbeidsboken er skadet eller ufullstendig (kanskje avbrutt under kopiering). Hent en ny kopi av filen. (${(err as Error).message})`,
    );
  }
}

function checkParts(zip: JSZip, maxSheetBytes: number): string[] {
  if (!zip.file("xl/workbook.xml")) {
    const what = zip.file("word/document.xml")
      ? " Det er et Word-dokument."
      : zip.file("ppt/presentation.xml")
        ? " Det er en PowerPoint-presentasjon."
        : "";
    throw new WorkbookReadError(
      "not-a-workbook",
      `Filen er ikke en Excel-arbeidsbok (.xlsx).${what} Velg målekortet slik det er lagret fra Excel.`,
    );
  }
  const sheets = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
  let sheetBytes = uncompressedSize(zip.file("xl/sharedStrings.xml") ?? ({} as JSZip.JSZipObject));
  for (const sheet of sheets) sheetBytes += uncompressedSize(sheet);
  let totalBytes = 0;
  zip.forEach((_, file) => (totalBytes += uncompressedSize(file)));
  if (sheetBytes > maxSheetBytes || totalBytes > MAX_TOTAL_BYTES) {
    const mb = Math.round(Math.max(sheetBytes, totalBytes) / 1024 / 1024);
    throw new WorkbookReadError(
      "too-large",
      `Arbeidsboken har ${mb} MB med data, for mye til å være et målekort. Flytt store tabeller og bilder til en annen fil, eller del arbeidsboken opp.`,
    );
  }
  return sheets.map((s) => s.name);
}

/** The path from a part's folder to an absolute part name: ("xl/worksheets", "/xl/tables/t1.xml") → "../tables/t1.xml". */
export function relativeTarget(fromDir: string, absolute: string): string {
  const from = fromDir.split("/").filter(Boolean);
  const to = absolute.split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * Two exceljs traps, mended in memory before it parses the file (the caller's bytes stay as they were):
 * - it expands every data validation cell by cell, so a range like D2:D1048576 (common in hand-made
 *   cards) hangs it; validation does not matter for reading, so it is dropped;
 * - it cannot follow absolute part names in relationships ("/xl/tables/table1.xml", as openpyxl
 *   writes them; exceljs #1468), so they are made relative.
 */
async function mendForExceljs(zip: JSZip, sheetPaths: string[], bytes: Uint8Array): Promise<Uint8Array> {
  let changed = false;
  for (const path of sheetPaths) {
    const xml = await zip.file(path)!.async("string");
    if (!xml.includes("<dataValidations")) continue;
    zip.file(
      path,
      xml.replace(/<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/g, ""),
    );
    changed = true;
  }
  for (const rels of zip.file(/^xl\/(?:.+\/)?_rels\/[^/]+\.rels$/)) {
    const xml = await rels.async("string");
    if (!xml.includes('Target="/')) continue;
    const partDir = rels.name.replace(/_rels\/[^/]+$/, "").replace(/\/$/, "");
    zip.file(
      rels.name,
      xml.replace(
        /Target="(\/[^"]+)"/g,
        (_, target: string) => `Target="${relativeTarget(partDir, target)}"`,
      ),
    );
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

function toIsoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

/** One exceljs cell value as the grid's CellValue. Text stays text: nothing is ever evaluated. */
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

function mergedRanges(sheet: ExcelJS.Worksheet): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const ref of sheet.model.merges ?? []) {
    const [from, to] = ref.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to ?? from);
    if (a && b) ranges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return ranges;
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merged area repeat its value in exceljs; the grid keeps it only once.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[colNumber - 1] = gridValue(cell.value);
      const format = cell.numFmt;
      if (format && format !== "General") (numberFormats[r] ??= [])[colNumber - 1] = format;
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    values[r] = cells;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: sheet.name, values, numberFormats, merges: mergedRanges(sheet) };
}

export async function readWorkbookGrids(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  checkSignature(bytes);
  const zip = await openZip(bytes);
  const sheetPaths = checkParts(zip, options.maxSheetBytes ?? DEFAULT_MAX_SHEET_BYTES);
  const workbook = new ExcelJS.Workbook();
  try {
    const clean = await mendForExceljs(zip, sheetPaths, bytes);
    // exceljs declares Buffer; a Uint8Array is what it reads in both Node and the browser.
    await workbook.xlsx.load(clean as unknown as ArrayBuffer);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(
      "damaged",
      `Arbeidsboken kan ikke leses; den er skadet eller lagret av et program Excel-formatet ikke kjenner. Åpne den i Excel og lagre den på nytt som .xlsx. (${(err as Error).message})`,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError(
      "empty-workbook",
      "Arbeidsboken har ingen regneark. Velg arbeidsboken med målekortet.",
    );
  }
  return { sheets: workbook.worksheets.map(sheetGrid) };
}
