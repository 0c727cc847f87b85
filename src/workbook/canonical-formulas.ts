// The traffic light as native spreadsheet formulas: the same judgement as the engine's
// evaluateStatus for every rule the limit cells can hold (parity is tested with a real formula
// engine and with LibreOffice). Only functions that Excel, LibreOffice and HyperFormula share.

import { RETNING, type RetningKey } from "../domain/limits";
import { MISSING_PREFIXES, MISSING_TEXTS } from "../domain/result-value";

/** The words the Status formula writes; the engine's statuses in Norwegian. */
export const STATUS_TEXT = {
  desired: "Ønsket",
  acceptable: "Akseptabelt",
  unacceptable: "Uakseptabelt",
  missing: "Mangler",
  unrated: "Ikke vurdert",
} as const;

/** The words the Endring formula writes, by the engine's Change. */
export const TREND_TEXT = { better: "↑ bedre", same: "→ uendret", worse: "↓ dårligere" } as const;

/** Cell references of one row, as they appear in the formula (e.g. "$H6", "K6"). */
export interface RowRefs {
  /** Måleindikator: a row without an indicator shows nothing. */
  indicator: string;
  retning: string;
  desired: string;
  acceptable: string;
}

function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function is(ref: string, key: RetningKey): string {
  return `${ref}=${str(RETNING[key])}`;
}

/** TRUE when the cell holds no result: blank or one of the engine's missing markers. */
export function missingTest(x: string): string {
  const exact = [...MISSING_TEXTS].filter((t) => t !== "").map((t) => `TRIM(${x})=${str(t)}`);
  // normalizeText turns "*" and dash variants into the texts above; the formula checks them directly.
  const variants = ["*", "–", "—"].map((t) => `TRIM(${x})=${str(t)}`);
  const prefixes = MISSING_PREFIXES.map((p) => `LEFT(TRIM(${x}),${p.length})=${str(p)}`);
  return `OR(TRIM(${x})="",${[...exact, ...variants, ...prefixes].join(",")})`;
}

/** TRUE when x meets the limit in `limit` under the row's Retning (FALSE for an unknown Retning). */
function meets(x: string, limit: string, r: RowRefs): string {
  return (
    `OR(AND(${is(r.retning, "higher")},${x}>=${limit}),AND(${is(r.retning, "lower")},${x}<=${limit}),` +
    `AND(${is(r.retning, "higherStrict")},${x}>${limit}),AND(${is(r.retning, "lowerStrict")},${x}<${limit}),` +
    `AND(${is(r.retning, "nearZero")},ABS(${x})<=ABS(${limit})))`
  );
}

/** TRUE when the acceptable limit is better than the desired one: the limits contradict the Retning. */
function contradicts(r: RowRefs): string {
  const a = r.acceptable;
  const d = r.desired;
  // IF, not AND: AND evaluates every argument, and ABS of a text limit would be #VALUE!. "1=0" is
  // FALSE in every engine (HyperFormula has no FALSE literal).
  return (
    `IF(AND(ISNUMBER(${a}),ISNUMBER(${d})),OR(AND(OR(${is(r.retning, "higher")},${is(r.retning, "higherStrict")}),${a}>${d}),` +
    `AND(OR(${is(r.retning, "lower")},${is(r.retning, "lowerStrict")}),${a}<${d}),AND(${is(r.retning, "nearZero")},ABS(${a})<ABS(${d}))),1=0)`
  );
}

function knownLimitRetning(r: RowRefs): string {
  const keys: RetningKey[] = ["higher", "lower", "higherStrict", "lowerStrict", "nearZero"];
  return `OR(${keys.map((k) => is(r.retning, k)).join(",")})`;
}

/**
 * The status of result cell `x`, with `previous` the previous period's result cell (null for the
 * first period, where a trend cannot be judged). Mirrors evaluateStatus: missing first, then text
 * rules, then numbers; anything the limits cannot judge is "Ikke vurdert", never a colour.
 */
export function statusFormula(x: string, previous: string | null, r: RowRefs): string {
  const s = STATUS_TEXT;
  const trend = previous
    ? `IF(NOT(ISNUMBER(${previous})),${str(s.unrated)},IF(${x}=${previous},${str(s.acceptable)},` +
      `IF((${is(r.retning, "increasing")})=(${x}>${previous}),${str(s.desired)},${str(s.unacceptable)})))`
    : str(s.unrated);
  const limits =
    `IF(OR(NOT(ISNUMBER(${r.desired})),${contradicts(r)}),${str(s.unrated)},IF(${meets(x, r.desired, r)},${str(s.desired)},` +
    `IF(IF(ISNUMBER(${r.acceptable}),${meets(x, r.acceptable, r)},1=0),${str(s.acceptable)},` +
    `IF(${knownLimitRetning(r)},${str(s.unacceptable)},${str(s.unrated)}))))`;
  return (
    `IF(TRIM(${r.indicator})="","",IF(${missingTest(x)},${str(s.missing)},` +
    `IF(${is(r.retning, "text")},IF(TRIM(${x})=TRIM(${r.desired}),${str(s.desired)},${str(s.unrated)}),` +
    `IF(NOT(ISNUMBER(${x})),${str(s.unrated)},` +
    `IF(OR(${is(r.retning, "increasing")},${is(r.retning, "decreasing")}),${trend},${limits})))))`
  );
}

/** Endring: the latest result against the previous one, better or worse by the row's Retning. */
export function trendFormula(latest: string, previous: string, r: RowRefs): string {
  const t = TREND_TEXT;
  const up = `OR(${is(r.retning, "higher")},${is(r.retning, "higherStrict")},${is(r.retning, "increasing")})`;
  const down = `OR(${is(r.retning, "lower")},${is(r.retning, "lowerStrict")},${is(r.retning, "decreasing")})`;
  const better = `IF(${up},${latest}>${previous},IF(${down},${latest}<${previous},ABS(${latest})<ABS(${previous})))`;
  // Limits that make no rule (no Ønsket, or contradicting) give no Endring either, as in the engine.
  const trendKind = `OR(${is(r.retning, "increasing")},${is(r.retning, "decreasing")})`;
  const usableLimits = `AND(ISNUMBER(${r.desired}),NOT(${contradicts(r)}))`;
  return (
    `IF(OR(TRIM(${r.indicator})="",NOT(ISNUMBER(${latest})),NOT(ISNUMBER(${previous})),` +
    `NOT(OR(${up},${down},${is(r.retning, "nearZero")})),NOT(OR(${trendKind},${usableLimits}))),"",` +
    `IF(${latest}=${previous},${str(t.same)},IF(${better},${str(t.better)},${str(t.worse)})))`
  );
}
