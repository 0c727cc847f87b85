// What the CLI and the task pane both do with workbooks they were handed as bytes: check one, and
// consolidate many into the overview workbook. One implementation, so the two cannot drift apart.

import { consolidate, type ConsolidateOptions, type Overview, type SourceFile } from "../domain/consolidate";
import type { Framework } from "../domain/framework";
import { overviewSheets } from "../workbook/overview";
import { readScorecardsFromBytes } from "./read-scorecards";
import { WorkbookReadError } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";

/** Reads one workbook; whatever goes wrong is this file's error, never the end of a batch. */
export async function checkWorkbookBytes(
  file: string,
  bytes: Uint8Array,
  framework: Framework,
): Promise<SourceFile> {
  try {
    return { file, error: null, scorecards: await readScorecardsFromBytes(bytes, framework) };
  } catch (err) {
    if (err instanceof WorkbookReadError)
      return { file, error: { code: err.code, message: err.message }, scorecards: [] };
    // A defect of ours must not hide the other files: report it on this file and carry on.
    return {
      file,
      error: {
        code: "internal-error",
        message: `Uventet feil under lesing (${err instanceof Error ? err.message : String(err)}). Meld fra til den som drifter verktøyet, og legg ved filen.`,
      },
      scorecards: [],
    };
  }
}

/** The overview model and its workbook; null bytes when no card could be read (nothing to hand over). */
export async function overviewWorkbook(
  files: SourceFile[],
  framework: Framework,
  options: ConsolidateOptions = {},
): Promise<{ overview: Overview; bytes: Uint8Array | null }> {
  const overview = consolidate(files, framework, options);
  if (overview.areas.length === 0) return { overview, bytes: null };
  return { overview, bytes: await writeWorkbook(overviewSheets(overview)) };
}
