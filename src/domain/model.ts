// The målekort domain model: plain data, no behaviour, no host types.
// Everything here can be serialised with JSON.stringify and compared structurally.

/** The five status values of the rules page. `unrated` always travels with a finding saying why. */
export type Status = "desired" | "acceptable" | "unacceptable" | "missing" | "unrated";

export const STATUSES: readonly Status[] = ["desired", "acceptable", "unacceptable", "missing", "unrated"];

/** Each status as users read it, in every report, sheet and pane. */
export const STATUS_NAME: Record<Status, string> = {
  desired: "Ønsket",
  acceptable: "Akseptabelt",
  unacceptable: "Uakseptabelt",
  missing: "Mangler",
  unrated: "Ikke vurdert",
};

export type Severity = "error" | "warning" | "info";

/** A problem or an interpretation found in a card, tied to a cell where there is one. */
export interface Finding {
  severity: Severity;
  /** Stable, machine-readable code (kebab-case English), e.g. "requirement-unreadable". */
  code: string;
  /** Norwegian message that says what is wrong and how to fix it. */
  message: string;
  /** A1-style address on the sheet, or null when the finding is about the whole sheet or file. */
  cell: string | null;
}

/** Success factors are either shared by the whole municipality or a rammeområde's own. */
export type SuccessFactorKind = "gjennomgående" | "unik";

/** Which way is better. `higher`: a larger result is better; `lower`: a smaller result is better. */
export type Direction = "higher" | "lower";

/** One edge of an interval or a threshold. */
export interface Bound {
  value: number;
  /** true for ≥ / ≤ / "Minst" / "Maks"; false for > / < / "Over" / "Under". */
  inclusive: boolean;
}

/** A closed, open or half-open interval; a null side is unbounded. */
export interface Interval {
  min: Bound | null;
  max: Bound | null;
}

/**
 * How a number is to be read against the rule.
 * `percent`: the rule was written in percent and its numbers are fractions (70 % = 0.7).
 * `unit`: a unit written with the numbers (km, dager, kr, …), normalised to lower case; results must match it.
 */
export interface Measure {
  percent: boolean;
  unit: string | null;
}

/**
 * A requirement, as a plain value. Every kind has a single meaning; anything the parser could not
 * pin down is not a rule (the requirement then has rule null and a finding).
 */
export type Rule = ThresholdRule | ToleranceRule | BandsRule | TrendRule | ReferenceRule | QualitativeRule;

/** "≥ 90 %", "6,0 – 4,6", "Maks 5 dager", bare "80 %": desired limit, optional acceptable limit. */
export interface ThresholdRule extends Measure {
  kind: "threshold";
  direction: Direction;
  desired: Bound;
  /** null when only one limit was given: not meeting it is then unacceptable. */
  acceptable: Bound | null;
}

/** "+/- 2 %", "± 0,5": desired when the absolute value is within the limit. */
export interface ToleranceRule extends Measure {
  kind: "tolerance";
  desired: number;
  acceptable: number | null;
}

/** Three band columns (Ønsket / Laveste akseptert / Ikke godkjent), each a list of intervals. */
export interface BandsRule extends Measure {
  kind: "bands";
  desired: Interval[];
  acceptable: Interval[];
  unacceptable: Interval[];
  /** Decimals printed in the bands, in the written unit (percent points for percent rules). */
  precision: number;
  /** The direction the bands imply, or null when they do not imply one (e.g. a band in the middle). */
  direction: Direction | null;
}

/** "Økende" / "Synkende": better than the previous period is desired, equal acceptable, worse unacceptable. */
export interface TrendRule {
  kind: "trend";
  direction: Direction;
}

/** "> landsgjennomsnittet", "KOSTRA-gruppe": needs a reference value for the period. */
export interface ReferenceRule {
  kind: "reference";
  direction: Direction;
  /** The reference as written, e.g. "landsgjennomsnittet". */
  reference: string;
  /** Whether meeting the reference exactly counts (≥) or not (>). */
  inclusive: boolean;
}

/** "Innført", "Ja", "På riktig dag": desired when the result says the same, otherwise a manual assessment. */
export interface QualitativeRule {
  kind: "qualitative";
  expected: string;
}

/** A period column: a year, a tertial or a quarter. */
export interface Period {
  /** Stable key: "2015", "2015-T1", "2015-Q1". Sorts chronologically within one kind. */
  key: string;
  /** The header as written ("Resultat 2015", "T1 2016"). */
  label: string;
  year: number;
  /** Tertial 1–3 or quarter 1–4, null for a whole year. */
  part: { kind: "tertial" | "quarter"; index: number } | null;
}

/** A result as read from a cell, after normalisation. */
export interface Result {
  period: string;
  /** A number (percent as a fraction), text that is not a number, or null when there is none. */
  value: number | string | null;
  status: Status;
  /** A1 address of the result cell. */
  cell: string;
  /** The cell's text where the value was read out of it ("87 % 20 av 23" → 0.87), so nothing typed is lost. */
  original?: string;
}

export interface Indicator {
  /** 1-based sheet row of the indicator. */
  row: number;
  focusArea: string | null;
  mainGoal: string | null;
  successFactor: string | null;
  kind: SuccessFactorKind | null;
  name: string;
  method: string | null;
  /** The requirement as written (for bands, the three columns joined with " | "). */
  requirement: string | null;
  rule: Rule | null;
  results: Result[];
  /** Kommentar / tiltak, where the card has one. */
  comment: string | null;
  /** Where each part of the indicator stands on the sheet (A1), so findings can point at it. */
  cells: IndicatorCells;
}

export interface IndicatorCells {
  name: string;
  focusArea?: string;
  mainGoal?: string;
  successFactor?: string;
  kind?: string;
  requirement?: string;
}

/** One målekort table found on a sheet. */
export interface Scorecard {
  sheet: string;
  /** The rammeområde named by the card, or null when it does not name one. */
  area: string | null;
  periods: Period[];
  indicators: Indicator[];
  findings: Finding[];
  /** false when the sheet holds no målekort table (then it has one "no-scorecard" finding). */
  found: boolean;
}
