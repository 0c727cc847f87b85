// What a spreadsheet program shows: LibreOffice opens the committed template, filled in, recalculates it (forced), and
// its Status values must equal the engine's; rendered to PDF and PNG, every coloured cell must have the
// colour of its status. The PNG is kept in test-output/e2e; MALEKORT_UPDATE_PICTURES=1 also refreshes
// the README's picture in docs/.

import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { parseFramework } from "../../src/domain/framework";
import type { Status } from "../../src/domain/model";
import { readScorecardsFromBytes } from "../../src/files/read-scorecards";
import { canonicalHeaders } from "../../src/workbook/canonical";
import { STATUS_TEXT } from "../../src/workbook/canonical-formulas";
import { columnName } from "../../src/workbook/grid";
import { FILL_COLOURS } from "../../src/workbook/sheet-spec";
import { yearPeriods } from "../../src/workbook/template";
import { editWorkbook, KULTUR_RESULTS } from "../helpers/fill-template";
import { boxRows, colourBoxes, convert, cropToContent, renderFirstPage, sofficeAvailable } from "./soffice";

const OUT = join("test-output", "e2e");
const PERIODS = yearPeriods([2025, 2026, 2027]);
const COLUMNS = canonicalHeaders(PERIODS.map((p) => p.key)).index;
const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));
const available = sofficeAvailable();
if (!available)
  console.warn(
    "LibreOffice (soffice) or pdftoppm is missing: the end-to-end suite is skipped. Install libreoffice-calc-nogui and poppler-utils.",
  );

(available ? describe : describe.skip)("a filled template in LibreOffice", () => {
  const file = join(OUT, "filled-template.xlsx");
  let engine: Status[][];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    // The committed template, as a user downloads it from templates/, with the rammeområde typed in.
    const template = new Uint8Array(readFileSync("templates/malekort-rammeomrade.xlsx"));
    const filled = await editWorkbook(template, "Målekort", {
      ...KULTUR_RESULTS,
      A1: "Målekort – rammeområde Kultur",
    });
    writeFileSync(file, filled);
    const [card] = await readScorecardsFromBytes(filled, framework);
    engine = card.indicators.map((i) => i.results.map((r) => r.status));
  }, 60_000);

  it("recalculates every Status to the engine's status", async () => {
    const recalculated = await convert(file, "xlsx", OUT);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(recalculated) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Målekort")!;
    const computed = (address: string) => {
      const value = sheet.getCell(address).value as ExcelJS.CellFormulaValue | string | null;
      return value && typeof value === "object" && "result" in value ? value.result : value;
    };
    expect(engine).toHaveLength(5);
    engine.forEach((statuses, i) => {
      const row = 5 + i;
      const libreOffice = COLUMNS.hiddenStatus.map((c) => computed(`${columnName(c)}${row}`));
      expect(libreOffice).toEqual(statuses.map((s) => STATUS_TEXT[s]));
      expect(computed(`${columnName(COLUMNS.status)}${row}`)).toBe(
        STATUS_TEXT[statuses[statuses.length - 1]],
      );
    });
    expect(computed(`${columnName(COLUMNS.trend)}6`)).toBe("↓ dårligere");
  }, 240_000);

  it("shows each result and status in its status colour", async () => {
    const pdf = await convert(file, "pdf", OUT);
    const picture = await renderFirstPage(pdf, join(OUT, "filled-template.png"));
    const fills = {
      desired: FILL_COLOURS.desired,
      acceptable: FILL_COLOURS.acceptable,
      unacceptable: FILL_COLOURS.unacceptable,
      missing: FILL_COLOURS.missing,
    };
    const rows = boxRows(colourBoxes(picture, fills)).map((row) => row.map((box) => box.colour));
    // The legend first, then per indicator its coloured results and its Status (unrated cells stay white).
    const coloured = (statuses: Status[]) => statuses.filter((s) => s !== "unrated");
    const expected = [
      ["desired", "acceptable", "unacceptable", "missing"],
      ...engine.map((statuses) => coloured([...statuses, statuses[statuses.length - 1]])),
    ];
    expect(engine[2]).toContain("unrated"); // «I arbeid» against a number: no colour is guessed
    expect(rows).toEqual(expected);

    if (process.env.MALEKORT_UPDATE_PICTURES === "1") {
      const large = await renderFirstPage(pdf, join(OUT, "filled-template-large.png"), 220);
      mkdirSync("docs", { recursive: true });
      // Down to the last coloured cell and a little more: the template's empty rows are not the point.
      const lastColoured = Math.max(...colourBoxes(large, fills).map((b) => b.bottom));
      writeFileSync(
        join("docs", "trafikklys.png"),
        PNG.sync.write(cropToContent(large, 12, lastColoured + 60)),
      );
    }
  }, 240_000);
});
