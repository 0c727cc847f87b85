import fc from "fast-check";
import { evaluateStatus } from "../../src/domain/evaluate";
import type { FindingDraft } from "../../src/domain/findings";
import type { Direction, Interval, Rule, Status } from "../../src/domain/model";
import { formatNumber } from "../../src/domain/numbers";
import { parseBands, parseRequirement } from "../../src/domain/requirement";
import { readResultValue } from "../../src/domain/result-value";
import { parseRuleJson, rulesEqual, serializeRule } from "../../src/domain/rule-format";

const FRAGMENTS = [
  "≥",
  "≤",
  ">",
  "<",
  ">=",
  "<=",
  "=>",
  "=<",
  "=",
  "Minst",
  "Over",
  "Mer enn",
  "Maks",
  "Maks.",
  "Høyst",
  "Under",
  "Mindre enn",
  "Ikke over",
  "Ikke under",
  "+/-",
  "±",
  "+-",
  "-",
  "–",
  "—",
  "/",
  ";",
  "(",
  ")",
  "%",
  " ",
  " ",
  "0",
  "5",
  "4,6",
  "6,0",
  "53.625",
  "117 700",
  "100",
  "85",
  "-3",
  "−2",
  ",",
  ".",
  "dager",
  "km",
  "mnd.",
  "kr",
  "Økende",
  "Synkende",
  "Reduksjon",
  "lands-snitt",
  "KOSTRA-gruppe",
  "landsgjennomsnittet",
  "Innført",
  "Ja",
  "i fjor",
  "enn",
  "av",
  "*",
  "\u00a0",
  "\u202f",
  "til",
];

const requirementText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(" ")),
);

const context = fc.record({
  indicatorName: fc.option(fc.constantFrom("Sykefravær i %", "Andel fornøyde", "Antall avvik", ""), {
    nil: null,
  }),
  direction: fc.option(fc.constantFrom<Direction>("higher", "lower"), { nil: null }),
});

/** The contract every parse keeps: an error means no rule; no rule always comes with a reason. */
function checkParsed(parsed: { rule: Rule | null; findings: FindingDraft[] }): void {
  if (parsed.findings.some((f) => f.severity === "error")) expect(parsed.rule).toBeNull();
  if (parsed.rule === null) expect(parsed.findings.some((f) => f.severity !== "info")).toBe(true);
  else expect(rulesEqual(parseRuleJson(serializeRule(parsed.rule)), parsed.rule)).toBe(true);
  for (const f of parsed.findings) expect(f.message.length).toBeGreaterThan(0);
}

