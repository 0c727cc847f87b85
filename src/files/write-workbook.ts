// The exceljs writer: renders host-agnostic SheetSpecs to .xlsx bytes. Runs in Node and in the
// browser (the add-in inserts the same bytes into Excel), and only ever writes new files.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isLargePlainSheet, shellSheet, spliceRows, type CellSamples } from "./large-sheet";
import { zipCodec } from "./zip-codec";
import { writeZip } from "./zip-write";
import {
  FILL_COLOURS,
  HEAT_COLOURS,
  type CellSpec,
  type Fill,
  type SheetSpec,
  type Validation,
} from "../workbook/sheet-spec";

export interface WriteOptions {
  /** Creation time stored in the file; fixed for generated templates so they do not change on every run. */
  created?: Date;
}

function fill(kind: Fill): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FILL_COLOURS[kind]}` } };
}

const GRID_LINE: ExcelJS.Border = { style: "thin", color: { argb: "FFBFBFBF" } };
const GRID: Partial<ExcelJS.Borders> = {
  top: GRID_LINE,
  left: GRID_LINE,
  bottom: GRID_LINE,
  right: GRID_LINE,
};

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec.formula !== undefined) {
    cell.value = {
      formula: spec.formula,
      ...(spec.result !== undefined ? { result: spec.result } : {}),
    } as ExcelJS.CellFormulaValue;
  } else if (spec.value !== undefined && spec.value !== null && spec.value !== "") {
    // Strings are written as strings: exceljs never turns "=HYPERLINK(…)" text into a formula.
    cell.value = spec.value;
  }
  const style = spec.style;
  if (style) {
    if (style.bold || style.italic || style.fontSize)
      cell.font = { bold: style.bold, italic: style.italic, size: style.fontSize };
    if (style.fill) cell.fill = fill(style.fill);
    if (style.numberFormat) cell.numFmt = style.numberFormat;
    if (style.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    if (style.unlocked) cell.protection = { locked: false };
    if (style.border) cell.border = GRID;
  }
  if (spec.note) cell.note = spec.note;
}

function validation(rule: Validation): ExcelJS.DataValidation {
  return {
    type: rule.kind,
    allowBlank: true,
    formulae: [rule.kind === "list" ? rule.source : rule.formula],
    showInputMessage: true,
    promptTitle: "Målekort",
    prompt: rule.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Ugyldig verdi",
    error: rule.error,
  };
}

async function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): Promise<void> {
  const sheet = workbook.addWorksheet(spec.name);
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  spec.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) writeCell(sheet.getCell(r + 1, c + 1), cell);
    });
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    sheet.getRow(Number(row) + 1).height = height;
  for (const ref of spec.merges) sheet.mergeCells(ref);
  if (spec.freeze) sheet.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  if (spec.autoFilter) sheet.autoFilter = spec.autoFilter;
  // By range, never cell by cell: exceljs writes overlapping ranges otherwise (exceljs #2820).
  for (const { range, rule } of spec.validations) {
    (
      sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(range, validation(rule));
  }
  for (const { range, rules } of spec.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: range,
      rules: rules.map((rule, i): ExcelJS.ConditionalFormattingRule =>
        "scale" in rule
          ? {
              type: "colorScale",
              priority: i + 1,
              cfvo: [{ type: "min" }, { type: "max" }],
              color: [
                { argb: "FFFFFFFF" },
                { argb: `FF${HEAT_COLOURS[rule.scale] ?? FILL_COLOURS[rule.scale]}` },
              ],
            }
          : {
              type: "expression",
              priority: i + 1,
              formulae: [rule.formula],
              style: {
                fill: {
                  type: "pattern",
                  pattern: "solid",
                  bgColor: { argb: `FF${FILL_COLOURS[rule.fill]}` },
                },
              },
            },
      ),
    });
  }
  if (spec.landscape) {
    sheet.pageSetup = {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  if (spec.protect) {
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
}

/** The members of exceljs' XLSX writer that XLSX.write calls in turn (exceljs 4.4, lib/xlsx/xlsx.js). */
interface XlsxWriter {
  prepareModel(model: unknown, options: object): void;
  [add: `add${string}`]: (zip: PartSink, model: unknown) => Promise<void> | void;
}
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

/**
 * The package's parts as exceljs renders them, in its order, before anything is zipped: XLSX.write's
 * steps with a sink for its zip. exceljs would zip them with JSZip, and the large sheets would then
 * have to be unzipped again to be spliced; this way every part is encoded and compressed only once.
 */
async function renderParts(workbook: ExcelJS.Workbook): Promise<Map<string, string | Uint8Array>> {
  const xlsx = workbook.xlsx as unknown as XlsxWriter;
  const parts = new Map<string, string | Uint8Array>();
  const sink: PartSink = {
    append(data, { name, base64 }) {
      parts.set(
        name,
        base64 && typeof data === "string" ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data,
      );
    },
  };
  const { model } = workbook;
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(sink, model);
  await xlsx.addOfficeRels(sink, model);
  await xlsx.addWorkbookRels(sink, model);
  await xlsx.addWorksheets(sink, model);
  await xlsx.addSharedStrings(sink, model); // always after the worksheets
  await xlsx.addDrawings(sink, model);
  await xlsx.addTables(sink, model);
  await Promise.all([xlsx.addThemes(sink, model), xlsx.addStyles(sink, model)]);
  await xlsx.addMedia(sink, model);
  await Promise.all([xlsx.addApp(sink, model), xlsx.addCore(sink, model)]);
  await xlsx.addWorkbook(sink, model);
  return parts;
}

/** Writes the sheets to .xlsx bytes; Excel recalculates every formula when the file is opened. */
export async function writeWorkbook(sheets: SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Målekort";
  const created = options.created ?? new Date();
  workbook.created = created;
  workbook.modified = created;
  workbook.calcProperties = { fullCalcOnLoad: true };
  const large = new Map<number, CellSamples>();
  for (const [i, sheet] of sheets.entries()) {
    if (isLargePlainSheet(sheet)) {
      const { shell, samples } = shellSheet(sheet);
      large.set(i, samples);
      await writeSheet(workbook, shell);
    } else await writeSheet(workbook, sheet);
  }
  const codec = zipCodec();
  if (large.size === 0 && !codec) {
    // The templates are written here, byte for byte as they are committed.
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    return options.created ? withFixedZipDates(bytes, options.created) : bytes;
  }
  const parts = await renderParts(workbook);
  for (const [i, samples] of large) spliceRows(parts, i, sheets[i], samples);
  // The large sheets are packed fast rather than small: the overview is written once and opened once.
  const level = large.size > 0 ? 1 : 6;
  const files = [...parts].map(([name, data]) => ({ name, data }));
  if (codec) return writeZip(files, codec, { date: created, level });
  const zip = new JSZip();
  for (const { name, data } of files) zip.file(name, data, { date: created });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level } });
}

/** The zip entries carry the time of writing; a fixed time makes a regenerated template byte-identical. */
async function withFixedZipDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, file) => {
    file.date = date;
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
