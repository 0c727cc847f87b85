import { evaluateStatus } from "../../src/domain/evaluate";
import type { Rule, Status } from "../../src/domain/model";
import { type RequirementContext, parseRequirement } from "../../src/domain/requirement";
import { readResultValue } from "../../src/domain/result-value";

function ruleOf(text: string, ctx: RequirementContext = {}): Rule {
  const rule = parseRequirement(text, ctx).rule;
  if (!rule) throw new Error(`test rule ${text} did not parse`);
  return rule;
}

/** The whole path a cell takes: requirement text, result cell, status. */
function judge(requirement: string, raw: string | number, ctx: RequirementContext = {}): Status {
  const rule = ruleOf(requirement, ctx);
  return evaluateStatus(rule, readResultValue(raw, false, rule).value).status;
}

describe("thresholds", () => {
  it.each([
    ["6,0 – 4,6", 6, "desired"],
    ["6,0 – 4,6", 5.2, "acceptable"],
    ["6,0 – 4,6", 4.6, "acceptable"],
    ["6,0 – 4,6", 4.5, "unacceptable"],
    ["100-85 %", "100 %", "desired"],
    ["100-85 %", "90 %", "acceptable"],
    ["100-85 %", "84,9 %", "unacceptable"],
    ["0-30", 0, "desired"],
    ["0-30", 12, "acceptable"],
    ["0-30", 31, "unacceptable"],
    ["≥ 90 %", "90 %", "desired"],
    ["≥ 90 %", "89 %", "unacceptable"],
    ["> 90 %", "90 %", "unacceptable"],
    ["Maks 5 dager", "5 dager", "desired"],
    ["Maks 5 dager", 6, "unacceptable"],
    ["Under 5", 5, "unacceptable"],
    ["Under 5", 4.99, "desired"],
    ["≥ 90 % / ≥ 80 %", "85 %", "acceptable"],
    ["117 700", 117700, "desired"],
    ["117 700", 117699, "unacceptable"],
  ] as const)("%p with %p is %p", (requirement, raw, status) => {
    expect(judge(requirement, raw, { direction: null })).toBe(status);
  });

  it("judges 8,6 against 8,5 % as percentage points: desired", () => {
    expect(judge("≥ 8,5 %", "8,6")).toBe("desired");
    expect(judge("≤ 8,5 %", "8,6")).toBe("unacceptable");
  });

  it("judges 80 % 8 av 10 by its leading number", () => {
    expect(judge("≥ 80 %", "80 % 8 av 10")).toBe("desired");
  });

  it("compares percent values exactly despite floating point", () => {
    const rule = ruleOf("≥ 70 %");
    expect(evaluateStatus(rule, 0.7).status).toBe("desired");
    expect(evaluateStatus(rule, 0.1 * 7).status).toBe("desired"); // 0.7000000000000001
    expect(evaluateStatus(ruleOf("≤ 30 %"), 0.1 + 0.2).status).toBe("desired"); // 0.30000000000000004
  });

  it("uses the inferred direction of a bare value", () => {
    expect(judge("5 (= 0 %)", 3, { indicatorName: "Antall avvik" })).toBe("desired");
    expect(judge("5 (= 0 %)", 6, { indicatorName: "Antall avvik" })).toBe("unacceptable");
    expect(judge("80 %", "85 %")).toBe("desired");
  });
});

describe("tolerance", () => {
  const rule = ruleOf("± 2 % / ± 5 %");
  it.each([
    [0.01, "desired"],
    [-0.02, "desired"],
    [0.03, "acceptable"],
    [-0.05, "acceptable"],
    [0.051, "unacceptable"],
  ] as const)("%p is %p", (value, status) => {
    expect(evaluateStatus(rule, value).status).toBe(status);
  });
});

