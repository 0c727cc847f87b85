// What the task pane needs from wherever the card lives: Excel (Office.js) or a file opened in a
// browser (exceljs). The pane's use cases (src/app/) call only this; every judgement stays in the
// engine, and a host only turns sheets into grids and writes what the engine described.

import type { SheetGrid } from "../workbook/grid";
import type { Fill, SheetSpec } from "../workbook/sheet-spec";

/** Where a new workbook (template, upgraded card, overview) should go. */
export type Destination = "current-workbook" | "new-workbook";

/** What a host can do; the pane hides what it cannot, and says why. */
export interface HostCapabilities {
  /** Writing formulas, validation and colour rules into the open card (Excel only). */
  writeInPlace: boolean;
  /** Adding whole sheets to the open workbook (Excel: ExcelApi 1.13). */
  insertSheets: boolean;
  /** Opening a new workbook (Excel: Excel.createWorkbook) or downloading a file (browser). */
  newWorkbook: boolean;
  /** A native chart of the overview's status counts (Excel, in the current workbook only). */
  charts: boolean;
}

/** A status chart to add under the overview: the cells hold area names and their status counts. */
export interface ChartRequest {
  sheet: string;
  /** The A1 range of the chart's data, headers in the first row and area names in the first column. */
  dataRange: string;
  title: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
  /** The fill of each series in order (one per data column after the first); null keeps the host's colour. */
  seriesFills?: (Fill | null)[];
  /** Stacked bars (the default: each bar adds up to the area's indicators) or clustered bars. */
  stacked?: boolean;
}

export interface CardHost {
  readonly kind: "excel" | "file";
  readonly capabilities: HostCapabilities;
  /** The grid of the sheet the user is looking at, or null when nothing is open. */
  readActiveSheet(): Promise<SheetGrid | null>;
  /** Another sheet of the same workbook by name (e.g. «Rammeverk»), or null when it has none. */
  readSheet(name: string): Promise<SheetGrid | null>;
  /** Takes the user to a cell: Excel activates the sheet and selects it, the file host highlights it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Calls `listener` when cells of the workbook change (not for the host's own writes) or another
   * sheet comes in front, so what the pane shows follows the user. The caller debounces. Returns the
   * function that stops listening.
   */
  onChanged(listener: () => void): Promise<() => Promise<void>>;
  /** Writes the spec's formulas, validation and conditional formats onto an existing sheet; values are left alone. */
  writeInPlace(sheet: string, spec: SheetSpec): Promise<void>;
  /** Adds the workbook's sheets to the open workbook; returns the names they got. */
  insertSheets(bytes: Uint8Array): Promise<string[]>;
  /** Opens the bytes as a new workbook (Excel) or offers them as a download (browser). */
  openNewWorkbook(bytes: Uint8Array, fileName: string): Promise<void>;
  /** Adds a native chart (only where capabilities.charts). */
  addChart(request: ChartRequest): Promise<void>;
}
