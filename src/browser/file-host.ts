// The pane's second host: a workbook file opened in a normal browser, read with the same file host
// as the CLI. It is how the pane runs outside Excel (open a card, see its findings and statuses,
// consolidate files, download the results) and how the pane is tested end to end. Nothing is ever
// written back to the opened file: new workbooks are offered as downloads.

import type { CardHost, ChartRequest, HostCapabilities } from "../app/host";
import { isFrameworkSheet } from "../workbook/framework-sheet";
import { parseAddress, type SheetGrid } from "../workbook/grid";

export interface OpenWorkbook {
  fileName: string;
  sheets: SheetGrid[];
}

/** What the pane shows of the file: which file, which sheet, which cell a finding pointed at. */
export interface FileView {
  workbook: OpenWorkbook | null;
  activeSheet: number;
  highlight: { sheet: string; row: number; col: number } | null;
}

export type Download = (bytes: Uint8Array, fileName: string) => void;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes as a file download, the browser's way of handing over a new workbook. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the object URL; keep it a moment for slow browsers, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export class FileHost implements CardHost {
  readonly kind = "file" as const;
  readonly capabilities: HostCapabilities = {
    writeInPlace: false,
    insertSheets: false,
    newWorkbook: true,
    charts: false,
  };
  private view: FileView = { workbook: null, activeSheet: 0, highlight: null };
  private readonly viewListeners = new Set<(view: FileView) => void>();
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly download: Download = downloadBytes) {}

  /** Reads a picked file; throws WorkbookReadError (Norwegian) when it is not a readable workbook. */
  async open(fileName: string, bytes: Uint8Array): Promise<void> {
    const { readWorkbookGrids } = await import(/* webpackChunkName: "xlsx" */ "../files/read-workbook");
    const { sheets } = await readWorkbookGrids(bytes);
    // Start on the first sheet that is not the framework, where a card usually is.
    const first = Math.max(
      0,
      sheets.findIndex((s) => !isFrameworkSheet(s)),
    );
    this.update({ workbook: { fileName, sheets }, activeSheet: first, highlight: null }, true);
  }

  setActiveSheet(index: number): void {
    if (!this.view.workbook || index === this.view.activeSheet) return;
    this.update({ ...this.view, activeSheet: index, highlight: null }, true);
  }

  getView(): FileView {
    return this.view;
  }

  /** The pane's subscription to what it shows; returns the unsubscribe. */
  subscribe(listener: (view: FileView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  async readActiveSheet(): Promise<SheetGrid | null> {
    return this.view.workbook?.sheets[this.view.activeSheet] ?? null;
  }

  async readSheet(name: string): Promise<SheetGrid | null> {
    const lower = name.toLowerCase();
    return this.view.workbook?.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const sheets = this.view.workbook?.sheets ?? [];
    const index = sheets.findIndex((s) => s.name === sheet);
    const cell = parseAddress(address.replace(/^.*!/, "").split(":")[0]);
    if (index < 0 || !cell) return;
    const changedSheet = index !== this.view.activeSheet;
    this.update({ ...this.view, activeSheet: index, highlight: { sheet, ...cell } }, changedSheet);
  }

  /** A file does not change under the pane; opening another file or sheet counts as the change. */
  async onChanged(listener: () => void): Promise<() => Promise<void>> {
    this.changeListeners.add(listener);
    return async () => {
      this.changeListeners.delete(listener);
    };
  }

  async writeInPlace(): Promise<void> {
    throw new Error(
      "Utenfor Excel skrives det aldri i filen du åpnet. Last ned målekortet med trafikklys i stedet.",
    );
  }

  async insertSheets(): Promise<string[]> {
    throw new Error("Utenfor Excel kan ark ikke settes inn i filen. Last ned arbeidsboken i stedet.");
  }

  async openNewWorkbook(bytes: Uint8Array, fileName: string): Promise<void> {
    this.download(bytes, fileName);
  }

  async addChart(_request: ChartRequest): Promise<void> {
    throw new Error("Diagrammet lages bare i Excel.");
  }

  private update(view: FileView, contentChanged: boolean): void {
    this.view = view;
    for (const listener of this.viewListeners) listener(view);
    if (contentChanged) for (const listener of this.changeListeners) listener();
  }
}