describe("trend", () => {
  const rising = ruleOf("Økende");
  const falling = ruleOf("Synkende");

  it("compares with the previous period", () => {
    expect(evaluateStatus(rising, 12, { previous: 10 }).status).toBe("desired");
    expect(evaluateStatus(rising, 10, { previous: 10 }).status).toBe("acceptable");
    expect(evaluateStatus(rising, 9, { previous: 10 }).status).toBe("unacceptable");
    expect(evaluateStatus(falling, 9, { previous: 10 }).status).toBe("desired");
    expect(evaluateStatus(falling, 11, { previous: 10 }).status).toBe("unacceptable");
  });

  it("is unrated without a previous result, with a message that says what to do", () => {
    const judged = evaluateStatus(rising, 12, { previous: null, previousLabel: "2014", periodLabel: "2015" });
    expect(judged.status).toBe("unrated");
    expect(judged.findings).toHaveLength(1);
    expect(judged.findings[0].code).toBe("trend-needs-previous");
    expect(judged.findings[0].message).toBe(
      "Resultatkravet «Økende» trenger et resultat for forrige periode. Fyll inn resultatet for 2014, eller skriv et tallkrav.",
    );
  });

  it("is unrated when the previous result is text", () => {
    const judged = evaluateStatus(rising, 12, { previous: "I arbeid" });
    expect(judged.status).toBe("unrated");
    expect(judged.findings[0].message).toContain("«I arbeid»");
  });
});

describe("reference", () => {
  const rule = ruleOf("> lands-snitt");

  it("is unrated without a reference value", () => {
    const judged = evaluateStatus(rule, 0.8, { periodLabel: "2015" });
    expect(judged.status).toBe("unrated");
    expect(judged.findings.map((f) => f.code)).toEqual(["reference-missing"]);
    expect(judged.findings[0].message).toContain("lands-snitt");
  });

  it("compares with the reference value", () => {
    expect(evaluateStatus(rule, 0.8, { reference: 0.75 }).status).toBe("desired");
    expect(evaluateStatus(rule, 0.75, { reference: 0.75 }).status).toBe("unacceptable");
    expect(evaluateStatus(ruleOf("≥ landssnitt"), 0.75, { reference: 0.75 }).status).toBe("desired");
    expect(evaluateStatus(ruleOf("< landssnitt"), 0.7, { reference: 0.75 }).status).toBe("desired");
  });
});

describe("qualitative", () => {
  const rule = ruleOf("Innført");

  it("is desired when the result says the same", () => {
    expect(evaluateStatus(rule, "Innført").status).toBe("desired");
    expect(evaluateStatus(rule, " innført. ").status).toBe("desired");
  });

  it("needs a manual assessment otherwise", () => {
    const judged = evaluateStatus(rule, "I arbeid");
    expect(judged.status).toBe("unrated");
    expect(judged.findings.map((f) => f.code)).toEqual(["manual-assessment"]);
  });
});

describe("missing, unreadable and no rule", () => {
  it("is missing without a value, whatever the rule", () => {
    expect(evaluateStatus(ruleOf("≥ 5"), null)).toEqual({ status: "missing", findings: [] });
    expect(evaluateStatus(null, null)).toEqual({ status: "missing", findings: [] });
  });

  it("is unrated with a finding when there is no rule", () => {
    const judged = evaluateStatus(null, 5);
    expect(judged.status).toBe("unrated");
    expect(judged.findings.map((f) => f.code)).toEqual(["rule-missing"]);
  });

  it("is unrated for text against a numeric rule: Ingen avvik", () => {
    const rule = ruleOf("0", { indicatorName: "Antall avvik" });
    const value = readResultValue("Ingen avvik", false, rule).value;
    const judged = evaluateStatus(rule, value);
    expect(judged.status).toBe("unrated");
    expect(judged.findings.map((f) => f.code)).toEqual(["result-unreadable"]);
  });

  it("is unrated for a result in another unit", () => {
    expect(judge("Maks 5 dager", "2 uker")).toBe("unrated");
  });
});
