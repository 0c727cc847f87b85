// Rules given as limit cells (the canonical layout: Retning | Ønsket | Akseptabelt), the form a
// spreadsheet formula can judge, and the conversion of a parsed rule into that form.

import { type FindingDraft, error, warning } from "./findings";
import type { BandsRule, Bound, Direction, Interval, Rule } from "./model";
import { normalizeText } from "./text";

/** The Retning choices of the canonical layout, as a leader picks them from the dropdown. */
export const RETNING = {
  higher: "Høyere er bedre",
  lower: "Lavere er bedre",
  higherStrict: "Høyere enn grensen",
  lowerStrict: "Lavere enn grensen",
  nearZero: "Nær null er bedre",
  increasing: "Økende",
  decreasing: "Synkende",
  text: "Tekst",
} as const;

export type RetningKey = keyof typeof RETNING;
export const RETNING_CHOICES: readonly string[] = Object.values(RETNING);

export function parseRetning(text: string | null): RetningKey | null {
  if (text === null) return null;
  const wanted = normalizeText(text);
  const found = (Object.keys(RETNING) as RetningKey[]).find((key) => normalizeText(RETNING[key]) === wanted);
  return found ?? null;
}

/** A limit cell's content: a number (percent cells hold fractions), a text, or nothing. */
export type LimitValue = number | string | null;

export interface LimitCells {
  retning: RetningKey;
  desired: LimitValue;
  acceptable: LimitValue;
  /** The limits were typed in percent-formatted cells, so they are fractions. */
  percent: boolean;
}

const THRESHOLDS: Partial<Record<RetningKey, { direction: Direction; inclusive: boolean }>> = {
  higher: { direction: "higher", inclusive: true },
  lower: { direction: "lower", inclusive: true },
  higherStrict: { direction: "higher", inclusive: false },
  lowerStrict: { direction: "lower", inclusive: false },
};

function missingDesired(): { rule: null; findings: FindingDraft[] } {
  return {
    rule: null,
    findings: [
      warning(
        "requirement-missing",
        "Ønsket resultat er ikke fylt inn som tall. Skriv grensen for ønsket resultat i Ønsket-kolonnen, så kan resultatene vurderes.",
      ),
    ],
  };
}

/**
 * Builds the rule that the canonical layout's limit cells describe, exactly as the workbook's own
 * Status formula reads them. Returns rule null with a finding where the cells cannot make a rule.
 */
export function ruleFromLimits(cells: LimitCells): { rule: Rule | null; findings: FindingDraft[] } {
  const { retning, desired, acceptable, percent } = cells;
  if (retning === "increasing" || retning === "decreasing") {
    return {
      rule: { kind: "trend", direction: retning === "increasing" ? "higher" : "lower" },
      findings: [],
    };
  }
  if (retning === "text") {
    const expected = desired === null ? "" : String(desired).trim();
    if (expected === "") {
      return {
        rule: null,
        findings: [
          warning(
            "requirement-missing",
            "Retning er «Tekst», men Ønsket er tomt. Skriv teksten som betyr at kravet er nådd, f.eks. «Innført».",
          ),
        ],
      };
    }
    return { rule: { kind: "qualitative", expected }, findings: [] };
  }
  if (typeof desired !== "number") return missingDesired();
  const second = typeof acceptable === "number" ? acceptable : null;
  if (retning === "nearZero") {
    const d = Math.abs(desired);
    const a = second === null ? null : Math.abs(second);
    if (a !== null && a < d)
      return contradiction(
        "Akseptabelt avvik er mindre enn ønsket avvik, men retningen er «Nær null er bedre». Bytt om grensene.",
      );
    return {
      rule: { kind: "tolerance", desired: d, acceptable: a === d ? null : a, percent, unit: null },
      findings: [],
    };
  }
  const threshold = THRESHOLDS[retning]!;
  if (second !== null && (threshold.direction === "higher" ? second > desired : second < desired)) {
    return contradiction(
      threshold.direction === "higher"
        ? "Akseptabelt resultat er høyere enn ønsket resultat, men høyere er bedre. Bytt om grensene eller rett retningen."
        : "Akseptabelt resultat er lavere enn ønsket resultat, men lavere er bedre. Bytt om grensene eller rett retningen.",
    );
  }
  const bound = (value: number): Bound => ({ value, inclusive: threshold.inclusive });
  return {
    rule: {
      kind: "threshold",
      direction: threshold.direction,
      desired: bound(desired),
      acceptable: second === null || second === desired ? null : bound(second),
      percent,
      unit: null,
    },
    findings: [],
  };
}

