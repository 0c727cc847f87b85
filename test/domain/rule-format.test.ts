import type { Rule } from "../../src/domain/model";
import { parseBands, parseRequirement } from "../../src/domain/requirement";
import { formatRule, parseRuleJson, rulesEqual, serializeRule } from "../../src/domain/rule-format";

function ruleOf(text: string): Rule {
  const rule = parseRequirement(text, {}).rule;
  if (!rule) throw new Error(`test rule ${text} did not parse`);
  return rule;
}

describe("formatRule", () => {
  it.each([
    ["≥ 90 % / ≥ 80 %", "Ønsket ≥ 90 %, akseptabelt ≥ 80 %"],
    ["6,0 – 4,6", "Ønsket ≥ 6, akseptabelt ≥ 4,6"],
    ["0-30", "Ønsket ≤ 0, akseptabelt ≤ 30"],
    ["Maks 5 dager", "Ønsket ≤ 5 dager"],
    ["Over 117 700 kr", "Ønsket > 117 700 kr"],
    ["Under 8,5 %", "Ønsket < 8,5 %"],
    ["± 2 % / ± 5 %", "Ønsket ± 2 %, akseptabelt ± 5 %"],
    ["Økende", "Økende"],
    ["Reduksjon", "Synkende"],
    ["> lands-snitt", "> lands-snitt"],
    ["Innført", "Innført"],
  ])("shows %p as %p", (text, shown) => {
    expect(formatRule(ruleOf(text))).toBe(shown);
  });

  it("shows bands column by column", () => {
    const rule = parseBands({ desired: "> 90 %", acceptable: "80 - 90 %", unacceptable: "< 80 %" })
      .rule as Rule;
    expect(formatRule(rule)).toBe("Ønsket > 90 %; akseptabelt 80 – 90 %; uakseptabelt < 80 %");
  });

  it("shows half-open two-sided intervals with both comparators", () => {
    const rule: Rule = {
      kind: "bands",
      desired: [{ min: { value: 2, inclusive: true }, max: { value: 5, inclusive: false } }],
      acceptable: [],
      unacceptable: [],
      precision: 0,
      direction: null,
      percent: false,
      unit: null,
    };
    expect(formatRule(rule)).toBe("Ønsket ≥ 2 og < 5");
  });
});

describe("serializeRule and parseRuleJson", () => {
  it("round-trips every kind", () => {
    for (const text of ["≥ 90 % / ≥ 80 %", "± 2 %", "Økende", "> lands-snitt", "Innført", "Maks 5 dager"]) {
      const rule = ruleOf(text);
      expect(parseRuleJson(serializeRule(rule))).toEqual(rule);
    }
    const bands = parseBands({ desired: "> 90 %", acceptable: "80 - 90 %", unacceptable: null }).rule as Rule;
    expect(parseRuleJson(serializeRule(bands))).toEqual(bands);
  });

  it("writes fields in a fixed order", () => {
    const rule: Rule = {
      unit: null,
      percent: false,
      acceptable: null,
      desired: { inclusive: true, value: 5 },
      direction: "lower",
      kind: "threshold",
    };
    expect(serializeRule(rule)).toBe(
      '{"kind":"threshold","direction":"lower","desired":{"value":5,"inclusive":true},"acceptable":null,"percent":false,"unit":null}',
    );
  });

  it.each([
    ["not JSON", "{kind:", /Invalid rule JSON/],
    ["an array", "[]", /at rule: expected an object/],
    ["an unknown kind", '{"kind":"magic"}', /rule\.kind/],
    ["a missing field", '{"kind":"trend"}', /rule\.direction/],
    ["an extra field", '{"kind":"trend","direction":"higher","colour":"green"}', /rule\.colour/],
    ["a bad direction", '{"kind":"trend","direction":"up"}', /rule\.direction/],
    [
      "a string number",
      '{"kind":"tolerance","desired":"2","acceptable":null,"percent":true,"unit":null}',
      /rule\.desired/,
    ],
    [
      "a bad bound",
      '{"kind":"threshold","direction":"higher","desired":{"value":1},"acceptable":null,"percent":false,"unit":null}',
      /rule\.desired\.inclusive/,
    ],
    ["an empty expected text", '{"kind":"qualitative","expected":" "}', /rule\.expected/],
    [
      "a fractional precision",
      '{"kind":"bands","desired":[],"acceptable":[],"unacceptable":[],"precision":1.5,"direction":null,"percent":false,"unit":null}',
      /rule\.precision/,
    ],
    [
      "a bad interval",
      '{"kind":"bands","desired":[{"min":null}],"acceptable":[],"unacceptable":[],"precision":0,"direction":null,"percent":false,"unit":null}',
      /rule\.desired\[0\]\.max/,
    ],
    ["null", "null", /expected an object/],
  ])("rejects %s", (_name, json, message) => {
    expect(() => parseRuleJson(json)).toThrow(message);
  });
});

describe("rulesEqual", () => {
  it("compares structurally", () => {
    expect(rulesEqual(ruleOf("≥ 90 %"), ruleOf(">= 90%"))).toBe(true);
    expect(rulesEqual(ruleOf("≥ 90 %"), ruleOf("> 90 %"))).toBe(false);
    expect(rulesEqual(ruleOf("Økende"), ruleOf("Synkende"))).toBe(false);
    expect(rulesEqual(ruleOf("Økende"), ruleOf("Innført"))).toBe(false);
    const zero: Rule = { kind: "tolerance", desired: 0, acceptable: null, percent: false, unit: null };
    expect(rulesEqual(zero, { ...zero, desired: -0 })).toBe(true);
  });

  it("treats a malformed rule as equal to nothing", () => {
    const broken = { kind: "tolerance", desired: NaN, acceptable: null, percent: false, unit: null } as Rule;
    expect(rulesEqual(broken, broken)).toBe(false);
  });
});
