// The jobs the task pane will run on files the user picks (bytes, no file system), as the CLI does.

import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { readWorkbookGrids } from "../../src/files/read-workbook";
import { checkWorkbookBytes, overviewWorkbook } from "../../src/files/workbook-jobs";
import { KRISTIANSUND } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";

describe("workbook jobs on bytes", () => {
  it("check a picked file, and report a bad one as its own error", async () => {
    const good = await checkWorkbookBytes(
      "kultur.xlsx",
      await cardsToXlsx([KRISTIANSUND]),
      DEFAULT_FRAMEWORK,
    );
    expect(good.error).toBeNull();
    expect(good.scorecards[0].indicators).toHaveLength(7);
    const bad = await checkWorkbookBytes("notat.xlsx", new TextEncoder().encode("tekst"), DEFAULT_FRAMEWORK);
    expect(bad).toEqual({
      file: "notat.xlsx",
      error: expect.objectContaining({ code: "not-a-workbook" }),
      scorecards: [],
    });
  });

  it("consolidate picked files into the overview workbook, or say there is nothing to hand over", async () => {
    const good = await checkWorkbookBytes(
      "kultur.xlsx",
      await cardsToXlsx([KRISTIANSUND]),
      DEFAULT_FRAMEWORK,
    );
    const bad = await checkWorkbookBytes("notat.xlsx", new TextEncoder().encode("tekst"), DEFAULT_FRAMEWORK);
    const { overview, bytes } = await overviewWorkbook([good, bad], DEFAULT_FRAMEWORK);
    expect(overview.areas.map((a) => a.area)).toEqual(["Kultur"]);
    const { sheets } = await readWorkbookGrids(bytes!);
    expect(sheets.map((s) => s.name)).toEqual([
      "Sammendrag",
      "Gjennomgående",
      "Alle indikatorer",
      "Problemer",
      "Statusfordeling",
    ]);
    expect((await overviewWorkbook([bad], DEFAULT_FRAMEWORK)).bytes).toBeNull();
  });
});
