// Norwegian numbers as typed into cards: decimal comma, thousands separated by spaces (or, in
// "53.625", a dot), percent as a fraction the way Excel stores it, and a unit after the number.

import { type FindingDraft, info, quote } from "./findings";

/** A number found in a text, as written (percent not yet applied). */
export interface NumberToken {
  /** The value as written: "4,6" → 4.6, "70 %" → 70 (the percent sign is the quantity's business). */
  value: number;
  /** Decimals as printed: "4,60" → 2. Bands use it to round values that fall between two bands. */
  decimals: number;
  start: number;
  end: number;
  /** "53.625" read as 53 625: a dot before exactly three digits and no comma. Worth telling the user. */
  dotThousands: boolean;
  text: string;
}

/** A number with what follows it: a percent sign or a unit. */
export interface Quantity {
  number: NumberToken;
  percent: boolean;
  /** The unit in its canonical spelling ("dgr" → "dager"), or null. */
  unit: string | null;
  end: number;
}

/** A whole text read as one number. `value` is a fraction for percent ("70 %" → 0.7). */
export interface ParsedNumber {
  value: number;
  written: number;
  decimals: number;
  percent: boolean;
  unit: string | null;
  findings: FindingDraft[];
}

const GROUP_SPACES = new Set([" ", "\u00a0", "\u2007", "\u202f"]);
const PERCENT_WORDS = ["prosent", "pst.", "pst"];

/**
 * Units seen on cards, by spelling, with the canonical form requirement and result are compared in.
 * Synonyms share a form so that "5 dgr" against "Maks 7 dager" is not a unit mismatch.
 */
const UNIT_SPELLINGS: Record<string, string> = {
  km: "km",
  m: "m",
  meter: "m",
  mnd: "mnd",
  "mnd.": "mnd",
  mndr: "mnd",
  måned: "mnd",
  måneder: "mnd",
  dag: "dager",
  dager: "dager",
  dgr: "dager",
  "dgr.": "dager",
  døgn: "døgn",
  liggedøgn: "liggedøgn",
  uke: "uker",
  uker: "uker",
  år: "år",
  time: "timer",
  timer: "timer",
  min: "min",
  "min.": "min",
  minutt: "min",
  minutter: "min",
  sek: "sek",
  "sek.": "sek",
  sekunder: "sek",
  kr: "kr",
  "kr.": "kr",
  kroner: "kr",
  nok: "kr",
  "mill. kr": "mill. kr",
  "mill kr": "mill. kr",
  mnok: "mill. kr",
  "mill.": "mill",
  mill: "mill",
  poeng: "poeng",
  stk: "stk",
  "stk.": "stk",
  personer: "personer",
  pers: "personer",
  "pers.": "personer",
  årsverk: "årsverk",
  avvik: "avvik",
  sak: "saker",
  saker: "saker",
  tilfeller: "tilfeller",
  hendelser: "hendelser",
  klager: "klager",
  besøk: "besøk",
  elever: "elever",
  barn: "barn",
  brukere: "brukere",
  plasser: "plasser",
  deltakere: "deltakere",
  kg: "kg",
  tonn: "tonn",
  kwh: "kwh",
  liter: "liter",
};

// Longest first, so that "mnd." wins over "mnd" and "minutter" over "min".
const UNIT_KEYS = Object.keys(UNIT_SPELLINGS).sort((a, b) => b.length - a.length);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function countDigits(text: string, pos: number): number {
  let n = 0;
  while (isDigit(text[pos + n])) n++;
  return n;
}

export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos;
}

/** Rounds away binary noise (70/100 = 0.7000000000000001) so equal numbers compare equal. */
export function roundSignificant(value: number, digits = 12): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  // Whole numbers of up to 12 digits are already exact (the common case, and toPrecision is slow).
  if (digits === 12 && Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(digits));
}

/** The fraction Excel stores for a percent as written: 70 → 0.7. */
export function percentToFraction(written: number): number {
  return roundSignificant(written / 100);
}

