// Requirements written in words: trends against the previous period ("Økende", "Lavere enn i fjor")
// and references to a comparison value ("> landsgjennomsnittet", "KOSTRA-gruppe").

import type { Direction } from "./model";
import { scanComparator } from "./requirement-parts";
import { normalizeText } from "./text";

/** `better`: the text says "better" without saying which way (needs a Retning or the name). */
export type WordDirection = Direction | "better";

export interface TrendText {
  direction: WordDirection;
  /** Words beyond the trend word and a "than last year" tail: worth reporting how it was read. */
  interpreted: boolean;
}

const TREND_WORDS: Record<string, WordDirection> = {
  økende: "higher",
  øke: "higher",
  økes: "higher",
  økning: "higher",
  øk: "higher",
  stigende: "higher",
  oppgang: "higher",
  vekst: "higher",
  synkende: "lower",
  redusere: "lower",
  reduseres: "lower",
  redusert: "lower",
  reduksjon: "lower",
  nedgang: "lower",
  minke: "lower",
  minkende: "lower",
  fallende: "lower",
  nedadgående: "lower",
  forbedring: "better",
  forbedre: "better",
  forbedres: "better",
};

/** Comparatives that are a trend only with a "than last year" tail ("Lavere enn landssnitt" is a reference). */
const COMPARATIVES: Record<string, WordDirection> = {
  høyere: "higher",
  flere: "higher",
  mer: "higher",
  større: "higher",
  lavere: "lower",
  færre: "lower",
  mindre: "lower",
  bedre: "better",
};

const TAIL =
  /^(?:enn|fra|i forhold til|sammenlignet med) (?:i fjor|fjoråret|forrige (?:år|periode|måling|tertial)|året før)$/;

/** Reads a trend requirement; null when the text is no trend (or holds numbers: "Øke til 80 %" is not). */
export function parseTrendText(text: string): TrendText | null {
  const normalized = normalizeText(text).replace(/^(?:skal|må) /, "");
  if (/\d/.test(normalized)) return null;
  const space = normalized.indexOf(" ");
  const first = (space < 0 ? normalized : normalized.slice(0, space)).replace(/\.$/, "");
  const rest = space < 0 ? "" : normalized.slice(space + 1);
  if (first in COMPARATIVES && TAIL.test(rest)) return { direction: COMPARATIVES[first], interpreted: false };
  if (!(first in TREND_WORDS)) return null;
  return { direction: TREND_WORDS[first], interpreted: rest !== "" && !TAIL.test(rest) };
}

/**
 * Words that name a comparison value. Matched as whole word endings where a stem also occurs inside
 * ordinary words: "landssnitt" and "snittet" name a reference, "Gjennomsnittlig ventetid" does not.
 */
const REFERENCE_PATTERNS = [
  /snitt(?:et)?(?!\p{L})/u,
  /kostra/u,
  /kommunegruppe/u,
  /(?<!\p{L})(?:landet|fylket)(?!\p{L})/u,
  /nasjonalt? (?:nivå|norm)/u,
  /referanse/u,
  /sammenlignbare kommuner/u,
  /nabokommune/u,
];

/** "På nivå med landssnitt": reach the reference, direction from Retning or the name. */
const LEVEL_WORDS = ["på nivå med", "på linje med", "tilsvarende", "minst som", "som", "lik"];

export interface ReferenceText {
  /** null: no comparator written, the direction must come from Retning or the name. */
  direction: WordDirection | null;
  inclusive: boolean;
  reference: string;
}

/** Reads "> lands-snitt", "Over landssnitt", "Bedre enn KOSTRA-gruppe 13"; null when no reference is named. */
export function parseReferenceText(text: string): ReferenceText | null {
  let direction: WordDirection | null = null;
  let inclusive = true;
  let rest = text;
  const comparator = scanComparator(text, 0);
  const lower = text.toLowerCase();
  if (comparator) {
    direction = comparator.direction;
    inclusive = comparator.inclusive;
    rest = text.slice(comparator.end);
  } else if (lower.startsWith("bedre enn ")) {
    direction = "better";
    inclusive = false;
    rest = text.slice("bedre enn ".length);
  } else {
    const level = LEVEL_WORDS.find((word) => lower.startsWith(word + " "));
    if (level) rest = text.slice(level.length + 1);
  }
  rest = rest.trim();
  // A reference plus an offset ("landssnitt + 2 %") or a number first is not a plain reference.
  if (!/^\p{L}/u.test(rest) || /[%+±<>=≤≥]|prosent/i.test(rest)) return null;
  // Digits only as a group's number ("KOSTRA-gruppe 13"); "Gjennomsnittlig 4,5" is no reference.
  if (/\d/.test(rest.replace(/gruppe\s*\d+/gi, ""))) return null;
  const normalized = normalizeText(rest);
  if (!REFERENCE_PATTERNS.some((pattern) => pattern.test(normalized))) return null;
  return { direction, inclusive, reference: rest };
}
