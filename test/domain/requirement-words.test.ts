import type { Rule } from "../../src/domain/model";
import { type ParsedRequirement, parseRequirement } from "../../src/domain/requirement";

// Requirements written in words: trends, references, text requirements, and what cannot be read.

const codes = (parsed: ParsedRequirement) => parsed.findings.map((f) => f.code);

function threshold90(): Rule {
  return {
    kind: "threshold",
    direction: "higher",
    desired: { value: 0.9, inclusive: true },
    acceptable: null,
    percent: true,
    unit: null,
  };
}

describe("trends", () => {
  it.each(["Økende", "Øke", "Økning", "Øk.", "Stigende", "økende", "Høyere enn i fjor", "Skal øke"])(
    "reads %p as higher",
    (text) => {
      const parsed = parseRequirement(text);
      expect(parsed.rule).toEqual({ kind: "trend", direction: "higher" });
      expect(parsed.findings).toEqual([]);
    },
  );

  it.each(["Synkende", "Redusere", "Reduksjon", "Nedgang", "Lavere enn i fjor", "Færre enn forrige år"])(
    "reads %p as lower",
    (text) => {
      expect(parseRequirement(text).rule).toEqual({ kind: "trend", direction: "lower" });
    },
  );

  it("reads a trend word with more words, and reports the reading", () => {
    const parsed = parseRequirement("Redusere sykefraværet");
    expect(parsed.rule).toEqual({ kind: "trend", direction: "lower" });
    expect(codes(parsed)).toEqual(["trend-interpreted"]);
  });

  it("does not read a target as a trend", () => {
    expect(parseRequirement("Øke til 80 %").rule).toBeNull();
  });

  it("takes 'Forbedring' in the direction given or inferred", () => {
    expect(parseRequirement("Forbedring", { direction: "lower" })).toEqual({
      rule: { kind: "trend", direction: "lower" },
      findings: [],
    });
    const inferred = parseRequirement("Forbedring", { indicatorName: "Ventetid" });
    expect(inferred.rule).toEqual({ kind: "trend", direction: "lower" });
    expect(codes(inferred)).toEqual(["direction-inferred"]);
  });
});

describe("references", () => {
  it.each([
    ["> lands-snitt", "higher", false, "lands-snitt"],
    ["Over landssnitt", "higher", false, "landssnitt"],
    ["≥ landsgjennomsnittet", "higher", true, "landsgjennomsnittet"],
    ["< fylkessnitt", "lower", false, "fylkessnitt"],
    ["Lavere enn gj.snitt kommunegruppe", "lower", false, "gj.snitt kommunegruppe"],
    ["Bedre enn KOSTRA-gruppe 13", "higher", false, "KOSTRA-gruppe 13"],
  ])("reads %p", (text, direction, inclusive, reference) => {
    const parsed = parseRequirement(text);
    expect(parsed.rule).toEqual({ kind: "reference", direction, inclusive, reference });
  });

  it("reads a reference without comparator as reach it, higher, and reports the inference", () => {
    const parsed = parseRequirement("landsgjennomsnittet");
    expect(parsed.rule).toEqual({
      kind: "reference",
      direction: "higher",
      inclusive: true,
      reference: "landsgjennomsnittet",
    });
    expect(codes(parsed)).toEqual(["direction-inferred"]);
  });

  it("infers lower for a reference on a lower-is-better indicator", () => {
    const parsed = parseRequirement("KOSTRA-gruppe", { indicatorName: "Sykefravær" });
    expect(parsed.rule).toMatchObject({ kind: "reference", direction: "lower", reference: "KOSTRA-gruppe" });
  });

  it("does not read an offset from the reference as a plain reference", () => {
    expect(parseRequirement("Landssnitt + 2 %").rule).toBeNull();
    expect(parseRequirement("Gjennomsnittlig 4,5").rule).toBeNull();
  });
});

describe("qualitative and unreadable", () => {
  it.each(["Innført", "På riktig dag", "Bar vei", "Ja", "Gjennomført"])("reads %p as text", (text) => {
    const parsed = parseRequirement(text);
    expect(parsed.rule).toEqual({ kind: "qualitative", expected: text });
    expect(codes(parsed)).toEqual(["requirement-qualitative"]);
  });

  it.each(["", "   ", null, undefined, "-", "–"])("reports %p as missing", (text) => {
    const parsed = parseRequirement(text);
    expect(parsed.rule).toBeNull();
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({ severity: "warning", code: "requirement-missing" });
  });

  it.each([
    "Minst",
    "≥",
    "Over 80 % av elevene",
    "5 epler",
    "≥ 90 % / ≥ 80 % / < 80 %",
    "80 %%",
    "12.03.2015",
  ])("cannot read %p", (text) => {
    const parsed = parseRequirement(text);
    expect(parsed.rule).toBeNull();
    expect(codes(parsed)).toEqual(["requirement-unreadable"]);
    expect(parsed.findings[0].severity).toBe("error");
    expect(parsed.findings[0].message).toContain(text);
  });

  it("ignores a trailing footnote star and full stop", () => {
    expect(parseRequirement("≥ 90 %*").rule).toEqual(threshold90());
    expect(parseRequirement("≥ 90 %.").rule).toEqual(threshold90());
  });
});

describe("qualitative text with a year", () => {
  it("keeps a year inside a text requirement", () => {
    expect(parseRequirement("Innført innen 2016").rule).toEqual({
      kind: "qualitative",
      expected: "Innført innen 2016",
    });
  });
});

describe("reference words inside ordinary words", () => {
  it("does not read 'Gjennomsnittlig ventetid redusert' as a reference", () => {
    expect(parseRequirement("Gjennomsnittlig ventetid redusert").rule).toEqual({
      kind: "qualitative",
      expected: "Gjennomsnittlig ventetid redusert",
    });
  });

  it("reads 'Som landet' and 'På nivå med nasjonal norm' as references", () => {
    expect(parseRequirement("Som landet").rule).toMatchObject({ kind: "reference", reference: "landet" });
    expect(parseRequirement("På nivå med nasjonal norm").rule).toMatchObject({
      kind: "reference",
      reference: "nasjonal norm",
      inclusive: true,
    });
  });
});
