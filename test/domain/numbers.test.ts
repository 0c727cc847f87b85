import {
  formatNumber,
  formatQuantity,
  parseNorwegianNumber,
  percentToFraction,
  roundSignificant,
  scanNumber,
  scanQuantity,
} from "../../src/domain/numbers";

describe("parseNorwegianNumber", () => {
  it.each([
    ["4,6", 4.6],
    ["6,0", 6],
    ["4.6", 4.6],
    ["0.625", 0.625],
    ["117 700", 117700],
    ["117\u00a0700", 117700],
    ["117\u202f700", 117700],
    ["1 234 567,5", 1234567.5],
    ["1.234.567", 1234567],
    ["53.625,5", 53625.5],
    ["-5", -5],
    ["\u22122,5", -2.5],
    ["+3", 3],
    ["0", 0],
  ])("reads %p as %p", (text, value) => {
    const parsed = parseNorwegianNumber(text);
    expect(parsed?.value).toBe(value);
    expect(parsed?.percent).toBe(false);
    expect(parsed?.findings).toEqual([]);
  });

  it("reads 53.625 as 53 625 and reports the interpretation", () => {
    const parsed = parseNorwegianNumber("53.625");
    expect(parsed?.value).toBe(53625);
    expect(parsed?.findings).toHaveLength(1);
    expect(parsed?.findings[0]).toMatchObject({ severity: "info", code: "thousands-separator-dot" });
    expect(parsed?.findings[0].message).toContain("53 625");
  });

  it.each([
    ["70 %", 0.7],
    ["70%", 0.7],
    ["8,5 %", 0.085],
    ["100 %", 1],
    ["57 prosent", 0.57],
    ["0,1 %", 0.001],
  ])("reads percent %p as the fraction %p", (text, value) => {
    const parsed = parseNorwegianNumber(text);
    expect(parsed?.percent).toBe(true);
    expect(parsed?.value).toBe(value);
  });

  it("gives the fraction without binary noise", () => {
    expect(1.1 / 100).not.toBe(0.011); // the noise percentToFraction removes
    expect(percentToFraction(1.1)).toBe(0.011);
    expect(parseNorwegianNumber("1,1 %")?.value).toBe(0.011);
    expect(percentToFraction(70)).toBe(0.7);
  });

  it.each([
    ["5 km", 5, "km"],
    ["3 mnd.", 3, "mnd"],
    ["3 Mnd", 3, "mnd"],
    ["14 dager", 14, "dager"],
    ["14 dgr", 14, "dager"],
    ["250 kr", 250, "kr"],
    ["250 kroner", 250, "kr"],
    ["4,5 poeng", 4.5, "poeng"],
    ["37,5 timer", 37.5, "timer"],
    ["6 uker", 6, "uker"],
    ["2 år", 2, "år"],
    ["12 stk", 12, "stk"],
  ])("reads %p with a unit", (text, value, unit) => {
    const parsed = parseNorwegianNumber(text);
    expect(parsed).toMatchObject({ value, unit, percent: false });
  });

  it.each(["", "abc", "5 epler", "12.03.2015", "4,5,6", "- 5", "%", "5 %%"])("rejects %p", (text) => {
    expect(parseNorwegianNumber(text)).toBeNull();
  });
});

describe("scanNumber and scanQuantity", () => {
  it("counts printed decimals", () => {
    expect(scanNumber("4,60", 0)).toMatchObject({ value: 4.6, decimals: 2, end: 4 });
    expect(scanNumber("117 700", 0)).toMatchObject({ value: 117700, decimals: 0 });
  });

  it("stops before a range dash, so 0-30 is two numbers", () => {
    const first = scanQuantity("0-30", 0);
    expect(first).toMatchObject({ end: 1, percent: false, unit: null });
    expect(first?.number.value).toBe(0);
    expect(scanNumber("0-30", 2)?.value).toBe(30);
  });

  it("does not read a word starting with a unit's letters as the unit", () => {
    expect(scanQuantity("5 mennesker", 0)).toMatchObject({ unit: null, end: 1 });
  });
});

describe("formatting", () => {
  it("writes Norwegian decimals and groups large numbers", () => {
    expect(formatNumber(4.6)).toBe("4,6");
    expect(formatNumber(117700)).toBe("117 700");
    expect(formatNumber(2014)).toBe("2014");
    expect(formatNumber(-2.5)).toBe("-2,5");
    expect(formatQuantity(0.7, true, null)).toBe("70 %");
    expect(formatQuantity(0.085, true, null)).toBe("8,5 %");
    expect(formatQuantity(5, false, "dager")).toBe("5 dager");
  });

  it("round-trips its own output", () => {
    for (const value of [0, 4.6, -2.5, 117700, 1234567.25, 0.001]) {
      expect(parseNorwegianNumber(formatNumber(value))?.value).toBe(value);
    }
  });

  it("rounds to 12 significant digits", () => {
    expect(roundSignificant(0.1 + 0.2)).toBe(0.3);
    expect(roundSignificant(0)).toBe(0);
  });
});
