// Reads a result cell into a value the evaluation can judge: a number (percent as a fraction), text
// that is no number, or null when the cell says there is no result. A value whose unit differs
// from the requirement's stays text, so it is unrated rather than compared in the wrong unit.

import { type FindingDraft, info, quote, warning } from "./findings";
import type { Measure, Rule } from "./model";
import {
  type ParsedNumber,
  formatNumber,
  formatQuantity,
  parseNorwegianNumber,
  percentToFraction,
  quantityToNumber,
  roundSignificant,
  scanQuantity,
  skipSpaces,
} from "./numbers";
import { formatRule } from "./rule-format";
import { cleanText, normalizeText } from "./text";

export interface ResultValue {
  /** null: no result for the period (status missing). */
  value: number | string | null;
  findings: FindingDraft[];
}

/**
 * Cells that say "no result": exact texts, after normalizeText (which also turns "*" into "").
 * The templates' Status formula is generated from this list and MISSING_PREFIXES.
 */
export const MISSING_TEXTS = new Set([
  "",
  "-",
  "--",
  "?",
  "mangler",
  "n/a",
  "na",
  "ikke aktuelt",
  "ikke relevant",
]);

/** Texts that start a "no result" remark: "Ny indikator fra 2016", "Ikke målt i 2014". */
export const MISSING_PREFIXES = [
  "ny indikator",
  "ikke målt",
  "måles ikke",
  "ikke tilgjengelig",
  "data er ikke tilgjengelig",
  "data ikke tilgjengelig",
  "under utvikling",
  "mangler data",
  "ikke aktuelt",
];

export function isMissingResultText(text: string): boolean {
  const normalized = normalizeText(text);
  if (MISSING_TEXTS.has(normalized)) return true;
  return MISSING_PREFIXES.some(
    (prefix) => normalized.startsWith(prefix) && !/\p{L}/u.test(normalized.charAt(prefix.length)),
  );
}

function measureOf(rule: Rule | null): Measure | null {
  if (!rule || rule.kind === "trend" || rule.kind === "reference" || rule.kind === "qualitative") return null;
  return { percent: rule.percent, unit: rule.unit };
}

export function readResultValue(
  raw: string | number | boolean | null,
  percentFormat: boolean,
  rule: Rule | null,
): ResultValue {
  if (raw === null || raw === undefined) return { value: null, findings: [] };
  if (typeof raw === "boolean") return { value: raw ? "Ja" : "Nei", findings: [] };
  const measure = measureOf(rule);
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { value: String(raw), findings: [] };
    if (percentFormat) return readPercentCell(raw, rule, measure);
    return plainNumber(raw, measure, []);
  }
  const text = cleanText(raw);
  if (isMissingResultText(text)) return { value: null, findings: [] };
  // A qualitative requirement compares text; turning "1" into a number would only lose the wording.
  if (rule?.kind === "qualitative") return { value: text, findings: [] };
  const whole = parseNorwegianNumber(text);
  if (whole) return fromParsed(whole, text, rule, measure, []);
  const approximate = /^(?:ca\.?|cirka|omtrent)\s+/i.exec(text);
  if (approximate) {
    const rest = parseNorwegianNumber(text.slice(approximate[0].length));
    if (rest) {
      const note = info(
        "approximate-value",
        `Resultatet ${quote(text)} er et omtrentlig tall og er vurdert som ${quote(text.slice(approximate[0].length))}.`,
      );
      return fromParsed(rest, text, rule, measure, [note]);
    }
  }
  return readLeadingNumber(text, rule, measure);
}

/** A number from a percent-formatted cell is already the fraction; beside a non-percent rule it cannot be judged. */
function readPercentCell(raw: number, rule: Rule | null, measure: Measure | null): ResultValue {
  if (!measure || measure.percent) return { value: raw, findings: [] };
  const shown = formatQuantity(raw, true, null);
  const message =
    `Resultatet ${shown} er formatert som prosent, men kravet (${formatRule(rule as Rule)}) er ikke i prosent. ` +
    `Skriv kravet med %, eller fjern prosentformatet fra resultatcellen.`;
  return { value: shown, findings: [warning("unit-mismatch", message)] };
}