/** Reads one number at `start` (an optional sign directly before the digits), or null. */
export function scanNumber(text: string, start: number): NumberToken | null {
  let pos = start;
  let sign = "";
  const first = text[pos];
  if ((first === "-" || first === "\u2212" || first === "+") && isDigit(text[pos + 1])) {
    sign = first === "+" ? "" : "-";
    pos++;
  }
  if (!isDigit(text[pos])) return null;
  const intLength = countDigits(text, pos);
  let digits = text.slice(pos, pos + intLength);
  pos += intLength;
  let dotThousands = false;
  let dotGroups = 0;
  // Thousands groups only after a first group of 1–3 digits that does not start with 0.
  const canGroup = intLength <= 3 && digits[0] !== "0";
  if (canGroup) {
    while (GROUP_SPACES.has(text[pos]) && countDigits(text, pos + 1) === 3) {
      digits += text.slice(pos + 1, pos + 4);
      pos += 4;
    }
  }
  if (canGroup && digits.length === intLength) {
    while (text[pos] === "." && countDigits(text, pos + 1) === 3) {
      digits += text.slice(pos + 1, pos + 4);
      pos += 4;
      dotGroups++;
    }
    // "1.234.567" and "53.625,5" are unambiguous; only a lone "53.625" could have meant 53,625.
    const commaFollows = text[pos] === "," && isDigit(text[pos + 1]);
    dotThousands = dotGroups === 1 && !commaFollows;
  }
  let fraction = "";
  const sep = text[pos];
  if ((sep === "," || (sep === "." && dotGroups === 0)) && isDigit(text[pos + 1])) {
    const n = countDigits(text, pos + 1);
    fraction = text.slice(pos + 1, pos + 1 + n);
    pos += 1 + n;
  }
  const value = Number(`${sign}${digits}${fraction ? "." + fraction : ""}`);
  return { value, decimals: fraction.length, start, end: pos, dotThousands, text: text.slice(start, pos) };
}

function matchWordAt(text: string, pos: number, words: readonly string[]): string | null {
  const first = text[pos]?.toLowerCase();
  if (first === undefined) return null;
  for (const word of words) {
    if (word[0] !== first) continue; // cheap rejection before slicing
    const candidate = text.slice(pos, pos + word.length);
    if (candidate.toLowerCase() === word && !isWordChar(text[pos + word.length])) return word;
  }
  return null;
}

/** Reads a number and a following "%" or unit. Reads only the number when a word follows that is no unit. */
export function scanQuantity(text: string, start: number): Quantity | null {
  const number = scanNumber(text, start);
  if (!number) return null;
  const p = skipSpaces(text, number.end);
  if (text[p] === "%") return { number, percent: true, unit: null, end: p + 1 };
  const percentWord = matchWordAt(text, p, PERCENT_WORDS);
  if (percentWord) return { number, percent: true, unit: null, end: p + percentWord.length };
  const unit = matchWordAt(text, p, UNIT_KEYS);
  if (unit) return { number, percent: false, unit: UNIT_SPELLINGS[unit], end: p + unit.length };
  return { number, percent: false, unit: null, end: number.end };
}

/** The canonical form of a unit as written ("Dgr." → "dager"), or the lower-cased text if unknown. */
export function canonicalUnit(unit: string): string {
  const key = unit.trim().toLowerCase();
  return UNIT_SPELLINGS[key] ?? key;
}

/** Interpretations worth reporting about a number as written (the "53.625" thousands dot). */
export function numberFindings(token: NumberToken): FindingDraft[] {
  if (!token.dotThousands) return [];
  return [
    info(
      "thousands-separator-dot",
      `${quote(token.text)} er lest som ${formatNumber(token.value)}, med punktum som tusenskille. ` +
        `Skriv ${token.text.replace(".", ",")} hvis du mente et desimaltall.`,
    ),
  ];
}

/** Reads a whole text as one number with an optional "%" or unit, or null if it is anything else. */
export function parseNorwegianNumber(text: string): ParsedNumber | null {
  const trimmed = text.trim();
  const quantity = scanQuantity(trimmed, 0);
  if (!quantity || skipSpaces(trimmed, quantity.end) !== trimmed.length) return null;
  return quantityToNumber(quantity);
}

export function quantityToNumber(quantity: Quantity): ParsedNumber {
  const written = quantity.number.value;
  return {
    value: quantity.percent ? percentToFraction(written) : written,
    written,
    decimals: quantity.number.decimals,
    percent: quantity.percent,
    unit: quantity.unit,
    findings: numberFindings(quantity.number),
  };
}

/** A number for Norwegian readers: decimal comma, a space between thousands from 10 000 up. */
export function formatNumber(value: number): string {
  const rounded = roundSignificant(value);
  const plain = String(Math.abs(rounded));
  if (plain.includes("e")) return String(rounded).replace(".", ",");
  const [int, frac] = plain.split(".");
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+$)/g, " ") : int;
  return `${rounded < 0 ? "-" : ""}${grouped}${frac ? "," + frac : ""}`;
}

/** A value as the rule writes it: fractions back to percent ("0.7" → "70 %"), units after the number. */
export function formatQuantity(value: number, percent: boolean, unit: string | null): string {
  if (percent) return `${formatNumber(roundSignificant(value * 100))} %`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
