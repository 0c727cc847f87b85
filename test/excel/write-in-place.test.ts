// The in-place writer: a canonical card's formulas, validation and conditional formats through
// Office.js in a constant number of syncs, nothing visible before the sync, no value ever written.

import { shiftFormula, writeInPlace } from "../../src/excel/write-in-place";
import { canonicalSheet } from "../../src/workbook/canonical";
import { STATUS_TEXT } from "../../src/workbook/canonical-formulas";
import { FRAMEWORK_SHEET } from "../../src/workbook/framework-sheet";
import { yearPeriods } from "../../src/workbook/template";
import { FakeContext } from "../helpers/fake-excel";

function spec(rows: number) {
  return canonicalSheet(
    "Målekort",
    { title: "Målekort – rammeområde Test", periods: yearPeriods([2024, 2025, 2026]), rows: [] },
    { blankRows: rows, protect: false, frameworkSheet: FRAMEWORK_SHEET, focusAreaCount: 6 },
  );
}

function context() {
  const ctx = new FakeContext({ name: "Målekort", values: [] });
  return ctx as unknown as Excel.RequestContext & FakeContext;
}

describe("writing the traffic light into an existing card", () => {
  it.each([10, 5000])("takes one sync for %i rows, with calculation suspended", async (rows) => {
    const ctx = context();
    const syncs = await writeInPlace(ctx, "Målekort", spec(rows));
    expect(syncs).toBe(1);
    expect(ctx.syncs).toBe(1);
    expect(ctx.written.suspendedCalculation).toBe(1);
    // One range write per formula column (3 hidden statuses, Status, Endring), not one per row.
    expect(ctx.written.formulas.size).toBe(5);
    // One formula for the whole column, filled down by Excel: the request stays small at any size.
    const hidden = ctx.written.formulas.get(`Q5:Q${4 + rows}`)!;
    expect(typeof hidden).toBe("string");
    expect(hidden).toBe(`=${spec(rows).rows[4][16]!.formula}`);
    expect(hidden).toMatch(/^=IF\(TRIM\(\$E5\)="",""/);
    expect(hidden).toContain(`"${STATUS_TEXT.unrated}"`);
  });

  it("writes dropdowns with Norwegian prompts and the colour rules", async () => {
    const ctx = context();
    await writeInPlace(ctx, "Målekort", spec(10));
    expect(ctx.written.validations.get("A5:A14")).toMatchObject({
      cleared: true,
      rule: { list: { inCellDropDown: true, source: "=Rammeverk!$A$2:$A$7" } },
      prompt: { showPrompt: true, message: "Velg fokusområdet fra listen." },
      errorAlert: { showAlert: true, style: "Stop" },
    });
    expect(ctx.written.conditionalFormats.get("K5:K14")).toEqual([
      { type: "Custom", formula: '=$Q5="Ønsket"', color: "#C6EFCE" },
      { type: "Custom", formula: '=$Q5="Akseptabelt"', color: "#FFEB9C" },
      { type: "Custom", formula: '=$Q5="Uakseptabelt"', color: "#FFC7CE" },
      { type: "Custom", formula: '=$Q5="Mangler"', color: "#D9D9D9" },
    ]);
  });

  it("shows nothing before the sync, as Excel does", async () => {
    const ctx = context();
    const pending = writeInPlace(ctx, "Målekort", spec(10));
    expect(ctx.written.formulas.size).toBe(0);
    await pending;
    expect(ctx.written.formulas.size).toBe(5);
  });

  it("moves references the way Excel's fill does, and leaves quoted text and absolute rows alone", () => {
    expect(shiftFormula('=IF($E5="K1",$Q$4+R5,"Ny T1")', 3)).toBe('=IF($E8="K1",$Q$4+R8,"Ny T1")');
    expect(shiftFormula("=TRIM(AB12)", 1)).toBe("=TRIM(AB13)");
  });

  it("splits the batch only to stay under the request size limit", async () => {
    const ctx = context();
    const syncs = await writeInPlace(ctx, "Målekort", spec(5000), { maxRequestBytes: 4000 });
    expect(syncs).toBeGreaterThan(1);
    expect(syncs).toBe(ctx.syncs);
    expect(ctx.written.formulas.size).toBe(5);
  });
});