/** A plain number (no % written) beside a percent rule: percentage points above 1, else Excel's fraction. */
function plainNumber(value: number, measure: Measure | null, findings: FindingDraft[]): ResultValue {
  if (!measure?.percent || value === 0) return { value, findings };
  // Formatted only here: most results need no message, and a card may hold 100 000 of them.
  const shown = formatNumber(value);
  if (Math.abs(value) > 1) {
    const fraction = percentToFraction(value);
    const message =
      `Resultatet ${shown} står uten %, men kravet er i prosent. Det er lest som ${formatQuantity(fraction, true, null)}. ` +
      `Skriv ${quote(shown + " %")} eller formater cellen som prosent, så er det tydelig.`;
    return { value: fraction, findings: [...findings, info("percent-points-assumed", message)] };
  }
  const message =
    `Resultatet ${shown} står uten %, men kravet er i prosent. Det er lest som ${formatQuantity(value, true, null)}, ` +
    `slik Excel lagrer prosent. Formater cellen som prosent, så er det tydelig.`;
  return { value, findings: [...findings, info("percent-fraction-assumed", message)] };
}

function unitMismatch(text: string, found: string, rule: Rule | null, measure: Measure): ResultValue {
  const wanted = measure.percent ? "%" : (measure.unit ?? "uten enhet");
  const message =
    `Resultatet ${quote(text)} er i ${found}, men kravet (${formatRule(rule as Rule)}) er i ${wanted}, ` +
    `så det kan ikke vurderes. Skriv resultatet i samme enhet som kravet, eller rett kravet.`;
  return { value: text, findings: [warning("unit-mismatch", message)] };
}

function fromParsed(
  parsed: ParsedNumber,
  text: string,
  rule: Rule | null,
  measure: Measure | null,
  notes: FindingDraft[],
): ResultValue {
  const findings = [...notes, ...parsed.findings];
  if (parsed.percent) {
    if (measure && !measure.percent) return unitMismatch(text, "%", rule, measure);
    return { value: parsed.value, findings };
  }
  if (parsed.unit) {
    if (measure?.percent || (measure?.unit && measure.unit !== parsed.unit)) {
      return unitMismatch(text, parsed.unit, rule, measure);
    }
    return { value: parsed.value, findings };
  }
  return plainNumber(parsed.value, measure, findings);
}

/** "80 % 8 av 10", "4,5 (foreløpig)": the leading number counts, reported; "8 av 10" only beside a percent rule. */
function readLeadingNumber(text: string, rule: Rule | null, measure: Measure | null): ResultValue {
  const quantity = scanQuantity(text, 0);
  const next = quantity ? text.charAt(quantity.end) : "";
  if (!quantity || !/[\s(]/.test(next)) return { value: text, findings: [] };
  const rest = text.slice(skipSpaces(text, quantity.end));
  const ofTotal = /^av\s+(\d+)(?=\s|$)/i.exec(rest);
  if (ofTotal && !quantity.percent && !quantity.unit) {
    const total = Number(ofTotal[1]);
    if (!measure?.percent || total === 0) return { value: text, findings: [] };
    const fraction = roundSignificant(quantity.number.value / total);
    const message = `Resultatet ${quote(text)} er lest som ${formatQuantity(fraction, true, null)}.`;
    return { value: fraction, findings: [info("fraction-read-as-percent", message)] };
  }
  const leading = text.slice(0, quantity.end);
  const note = info(
    "leading-number-used",
    `Resultatet ${quote(text)} er lest som ${quote(leading)}; resten av teksten er ikke brukt. ` +
      `Skriv bare tallet i resultatcellen og forklaringen i Kommentar.`,
  );
  return fromParsed(quantityToNumber(quantity), text, rule, measure, [note]);
}
