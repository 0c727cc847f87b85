// The in-place traffic light: formulas, dropdowns and colour rules written where an existing
// canonical card stands on its sheet, equal to the template's own on a fresh template, judging as
// the engine does wherever the card has moved, and never writing over what a leader typed.

import { readFileSync } from "node:fs";
import type { RawCellContent } from "hyperformula";
import { changeBetween } from "../../src/domain/change";
import { DEFAULT_FRAMEWORK, parseFramework } from "../../src/domain/framework";
import { RETNING } from "../../src/domain/limits";
import { canonicalSheet, type CanonicalRow } from "../../src/workbook/canonical";
import { STATUS_TEXT, TREND_TEXT } from "../../src/workbook/canonical-formulas";
import { FRAMEWORK_SHEET, frameworkSheet } from "../../src/workbook/framework-sheet";
import { cellText, type SheetGrid } from "../../src/workbook/grid";
import { readScorecard } from "../../src/workbook/read-scorecard";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { inPlaceObstacle, trafficLightInPlace } from "../../src/workbook/traffic-light";
import { gridFrom, KRISTIANSUND } from "../helpers/cards";
import { evaluateSheets, rawFromGrid, rawSheet, shownSheets } from "../helpers/spec-grid";

const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));
const PERIODS = yearPeriods([2024, 2025, 2026]);

/** The sheet as Excel shows it to the add-in: formulas replaced by what they compute. */
function shown(spec: SheetSpec): SheetGrid {
  return shownSheets([spec, frameworkSheet(framework)])[0];
}

function plan(grid: SheetGrid, options = {}) {
  const result = trafficLightInPlace(grid, readScorecard(grid, framework), framework, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function formulasOf(spec: SheetSpec): Map<string, string> {
  const found = new Map<string, string>();
  spec.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula !== undefined) found.set(`${r},${c}`, cell.formula);
    }),
  );
  return found;
}

describe("the traffic light on a fresh template", () => {
  it("is the template's own formulas, dropdowns and colour rules, cell for cell", () => {
    const [template] = templateSheets({
      framework,
      card: { kind: "rammeomrade", area: "Kultur" },
      periods: PERIODS,
    });
    const result = plan(shown(template), { blankRows: 40 });
    expect(formulasOf(result.spec)).toEqual(formulasOf(template));
    expect(result.spec.validations).toEqual(template.validations);
    expect(result.spec.conditionalFormats).toEqual(template.conditionalFormats);
    expect(result.keptRows).toEqual([]);
    expect(result.judgedRows).toBe(readScorecard(shown(template), framework).indicators.length);
    expect(inPlaceObstacle(shown(template), readScorecard(shown(template), framework))).toBeNull();
  });

  it("writes formulas only, never a value", () => {
    const [template] = templateSheets({ framework, card: { kind: "felles" }, periods: PERIODS });
    const { spec } = plan(shown(template));
    const cells = spec.rows.flatMap((row) => (row ?? []).filter((cell) => cell !== undefined));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(Object.keys(cell!)).toEqual(["formula"]);
  });

  it("leaves the framework dropdowns out when the workbook has no framework sheet", () => {
    const [template] = templateSheets({ framework, card: { kind: "felles" }, periods: PERIODS });
    const { spec } = plan(shown(template), { frameworkSheet: null });
    expect(spec.validations.map((v) => v.rule.kind === "list" && v.rule.source)).not.toContainEqual(
      expect.stringContaining("Rammeverk"),
    );
    expect(spec.validations.length).toBe(template.validations.length - 2);
  });
});

const row = (name: string, over: Partial<CanonicalRow>): CanonicalRow => ({
  focusArea: "Brukere",
  mainGoal: null,
  successFactor: "Fornøyde brukere",
  kind: "unik",
  name,
  method: null,
  requirement: null,
  limits: null,
  results: [null, null, null],
  comment: null,
  ...over,
});

const limits = (
  retning: keyof typeof RETNING,
  desired: number | string | null,
  acceptable: number | null,
) => ({
  retning,
  desired,
  acceptable,
  percent: false,
});

/** A filled card as a leader keeps it: one row's statuses set at an upgrade for a rule no formula can judge. */
function filledCard(): SheetGrid {
  const spec = canonicalSheet(
    "Kultur",
    {
      title: "Målekort – rammeområde Kultur",
      periods: PERIODS,
      rows: [
        row("Brukertilfredshet", { limits: limits("higher", 5, 4.5), results: [5.2, 4.6, 4.1] }),
        row("Ventetid", { limits: limits("lower", 10, 20), results: [8, 15, "Ikke målt"] }),
        row("Utlån", { limits: limits("increasing", null, null), results: [3, 4, 4] }),
        row("Nytt system", {
          limits: limits("text", "Innført", null),
          results: [null, "I arbeid", "Innført"],
        }),
        row("Besøk mot landssnittet", {
          requirement: "> landssnitt",
          results: [100, 120, 110],
          fixedStatuses: ["unrated", "desired", "acceptable"],
          fixedReason: "Kravet kan ikke vurderes med en formel.",
          fixedChange: null,
        }),
        row("Uten krav", { results: [1, null, 2] }),
      ],
    },
    {
      blankRows: 3,
      protect: false,
      frameworkSheet: FRAMEWORK_SHEET,
      focusAreaCount: framework.focusAreas.length,
    },
  );
  return shown(spec);
}

