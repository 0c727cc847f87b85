// The task pane's CardHost inside Excel: reads sheets as grids, writes the traffic light in place,
// brings new sheets in as bytes from the exceljs writer, and adds charts. Every call is one
// Excel.run with a fixed number of syncs, whatever the card's size.

import type { CardHost, ChartRequest, HostCapabilities } from "../app/host";
import { parseAddress } from "../workbook/grid";
import { FILL_COLOURS, HEAT_COLOURS, type SheetSpec } from "../workbook/sheet-spec";
import { insertSheets, toBase64 } from "./insert-sheets";
import { readActiveSheetGrid, readSheetGrid, type ReadOptions } from "./read-active-sheet";
import { writeInPlace } from "./write-in-place";

/** What the host needs from Office: in Excel, Office.js itself; in tests, a fake. */
export interface ExcelEnvironment {
  /** Excel.run, on a new context or on an existing one (to remove an event handler where it was added). */
  run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    on?: OfficeExtension.ClientRequestContext,
  ): Promise<T>;
  /** Whether Excel supports ExcelApi `version` ("1.13"). */
  supports(version: string): boolean;
  /** Excel.createWorkbook: opens the bytes as a new workbook window. */
  createWorkbook(base64: string): Promise<void>;
}

/** Office.js as the environment; call after Office.onReady. */
export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (batch, on) =>
      on
        ? Excel.run(on, batch)
        : // delayForCellEdit: wait while the user is typing in a cell instead of failing.
          Excel.run({ delayForCellEdit: true }, batch),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}

/** The chart's size from its data: one bar per area, a readable minimum. */
function chartSize(dataRange: string): { width: number; height: number } {
  const [from, to] = dataRange.replace(/^.*!/, "").split(":");
  const a = parseAddress(from);
  const b = parseAddress(to ?? from);
  const bars = a && b ? Math.abs(b.row - a.row) : 5;
  return { width: 480, height: Math.max(220, 90 + bars * 22) };
}

export function createExcelHost(env: ExcelEnvironment = officeEnvironment()): CardHost {
  const readOptions: ReadOptions = { mergedAreas: env.supports("1.13") };
  const capabilities: HostCapabilities = {
    writeInPlace: true, // ExcelApi 1.8, the manifest's minimum
    insertSheets: env.supports("1.13"),
    newWorkbook: env.supports("1.8"),
    charts: true, // ExcelApi 1.1
  };
  // Own writes: events are switched off while writing, and anything that still arrives meanwhile is ignored.
  let writing = 0;

  return {
    kind: "excel",
    capabilities,

    readActiveSheet: () => env.run((context) => readActiveSheetGrid(context, readOptions)),

    readSheet: (name) =>
      env.run(async (context) => {
        try {
          return await readSheetGrid(context, context.workbook.worksheets.getItem(name), readOptions);
        } catch (err) {
          // A sheet that is not there fails the one sync; that is the answer, not an error.
          if ((err as { code?: unknown }).code === "ItemNotFound") return null;
          throw err;
        }
      }),

    selectCell: (sheetName, address) =>
      env.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),

    async onChanged(listener) {
      const handler = async (event: Excel.WorksheetChangedEventArgs) => {
        if (writing > 0) return;
        // ExcelApi 1.14 says who changed the cells; older Excel leaves it undefined.
        if ((event.triggerSource as string | undefined) === "ThisLocalAddin") return;
        listener();
      };
      // Another sheet in front is a change of what the pane speaks of, too (ExcelApi 1.7).
      const activated = async () => listener();
      const registrations = await env.run(async (context) => {
        // The whole workbook (1.9); before that, the active sheet (1.7).
        const source = env.supports("1.9")
          ? context.workbook.worksheets
          : context.workbook.worksheets.getActiveWorksheet();
        const result = [
          source.onChanged.add(handler),
          context.workbook.worksheets.onActivated.add(activated),
        ];
        await context.sync();
        return result;
      });
      return () =>
        env.run(async (context) => {
          for (const registration of registrations) registration.remove();
          await context.sync();
        }, registrations[0].context);
    },

    async writeInPlace(sheet: string, spec: SheetSpec) {
      writing++;
      try {
        await env.run(async (context) => {
          context.runtime.enableEvents = false;
          try {
            await writeInPlace(context, sheet, spec, { suspendScreenUpdating: env.supports("1.9") });
          } finally {
            context.runtime.enableEvents = true;
            await context.sync();
          }
        });
      } finally {
        writing--;
      }
    },

    insertSheets: (bytes) => env.run((context) => insertSheets(context, bytes)),

    openNewWorkbook: (bytes, _fileName) => env.createWorkbook(toBase64(bytes)),

    addChart: (request: ChartRequest) =>
      env.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(request.sheet);
        const chart = sheet.charts.add(
          request.stacked === false ? "BarClustered" : "BarStacked",
          sheet.getRange(request.dataRange),
          "Columns",
        );
        chart.title.text = request.title;
        chart.legend.position = "Bottom";
        chart.setPosition(request.anchor);
        const size = chartSize(request.dataRange);
        chart.width = size.width;
        chart.height = size.height;
        request.seriesFills?.forEach((fill, i) => {
          if (fill)
            chart.series
              .getItemAt(i)
              .format.fill.setSolidColor(`#${HEAT_COLOURS[fill] ?? FILL_COLOURS[fill]}`);
        });
        await context.sync();
      }),
  };
}