function contradiction(message: string): { rule: null; findings: FindingDraft[] } {
  return { rule: null, findings: [error("limits-contradict-direction", message)] };
}

/** Limit cells for a rule, when a formula can judge it exactly; null when it cannot. */
export function limitsForRule(rule: Rule): LimitCells | null {
  switch (rule.kind) {
    case "threshold":
      // A unit ("dager") is dropped: a formula compares plain numbers; Resultatkrav keeps it as written.
      return thresholdLimits(rule.direction, rule.desired, rule.acceptable, rule.percent);
    case "tolerance":
      return rule.unit
        ? null
        : { retning: "nearZero", desired: rule.desired, acceptable: rule.acceptable, percent: rule.percent };
    case "trend":
      return {
        retning: rule.direction === "higher" ? "increasing" : "decreasing",
        desired: null,
        acceptable: null,
        percent: false,
      };
    case "qualitative":
      return { retning: "text", desired: rule.expected, acceptable: null, percent: false };
    case "bands":
      return bandsAsThreshold(rule);
    case "reference":
      return null; // needs a reference value per period, which a card does not hold
  }
}

function thresholdLimits(
  direction: Direction,
  desired: Bound,
  acceptable: Bound | null,
  percent: boolean,
): LimitCells | null {
  // One Retning covers both limits, so both must be inclusive or both strict.
  if (acceptable && acceptable.inclusive !== desired.inclusive) return null;
  const retning: RetningKey =
    direction === "higher"
      ? desired.inclusive
        ? "higher"
        : "higherStrict"
      : desired.inclusive
        ? "lower"
        : "lowerStrict";
  return { retning, desired: desired.value, acceptable: acceptable?.value ?? null, percent };
}

/**
 * Bands that are one threshold in disguise: desired open towards better, acceptable right below it,
 * unacceptable everything beyond, no gaps. Anything else (gaps, middle bands) stays as bands.
 */
function bandsAsThreshold(rule: BandsRule): LimitCells | null {
  if (rule.direction === null || rule.desired.length !== 1 || rule.acceptable.length > 1) return null;
  const up = rule.direction === "higher";
  const desired = rule.desired[0];
  const desiredEdge = up ? desired.min : desired.max;
  if (!desiredEdge || (up ? desired.max : desired.min) !== null) return null;
  const acceptable: Interval | undefined = rule.acceptable[0];
  let acceptableEdge: Bound | null = null;
  if (acceptable) {
    const top = up ? acceptable.max : acceptable.min;
    const bottom = up ? acceptable.min : acceptable.max;
    // Acceptable must touch desired without overlap or gap: [4,5; 5) then (5 … means one inclusive edge.
    if (!top || !bottom || top.value !== desiredEdge.value || top.inclusive === desiredEdge.inclusive)
      return null;
    acceptableEdge = bottom;
  }
  const below = acceptableEdge ?? desiredEdge;
  const beyond: Interval = up
    ? { min: null, max: { value: below.value, inclusive: !below.inclusive } }
    : { min: { value: below.value, inclusive: !below.inclusive }, max: null };
  if (rule.unacceptable.length !== 1 || !sameInterval(rule.unacceptable[0], beyond)) return null;
  return thresholdLimits(rule.direction, desiredEdge, acceptableEdge, rule.percent);
}

/** Whether two sets of limit cells say the same (numbers compared as stored). */
export function sameLimits(a: LimitCells, b: LimitCells): boolean {
  return (
    a.retning === b.retning &&
    a.desired === b.desired &&
    a.acceptable === b.acceptable &&
    a.percent === b.percent
  );
}

function sameInterval(a: Interval, b: Interval): boolean {
  const same = (x: Bound | null, y: Bound | null) =>
    x === null ? y === null : y !== null && x.value === y.value && x.inclusive === y.inclusive;
  return same(a.min, b.min) && same(a.max, b.max);
}
