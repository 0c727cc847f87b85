import { evaluateStatus } from "../../src/domain/evaluate";
import type { BandsRule } from "../../src/domain/model";
import { type ParsedRequirement, parseBands } from "../../src/domain/requirement";

const codes = (parsed: ParsedRequirement) => parsed.findings.map((f) => f.code);

function bands(desired: string | null, acceptable: string | null, unacceptable: string | null) {
  return parseBands({ desired, acceptable, unacceptable });
}

function rule(parsed: ParsedRequirement): BandsRule {
  expect(parsed.rule?.kind).toBe("bands");
  return parsed.rule as BandsRule;
}

describe("parseBands", () => {
  it("reads the Asker layout > 90 % | 80 - 90 % | < 80 %", () => {
    const parsed = bands("> 90 %", "80 - 90 %", "< 80 %");
    expect(parsed.rule).toEqual({
      kind: "bands",
      desired: [{ min: { value: 0.9, inclusive: false }, max: null }],
      acceptable: [{ min: { value: 0.8, inclusive: true }, max: { value: 0.9, inclusive: true } }],
      unacceptable: [{ min: null, max: { value: 0.8, inclusive: false } }],
      precision: 0,
      direction: "higher",
      percent: true,
      unit: null,
    });
    expect(parsed.findings).toEqual([]);
  });

  it("reads lower-is-better bands", () => {
    const r = rule(bands("< 5", "5 - 8", "> 8"));
    expect(r.direction).toBe("lower");
    expect(r.percent).toBe(false);
  });

  it("gives no direction when desired lies between the others", () => {
    const r = rule(bands("40 - 60", "30 - 39 / 61 - 70", "< 30 / > 70"));
    expect(r.direction).toBeNull();
    expect(r.acceptable).toHaveLength(2);
    expect(r.unacceptable).toHaveLength(2);
  });

  it("takes the precision from the printed decimals", () => {
    expect(rule(bands("≥ 4,5", "3,5 - 4,0", "< 3,5")).precision).toBe(1);
    expect(rule(bands("≥ 92,25 %", "80 - 92,2 %", "< 80 %")).precision).toBe(2);
  });

  it("reads a bare number as a single-value band", () => {
    const r = rule(bands("0", "1 - 2", "> 2"));
    expect(r.desired).toEqual([{ min: { value: 0, inclusive: true }, max: { value: 0, inclusive: true } }]);
    expect(r.direction).toBe("lower");
  });

  it("synthesises the unacceptable region when its column is blank", () => {
    const parsed = bands("> 90 %", "80 - 90 %", "");
    expect(rule(parsed).unacceptable).toEqual([{ min: null, max: { value: 0.8, inclusive: false } }]);
    expect(codes(parsed)).toEqual(["band-unacceptable-synthesized"]);
    expect(parsed.findings[0].message).toContain("< 80 %");
  });

  it("synthesises both sides around a middle band", () => {
    const r = rule(bands("40 - 60", "30 - 39 / 61 - 70", null));
    expect(r.unacceptable).toEqual([
      { min: null, max: { value: 30, inclusive: false } },
      { min: { value: 70, inclusive: false }, max: null },
    ]);
  });

  it("treats everything below a lone desired band as unacceptable (one limit)", () => {
    const parsed = bands("≥ 90 %", null, null);
    const r = rule(parsed);
    expect(r.unacceptable).toEqual([{ min: null, max: { value: 0.9, inclusive: false } }]);
    expect(r.direction).toBe("higher");
  });

  it("applies a % written on some bands to all, and says so", () => {
    const parsed = bands("> 90 %", "80 - 90", "< 80");
    expect(rule(parsed).acceptable).toEqual([
      { min: { value: 0.8, inclusive: true }, max: { value: 0.9, inclusive: true } },
    ]);
    expect(codes(parsed)).toEqual(["percent-applied-to-bands"]);
  });

  it("refuses overlapping bands", () => {
    const parsed = bands("> 80 %", "70 - 90 %", "< 70 %");
    expect(parsed.rule).toBeNull();
    expect(codes(parsed)).toEqual(["bands-overlap"]);
    expect(parsed.findings[0].severity).toBe("error");
  });

  it("refuses a single-value band inside another band", () => {
    expect(codes(bands("5", "0 - 10", null))).toEqual(["bands-overlap"]);
  });

  it("warns about bands that share an inclusive edge, and keeps the rule", () => {
    const parsed = bands("90 - 100 %", "80 - 90 %", "< 80 %");
    expect(parsed.rule).not.toBeNull();
    expect(codes(parsed)).toEqual(["bands-share-edge"]);
  });

  it("refuses bands that contradict an explicit direction", () => {
    const parsed = parseBands(
      { desired: "> 90 %", acceptable: "80 - 90 %", unacceptable: "< 80 %" },
      { direction: "lower" },
    );
    expect(parsed.rule).toBeNull();
    expect(codes(parsed)).toEqual(["direction-conflict"]);
  });

  it("reports a blank desired column", () => {
    const parsed = bands(null, "80 - 90 %", "< 80 %");
    expect(parsed.rule).not.toBeNull();
    expect(codes(parsed)).toContain("band-desired-missing");
  });

  it("reports all-blank bands as a missing requirement", () => {
    const parsed = bands(null, " ", "–");
    expect(parsed.rule).toBeNull();
    expect(parsed.findings).toEqual([
      expect.objectContaining({ severity: "warning", code: "requirement-missing" }),
    ]);
  });

  it("refuses an unreadable band", () => {
    const parsed = bands("Høy", "80 - 90 %", "< 80 %");
    expect(parsed.rule).toBeNull();
    expect(codes(parsed)).toEqual(["requirement-unreadable"]);
    expect(parsed.findings[0].message).toContain("Ønsket resultat");
  });

  it("refuses bands in different units", () => {
    expect(codes(bands("< 5 dager", "5 - 8 uker", null))).toEqual(["units-differ"]);
  });
});

