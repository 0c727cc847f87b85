// Structure validation, through the reader, so every finding points at the cell a leader must fix.

import { parseFramework, type Framework } from "../../src/domain/framework";
import { similarity } from "../../src/domain/validate";
import { readScorecard } from "../../src/workbook/read-scorecard";
import { gridFrom } from "../helpers/cards";

const HEADER = ["Fokusområde", "Hovedmål", "Suksessfaktor", "Måleindikator", "Resultatkrav", "2015"];

function card(rows: unknown[][], framework?: Framework) {
  return readScorecard(gridFrom({ name: "Kort", rows: [["Rammeområde: NAV"], HEADER, ...rows] }), framework);
}

const MUNICIPALITY = parseFramework({
  name: "Eksempel",
  focusAreas: [
    { name: "Medarbeidere", mainGoal: "Motiverte og kompetente medarbeidere" },
    { name: "Brukere", mainGoal: "Gode tjenester" },
  ],
  successFactors: [
    {
      name: "Godt arbeidsmiljø",
      focusArea: "Medarbeidere",
      indicators: [
        { name: "Sykefravær i prosent" },
        { name: "Medarbeidertilfredshet" },
        { name: "Gjennomførte medarbeidersamtaler" },
      ],
    },
  ],
});

describe("structure validation", () => {
  it("reads the rammeområde from a label row", () => {
    expect(
      card([
        [
          "Brukere",
          "Gode tjenester med fokus på kvalitet, tilgjengelighet og brukermedvirkning",
          "Service",
          "Svartid",
          "Maks 2 dager",
          1,
        ],
      ]).area,
    ).toBe("NAV");
  });

  it("flags an unknown focus area once, at its cell, with the choices", () => {
    const result = card([
      ["Brukerne våre", "", "Service", "Svartid", "≤ 2", 1],
      ["Brukerne våre", "", "Service", "Klager", "≤ 5", 1],
    ]);
    const found = result.findings.filter((f) => f.code === "unknown-focus-area");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: "A3" });
    expect(found[0].message).toContain("Læring og fornying");
  });

  it("flags a goal that belongs to another focus area", () => {
    const result = card([
      ["Medarbeidere", "Fremtidsrettet og lærende organisasjon", "Kompetanse", "Kurs", "≥ 2", 3],
    ]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: "goal-not-in-focus-area", severity: "error", cell: "B3" }),
    );
  });

  it("flags an indicator without a success factor where others have one", () => {
    const result = card([
      ["Brukere", "", "Service", "Svartid", "≤ 2", 1],
      ["Brukere", "", "", "", "", ""],
    ]);
    expect(result.findings.filter((f) => f.code === "success-factor-missing")).toHaveLength(0);
    const first = readScorecard(
      gridFrom({
        name: "K",
        rows: [
          ["Fokusområde", "Måleindikator", "Suksessfaktor", "Resultatkrav"],
          ["Brukere", "Svartid", "", "≤ 2"],
        ],
      }),
    );
    expect(first.findings).toContainEqual(expect.objectContaining({ code: "success-factor-missing" }));
  });

  it("flags duplicate indicators with the row of the first", () => {
    const result = card([
      ["Brukere", "", "Service", "Svartid", "≤ 2", 1],
      ["Brukere", "", "Service", "svartid ", "≤ 3", 1],
    ]);
    const dup = result.findings.find((f) => f.code === "duplicate-indicator");
    expect(dup?.cell).toBe("D4");
    expect(dup?.message).toContain("rad 3");
  });

  it("checks the gjennomgående indicators of the framework: missing and worded differently", () => {
    const result = card(
      [
        [
          "Medarbeidere",
          "Motiverte og kompetente medarbeidere",
          "Godt arbeidsmiljø",
          "Sykefravær i %",
          "Maks 6 %",
          0.05,
        ],
        ["Medarbeidere", "", "Godt arbeidsmiljø", "Medarbeidertilfredshet", "≥ 4", 4.2],
      ],
      MUNICIPALITY,
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: "shared-indicator-wording", cell: "D3" }),
    );
    const missing = result.findings.filter((f) => f.code === "shared-indicator-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("Gjennomførte medarbeidersamtaler");
  });

  it("flags an indicator marked gjennomgående that the framework does not have", () => {
    const result = readScorecard(
      gridFrom({
        name: "K",
        rows: [
          ["Fokusområde", "Suksessfaktor", "Type", "Måleindikator", "Resultatkrav"],
          ["Medarbeidere", "Godt arbeidsmiljø", "Gjennomgående", "Antall kaffemaskiner", "≥ 2"],
          ["Medarbeidere", "Godt arbeidsmiljø", "Gjennomgående", "Sykefravær i prosent", "Maks 6 %"],
        ],
      }),
      MUNICIPALITY,
    );
    expect(result.indicators.map((i) => i.kind)).toEqual(["gjennomgående", "gjennomgående"]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: "not-a-shared-indicator", cell: "C2" }),
    );
  });

  it("scores similar wordings high and unrelated ones low", () => {
    expect(similarity("Sykefravær i prosent", "Sykefravær i %")).toBeGreaterThan(0.72);
    expect(similarity("Sykefravær", "Brukertilfredshet")).toBeLessThan(0.4);
    expect(similarity("Svartid", "svartid.")).toBe(1);
  });
});
