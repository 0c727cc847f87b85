// The WorkbookReadError a file gives, for the tests of the files that cannot be read.

import { readWorkbookGrids, WorkbookReadError } from "../../src/files/read-workbook";

export async function errorOf(bytes: Uint8Array): Promise<WorkbookReadError> {
  try {
    await readWorkbookGrids(bytes);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error("expected a WorkbookReadError");
}
