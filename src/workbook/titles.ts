// The rows around a målekort table that are not indicators: title rows naming the rammeområde,
// focus area and main goal, the colour legend, and section rows ("Felles indikatorer:").

import { findFocusArea, type Framework } from "../domain/framework";
import type { SuccessFactorKind } from "../domain/model";
import { normalizeText } from "../domain/text";

export interface TitleFacts {
  area?: string;
  focusArea?: string;
  mainGoal?: string;
}

const AREA_WORDS = [
  "rammeområde",
  "rammeområdet",
  "tjenesteområde",
  "tjenesteområdet",
  "sektor",
  "virksomhet",
  "enhet",
];
const FOCUS_WORDS = ["fokusområde", "fokusområdet"];
const GOAL_WORDS = ["hovedmål", "hovedmålet"];

/** Splits "Unikt målekort – rammeområde kultur – fokusområde brukere" into its parts. */
function segments(text: string): string[] {
  return text
    .split(/\s[-–—]\s|\s*[–—]\s*|:\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function startsWithWord(segment: string, words: string[]): string | null {
  const lower = segment.toLowerCase();
  for (const word of words) {
    if (lower === word) return "";
    if (lower.startsWith(word + " ")) return segment.slice(word.length + 1).trim();
  }
  return null;
}

/** "kultur" → "Kultur": card titles often write the area in lower case inside a sentence. */
function capitalise(name: string): string {
  return name.charAt(0).toLocaleUpperCase("nb") + name.slice(1);
}

/**
 * Reads what a title row says. `texts` are the row's distinct non-empty cells, left to right,
 * so that a label in one cell and its value in the next ("Rammeområde:" | "Kultur") are read too.
 */
export function parseTitle(texts: string[], framework: Framework): TitleFacts {
  const facts: TitleFacts = {};
  const parts = texts.flatMap(segments);
  for (let i = 0; i < parts.length; i++) {
    const next = parts[i + 1];
    const area = startsWithWord(parts[i], AREA_WORDS);
    if (area !== null && facts.area === undefined) {
      const value = area || next;
      if (value) facts.area = capitalise(value);
      if (!area) i++;
      continue;
    }
    const focus = startsWithWord(parts[i], FOCUS_WORDS);
    if (focus !== null && facts.focusArea === undefined) {
      const value = focus || next;
      if (value) facts.focusArea = findFocusArea(framework, value)?.name ?? capitalise(value);
      if (!focus) i++;
      continue;
    }
    const goal = startsWithWord(parts[i], GOAL_WORDS);
    if (goal !== null && facts.mainGoal === undefined) {
      // A goal may itself contain a dash: the rest of the row is the goal.
      const rest = [goal, ...parts.slice(i + 1)].filter((s) => s !== "").join(" – ");
      if (rest) facts.mainGoal = rest;
      break;
    }
  }
  return facts;
}

const LEGEND_WORDS = new Set([
  "ønsket resultat",
  "akseptabelt resultat",
  "uakseptabelt resultat",
  "ønsket",
  "akseptabelt",
  "uakseptabelt",
  "grønn",
  "gul",
  "rød",
  "forklaring",
  "tegnforklaring",
]);

/** Every legend row starts with one of these words; most rows are indicators, ruled out by this alone. */
const LEGEND_START =
  /^\s*(resultatgrense|ønsket|akseptabelt|uakseptabelt|grønn|gul|rød|forklaring|tegnforklaring)/i;

/** "Resultatgrense: Ønsket resultat / Akseptabelt resultat / Uakseptabelt resultat", in one cell or several. */
export function isLegendRow(texts: string[]): boolean {
  // Cheap test first: every legend word is short, and most rows are indicators with long texts.
  if (!LEGEND_START.test(texts[0] ?? "")) return false;
  const folded = texts.map(normalizeText);
  if (folded.some((t) => t.startsWith("resultatgrense"))) return true;
  return folded.length >= 2 && folded.every((t) => LEGEND_WORDS.has(t));
}

export interface SectionFacts {
  kind?: SuccessFactorKind;
  focusArea?: string;
}

/** A row with one text that groups the indicators below it: "Felles indikatorer:", "Brukere". */
export function parseSection(text: string, framework: Framework): SectionFacts | null {
  const folded = normalizeText(text);
  const area = findFocusArea(framework, folded);
  if (area) return { focusArea: area.name };
  const aboutIndicators = /(indikator|suksessfaktor|mål|målekort)/.test(folded);
  if (aboutIndicators && /(felles|gjennomgående|kommunens)/.test(folded)) return { kind: "gjennomgående" };
  if (aboutIndicators && /(egne|unike?|virksomhetens|enhetens|avdelingens|sektorens)/.test(folded)) {
    return { kind: "unik" };
  }
  return null;
}

/** Reads a Type cell: "Gjennomgående" / "G" / "Felles" or "Unik" / "U" / "Egen". */
export function parseKind(text: string): SuccessFactorKind | null {
  const folded = normalizeText(text);
  if (["gjennomgående", "g", "felles", "kommunens"].includes(folded)) return "gjennomgående";
  if (["unik", "u", "egen", "egne", "unike"].includes(folded)) return "unik";
  return null;
}
