// Templates from the framework: structure, native enforcement, and the round trip
// template → results typed in → read back by the engine.

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { parseFramework } from "../../src/domain/framework";
import { RETNING_CHOICES } from "../../src/domain/limits";
import { readScorecardsFromBytes } from "../../src/files/read-scorecards";
import { writeWorkbook } from "../../src/files/write-workbook";
import { readWorkbookGrids } from "../../src/files/read-workbook";
import { readFrameworkSheet } from "../../src/workbook/framework-sheet";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { committedTemplates } from "../../scripts/templates";
import { editWorkbook, KULTUR_RESULTS } from "../helpers/fill-template";

const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));
const STRUCTURE_CODES = [
  "unknown-focus-area",
  "goal-not-in-focus-area",
  "success-factor-missing",
  "shared-indicator-missing",
  "shared-indicator-wording",
  "duplicate-indicator",
  "requirement-unreadable",
  "limits-contradict-direction",
  "direction-unknown",
];

async function kulturTemplate(protect = false): Promise<Uint8Array> {
  return writeWorkbook(
    templateSheets({ framework, card: { kind: "rammeomrade", area: "Kultur" }, periods: yearPeriods([2024, 2025, 2026]), protect }),
  );
}

describe("a rammeområde template", () => {
  it("is a canonical card with the gjennomgående indicators, read without structure findings", async () => {
    const [card, frameworkCard] = await readScorecardsFromBytes(await kulturTemplate(), framework);
    expect(card).toMatchObject({ sheet: "Målekort", area: "Kultur", found: true });
    expect(card.periods.map((p) => p.key)).toEqual(["2024", "2025", "2026"]);
    expect(card.indicators.map((i) => [i.name, i.kind, i.focusArea])).toEqual([
      ["Sykefravær", "gjennomgående", "Medarbeidere"],
      ["Medarbeidertilfredshet", "gjennomgående", "Medarbeidere"],
      ["Avvik fra budsjett", "gjennomgående", "Økonomi"],
      ["Brukertilfredshet", "gjennomgående", "Brukere"],
    ]);
    expect(card.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(frameworkCard.findings.map((f) => f.code)).toEqual(["framework-sheet"]);
  });

  it("turns typed results into the engine's statuses", async () => {
    // Sykefravær (Maks 6 %), Medarbeidertilfredshet (4,2 – 3,8), Avvik fra budsjett (+/- 1 %),
    // Brukertilfredshet (5,0 – 4,5), and the card's own Utlån per innbygger (Økende).
    const filled = await editWorkbook(await kulturTemplate(), "Målekort", KULTUR_RESULTS);
    const [card] = await readScorecardsFromBytes(filled, framework);
    const statuses = Object.fromEntries(card.indicators.map((i) => [i.name, i.results.map((r) => r.status)]));
    expect(statuses).toEqual({
      Sykefravær: ["unacceptable", "desired", "missing"],
      Medarbeidertilfredshet: ["desired", "acceptable", "unacceptable"],
      "Avvik fra budsjett": ["desired", "unrated", "unacceptable"],
      Brukertilfredshet: ["acceptable", "desired", "acceptable"],
      "Utlån per innbygger": ["unrated", "desired", "acceptable"],
    });
    expect(card.findings.filter((f) => STRUCTURE_CODES.includes(f.code))).toEqual([]);
  });

  it("holds its dropdowns, input messages and traffic light natively", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await kulturTemplate()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Målekort")!;
    const validation = (address: string) => sheet.getCell(address).dataValidation;
    expect(validation("A10")).toMatchObject({ type: "list", formulae: ["Rammeverk!$A$2:$A$7"], showInputMessage: true });
    // One rule for the whole column, relative to its top-left cell (A5), as Excel applies it row by row.
    expect(validation("B10").formulae[0]).toBe("OFFSET(Rammeverk!$B$1,MATCH($A5,Rammeverk!$A$2:$A$7,0),0,1,1)");
    expect(validation("D10")).toMatchObject({ type: "list", formulae: ['"Gjennomgående,Unik"'] });
    expect(validation("H10").formulae).toEqual([`"${RETNING_CHOICES.join(",")}"`]);
    expect(validation("I10")).toMatchObject({ type: "custom" });
    expect(validation("K10")).toMatchObject({ type: "custom", prompt: expect.stringContaining("Ikke målt") });
    const cfRanges = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(cfRanges).toEqual(["K5:K48", "L5:L48", "M5:M48", "N5:N48"]);
    expect(sheet.getCell("N5").formula).toBe("S5");
    expect(sheet.getColumn("S").hidden).toBe(true);
  });

  it("can lock the structure and leave results and comments open", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await kulturTemplate(true)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Målekort")!;
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell("K5").protection?.locked).toBe(false);
    expect(sheet.getCell("P5").protection?.locked).toBe(false);
    expect(sheet.getCell("E5").protection?.locked).not.toBe(false);
  });

  it("carries the framework on a sheet that reads back to the same framework", async () => {
    const { sheets } = await readWorkbookGrids(await kulturTemplate());
    const read = readFrameworkSheet(sheets.find((s) => s.name === "Rammeverk")!, framework.name);
    expect(read).toEqual({ ...framework, focusAreas: framework.focusAreas.map((a) => ({ name: a.name, mainGoal: a.mainGoal })) });
  });
});

describe("the committed templates", () => {
  it("are what npm run templates generates now", async () => {
    for (const { file, bytes } of await committedTemplates()) {
      expect({ file, same: Buffer.from(readFileSync(`templates/${file}`)).equals(Buffer.from(bytes)) }).toEqual({ file, same: true });
    }
  });

  it.each(["felles-malekort.xlsx", "malekort-rammeomrade.xlsx"])("%s reads as a card without structure errors", async (file) => {
    const [card] = await readScorecardsFromBytes(new Uint8Array(readFileSync(`templates/${file}`)), framework);
    expect(card.found).toBe(true);
    expect(card.indicators).toHaveLength(4);
    expect(card.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
