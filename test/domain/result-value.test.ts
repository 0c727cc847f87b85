import type { Rule } from "../../src/domain/model";
import { parseRequirement } from "../../src/domain/requirement";
import { readResultValue } from "../../src/domain/result-value";

function ruleOf(text: string): Rule {
  const rule = parseRequirement(text, { direction: text.startsWith("≤") ? "lower" : "higher" }).rule;
  if (!rule) throw new Error(`test rule ${text} did not parse`);
  return rule;
}

const percentRule = ruleOf("≥ 8,5 %");
const plainRule = ruleOf("≥ 5");
const daysRule = ruleOf("≤ 7 dager");

describe("missing results", () => {
  it.each([
    null,
    "",
    "   ",
    "–",
    "-",
    "—",
    "*",
    "Ikke målt",
    "Ikke tilgjengelig",
    "Data er ikke tilgjengelig",
    "Ny indikator",
    "Ny indikator fra 2016",
    "Under utvikling",
    "Mangler",
    "n/a",
    "N/A",
    "Ikke aktuelt",
    "Ikke målt i 2014",
  ])("reads %p as missing", (raw) => {
    expect(readResultValue(raw, false, percentRule)).toEqual({ value: null, findings: [] });
  });
});

describe("numbers", () => {
  it("takes a number from a percent-formatted cell as the fraction it is", () => {
    expect(readResultValue(0.72, true, percentRule)).toEqual({ value: 0.72, findings: [] });
  });

  it("reads text 72 % as 0.72", () => {
    expect(readResultValue("72 %", false, percentRule)).toEqual({ value: 0.72, findings: [] });
  });

  it("reads 8,6 beside 8,5 % as percentage points, with a finding", () => {
    const read = readResultValue("8,6", false, percentRule);
    expect(read.value).toBe(0.086);
    expect(read.findings.map((f) => f.code)).toEqual(["percent-points-assumed"]);
    expect(read.findings[0].severity).toBe("info");
  });

  it("reads the plain number 8.6 beside a percent rule as percentage points too", () => {
    expect(readResultValue(8.6, false, percentRule).value).toBe(0.086);
  });

  it("takes a plain number ≤ 1 beside a percent rule as Excel's fraction, and says so", () => {
    const read = readResultValue(0.92, false, percentRule);
    expect(read.value).toBe(0.92);
    expect(read.findings.map((f) => f.code)).toEqual(["percent-fraction-assumed"]);
  });

  it("reads Norwegian text numbers", () => {
    expect(readResultValue("4,6", false, plainRule)).toEqual({ value: 4.6, findings: [] });
    expect(readResultValue("117 700", false, plainRule)).toEqual({ value: 117700, findings: [] });
    expect(readResultValue("−3", false, plainRule)).toEqual({ value: -3, findings: [] });
  });

  it("reports the thousands dot in a result", () => {
    const read = readResultValue("53.625", false, plainRule);
    expect(read.value).toBe(53625);
    expect(read.findings.map((f) => f.code)).toEqual(["thousands-separator-dot"]);
  });

  it("keeps numbers as they are beside a rule without percent", () => {
    expect(readResultValue(12, false, plainRule)).toEqual({ value: 12, findings: [] });
    expect(readResultValue(12, false, null)).toEqual({ value: 12, findings: [] });
  });

  it("keeps a percent-formatted number beside a non-percent rule as text, with unit-mismatch", () => {
    const read = readResultValue(0.85, true, plainRule);
    expect(read.value).toBe("85 %");
    expect(read.findings.map((f) => f.code)).toEqual(["unit-mismatch"]);
  });
});

describe("leading numbers and units", () => {
  it("uses the leading number of 80 % 8 av 10, with a finding", () => {
    const read = readResultValue("80 % 8 av 10", false, percentRule);
    expect(read.value).toBe(0.8);
    expect(read.findings.map((f) => f.code)).toEqual(["leading-number-used"]);
  });

  it("uses the leading number of 87 % 20 av 23", () => {
    expect(readResultValue("87 % 20 av 23", false, percentRule).value).toBe(0.87);
  });

  it("reads 8 av 10 as 80 % beside a percent rule, and keeps it as text otherwise", () => {
    const read = readResultValue("8 av 10", false, percentRule);
    expect(read.value).toBe(0.8);
    expect(read.findings.map((f) => f.code)).toEqual(["fraction-read-as-percent"]);
    expect(readResultValue("8 av 10", false, plainRule)).toEqual({ value: "8 av 10", findings: [] });
  });

  it("accepts the rule's unit, also in another spelling", () => {
    expect(readResultValue("5 dager", false, daysRule)).toEqual({ value: 5, findings: [] });
    expect(readResultValue("5 dgr", false, daysRule)).toEqual({ value: 5, findings: [] });
  });

  it("keeps a result in another unit as text, with unit-mismatch", () => {
    const read = readResultValue("2 uker", false, daysRule);
    expect(read.value).toBe("2 uker");
    expect(read.findings.map((f) => f.code)).toEqual(["unit-mismatch"]);
    expect(readResultValue("5 %", false, daysRule).findings.map((f) => f.code)).toEqual(["unit-mismatch"]);
    expect(readResultValue("72 %", false, plainRule).value).toBe("72 %");
  });

  it("reads an approximate value", () => {
    const read = readResultValue("ca. 80 %", false, percentRule);
    expect(read.value).toBe(0.8);
    expect(read.findings.map((f) => f.code)).toEqual(["approximate-value"]);
  });
});

describe("text", () => {
  it.each(["Ingen avvik", "I arbeid", "12.03.2015", "2015: 80"])("keeps %p as text", (raw) => {
    expect(readResultValue(raw, false, plainRule)).toEqual({ value: raw, findings: [] });
  });

  it("reads booleans as Ja/Nei", () => {
    expect(readResultValue(true, false, null).value).toBe("Ja");
    expect(readResultValue(false, false, null).value).toBe("Nei");
  });

  it("keeps text as written beside a qualitative rule", () => {
    const qualitative: Rule = { kind: "qualitative", expected: "Innført" };
    expect(readResultValue(" Innført ", false, qualitative).value).toBe("Innført");
    expect(readResultValue("1 ny rutine", false, qualitative).value).toBe("1 ny rutine");
  });
});
