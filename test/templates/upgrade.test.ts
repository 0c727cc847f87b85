// Upgrading hand-made cards: every text, result and comment survives, statuses stay the same, and
// what had to be interpreted is listed.

import ExcelJS from "exceljs";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import type { Indicator } from "../../src/domain/model";
import { readScorecardsFromBytes } from "../../src/files/read-scorecards";
import { writeWorkbook } from "../../src/files/write-workbook";
import { readScorecard } from "../../src/workbook/read-scorecard";
import { upgradeScorecards } from "../../src/workbook/upgrade";
import { ASKER, gridFrom, KRISTIANSUND, LOTEN } from "../helpers/cards";

const originals = [KRISTIANSUND, ASKER, LOTEN].map((spec) => readScorecard(gridFrom(spec)));
const upgrade = upgradeScorecards(originals, DEFAULT_FRAMEWORK);
let bytes: Uint8Array;
let upgraded: ReturnType<typeof readScorecard>[];

beforeAll(async () => {
  bytes = await writeWorkbook(upgrade.sheets);
  upgraded = await readScorecardsFromBytes(bytes);
});

function essence(ind: Indicator) {
  return {
    name: ind.name,
    focusArea: ind.focusArea,
    successFactor: ind.successFactor,
    kind: ind.kind,
    method: ind.method,
    requirement: ind.requirement,
    comment: ind.comment,
    results: ind.results.map((r) => ({ period: r.period, value: r.value, status: r.status })),
  };
}

describe("upgrade of hand-made cards", () => {
  it("writes one canonical sheet per card, the framework and the interpretations", () => {
    expect(upgrade.sheets.map((s) => s.name)).toEqual(["Kultur", "Barnehager", "Renhold", "Rammeverk", "Tolkninger"]);
    expect(upgraded.map((c) => c.found)).toEqual([true, true, true, false, false]);
  });

  it("keeps every indicator with its texts, results, comments and statuses", () => {
    originals.forEach((original, i) => {
      expect(upgraded[i].area).toBe(original.area);
      expect(upgraded[i].indicators.map(essence)).toEqual(original.indicators.map(essence));
    });
  });

  it("fills the main goal from the framework where the card had none, and says so", () => {
    const barnehager = upgraded[1];
    expect(barnehager.indicators[0].mainGoal).toBe(DEFAULT_FRAMEWORK.focusAreas.find((a) => a.name === "Brukere")!.mainGoal);
    expect(upgrade.interpretations).toContainEqual(
      expect.objectContaining({ sheet: "Barnehager", message: expect.stringContaining("fylt inn fra rammeverket") }),
    );
  });

  it("keeps a result's original text as a note where a number was read out of it", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Kultur")!;
    // «Søknader behandlet innen frist» is the third indicator (row 7); 2015 is the third result column (M).
    expect(sheet.getCell("E7").value).toBe("Søknader behandlet innen frist");
    expect(sheet.getCell("M7").value).toBe(0.87);
    expect(sheet.getCell("M7").note).toBe("Opprinnelig: «87 % 20 av 23»");
  });

  it("turns requirements into Retning, Ønsket and Akseptabelt where a formula can judge them", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const kultur = workbook.getWorksheet("Kultur")!;
    const limits = (row: number) => ["H", "I", "J"].map((c) => kultur.getCell(`${c}${row}`).value);
    expect(limits(5)).toEqual(["Høyere er bedre", 6, 4.6]);
    expect(limits(8)).toEqual(["Lavere er bedre", 0, 30]);
    expect(limits(9)).toEqual(["Økende", null, null]);
    expect(limits(10)).toEqual(["Lavere er bedre", 0.05, null]);
    const renhold = workbook.getWorksheet("Renhold")!;
    expect(["H", "I"].map((c) => renhold.getCell(`${c}7`).value)).toEqual(["Tekst", "Godkjent"]);
    expect(["H", "I"].map((c) => renhold.getCell(`${c}8`).value)).toEqual(["Lavere enn grensen", 2]);
  });

  it("keeps statuses as values, with a note, where no formula can judge the requirement", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const barnehager = workbook.getWorksheet("Barnehager")!;
    expect(barnehager.getCell("H5").value).toBeNull();
    expect(barnehager.getCell("M5").note).toContain("kan ikke vurderes med en formel");
    expect(upgrade.interpretations.filter((i) => i.message.includes("kan ikke vurderes med en formel"))).toHaveLength(3);
  });
});