/** The card moved: three rows above it, two columns left of it, a blank row inside, an indicator added below. */
function movedCard(): { raw: RawCellContent[][]; grid: SheetGrid } {
  const raw = rawFromGrid(filledCard()).map((cells) => [null, null, ...cells]);
  raw.splice(0, 0, [], ["Kommunens målekort"], []);
  raw.splice(9, 0, []); // between Ventetid (row 9) and Utlån
  const added = new Array<RawCellContent>(40).fill(null);
  const at = (label: string) => raw[6].findIndex((v) => v === label);
  added[at("Måleindikator")] = "Nye brukere";
  added[at("Retning")] = RETNING.higher;
  added[at("Ønsket")] = 10;
  added[at("Akseptabelt")] = 5;
  added[at("Resultat 2024")] = 12;
  added[at("Resultat 2025")] = 7;
  added[at("Resultat 2026")] = 3;
  raw[raw.length + 2] = added; // below the template's blank rows, where no formula was
  const grid = evaluateSheets({ Kultur: raw }).Kultur;
  return { raw, grid };
}

describe("the traffic light on a card that has moved on its sheet", () => {
  const { raw, grid } = movedCard();
  const card = readScorecard(grid, framework);
  const result = plan(grid, { blankRows: 2 });
  const header = grid.values[6].map((v) => cellText(v));
  const column = (label: string) => header.indexOf(label);

  it("keeps the row whose statuses are values no formula can give", () => {
    const kept = card.indicators.find((i) => i.name === "Besøk mot landssnittet")!;
    expect(result.keptRows).toEqual([kept.row]);
    expect(result.spec.rows[kept.row - 1]).toBeUndefined();
    expect(result.judgedRows).toBe(card.indicators.length - 1);
  });

  it("covers the blank row inside, the indicator added below and two blank rows more", () => {
    const last = Math.max(...card.indicators.map((i) => i.row));
    expect(result.spec.rows[9]?.[column("Status")]?.formula).toBeDefined();
    expect(result.spec.rows.length).toBe(last + 2);
    expect(result.spec.conditionalFormats.at(-1)!.range).toBe(`${"P"}8:P${last + 2}`);
    expect(column("Status")).toBe(15);
  });

  it("judges every result as the engine does, with the formulas where they now stand", () => {
    for (const [r, cells] of result.spec.rows.entries())
      cells?.forEach((cell, c) => ((raw[r] ??= [])[c] = `=${cell!.formula}`));
    const computed = evaluateSheets({
      Kultur: raw,
      [FRAMEWORK_SHEET]: rawSheet(frameworkSheet(framework)),
    }).Kultur;
    const judged = card.indicators.filter((i) => !result.keptRows.includes(i.row));
    expect(judged.map((i) => i.name)).toContain("Nye brukere");
    for (const indicator of judged) {
      const at = (label: string) => computed.values[indicator.row - 1][column(label)];
      const statuses = PERIODS.map((p) => at(`Status ${p.key}`));
      expect([indicator.name, statuses]).toEqual([
        indicator.name,
        indicator.results.map((x) => STATUS_TEXT[x.status]),
      ]);
      expect(at("Status")).toBe(statuses[2]);
      const values = indicator.results.map((x) => x.value);
      const change = changeBetween(indicator.rule, values[2], values[1]);
      expect([indicator.name, at("Endring")]).toEqual([indicator.name, change ? TREND_TEXT[change] : null]);
    }
  });
});

describe("a card the traffic light cannot be written into", () => {
  it("says a hand-made layout is not canonical and points to «Oppgrader»", () => {
    const grid = gridFrom(KRISTIANSUND);
    const result = trafficLightInPlace(grid, readScorecard(grid, framework), framework);
    expect(result).toMatchObject({ ok: false, reason: "not-canonical" });
    expect(inPlaceObstacle(grid, readScorecard(grid, framework))).toEqual(result);
    if (result.ok) return;
    expect(result.message).toContain("Oppgrader");
    expect(result.message).toContain("«Retning»");
    expect(result.message).toContain("Arket «Kultur»");
  });

  it("says a canonical card without its hidden status columns is not canonical", () => {
    const grid = filledCard();
    for (const cells of grid.values) cells?.splice(16); // drop «Status 2024» … «Status 2026»
    const result = trafficLightInPlace(grid, readScorecard(grid, framework), framework);
    expect(result).toMatchObject({ ok: false, reason: "not-canonical" });
    if (!result.ok) expect(result.message).toContain("«Status 2024», «Status 2025», «Status 2026»");
  });

  it("says so when the sheet has no card", () => {
    const grid: SheetGrid = { name: "Notater", values: [["Husk møtet"]], merges: [] };
    const result = trafficLightInPlace(grid, readScorecard(grid, DEFAULT_FRAMEWORK), DEFAULT_FRAMEWORK);
    expect(result).toMatchObject({ ok: false, reason: "no-card" });
    expect(inPlaceObstacle(grid, readScorecard(grid, DEFAULT_FRAMEWORK))).toEqual(result);
  });
});
