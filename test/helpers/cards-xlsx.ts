// Writes CardSpecs to a real .xlsx with exceljs, so tests read cards the way users' files arrive.

import ExcelJS from "exceljs";
import type { CardSpec } from "./cards";

export async function cardsToXlsx(specs: CardSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of specs) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === "" || value === undefined || value === null) return;
        sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const [ref, format] of Object.entries(spec.formats ?? {})) sheet.getCell(ref).numFmt = format;
    for (const ref of spec.merges ?? []) sheet.mergeCells(ref);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
