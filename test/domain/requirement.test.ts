import type { Rule } from "../../src/domain/model";
import { type ParsedRequirement, parseRequirement } from "../../src/domain/requirement";

const codes = (parsed: ParsedRequirement) => parsed.findings.map((f) => f.code);

function limit(value: number, inclusive = true) {
  return { value, inclusive };
}

function threshold(
  direction: "higher" | "lower",
  desired: { value: number; inclusive: boolean },
  acceptable: { value: number; inclusive: boolean } | null = null,
  percent = false,
  unit: string | null = null,
): Rule {
  return { kind: "threshold", direction, desired, acceptable, percent, unit };
}

describe("comparators", () => {
  it.each([
    ["≥ 90", threshold("higher", limit(90))],
    [">= 90", threshold("higher", limit(90))],
    ["=> 90", threshold("higher", limit(90))],
    ["Minst 90", threshold("higher", limit(90))],
    ["minst 4,5", threshold("higher", limit(4.5))],
    ["Ikke under 80 %", threshold("higher", limit(0.8), null, true)],
    ["Over 90", threshold("higher", limit(90, false))],
    ["> 90", threshold("higher", limit(90, false))],
    [">90%", threshold("higher", limit(0.9, false), null, true)],
    ["Mer enn 5", threshold("higher", limit(5, false))],
    ["≤ 5", threshold("lower", limit(5))],
    ["<= 5", threshold("lower", limit(5))],
    ["=< 5", threshold("lower", limit(5))],
    ["Maks 5 dager", threshold("lower", limit(5), null, false, "dager")],
    ["Maks. 5 dgr", threshold("lower", limit(5), null, false, "dager")],
    ["Høyst 3", threshold("lower", limit(3))],
    ["Ikke over 5,5 %", threshold("lower", limit(0.055), null, true)],
    ["Under 5", threshold("lower", limit(5, false))],
    ["< 5 %", threshold("lower", limit(0.05, false), null, true)],
    ["Mindre enn 10 km", threshold("lower", limit(10, false), null, false, "km")],
    ["80 % eller mer", threshold("higher", limit(0.8), null, true)],
    ["2 eller færre", threshold("lower", limit(2))],
    ["≥ 117 700 kr", threshold("higher", limit(117700), null, false, "kr")],
  ])("reads %p", (text, rule) => {
    const parsed = parseRequirement(text);
    expect(parsed.rule).toEqual(rule);
    expect(parsed.findings).toEqual([]);
  });

  it("does not take a word that only starts like a comparator ('Overtid')", () => {
    expect(parseRequirement("Overtid 5").rule).toBeNull();
  });
});

describe("two limits in one cell", () => {
  it("reads 6,0 – 4,6 as desired ≥ 6,0, acceptable ≥ 4,6", () => {
    const parsed = parseRequirement("6,0 – 4,6");
    expect(parsed.rule).toEqual(threshold("higher", limit(6), limit(4.6)));
    expect(parsed.findings).toEqual([]);
  });

  it("reads 100-85 % with the % applying to both", () => {
    expect(parseRequirement("100-85 %").rule).toEqual(threshold("higher", limit(1), limit(0.85), true));
  });

  it("reads 0-30 as lower is better", () => {
    expect(parseRequirement("0-30").rule).toEqual(threshold("lower", limit(0), limit(30)));
  });

  it.each(["6,0 — 4,6", "6,0 - 4,6", "6,0−4,6", "6,0 til 4,6"])("accepts the separator in %p", (text) => {
    expect(parseRequirement(text).rule).toEqual(threshold("higher", limit(6), limit(4.6)));
  });

  it("applies a trailing unit to both limits", () => {
    expect(parseRequirement("14-21 dager").rule).toEqual(
      threshold("lower", limit(14), limit(21), false, "dager"),
    );
  });

  it("reads equal limits 5-5 as one limit (reach 5, direction inferred)", () => {
    const parsed = parseRequirement("5-5");
    expect(parsed.rule).toEqual(threshold("higher", limit(5)));
    expect(codes(parsed)).toEqual(["direction-inferred"]);
  });

  it("refuses limits in two different units", () => {
    const parsed = parseRequirement("5 dager - 3 uker");
    expect(parsed.rule).toBeNull();
    expect(codes(parsed)).toEqual(["units-differ"]);
  });

  it("reads two comparator expressions joined by / or ;", () => {
    const expected = threshold("higher", limit(0.9), limit(0.8), true);
    expect(parseRequirement("≥ 90 % / ≥ 80 %").rule).toEqual(expected);
    expect(parseRequirement("≥ 90 %; ≥ 80 %").rule).toEqual(expected);
    expect(parseRequirement("≤ 5 / ≤ 8").rule).toEqual(threshold("lower", limit(5), limit(8)));
    expect(parseRequirement("> 4 / ≥ 4").rule).toEqual(threshold("higher", limit(4, false), limit(4)));
  });

  it("refuses a desired limit that is not better than the acceptable one", () => {
    for (const text of ["≥ 80 / ≥ 90", "≤ 8 / ≤ 5", "≥ 4 / > 4"]) {
      const parsed = parseRequirement(text);
      expect(parsed.rule).toBeNull();
      expect(codes(parsed)).toEqual(["limits-contradict-direction"]);
      expect(parsed.findings[0].severity).toBe("error");
    }
  });

  it("refuses two expressions in opposite directions", () => {
    const parsed = parseRequirement("≥ 90 % / ≤ 95 %");
    expect(parsed.rule).toBeNull();
    expect(codes(parsed)).toEqual(["direction-conflict"]);
  });

  it("collapses two identical limits to one", () => {
    expect(parseRequirement("≥ 80 / ≥ 80").rule).toEqual(threshold("higher", limit(80)));
  });
});

