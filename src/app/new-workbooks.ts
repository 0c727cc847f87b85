// Whole new sheets — the felles målekort, a rammeområde's card, an upgraded card — are written by the
// same exceljs writer the CLI uses and handed to the host as bytes, so the pane and the CLI cannot
// drift apart. The writer is loaded only when it is needed: the pane opens without it.

import type { Framework } from "../domain/framework";
import type { SheetGrid } from "../workbook/grid";
import { readScorecard } from "../workbook/read-scorecard";
import type { SheetSpec } from "../workbook/sheet-spec";
import { templateSheets, yearPeriods } from "../workbook/template";
import { upgradeScorecards, type Interpretation } from "../workbook/upgrade";
import type { CardHost, Destination } from "./host";

export async function workbookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../files/write-workbook");
  return writeWorkbook(sheets);
}

export type TemplateKind = { kind: "felles" } | { kind: "rammeomrade"; area: string | null };

/** The years a new card covers: last year, this year and next year, as the CLI's default. */
export function defaultYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return [year - 1, year, year + 1];
}

export function templateFileName(card: TemplateKind): string {
  if (card.kind === "felles") return "felles-malekort.xlsx";
  const slug = (card.area ?? "rammeomrade")
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, "-")
    .replace(/^-|-$/g, "");
  return `malekort-${slug || "rammeomrade"}.xlsx`;
}

export function templateSpecs(card: TemplateKind, framework: Framework, years: number[]): SheetSpec[] {
  return templateSheets({ framework, card, periods: yearPeriods(years) });
}

export interface Delivered {
  /** The sheets' names in the workbook (Excel renames sheets whose names are taken), or the file name. */
  names: string[];
  destination: Destination;
  /** Why the sheets went to a new workbook although the open one was asked for. */
  fallback?: string;
}

/** Puts a new workbook's sheets where the user chose: into the open workbook, or a new one / a download. */
export async function deliver(
  host: CardHost,
  bytes: Uint8Array,
  fileName: string,
  destination: Destination,
): Promise<Delivered> {
  if (destination === "current-workbook" && host.capabilities.insertSheets) {
    let names: string[];
    try {
      names = await host.insertSheets(bytes);
    } catch (err) {
      // Excel on the web refuses sheets with cell notes, which upgraded cards carry: nothing is lost
      // in a workbook of its own, so the work still reaches the user.
      if (!host.capabilities.newWorkbook) throw err;
      await host.openNewWorkbook(bytes, fileName);
      return {
        names: [fileName],
        destination: "new-workbook",
        fallback: `Excel tok ikke imot arkene i denne arbeidsboken (${err instanceof Error ? err.message : String(err)}), så de er åpnet i en ny arbeidsbok i stedet.`,
      };
    }
    // New sheets land at the end, out of sight: bring the first to the front. Not worth failing over.
    if (names.length > 0) await host.selectCell(names[0], "A1").catch(() => undefined);
    return { names, destination };
  }
  await host.openNewWorkbook(bytes, fileName);
  return { names: [fileName], destination: "new-workbook" };
}

export interface UpgradeOutcome {
  /** The upgraded workbook, or null when the sheet holds no card to upgrade. */
  bytes: Uint8Array | null;
  interpretations: Interpretation[];
  message: string;
}

/**
 * The card on `grid` in the canonical layout, as a new workbook: the original sheet is never written
 * over. Every interpretation is listed, as in `malekort upgrade`.
 */
export async function upgradeGrid(grid: SheetGrid, framework: Framework): Promise<UpgradeOutcome> {
  const card = readScorecard(grid, framework);
  if (!card.found || card.indicators.length === 0)
    return {
      bytes: null,
      interpretations: [],
      message: `Fant ingen indikatorer å oppgradere på arket «${grid.name}». Gå til arket med målekortet og prøv igjen.`,
    };
  const upgrade = upgradeScorecards([card], framework);
  // The framework sheet is already in a workbook made from a template; the user's own workbook gets it too,
  // since the new card's dropdowns read it.
  const bytes = await workbookBytes(upgrade.sheets);
  const n = upgrade.interpretations.length;
  return {
    bytes,
    interpretations: upgrade.interpretations,
    message: `Målekortet med ${card.indicators.length} indikatorer er lagt i standardoppsettet med trafikklys.${
      n > 0 ? ` ${n} ting måtte tolkes; se arket «Tolkninger».` : ""
    }`,
  };
}
