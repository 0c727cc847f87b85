// The Office.js CardHost against a fake that fails as Office.js does (reads before load and sync
// throw, writes wait for the sync): every call's round trips are counted, for a small and a large card.

import { createExcelHost, type ExcelEnvironment } from "../../src/excel/office-host";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { canonicalSheet, type CanonicalRow } from "../../src/workbook/canonical";
import { FRAMEWORK_SHEET, frameworkSheet } from "../../src/workbook/framework-sheet";
import { readScorecard } from "../../src/workbook/read-scorecard";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { yearPeriods } from "../../src/workbook/template";
import { trafficLightInPlace } from "../../src/workbook/traffic-light";
import { FakeContext, type FakeSheetData } from "../helpers/fake-excel";

/** What Excel holds for a written sheet: its values; formula cells left blank (they are rewritten anyway). */
function fakeSheet(spec: SheetSpec): FakeSheetData {
  return {
    name: spec.name,
    values: spec.rows.map((row) =>
      Array.from(row ?? [], (cell) => (cell?.formula !== undefined ? "" : (cell?.value ?? ""))),
    ),
  };
}

function card(rows: number): FakeSheetData {
  const indicator = (i: number): CanonicalRow => ({
    focusArea: "Brukere",
    mainGoal: null,
    successFactor: "Fornøyde brukere",
    kind: "unik",
    name: `Indikator ${i + 1}`,
    method: null,
    requirement: "≥ 5",
    limits: { retning: "higher", desired: 5, acceptable: 4, percent: false },
    results: [i % 7, (i * 3) % 7],
    comment: null,
  });
  return fakeSheet(
    canonicalSheet(
      "Målekort",
      {
        title: "Målekort – rammeområde Stor",
        periods: yearPeriods([2024, 2025]),
        rows: Array.from({ length: rows }, (_, i) => indicator(i)),
      },
      { blankRows: 0, protect: false, frameworkSheet: FRAMEWORK_SHEET, focusAreaCount: 6 },
    ),
  );
}

function setup(sheet: FakeSheetData, supported = ["1.8", "1.9", "1.13", "1.14"]) {
  const context = new FakeContext(sheet, [fakeSheet(frameworkSheet(DEFAULT_FRAMEWORK))]);
  const created: string[] = [];
  const env: ExcelEnvironment = {
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    supports: (version) => supported.includes(version),
    createWorkbook: async (base64) => {
      created.push(base64);
    },
  };
  return { context, host: createExcelHost(env), created };
}

/** Round trips `call` made. */
async function syncsOf(context: FakeContext, call: () => Promise<unknown>): Promise<number> {
  const before = context.syncs;
  await call();
  return context.syncs - before;
}

