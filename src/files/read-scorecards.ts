// The file host's one job for the engine: workbook bytes in, one read målekort per sheet out.
// Runs in Node (the CLI) and in the browser (the add-in reads users' files with it).

import { DEFAULT_FRAMEWORK, type Framework } from "../domain/framework";
import type { Scorecard } from "../domain/model";
import { readScorecard } from "../workbook/read-scorecard";
import { readWorkbookGrids } from "./read-workbook";

/** Reads every sheet of an .xlsx file; throws WorkbookReadError when the file itself cannot be read. */
export async function readScorecardsFromBytes(
  bytes: Uint8Array,
  framework: Framework = DEFAULT_FRAMEWORK,
): Promise<Scorecard[]> {
  const { sheets } = await readWorkbookGrids(bytes);
  return sheets.map((sheet) => readScorecard(sheet, framework));
}
