// Building blocks shared by the requirement parser and the band parser: comparators ("≥", "Minst",
// "Ikke over", …), single comparisons, two-limit ranges, and the measure (percent/unit) of limits.

import { type FindingDraft, error, quote } from "./findings";
import type { Direction, Rule } from "./model";
import { type Quantity, percentToFraction, scanQuantity, skipSpaces } from "./numbers";

export interface RequirementContext {
  indicatorName?: string | null;
  /** Explicit, from a Retning column; overrides inference and must agree with the notation. */
  direction?: Direction | null;
  /** Extra lower-is-better words, added to DEFAULT_LOWER_IS_BETTER_TERMS (as in the framework). */
  lowerIsBetterTerms?: readonly string[];
}

export interface ParsedRequirement {
  rule: Rule | null;
  findings: FindingDraft[];
}

export interface Comparator {
  direction: Direction;
  inclusive: boolean;
  /** The comparator as written, e.g. "Minst". */
  text: string;
  end: number;
}

/** A limit as written: "≥ 90 %" or "Maks 5 dager". */
export interface Comparison {
  direction: Direction;
  inclusive: boolean;
  quantity: Quantity;
}

const COMPARATOR_GROUPS: [string[], Direction, boolean][] = [
  [["≥", ">=", "=>", "⩾"], "higher", true],
  [["≤", "<=", "=<", "⩽"], "lower", true],
  [[">"], "higher", false],
  [["<"], "lower", false],
  [
    [
      "minst",
      "min.",
      "minimum",
      "ikke under",
      "ikke lavere enn",
      "ikke mindre enn",
      "ikke færre enn",
      "lik eller over",
    ],
    "higher",
    true,
  ],
  [
    [
      "maks",
      "maks.",
      "maksimum",
      "maksimalt",
      "høyst",
      "inntil",
      "ikke over",
      "ikke høyere enn",
      "ikke mer enn",
    ],
    "lower",
    true,
  ],
  [["over", "mer enn", "høyere enn", "større enn", "flere enn"], "higher", false],
  [["under", "mindre enn", "lavere enn", "færre enn"], "lower", false],
];

const COMPARATORS = COMPARATOR_GROUPS.flatMap(([spellings, direction, inclusive]) =>
  spellings.map((spelling) => ({ spelling, direction, inclusive })),
).sort((a, b) => b.spelling.length - a.spelling.length);

/** "80 % eller mer", "5 dager eller mindre": a comparator after the number. */
const POSTFIX_COMPARATORS: { spelling: string; direction: Direction }[] = [
  { spelling: "eller mer", direction: "higher" },
  { spelling: "eller høyere", direction: "higher" },
  { spelling: "eller flere", direction: "higher" },
  { spelling: "eller over", direction: "higher" },
  { spelling: "og over", direction: "higher" },
  { spelling: "eller mindre", direction: "lower" },
  { spelling: "eller lavere", direction: "lower" },
  { spelling: "eller færre", direction: "lower" },
  { spelling: "eller under", direction: "lower" },
  { spelling: "og under", direction: "lower" },
];

const RANGE_SEPARATORS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "til"];

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function startsWithAt(text: string, pos: number, word: string): boolean {
  // First character first: this runs for every comparator spelling at every position tried.
  const first = text[pos];
  if (first === undefined || (first !== word[0] && first.toLowerCase() !== word[0])) return false;
  if (text.slice(pos, pos + word.length).toLowerCase() !== word) return false;
  // Words must end at a word boundary: "Overtid" is no "Over", "Underskudd" no "Under".
  return !isLetter(word[word.length - 1]) || !isLetter(text[pos + word.length]);
}

/** A comparator at `pos` (spaces after it skipped), or null. */
export function scanComparator(text: string, pos: number): Comparator | null {
  for (const c of COMPARATORS) {
    if (startsWithAt(text, pos, c.spelling)) {
      const end = skipSpaces(text, pos + c.spelling.length);
      return {
        direction: c.direction,
        inclusive: c.inclusive,
        text: text.slice(pos, pos + c.spelling.length),
        end,
      };
    }
  }
  return null;
}

/** The whole text as one limit: "≥ 90 %", "Maks. 5 dager", "80 % eller mer"; null if it is not one. */
export function parseComparison(text: string): Comparison | null {
  const comparator = scanComparator(text, 0);
  if (comparator) {
    const quantity = scanQuantity(text, comparator.end);
    if (!quantity || skipSpaces(text, quantity.end) !== text.length) return null;
    return { direction: comparator.direction, inclusive: comparator.inclusive, quantity };
  }
  const quantity = scanQuantity(text, 0);
  if (!quantity) return null;
  const pos = skipSpaces(text, quantity.end);
  for (const postfix of POSTFIX_COMPARATORS) {
    if (
      startsWithAt(text, pos, postfix.spelling) &&
      skipSpaces(text, pos + postfix.spelling.length) === text.length
    ) {
      return { direction: postfix.direction, inclusive: true, quantity };
    }
  }
  return null;
}

/** The whole text as "x – y" (dash, hyphen or "til" between two numbers); null if it is not that. */
export function parseRange(text: string): [Quantity, Quantity] | null {
  const first = scanQuantity(text, 0);
  if (!first) return null;
  const sepStart = skipSpaces(text, first.end);
  const separator = RANGE_SEPARATORS.find((sep) => startsWithAt(text, sepStart, sep));
  if (!separator) return null;
  const second = scanQuantity(text, skipSpaces(text, sepStart + separator.length));
  if (!second || skipSpaces(text, second.end) !== text.length) return null;
  return [first, second];
}

/** The whole text as one number with an optional "%" or unit ("= 5" too); null otherwise. */
export function parseBare(text: string): Quantity | null {
  const start = text.startsWith("=") ? skipSpaces(text, 1) : 0;
  const quantity = scanQuantity(text, start);
  if (!quantity || skipSpaces(text, quantity.end) !== text.length) return null;
  return quantity;
}

export interface MeasureOf {
  percent: boolean;
  unit: string | null;
}

/**
 * The common measure of limits written together: a "%" or unit on one applies to all ("100-85 %").
 * Two different units (or a unit and "%") cannot be compared: a finding, and null.
 */
export function mergeMeasures(quantities: readonly Quantity[], written: string): MeasureOf | FindingDraft {
  const percent = quantities.some((q) => q.percent);
  const units = [...new Set(quantities.map((q) => q.unit).filter((u): u is string => u !== null))];
  if (units.length > 1 || (percent && units.length > 0)) {
    const listed = [...(percent ? ["%"] : []), ...units].join(" og ");
    return error(
      "units-differ",
      `Kravet ${quote(written)} blander enheter (${listed}). Skriv alle grensene med samme enhet.`,
    );
  }
  return { percent, unit: units[0] ?? null };
}

export function isFinding(value: unknown): value is FindingDraft {
  return typeof value === "object" && value !== null && "code" in value && "severity" in value;
}

/** A limit's value in the rule's terms: percent as a fraction. */
export function limitValue(quantity: Quantity, measure: MeasureOf): number {
  return measure.percent ? percentToFraction(quantity.number.value) : quantity.number.value;
}