/** A spec with one formula, enough to make the host write. */
function fakeSpec(): SheetSpec {
  return {
    name: "Målekort",
    rows: [[{ formula: "1+1" }]],
    columns: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each([10, 5000])("the Excel host on a card of %i rows", (rows) => {
  it("reads the active sheet and another sheet in one sync each", async () => {
    const { context, host } = setup(card(rows));
    let grid = null;
    expect(await syncsOf(context, async () => (grid = await host.readActiveSheet()))).toBe(1);
    expect(readScorecard(grid!).indicators).toHaveLength(rows);
    expect(await syncsOf(context, () => host.readSheet(FRAMEWORK_SHEET))).toBe(1);
  });

  it("selects a cell in one sync", async () => {
    const { context, host } = setup(card(rows));
    expect(await syncsOf(context, () => host.selectCell("Målekort", `E${rows + 4}`))).toBe(1);
    expect(context.written).toMatchObject({ activeSheet: "Målekort", selected: `Målekort!E${rows + 4}` });
  });

  it("writes the traffic light in two syncs, events off while writing, screen updating paused", async () => {
    const { context, host } = setup(card(rows));
    const grid = (await host.readActiveSheet())!;
    const plan = trafficLightInPlace(grid, readScorecard(grid), DEFAULT_FRAMEWORK, { blankRows: 0 });
    if (!plan.ok) throw new Error(plan.message);
    expect(await syncsOf(context, () => host.writeInPlace("Målekort", plan.spec))).toBe(2);
    // Two hidden statuses, Status and Endring: one range write each, filled down by Excel.
    expect([...context.written.formulas.keys()].sort()).toEqual(
      ["M", "N", "P", "Q"].map((c) => `${c}5:${c}${rows + 4}`),
    );
    expect(context.written).toMatchObject({ enableEvents: true, suspendedScreenUpdating: 1 });
  });

  it("inserts sheets and adds a chart in one sync each", async () => {
    const { context, host } = setup(card(rows));
    expect(await syncsOf(context, () => host.insertSheets(new Uint8Array([80, 75, 3, 4])))).toBe(1);
    const request = {
      sheet: "Målekort",
      dataRange: `A4:E${rows + 4}`,
      title: "Status per rammeområde",
      anchor: "H4",
    };
    expect(await syncsOf(context, () => host.addChart(request))).toBe(1);
  });
});

describe("the Excel host's capabilities and charts", () => {
  it("offers inserting sheets from ExcelApi 1.13 only", () => {
    expect(setup(card(1)).host.capabilities).toEqual({
      writeInPlace: true,
      insertSheets: true,
      newWorkbook: true,
      charts: true,
    });
    expect(setup(card(1), ["1.8", "1.9"]).host.capabilities.insertSheets).toBe(false);
  });

  it("says a missing sheet is not there, without failing", async () => {
    const { host } = setup(card(1));
    expect(await host.readSheet("Finnes ikke")).toBeNull();
  });

  it("draws stacked bars titled in Norwegian at the anchor, coloured by status where asked", async () => {
    const { context, host } = setup(card(3));
    await host.addChart({
      sheet: "Målekort",
      dataRange: "A1:F8",
      title: "Status per rammeområde",
      anchor: "H2",
      seriesFills: ["desired", "acceptable", "unacceptable", "missing", null],
    } as Parameters<typeof host.addChart>[0]);
    expect(context.written.charts).toEqual([
      expect.objectContaining({
        sheet: "Målekort",
        type: "BarStacked",
        source: "A1:F8",
        seriesBy: "Columns",
        title: "Status per rammeområde",
        position: "H2",
        legend: "Bottom",
        seriesFills: { 0: "#63BE7B", 1: "#FFD966", 2: "#F8696B", 3: "#A6A6A6" },
      }),
    ]);
  });

  it("switches events back on when a write fails", async () => {
    const { context, host } = setup(card(1));
    await expect(host.writeInPlace("Slettet", { ...fakeSpec(), name: "Slettet" })).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    expect(context.written.enableEvents).toBe(true);
  });

  it("opens a new workbook from the bytes", async () => {
    const { host, created } = setup(card(1));
    await host.openNewWorkbook(new Uint8Array([1, 2, 3]), "oversikt.xlsx");
    expect(created).toEqual(["AQID"]);
  });
});

describe("listening for changes", () => {
  it("hears the user's edits, not its own writes, until it stops listening", async () => {
    const { context, host } = setup(card(10));
    const heard: number[] = [];
    let stop: () => Promise<void> = async () => undefined;
    expect(await syncsOf(context, async () => (stop = await host.onChanged(() => heard.push(1))))).toBe(1);
    context.userEdit("Målekort", "K5");
    await tick();
    expect(heard).toHaveLength(1);

    const grid = (await host.readActiveSheet())!;
    const plan = trafficLightInPlace(grid, readScorecard(grid), DEFAULT_FRAMEWORK);
    if (!plan.ok) throw new Error(plan.message);
    await host.writeInPlace("Målekort", plan.spec);
    await tick();
    expect(heard).toHaveLength(1);

    expect(await syncsOf(context, stop)).toBe(1);
    expect(context.handlerCount).toBe(0);
    context.userEdit("Målekort", "K6");
    await tick();
    expect(heard).toHaveLength(1);
  });

  it("would hear its own writes if it did not switch events off: the fake raises them", async () => {
    const { context, host } = setup(card(10));
    const heard: string[] = [];
    await host.onChanged(() => heard.push("changed"));
    (context.workbook.worksheets.getItem("Målekort").getRange("A1") as { formulas: string }).formulas = "=1";
    await context.sync();
    await tick();
    expect(heard).toEqual(["changed"]);
  });

  it("hears another sheet coming in front, by the user or by its own activation", async () => {
    const { context, host } = setup(card(10));
    const heard: number[] = [];
    const stop = await host.onChanged(() => heard.push(1));
    context.userActivate("Rammeverk");
    await tick();
    expect(heard).toHaveLength(1);
    await host.selectCell("Målekort", "E9");
    await tick();
    expect(heard).toHaveLength(2);
    expect(await syncsOf(context, stop)).toBe(1);
    expect(context.handlerCount).toBe(0);
  });

  it("listens on the active sheet where Excel is older than ExcelApi 1.9", async () => {
    const { context, host } = setup(card(10), ["1.8"]);
    const heard: number[] = [];
    await host.onChanged(() => heard.push(1));
    context.userEdit("Rammeverk", "A2");
    context.userEdit("Målekort", "K5");
    await tick();
    expect(heard).toHaveLength(1);
  });
});
