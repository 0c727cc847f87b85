// The three layouts of the rules page, read from the grid a host hands the reader.

import type { Indicator, Scorecard, Status } from "../../src/domain/model";
import { readScorecard } from "../../src/workbook/read-scorecard";
import { ASKER, gridFrom, KRISTIANSUND, LOTEN } from "../helpers/cards";

function byName(card: Scorecard, name: string): Indicator {
  const found = card.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}; have ${card.indicators.map((i) => i.name).join(", ")}`);
  return found;
}

function statuses(ind: Indicator): Status[] {
  return ind.results.map((r) => r.status);
}

function codes(card: Scorecard): string[] {
  return card.findings.map((f) => f.code);
}

describe("Kristiansund layout (title rows, legend, merged success factors)", () => {
  const card = readScorecard(gridFrom(KRISTIANSUND));

  it("finds the card, its rammeområde and periods", () => {
    expect(card.found).toBe(true);
    expect(card.area).toBe("Kultur");
    expect(card.periods.map((p) => p.key)).toEqual(["2013", "2014", "2015"]);
    expect(card.indicators.map((i) => i.row)).toEqual([5, 6, 7, 8, 9, 10, 15]);
  });

  it("takes focus area and goal from the title rows and success factors from merged or blank cells", () => {
    const lending = byName(card, "Utlån per innbygger");
    expect(lending.focusArea).toBe("Brukere");
    expect(lending.mainGoal).toBe(
      "Gode tjenester med fokus på kvalitet, tilgjengelighet og brukermedvirkning",
    );
    expect(lending.successFactor).toBe("Fornøyde brukere");
    expect(byName(card, "Søknader behandlet innen frist").successFactor).toBe("Fornøyde brukere");
    expect(byName(card, "Besøk i kulturskolen").successFactor).toBe("Trygge arrangementer");
    const staff = byName(card, "Medarbeidertilfredshet");
    expect(staff.focusArea).toBe("Medarbeidere");
    expect(staff.mainGoal).toBe("Motiverte og kompetente medarbeidere");
    expect(staff.successFactor).toBe("Godt arbeidsmiljø");
  });

  it("judges every result against its requirement", () => {
    expect(statuses(byName(card, "Brukertilfredshet bibliotek"))).toEqual([
      "acceptable",
      "acceptable",
      "desired",
    ]);
    expect(statuses(byName(card, "Utlån per innbygger"))).toEqual(["unacceptable", "desired", "missing"]);
    expect(statuses(byName(card, "Søknader behandlet innen frist"))).toEqual([
      "acceptable",
      "unacceptable",
      "acceptable",
    ]);
    expect(byName(card, "Søknader behandlet innen frist").results[2].value).toBeCloseTo(0.87);
    expect(statuses(byName(card, "Antall avvik"))).toEqual(["acceptable", "unacceptable", "acceptable"]);
    expect(statuses(byName(card, "Besøk i kulturskolen"))).toEqual(["unrated", "desired", "unacceptable"]);
    expect(statuses(byName(card, "Sykefravær"))).toEqual(["unacceptable", "desired", "desired"]);
    expect(statuses(byName(card, "Medarbeidertilfredshet"))).toEqual(["unacceptable", "desired", "missing"]);
  });

  it("keeps requirement, method and comment as written", () => {
    const first = byName(card, "Brukertilfredshet bibliotek");
    expect(first.requirement).toBe("6,0 – 4,6");
    expect(first.method).toBe("bedrekommune.no, skala 1–6");
    expect(byName(card, "Antall avvik").comment).toBe("Tiltak satt inn");
    expect(first.rule).toEqual({
      kind: "threshold",
      direction: "higher",
      desired: { value: 6, inclusive: true },
      acceptable: { value: 4.6, inclusive: true },
      percent: false,
      unit: null,
    });
  });

  it("points findings at cells: a trend without a previous result, an inferred direction", () => {
    const trend = card.findings.find((f) => f.code === "trend-needs-previous");
    expect(trend?.cell).toBe("E9");
    const inferred = card.findings.find((f) => f.cell === "D10");
    expect(inferred?.severity).toBe("info");
    expect(codes(card)).not.toContain("unknown-focus-area");
    expect(codes(card)).not.toContain("goal-not-in-focus-area");
    expect(codes(card)).not.toContain("success-factor-missing");
  });
});

describe("Asker layout (three band columns)", () => {
  const card = readScorecard(gridFrom(ASKER));

  it("reads the area, the band columns and the focus areas", () => {
    expect(card.area).toBe("Barnehager");
    expect(card.periods.map((p) => p.key)).toEqual(["2015", "2016"]);
    const parents = byName(card, "Foreldretilfredshet (skala 1–6)");
    expect(parents.requirement).toBe("> 5 | 4,5 - 5 | < 4,5");
    expect(parents.rule?.kind).toBe("bands");
    expect(byName(card, "Andel barn med plass innen frist").successFactor).toBe("Tilfredse foreldre");
    expect(byName(card, "Sykefravær").focusArea).toBe("Medarbeidere");
  });

  it("judges results by the band they fall in", () => {
    expect(statuses(byName(card, "Foreldretilfredshet (skala 1–6)"))).toEqual(["desired", "acceptable"]);
    expect(statuses(byName(card, "Andel barn med plass innen frist"))).toEqual(["desired", "acceptable"]);
    expect(statuses(byName(card, "Sykefravær"))).toEqual(["acceptable", "unacceptable"]);
  });
});

describe("Løten layout (requirement after results, section rows)", () => {
  const card = readScorecard(gridFrom(LOTEN));

  it("reads the requirement column after the results and the kinds from section rows", () => {
    expect(card.periods.map((p) => p.key)).toEqual(["2013", "2014"]);
    expect(byName(card, "Sykefravær").requirement).toBe("Maks 7 %");
    expect(byName(card, "Sykefravær").kind).toBe("gjennomgående");
    expect(byName(card, "Medarbeidertilfredshet").kind).toBe("gjennomgående");
    expect(byName(card, "Renholdskvalitet (INSTA 800)").kind).toBe("unik");
    expect(byName(card, "Reklamasjoner per måned").kind).toBe("unik");
    expect(card.indicators).toHaveLength(4);
  });

  it("judges results, including qualitative ones", () => {
    expect(statuses(byName(card, "Sykefravær"))).toEqual(["unacceptable", "unacceptable"]);
    expect(statuses(byName(card, "Medarbeidertilfredshet"))).toEqual(["unacceptable", "missing"]);
    expect(statuses(byName(card, "Renholdskvalitet (INSTA 800)"))).toEqual(["desired", "desired"]);
    expect(statuses(byName(card, "Reklamasjoner per måned"))).toEqual(["unacceptable", "unacceptable"]);
  });

  it("reports the missing success factors once and the missing focus area", () => {
    expect(codes(card).filter((c) => c === "success-factor-missing")).toHaveLength(1);
    expect(codes(card)).toContain("focus-area-missing");
  });
});

describe("a sheet without a målekort", () => {
  it("says so with an info finding and no indicators", () => {
    const card = readScorecard(
      gridFrom({ name: "Notater", rows: [["Huskeliste"], ["Møte 12. mai", "Kari"]] }),
    );
    expect(card.found).toBe(false);
    expect(card.indicators).toEqual([]);
    expect(card.findings).toEqual([
      expect.objectContaining({ severity: "info", code: "no-scorecard", cell: null }),
    ]);
  });
});
