// The same cards through a real .xlsx file: what the file host hands the reader must give exactly
// what the layout tests established (merged cells, percent formats and text numbers included).

import { readScorecardsFromBytes } from "../../src/files/read-scorecards";
import { readScorecard } from "../../src/workbook/read-scorecard";
import { ASKER, gridFrom, KRISTIANSUND, LOTEN } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";

describe("cards read from a real workbook", () => {
  it("equal the cards read from their grids, sheet by sheet", async () => {
    const specs = [KRISTIANSUND, ASKER, LOTEN];
    const fromFile = await readScorecardsFromBytes(await cardsToXlsx(specs));
    expect(fromFile).toEqual(specs.map((spec) => readScorecard(gridFrom(spec))));
    expect(fromFile.map((c) => c.indicators.length)).toEqual([7, 3, 4]);
  });
});
