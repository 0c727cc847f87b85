// New sheets (a template, an upgraded card, the overview) come from the same exceljs writer the CLI
// uses and enter Excel whole, as bytes: the CLI and the add-in cannot drift apart.

/** Base64 of the bytes without Node's Buffer, so it runs in the task pane too. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000; // String.fromCharCode takes a bounded number of arguments
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * Inserts the workbook's sheets at the end of the open workbook in one context.sync() (ExcelApi 1.13)
 * and returns the names Excel gave them (it renames sheets whose names are taken). Excel on the web
 * refuses sheets with charts, comments, pivot tables or slicers; the writer makes none of those.
 */
export async function insertSheets(
  context: Excel.RequestContext,
  bytes: Uint8Array,
  sheetNames?: string[],
): Promise<string[]> {
  const inserted = context.workbook.insertWorksheetsFromBase64(toBase64(bytes), {
    positionType: "End",
    ...(sheetNames ? { sheetNamesToInsert: sheetNames } : {}),
  });
  await context.sync();
  return inserted.value;
}