describe("evaluating bands", () => {
  const asker = rule(bands("> 90 %", "80 - 90 %", "< 80 %"));

  it.each([
    [0.95, "desired"],
    [0.9, "acceptable"],
    [0.8, "acceptable"],
    [0.85, "acceptable"],
    [0.79, "unacceptable"],
    [0, "unacceptable"],
  ] as const)("gives %p the status %p", (value, status) => {
    expect(evaluateStatus(asker, value).status).toBe(status);
  });

  const gapped = rule(bands("≥ 90 %", "80 - 89 %", "< 80 %"));

  it("rounds a value in a gap to the bands' precision: 89,4 % is 89 %, acceptable", () => {
    const judged = evaluateStatus(gapped, 0.894);
    expect(judged.status).toBe("acceptable");
    expect(judged.findings.map((f) => f.code)).toEqual(["value-rounded-into-band"]);
  });

  it("rounds 89,6 % to 90 %, desired", () => {
    expect(evaluateStatus(gapped, 0.896).status).toBe("desired");
  });

  it("leaves a value unrated when rounding does not bring it into a band", () => {
    const decimals = rule(bands("≥ 4,5", "3,5 - 4,0", "< 3,5"));
    const judged = evaluateStatus(decimals, 4.2);
    expect(judged.status).toBe("unrated");
    expect(judged.findings.map((f) => f.code)).toEqual(["value-in-band-gap"]);
    expect(evaluateStatus(decimals, 4.04).status).toBe("acceptable");
  });

  it("leaves a value on a shared edge unrated", () => {
    const shared = rule(bands("90 - 100 %", "80 - 90 %", "< 80 %"));
    const judged = evaluateStatus(shared, 0.9);
    expect(judged.status).toBe("unrated");
    expect(judged.findings.map((f) => f.code)).toEqual(["bands-ambiguous"]);
    expect(evaluateStatus(shared, 0.95).status).toBe("desired");
  });

  it("judges a middle band", () => {
    const middle = rule(bands("40 - 60", "30 - 39 / 61 - 70", null));
    expect(evaluateStatus(middle, 50).status).toBe("desired");
    expect(evaluateStatus(middle, 65).status).toBe("acceptable");
    expect(evaluateStatus(middle, 75).status).toBe("unacceptable");
    expect(evaluateStatus(middle, 39.5).status).toBe("desired");
    expect(evaluateStatus(middle, 20).status).toBe("unacceptable");
  });
});
