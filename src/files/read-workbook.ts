// The file host: .xlsx bytes in, one SheetGrid per worksheet out. It runs in Node (the CLI) and in the
// browser (the add-in reads users' files), so it takes bytes, never a path, and it never writes
// anything back. Every way a file can be unreadable becomes a WorkbookReadError with a Norwegian
// sentence that tells the user what to do. The cells are read by the lean reader (read-xlsx-grids.ts),
// which gives the grids exceljs gave at a fraction of the cost.

import JSZip from "jszip";
import type { SheetGrid } from "../workbook/grid";
import { readXlsxGrids } from "./read-xlsx-grids";
import { zipCodec } from "./zip-codec";
import { nativePackage, type PackageParts } from "./zip-read";

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

function jszipPackage(zip: JSZip): PackageParts {
  const files = new Map<string, JSZip.JSZipObject>();
  zip.forEach((path, file) => {
    if (!file.dir) files.set(path, file);
  });
  return {
    paths: [...files.keys()],
    has: (path) => files.has(path),
    uncompressedSize: (path) => {
      const file = files.get(path);
      return file ? uncompressedSize(file) : 0;
    },
    text: async (path) => {
      const file = files.get(path);
      return file ? file.async("string") : null;
    },
  };
}

/** With a codec installed, ordinary zips are read without JSZip; anything unusual still goes to JSZip. */
async function openZip(bytes: Uint8Array): Promise<PackageParts> {
  const codec = zipCodec();
  const native = codec && nativePackage(bytes, codec);
  if (native) return native;
  try {
    return jszipPackage(await JSZip.loadAsync(bytes));
  } catch (err) {
    throw new WorkbookReadError(
      "damaged",
      `Arbeidsboken er skadet eller ufullstendig (kanskje avbrutt under kopiering). Hent en ny kopi av filen. (Teknisk: ${(err as Error).message})`,
    );
  }
}

function checkParts(zip: PackageParts, maxSheetBytes: number): string[] {
  if (!zip.has("xl/workbook.xml")) {
    const what = zip.has("word/document.xml")
      ? " Det er et Word-dokument."
      : zip.has("ppt/presentation.xml")
        ? " Det er en PowerPoint-presentasjon."
        : "";
    throw new WorkbookReadError(
      "not-a-workbook",
      `Filen er ikke en Excel-arbeidsbok (.xlsx).${what} Velg målekortet slik det er lagret fra Excel.`,
    );
  }
  const sheets = zip.paths.filter((path) => /^xl\/worksheets\/[^/]+\.xml$/.test(path));
  let sheetBytes = zip.uncompressedSize("xl/sharedStrings.xml");
  for (const sheet of sheets) sheetBytes += zip.uncompressedSize(sheet);
  let totalBytes = 0;
  for (const path of zip.paths) totalBytes += zip.uncompressedSize(path);
  if (sheetBytes > maxSheetBytes || totalBytes > MAX_TOTAL_BYTES) {
    const mb = Math.round(Math.max(sheetBytes, totalBytes) / 1024 / 1024);
    throw new WorkbookReadError(
      "too-large",
      `Arbeidsboken har ${mb} MB med data, for mye til å være et målekort. Flytt store tabeller og bilder til en annen fil, eller del arbeidsboken opp.`,
    );
  }
  return sheets;
}

/** The checks every reader runs before it unpacks anything: signature, zip, parts and sizes. */
export async function openPackage(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<{ zip: PackageParts; sheetPaths: string[] }> {
  checkSignature(bytes);
  const zip = await openZip(bytes);
  const sheetPaths = checkParts(zip, options.maxSheetBytes ?? DEFAULT_MAX_SHEET_BYTES);
  return { zip, sheetPaths };
}

/** What a reader found: no sheets is the user's problem, a part it could not read means damage. */
export async function readGrids(read: () => Promise<SheetGrid[]>): Promise<WorkbookGrids> {
  let sheets: SheetGrid[];
  try {
    sheets = await read();
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(
      "damaged",
      `Arbeidsboken kan ikke leses; den er skadet eller lagret av et program Excel-formatet ikke kjenner. Åpne den i Excel og lagre den på nytt som .xlsx. (Teknisk: ${(err as Error).message})`,
    );
  }
  if (sheets.length === 0) {
    throw new WorkbookReadError(
      "empty-workbook",
      "Arbeidsboken har ingen regneark. Velg arbeidsboken med målekortet.",
    );
  }
  return { sheets };
}

export async function readWorkbookGrids(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  const { zip } = await openPackage(bytes, options);
  return readGrids(() => readXlsxGrids(zip));
}
