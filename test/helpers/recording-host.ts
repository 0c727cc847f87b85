// A CardHost in memory for the pane's use cases: sheets as grids, and a record of what was asked of
// it, so a test can see exactly what the pane would have done to a workbook.

import type { CardHost, ChartRequest, HostCapabilities } from "../../src/app/host";
import type { SheetGrid } from "../../src/workbook/grid";
import type { SheetSpec } from "../../src/workbook/sheet-spec";

export class RecordingHost implements CardHost {
  readonly kind = "excel" as const;
  readonly inserted: Uint8Array[] = [];
  readonly opened: { bytes: Uint8Array; fileName: string }[] = [];
  readonly charts: ChartRequest[] = [];
  readonly written: { sheet: string; spec: SheetSpec }[] = [];
  readonly selected: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    public sheets: SheetGrid[],
    public active = 0,
    readonly capabilities: HostCapabilities = {
      writeInPlace: true,
      insertSheets: true,
      newWorkbook: true,
      charts: true,
    },
    /** The names Excel would give inserted sheets (it renames taken names). */
    private readonly insertNames: (bytes: Uint8Array) => string[] = () => [],
  ) {}

  async readActiveSheet(): Promise<SheetGrid | null> {
    return this.sheets[this.active] ?? null;
  }
  async readSheet(name: string): Promise<SheetGrid | null> {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected.push(`${sheet}!${address}`);
  }
  async onChanged(listener: () => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }
  /** What Excel does when a user types: every listener hears of it. */
  change(): void {
    for (const l of this.listeners) l();
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  async writeInPlace(sheet: string, spec: SheetSpec): Promise<void> {
    this.written.push({ sheet, spec });
  }
  async insertSheets(bytes: Uint8Array): Promise<string[]> {
    this.inserted.push(bytes);
    return this.insertNames(bytes);
  }
  async openNewWorkbook(bytes: Uint8Array, fileName: string): Promise<void> {
    this.opened.push({ bytes, fileName });
  }
  async addChart(request: ChartRequest): Promise<void> {
    this.charts.push(request);
  }
}
