// The Office.js adapter against a fake that fails as Office.js does: one round trip at any size, and
// the grid it builds reads to the same card as the file host's grid.

import { readActiveSheetGrid, rangeFromAddress } from "../../src/excel/read-active-sheet";
import { readScorecard } from "../../src/workbook/read-scorecard";
import { gridFrom, KRISTIANSUND } from "../helpers/cards";
import { FakeContext, type FakeSheetData } from "../helpers/fake-excel";

function context(data: FakeSheetData): Excel.RequestContext & FakeContext {
  return new FakeContext(data) as unknown as Excel.RequestContext & FakeContext;
}

const asSheet = (rows: unknown[][]): FakeSheetData["values"] =>
  rows.map((row) => row.map((v) => (v === undefined || v === null ? "" : (v as string | number | boolean))));

function bigCard(rows: number): FakeSheetData {
  const values: FakeSheetData["values"] = [
    ["Målekort – rammeområde Stor"],
    [],
    ["Suksessfaktor", "Måleindikator", "Resultatkrav", "2014", "2015"],
  ];
  for (let i = 0; i < rows; i++)
    values.push([
      i % 10 === 0 ? `Faktor ${i}` : "",
      `Indikator ${i}`,
      i % 2 ? "≥ 50" : "Maks 10",
      i % 60,
      (i * 7) % 60,
    ]);
  return { name: "Stor", values };
}

describe("reading the active sheet through Office.js", () => {
  // This test reads before load and sync on purpose, which the Office.js lint rules rightly forbid.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("throws, like Office.js, when a property is read before load and sync", async () => {
    const ctx = context({ name: "K", values: [["x"]] });
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    sheet.load("name");
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheet.name).toBe("K");
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it.each([10, 5000])("reads a card of %i rows in exactly one sync", async (rows) => {
    const ctx = context(bigCard(rows));
    const grid = await readActiveSheetGrid(ctx, { mergedAreas: true });
    expect(ctx.syncs).toBe(1);
    expect(readScorecard(grid).indicators).toHaveLength(rows);
  });

  it("gives the same card as the file host for a hand-made card with merges, percent formats and errors", async () => {
    const ctx = context({
      name: KRISTIANSUND.name,
      values: asSheet(KRISTIANSUND.rows),
      numberFormats: KRISTIANSUND.formats,
      merges: KRISTIANSUND.merges,
    });
    const grid = await readActiveSheetGrid(ctx, { mergedAreas: true });
    expect(ctx.syncs).toBe(1);
    expect(readScorecard(grid)).toEqual(readScorecard(gridFrom(KRISTIANSUND)));
  });

  it("keeps cell addresses when the card does not start in A1, and reports error cells", async () => {
    const values: FakeSheetData["values"] = [
      [],
      ["", "", "Måleindikator", "Resultatkrav", "2015"],
      ["", "", "Svartid", "Maks 5", "#DIV/0!"],
    ];
    const ctx = context({ name: "K", values, errors: [[2, 4]] });
    const card = readScorecard(await readActiveSheetGrid(ctx, { mergedAreas: false }));
    expect(card.indicators[0].results[0]).toMatchObject({ cell: "E3", status: "unrated", value: "#DIV/0!" });
    expect(card.findings).toContainEqual(expect.objectContaining({ code: "cell-error", cell: "E3" }));
  });

  it("reads an empty sheet as an empty grid", async () => {
    const ctx = context({ name: "Tom", values: [] });
    expect(await readActiveSheetGrid(ctx, { mergedAreas: true })).toEqual({
      name: "Tom",
      values: [],
      numberFormats: [],
      merges: [],
    });
    expect(ctx.syncs).toBe(1);
  });

  it("parses merged-area addresses with quoted sheet names", () => {
    expect(rangeFromAddress("'Mål og resultat'!A5:B7")).toEqual({ top: 4, left: 0, bottom: 6, right: 1 });
    expect(rangeFromAddress("Ark1!C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });
});
