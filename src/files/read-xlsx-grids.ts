// The lean .xlsx reader: the package's workbook, relationships, shared strings and styles, then each
// worksheet's cells (read-xlsx-cells.ts). It reads only what a grid needs, which costs a fraction of
// exceljs building its whole object model, and it runs in Node and the browser alike (strings only;
// the parts are unpacked by JSZip or the installed zip codec, see zip-codec.ts). Which sheets there
// are, in which order and under which name follows exceljs too.

import type { SheetGrid } from "../workbook/grid";
import {
  decodeEscapes,
  readSheetCells,
  xmlDecodeAgain,
  type RichRun,
  type SharedString,
} from "./read-xlsx-cells";
import { scanXml } from "./xml-scan";
import type { PackageParts } from "./zip-read";

/** exceljs' built-in number formats (numFmtId → code); ids without an entry have no format. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

function part(zip: PackageParts, path: string): Promise<string | null> {
  return zip.text(path);
}

function relationships(xml: string | null): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml)
    scanXml(xml, {
      open: (name, a) => {
        if (name === "Relationship") targets.set(a.Id, a.Target);
      },
    });
  return targets;
}

/** The shared strings as exceljs keeps them; <rPh> (phonetic) runs are skipped. */
export function sharedStrings(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let item: SharedString | null = null;
  let inner: "t" | "r" | "rPh" | null = null;
  let text: string[] = [];
  let run: RichRun | null = null;
  let runText: string[] | null = null;
  scanXml(xml, {
    open(name) {
      if (item === null) {
        if (name === "si") item = {};
        else if (name !== "sst") throw new Error(`unexpected <${name}> in the shared strings`);
      } else if (inner === "r") {
        if (name === "t") runText = [];
      } else if (inner === null && (name === "t" || name === "r" || name === "rPh")) {
        inner = name;
        text = [];
        if (name === "r") run = {};
      }
    },
    text(value) {
      if (runText !== null) runText.push(value);
      else if (inner === "t") text.push(value);
    },
    close(name) {
      if (item === null) return;
      if (inner === "t") {
        item = decodeEscapes(text.join(""));
        inner = null;
      } else if (inner === "r") {
        if (name === "t" && runText) {
          run!.text = decodeEscapes(runText.join(""));
          runText = null;
        } else if (name === "r") {
          if (typeof item === "string") throw new Error("rich text after plain text in a shared string");
          ((item as { richText?: RichRun[] }).richText ??= []).push(run!);
          inner = null;
        }
      } else if (inner === "rPh") {
        if (name === "rPh") inner = null;
      } else if (name === "si") {
        strings.push(item);
        item = null;
      }
    },
  });
  return strings;
}

/** cellXfs index → number format code, as exceljs resolves it (custom codes lose their backslashes). */
function numberFormats(xml: string | null): (styleId: number) => string | undefined {
  if (!xml) return () => undefined;
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, a) {
      if (name === "numFmt") custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfs.push(parseInt(a.numFmtId ?? "0", 10));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return (styleId) => {
    const id = xfs[styleId];
    if (!id) return undefined;
    return custom.get(id) || BUILT_IN_FORMATS[id];
  };
}

interface SheetEntry {
  name: string | undefined;
  id: number;
  rId: string;
}

/** exceljs refuses some sheet names when it loads a file (one over 31 characters clashes with itself). */
function sheetName(entry: SheetEntry, taken: Set<string>): string {
  const name = entry.name ?? `sheet${entry.id}`;
  if (
    name === "" ||
    name === "History" ||
    name.length > 31 ||
    /[*?:/\\[\]]/.test(name) ||
    /(^')|('$)/.test(name)
  )
    throw new Error(`sheet name «${name}» is not allowed`);
  if (taken.has(name.toLowerCase())) throw new Error(`two sheets are named «${name}»`);
  taken.add(name.toLowerCase());
  return name;
}

/** Reads every worksheet of an opened, checked package. Throws plain Errors for damaged parts. */
export async function readXlsxGrids(zip: PackageParts): Promise<SheetGrid[]> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml((await part(zip, "xl/workbook.xml"))!, {
    open(name, a) {
      if (name === "sheet") {
        const decoded = a.name === undefined ? undefined : xmlDecodeAgain(a.name);
        sheets.push({ name: decoded, id: parseInt(a.sheetId, 10), rId: a["r:id"] });
      } else if (name === "workbookPr") date1904 = a.date1904 === "1";
    },
  });
  const rels = relationships(await part(zip, "xl/_rels/workbook.xml.rels"));
  const stringsXml = await part(zip, "xl/sharedStrings.xml");
  const strings = stringsXml === null ? null : sharedStrings(stringsXml);
  const numberFormat = numberFormats(await part(zip, "xl/styles.xml"));
  const seenIds = new Set<number>();
  const taken = new Set<string>();
  const grids: SheetGrid[] = [];
  for (const entry of sheets) {
    const target = rels.get(entry.rId);
    if (target === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\s+/, "")}`;
    const match = WORKSHEET_PART.exec(path);
    const xml = match ? await part(zip, path) : null;
    // exceljs skips chart sheets and sheets whose id is not a positive number.
    if (xml === null || !(entry.id >= 1)) continue;
    if (seenIds.has(entry.id)) throw new Error(`two sheets have the id ${entry.id}`);
    seenIds.add(entry.id);
    const sheetRels = relationships(await part(zip, `xl/worksheets/_rels/sheet${match![1]}.xml.rels`));
    grids.push(
      readSheetCells(sheetName(entry, taken), xml, {
        sharedStrings: strings,
        numberFormat,
        date1904,
        relationship: (id) => sheetRels.get(id),
      }),
    );
  }
  return grids;
}
