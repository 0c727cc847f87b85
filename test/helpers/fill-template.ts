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
      // exceljs shares one style object among cells loaded with the same style: setting numFmt on it
      // would change every such cell. Give this cell its own copy first, as Excel would.
      // eslint-disable-next-line office-addins/call-sync-before-read -- an exceljs cell, not Office.js
      cell.style = structuredClone(cell.style);
      cell.numFmt = edit.numFmt;
    } else cell.value = edit;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Results a leader types into the example framework's rammeområde template (periods 2024–2026):
 * rows 5–8 are the gjennomgående indicators, row 9 is the rammeområde's own. Every status occurs,
 * including «I arbeid» against a number, which must stay unrated.
 */
export const KULTUR_RESULTS: Edits = {
  K5: { value: 0.065, numFmt: "0.0%" },
  L5: { value: 0.055, numFmt: "0.0%" },
  M5: "Ikke målt",
  K6: 4.3,
  L6: 3.9,
  M6: 3.5,
  K7: { value: -0.004, numFmt: "0.0%" },
  L7: "I arbeid",
  M7: { value: 0.013, numFmt: "0.0%" },
  K8: 4.5,
  L8: 5,
  M8: 4.6,
  A9: "Brukere",
  C9: "Fornøyde brukere",
  D9: "Unik",
  E9: "Utlån per innbygger",
  G9: "Økende",
  H9: "Økende",
  K9: 3.1,
  L9: 4,
  M9: 4,
};
