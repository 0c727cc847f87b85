// What individual cells can hold: error values, formulas without a stored result, text numbers,
// percent formats, merged structure cells, two-row headers.

import { readScorecard } from "../../src/workbook/read-scorecard";
import { gridFrom } from "../helpers/cards";

const HEADER = ["Suksessfaktor", "Måleindikator", "Resultatkrav", "Resultat 2014", "Resultat 2015"];

describe("result cells", () => {
  it("reports error values and uncalculated formulas as unrated, at the cell, and reads the rest", () => {
    const grid = gridFrom({
      name: "Kort",
      rows: [HEADER, ["Service", "Svartid", "Maks 5", 4, 6]],
    });
    grid.values[1][3] = { error: "#DIV/0!" };
    grid.values[1][4] = { error: "uncalculated", formula: "=B9/C9" };
    const card = readScorecard(grid);
    expect(card.indicators[0].results).toEqual([
      { period: "2014", value: "#DIV/0!", status: "unrated", cell: "D2" },
      { period: "2015", value: "=B9/C9", status: "unrated", cell: "E2" },
    ]);
    expect(card.findings).toContainEqual(
      expect.objectContaining({ code: "cell-error", cell: "D2", severity: "warning" }),
    );
    expect(card.findings).toContainEqual(
      expect.objectContaining({ code: "formula-not-calculated", cell: "E2" }),
    );
  });

  it("reads text numbers with decimal comma and thousands spaces", () => {
    const card = readScorecard(
      gridFrom({
        name: "K",
        rows: [HEADER, ["Økonomi", "Driftsresultat i kr", "≥ 100 000", "117 700", "99\u00a0500,5"]],
      }),
    );
    expect(card.indicators[0].results.map((r) => [r.value, r.status])).toEqual([
      [117700, "desired"],
      [99500.5, "unacceptable"],
    ]);
  });

  it("reads percent-formatted cells as fractions and shows percent requirements as written", () => {
    const card = readScorecard(
      gridFrom({
        name: "K",
        rows: [HEADER, ["Frister", "Andel innen frist", 0.9, 0.95, 0.85]],
        formats: { C2: "0%", D2: "0.0%", E2: "0%" },
      }),
    );
    const ind = card.indicators[0];
    expect(ind.requirement).toBe("90 %");
    expect(ind.results.map((r) => r.status)).toEqual(["desired", "unacceptable"]);
  });

  it("takes a structure cell merged over several rows for every row under it", () => {
    const card = readScorecard(
      gridFrom({
        name: "K",
        rows: [HEADER, ["Trygghet", "A", "≥ 1", 1, 1], ["", "B", "≥ 1", 1, 1], ["", "C", "≥ 1", 1, 1]],
        merges: ["A2:A4"],
      }),
    );
    expect(card.indicators.map((i) => i.successFactor)).toEqual(["Trygghet", "Trygghet", "Trygghet"]);
  });

  it("reads a header split over two rows, with the periods under a merged «Resultat»", () => {
    const card = readScorecard(
      gridFrom({
        name: "K",
        rows: [
          ["Suksessfaktor", "Måleindikator", "Resultatkrav", "Resultat", ""],
          ["", "", "", "T1 2016", "T2 2016"],
          ["Service", "Svartid", "Maks 5", 4, 6],
        ],
        merges: ["D1:E1"],
      }),
    );
    expect(card.periods.map((p) => p.key)).toEqual(["2016-T1", "2016-T2"]);
    expect(card.indicators[0].results.map((r) => r.status)).toEqual(["desired", "unacceptable"]);
  });

  it("finds a header that does not start in the first row or column", () => {
    const rows: unknown[][] = [[], ["", "", "Målekort – sektor Helse"], []];
    rows.push(["", "", "Måleindikator", "Målkrav", "2015"], ["", "", "Ventetid, dager", "Maks 14 dager", 10]);
    const card = readScorecard(gridFrom({ name: "K", rows }));
    expect(card.area).toBe("Helse");
    expect(card.indicators[0]).toMatchObject({
      row: 5,
      name: "Ventetid, dager",
      requirement: "Maks 14 dager",
    });
    expect(card.indicators[0].results[0]).toMatchObject({ status: "desired", cell: "E5" });
  });
});
