// «Konsolider» in the pane: the rammeområder's workbooks the user picked, read one by one in the
// browser with the same code as `malekort consolidate`, into the same overview workbook. One file
// that fails is listed and the rest are consolidated; the native chart comes last, where it can.

import type { ConsolidateOptions, Overview, SourceFile } from "../domain/consolidate";
import type { Framework } from "../domain/framework";
import { statusChartData } from "../workbook/overview";
import type { CardHost, Destination } from "./host";
import { deliver } from "./new-workbooks";

/** A file the user picked; bytes are read only when its turn comes, so memory holds one at a time. */
export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export type FileState =
  | { state: "waiting" }
  | { state: "reading" }
  | { state: "read"; cards: number; indicators: number }
  | { state: "failed"; message: string }
  | { state: "skipped"; message: string };

export interface ConsolidationRun {
  files: SourceFile[];
  overview: Overview;
  /** The overview workbook, or null when no card could be read (nothing to hand over). */
  bytes: Uint8Array | null;
}

/**
 * The workbooks of a picked folder, as `malekort consolidate` takes a folder: every .xlsx in it and
 * its subfolders, in name order, without Excel's lock files; other files are not the user's concern.
 */
export function workbooksInFolder<T extends { name: string; path: string }>(files: T[]): T[] {
  return files
    .filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith("~$"))
    .sort((a, b) => a.path.localeCompare(b.path, "nb"));
}

/** Excel's lock files and anything that is not an .xlsx are skipped with a reason, as the CLI does. */
function skipReason(path: string): string | null {
  const name = path.replace(/^.*[/\\]/, "");
  if (name.startsWith("~$")) return "Excels låsefil for en åpen arbeidsbok; hoppet over.";
  if (!/\.xlsx$/i.test(name))
    return "Ikke en .xlsx-fil; hoppet over. Lagre den som Excel-arbeidsbok (.xlsx) og velg den på nytt.";
  return null;
}

export async function consolidatePicked(
  picked: PickedFile[],
  framework: Framework,
  onProgress: (index: number, state: FileState) => void,
  options: ConsolidateOptions = {},
): Promise<ConsolidationRun> {
  const jobs = await import(/* webpackChunkName: "xlsx" */ "../files/workbook-jobs");
  const files: SourceFile[] = [];
  for (const [index, file] of picked.entries()) {
    const skip = skipReason(file.name);
    if (skip) {
      onProgress(index, { state: "skipped", message: skip });
      continue;
    }
    onProgress(index, { state: "reading" });
    let source: SourceFile;
    try {
      source = await jobs.checkWorkbookBytes(file.name, await file.bytes(), framework);
    } catch (err) {
      // The browser could not hand over the file (moved, or no longer readable): this file's problem only.
      source = {
        file: file.name,
        error: {
          code: "unreadable",
          message: `Filen kunne ikke leses (${(err as Error).message}). Velg den på nytt.`,
        },
        scorecards: [],
      };
    }
    files.push(source);
    onProgress(
      index,
      source.error
        ? { state: "failed", message: source.error.message }
        : {
            state: "read",
            cards: source.scorecards.filter((s) => s.found).length,
            indicators: source.scorecards.reduce((n, s) => n + s.indicators.length, 0),
          },
    );
    // Let the pane paint the progress before the next file.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const { overview, bytes } = await jobs.overviewWorkbook(files, framework, options);
  return { files, overview, bytes };
}

export interface OverviewDelivery {
  names: string[];
  destination: Destination;
  fallback?: string;
  /** Whether the status chart was drawn (only in the current workbook, where the add-in can reach). */
  chart: boolean;
}

export async function deliverOverview(
  host: CardHost,
  run: ConsolidationRun,
  destination: Destination,
  fileName = "oversikt.xlsx",
): Promise<OverviewDelivery> {
  if (!run.bytes) throw new Error("Ingen målekort kunne leses, så det er ingen oversikt å levere.");
  const delivered = await deliver(host, run.bytes, fileName, destination);
  const data = statusChartData(run.overview);
  // Excel renames a sheet whose name is taken; the chart goes on the sheet as it was named.
  const sheet = delivered.names.find((n) => n === data.sheet || n.startsWith(`${data.sheet} (`));
  const chart = delivered.destination === "current-workbook" && host.capabilities.charts && !!sheet;
  if (chart && sheet)
    await host.addChart({
      sheet,
      dataRange: data.range,
      anchor: data.anchor,
      title: "Status per rammeområde",
      // The traffic light's colours, in the Statusfordeling sheet's column order; Ikke vurdert stays Excel's own.
      seriesFills: ["desired", "acceptable", "unacceptable", "missing", null],
    });
  return { ...delivered, chart };
}