describe("parsers never throw", () => {
  it("parseRequirement", () => {
    fc.assert(
      fc.property(requirementText, context, (text, ctx) => {
        checkParsed(parseRequirement(text, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it("parseBands", () => {
    const column = fc.option(requirementText, { nil: null });
    fc.assert(
      fc.property(column, column, column, context, (desired, acceptable, unacceptable, ctx) => {
        checkParsed(parseBands({ desired, acceptable, unacceptable }, ctx));
      }),
      { numRuns: 2000 },
    );
  });
});

const RANK: Record<Status, number> = { unacceptable: 0, acceptable: 1, desired: 2, missing: -1, unrated: -1 };

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const bound = fc.record({ value: finite, inclusive: fc.boolean() });
const direction = fc.constantFrom<Direction>("higher", "lower");

/** Threshold rules whose acceptable limit (if any) is not better than the desired one. */
const thresholdRule: fc.Arbitrary<Rule> = fc
  .tuple(
    direction,
    bound,
    fc.option(fc.tuple(fc.double({ min: 0, max: 1e3, noNaN: true }), fc.boolean()), { nil: null }),
    fc.boolean(),
  )
  .map(([dir, desired, gap, percent]) => ({
    kind: "threshold",
    direction: dir,
    desired,
    acceptable: gap
      ? { value: desired.value + (dir === "higher" ? -gap[0] : gap[0]), inclusive: gap[1] || gap[0] === 0 }
      : null,
    percent,
    unit: null,
  }));

function checkMonotone(rule: Rule, dir: Direction, a: number, b: number): void {
  const [low, high] = a <= b ? [a, b] : [b, a];
  const lowStatus = evaluateStatus(rule, low).status;
  const highStatus = evaluateStatus(rule, high).status;
  expect(RANK[lowStatus]).toBeGreaterThanOrEqual(0);
  expect(RANK[highStatus]).toBeGreaterThanOrEqual(0);
  if (dir === "higher") expect(RANK[highStatus]).toBeGreaterThanOrEqual(RANK[lowStatus]);
  else expect(RANK[highStatus]).toBeLessThanOrEqual(RANK[lowStatus]);
}

describe("evaluateStatus is monotone", () => {
  it("for threshold rules", () => {
    fc.assert(
      fc.property(thresholdRule, finite, finite, (rule, a, b) => {
        checkMonotone(rule, (rule as { direction: Direction }).direction, a, b);
      }),
      { numRuns: 3000 },
    );
  });

  it("for threshold rules at and around the limits", () => {
    fc.assert(
      fc.property(
        thresholdRule,
        fc.integer({ min: -2, max: 2 }),
        fc.integer({ min: -2, max: 2 }),
        (rule, i, j) => {
          const t = rule as Extract<Rule, { kind: "threshold" }>;
          const at = (k: number, base: number) => base + k * 1e-3;
          checkMonotone(
            rule,
            t.direction,
            at(i, t.desired.value),
            at(j, t.acceptable?.value ?? t.desired.value),
          );
        },
      ),
    );
  });

  it("for bands without gaps, written as a card would write them", () => {
    const cuts = fc
      .tuple(
        fc.integer({ min: -10000, max: 10000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 2 }),
      )
      .map(([start, width, decimals]) => [start / 10 ** decimals, (start + width) / 10 ** decimals] as const);
    fc.assert(
      fc.property(cuts, direction, fc.boolean(), finite, finite, ([c1, c2], dir, percent, a, b) => {
        const p = percent ? " %" : "";
        const [low, high] = [formatNumber(c1), formatNumber(c2)];
        const columns =
          dir === "higher"
            ? { desired: `> ${high}${p}`, acceptable: `${low} - ${high}${p}`, unacceptable: `< ${low}${p}` }
            : { desired: `< ${low}${p}`, acceptable: `${low} - ${high}${p}`, unacceptable: `> ${high}${p}` };
        const parsed = parseBands(columns);
        expect(parsed.rule).not.toBeNull();
        const rule = parsed.rule as Rule;
        expect(rule).toMatchObject({ kind: "bands", direction: dir });
        const scale = percent ? 1 / 100 : 1;
        checkMonotone(rule, dir, a * scale, b * scale);
        checkMonotone(rule, dir, c1 * scale, c2 * scale);
      }),
      { numRuns: 2000 },
    );
  });
});

const optionalBound = fc.option(bound, { nil: null });
const interval: fc.Arbitrary<Interval> = fc.record({ min: optionalBound, max: optionalBound });
const measure = {
  percent: fc.boolean(),
  unit: fc.option(fc.constantFrom("dager", "km", "kr"), { nil: null }),
};
const text = fc.string({ minLength: 1 }).filter((s) => s.trim() !== "");

const anyRule: fc.Arbitrary<Rule> = fc.oneof(
  thresholdRule,
  fc.record({
    kind: fc.constant("threshold" as const),
    direction,
    desired: bound,
    acceptable: optionalBound,
    ...measure,
  }),
  fc.record({
    kind: fc.constant("tolerance" as const),
    desired: finite,
    acceptable: fc.option(finite, { nil: null }),
    ...measure,
  }),
  fc.record({
    kind: fc.constant("bands" as const),
    desired: fc.array(interval, { maxLength: 3 }),
    acceptable: fc.array(interval, { maxLength: 3 }),
    unacceptable: fc.array(interval, { maxLength: 3 }),
    precision: fc.nat({ max: 6 }),
    direction: fc.option(direction, { nil: null }),
    ...measure,
  }),
  fc.record({ kind: fc.constant("trend" as const), direction }),
  fc.record({ kind: fc.constant("reference" as const), direction, reference: text, inclusive: fc.boolean() }),
  fc.record({ kind: fc.constant("qualitative" as const), expected: text }),
);

describe("rules as JSON", () => {
  it("serializeRule then parseRuleJson gives an equal rule", () => {
    fc.assert(
      fc.property(anyRule, (rule) => {
        const back = parseRuleJson(serializeRule(rule));
        expect(rulesEqual(back, rule)).toBe(true);
        expect(serializeRule(back)).toBe(serializeRule(rule));
      }),
      { numRuns: 2000 },
    );
  });

  it("parseRuleJson throws only Errors, on any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (json) => {
        try {
          const rule = parseRuleJson(json);
          expect(rulesEqual(rule, rule)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message).toMatch(/^Invalid rule JSON/);
        }
      }),
    );
  });
});

describe("readResultValue never throws", () => {
  it("on any cell value, format and rule", () => {
    const raw = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      requirementText,
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(raw, fc.boolean(), fc.option(anyRule, { nil: null }), (value, percentFormat, rule) => {
        const read = readResultValue(value, percentFormat, rule);
        const ok = read.value === null || typeof read.value === "string" || Number.isFinite(read.value);
        expect(ok).toBe(true);
        const judged = evaluateStatus(rule, read.value, { previous: 1, reference: 1 });
        if (judged.status === "unrated") expect(judged.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
