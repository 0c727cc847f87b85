// Which way is better for an indicator: from an explicit "Retning" cell, or inferred from the
// indicator's name for a bare "reach x" requirement. Inference is a guess about meaning (never a
// colour by itself), so every caller reports an inferred direction as a finding.

import type { Direction } from "./model";
import { normalizeText } from "./text";

/**
 * Words in an indicator's name that mean a smaller result is better, matched as a substring of the
 * normalised name ("Sykefravær i %" matches "sykefravær"). Chosen deliberately:
 * - only words whose smaller value is better in every use seen on cards;
 * - left out: "feil" (matches "feilfrie fakturaer", where more is better), "kostnad"/"utgifter per"
 *   (spending levels are policy, not better or worse), "sykmeldte" ("sykmeldte fulgt opp" is better
 *   when higher), "skade" (matches "skadeforebyggende tiltak");
 * - kept although a name can still turn them around ("avvik lukket innen frist"): the rules page names
 *   them, the inference is reported, and a Retning cell overrides it.
 */
export const DEFAULT_LOWER_IS_BETTER_TERMS: readonly string[] = [
  "sykefravær",
  "fravær",
  "avvik",
  "ventetid",
  "venteliste",
  "saksbehandlingstid",
  "liggedøgn",
  "skader",
  "klager",
  "mobbing",
  "brudd",
  "uønsket",
  "uønskede",
  "reklamasjon",
  "overtid",
  "turnover",
  "gjennomtrekk",
  "frafall",
  "ulykker",
  "restanse",
  "forsinkelse",
  "overskridelse",
  "merforbruk",
  "lekkasje",
  "arbeidsledighet",
  "strykprosent",
];

/** The lower-is-better term found in the name (defaults plus `extraTerms`), or null. */
export function findLowerIsBetterTerm(
  indicatorName: string | null | undefined,
  extraTerms: readonly string[] = [],
): string | null {
  if (!indicatorName) return null;
  const name = normalizeText(indicatorName);
  for (const [term, wanted] of DEFAULT_TERMS_FOLDED) if (name.includes(wanted)) return term;
  for (const term of extraTerms) {
    const wanted = normalizeText(term);
    if (wanted !== "" && name.includes(wanted)) return term;
  }
  return null;
}

/** The default terms folded once, not on every call (the reader asks for every row). */
const DEFAULT_TERMS_FOLDED: [string, string][] = DEFAULT_LOWER_IS_BETTER_TERMS.map((t) => [
  t,
  normalizeText(t),
]);

/** Whether the indicator's name says a smaller result is better. */
export function inferLowerIsBetter(
  indicatorName: string | null | undefined,
  extraTerms: readonly string[] = [],
): boolean {
  return findLowerIsBetterTerm(indicatorName, extraTerms) !== null;
}

const HIGHER_TEXTS = new Set([
  "høyere er bedre",
  "høy",
  "høyt",
  "høyest",
  "høyere",
  "større er bedre",
  "mer er bedre",
  "økende",
  "stigende",
  "opp",
  "↑",
  "higher",
]);

const LOWER_TEXTS = new Set([
  "lavere er bedre",
  "lav",
  "lavt",
  "lavest",
  "lavere",
  "mindre er bedre",
  "synkende",
  "fallende",
  "ned",
  "↓",
  "lower",
]);

/** Reads an explicit direction cell ("Høyere er bedre", "Lav", "↓", …); null when it says neither. */
export function parseDirectionText(text: string | null | undefined): Direction | null {
  if (!text) return null;
  const normalized = normalizeText(text).replace(/^retning\s*:?\s*/, "");
  if (HIGHER_TEXTS.has(normalized)) return "higher";
  if (LOWER_TEXTS.has(normalized)) return "lower";
  return null;
}

/** The Norwegian name of a direction, for messages. */
export function directionLabel(direction: Direction): string {
  return direction === "higher" ? "høyere er bedre" : "lavere er bedre";
}
