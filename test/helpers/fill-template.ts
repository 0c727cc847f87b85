// Fills result cells of a written template the way a leader would type them, with exceljs.

import ExcelJS from "exceljs";

export type Edits = Record<string, ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string }>;

export async function editWorkbook(bytes: Uint8Array, sheet: string, edits: Edits): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (const [address, edit] of Object.entries(edits)) {
    const cell = ws.getCell(address);
    if (edit !== null && typeof edit === "object" && "numFmt" in edit) {
      cell.value = edit.value;
      cell.numFmt = edit.numFmt;
    } else cell.value = edit;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