describe("bare values and direction inference", () => {
  it("reads a bare 80 % as reach 80 %, higher is better, and reports it", () => {
    const parsed = parseRequirement("80 %");
    expect(parsed.rule).toEqual(threshold("higher", limit(0.8), null, true));
    expect(codes(parsed)).toEqual(["direction-inferred"]);
    expect(parsed.findings[0].severity).toBe("info");
    expect(parsed.findings[0].message).toContain("høyere er bedre");
  });

  it("reads a bare 0 as lower is better", () => {
    const parsed = parseRequirement("0");
    expect(parsed.rule).toEqual(threshold("lower", limit(0)));
    expect(codes(parsed)).toEqual(["direction-inferred"]);
  });

  it("reads a bare number as lower is better when the name says so", () => {
    const parsed = parseRequirement("5,5 %", { indicatorName: "Sykefravær i %" });
    expect(parsed.rule).toEqual(threshold("lower", limit(0.055), null, true));
    expect(codes(parsed)).toEqual(["direction-inferred"]);
    expect(parsed.findings[0].message).toContain("sykefravær");
  });

  it("uses extra lower-is-better terms", () => {
    const parsed = parseRequirement("10", {
      indicatorName: "Bekymringsmeldinger",
      lowerIsBetterTerms: ["bekymring"],
    });
    expect(parsed.rule).toEqual(threshold("lower", limit(10)));
  });

  it("lets an explicit direction override inference, without a finding", () => {
    const parsed = parseRequirement("5,5 %", { indicatorName: "Sykefravær", direction: "higher" });
    expect(parsed.rule).toEqual(threshold("higher", limit(0.055), null, true));
    expect(parsed.findings).toEqual([]);
    expect(parseRequirement("0", { direction: "higher" }).rule).toEqual(threshold("higher", limit(0)));
  });

  it("refuses an explicit direction that contradicts the notation", () => {
    for (const text of ["≤ 5", "0-30", "Maks 5 dager", "Synkende", "< landssnitt"]) {
      const parsed = parseRequirement(text, { direction: "higher" });
      expect(parsed.rule).toBeNull();
      expect(codes(parsed)).toEqual(["direction-conflict"]);
      expect(parsed.findings[0].severity).toBe("error");
    }
    expect(parseRequirement("≥ 90 %", { direction: "lower" }).rule).toBeNull();
  });

  it("accepts an explicit direction that agrees with the notation", () => {
    const parsed = parseRequirement("0-30", { direction: "lower" });
    expect(parsed.rule).toEqual(threshold("lower", limit(0), limit(30)));
    expect(parsed.findings).toEqual([]);
  });

  it("reads 117 700 as one number", () => {
    expect(parseRequirement("117 700", { direction: "higher" }).rule).toEqual(
      threshold("higher", limit(117700)),
    );
  });

  it("reads 53.625 as 53 625 and reports the thousands dot", () => {
    const parsed = parseRequirement("≥ 53.625");
    expect(parsed.rule).toEqual(threshold("higher", limit(53625)));
    expect(codes(parsed)).toEqual(["thousands-separator-dot"]);
  });
});

describe("parentheses", () => {
  it("uses the first value of 5 (= 0 %) and reports the rest", () => {
    const parsed = parseRequirement("5 (= 0 %)", { indicatorName: "Antall avvik" });
    expect(parsed.rule).toEqual(threshold("lower", limit(5)));
    expect(codes(parsed)).toEqual(["requirement-parenthesis-ignored", "direction-inferred"]);
    expect(parsed.findings[0].message).toContain("(= 0 %)");
  });

  it("keeps a comparator requirement with an explanation in parentheses", () => {
    const parsed = parseRequirement("≥ 4,5 (skala 1-6)");
    expect(parsed.rule).toEqual(threshold("higher", limit(4.5)));
    expect(codes(parsed)).toEqual(["requirement-parenthesis-ignored"]);
  });

  it("cannot read a requirement that is only parentheses", () => {
    expect(codes(parseRequirement("(5)"))).toEqual(["requirement-unreadable"]);
  });
});

describe("tolerance", () => {
  it.each(["+/- 2 %", "±2 %", "± 2 %", "+- 2 %", "+/−2%"])("reads %p", (text) => {
    expect(parseRequirement(text).rule).toEqual({
      kind: "tolerance",
      desired: 0.02,
      acceptable: null,
      percent: true,
      unit: null,
    });
  });

  it("reads two tolerances as desired and acceptable", () => {
    expect(parseRequirement("± 0,5 / ± 1").rule).toEqual({
      kind: "tolerance",
      desired: 0.5,
      acceptable: 1,
      percent: false,
      unit: null,
    });
    expect(codes(parseRequirement("± 1 / ± 0,5"))).toEqual(["limits-contradict-direction"]);
  });
});
