// Recognising a målekort's header row: which column holds what, by the spellings real cards use
// ("Resultat-krav", "Resultatkrav 1)", "Målkrav", "Måleindikatorer", line breaks inside headers, …).

import type { Period } from "../domain/model";
import { normalizeText } from "../domain/text";

export type ColumnRole =
  | "focusArea"
  | "mainGoal"
  | "successFactor"
  | "kind"
  | "indicator"
  | "method"
  | "requirement"
  | "direction"
  | "bandDesired"
  | "bandAcceptable"
  | "bandUnacceptable"
  | "status"
  | "trend"
  | "comment";

export type HeaderCell = { role: ColumnRole } | { role: "result"; period: Period };

/** Folds a header for matching: no footnote marks, no hyphenation from line breaks, no "(…)" notes. */
export function foldHeader(text: string): string {
  return normalizeText(text)
    .replace(/\(\s*[^)]*\)/g, " ") // "(delmål)", "(skala 1-6)"
    .replace(/\s*\d\)\s*$/, "") // "Resultatkrav 1)"
    .replace(/([a-zæøå])- ?([a-zæøå])/g, "$1$2") // "Resultat-krav", "Resultat- krav"
    .replace(/[*:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Exact folded spellings first; prefixes catch plurals and additions ("Måleindikatorer", "Målemetode/kilde").
const EXACT: [ColumnRole, string[]][] = [
  ["focusArea", ["fokusområde", "fokusområder", "fokus", "perspektiv"]],
  ["mainGoal", ["hovedmål", "mål"]],
  [
    "successFactor",
    [
      "suksessfaktor",
      "suksessfaktorer",
      "kritisk suksessfaktor",
      "kritiske suksessfaktorer",
      "delmål",
      "sentrale utfordringer",
      "sentrale utfordring",
    ],
  ],
  ["kind", ["type", "gjennomgående/unik", "gjennomgående eller unik", "felles/unik"]],
  ["indicator", ["måleindikator", "måleindikatorer", "indikator", "indikatorer", "måleparameter", "kpi"]],
  ["method", ["målemetode", "målemetoder", "metode", "kilde", "datakilde", "målemetode/kilde", "måling"]],
  ["requirement", ["resultatkrav", "målkrav", "krav", "målverdi", "målsetting", "ambisjon", "resultatmål"]],
  ["direction", ["retning", "polaritet"]],
  ["bandDesired", ["ønsket", "ønsket resultat", "ønsket nivå", "grønn"]],
  [
    "bandAcceptable",
    [
      "akseptabelt",
      "akseptabelt resultat",
      "laveste aksepterte resultat",
      "laveste akseptable resultat",
      "gul",
    ],
  ],
  [
    "bandUnacceptable",
    ["uakseptabelt", "uakseptabelt resultat", "ikke godkjent resultat", "ikke godkjent", "rød"],
  ],
  ["status", ["status", "måloppnåelse", "vurdering"]],
  ["trend", ["endring", "trend", "utvikling"]],
  [
    "comment",
    ["kommentar", "kommentarer", "kommentar/tiltak", "kommentar / tiltak", "tiltak", "merknad", "merknader"],
  ],
];

const EXACT_MAP = new Map<string, ColumnRole>();
for (const [role, spellings] of EXACT) for (const s of spellings) EXACT_MAP.set(s, role);

const PREFIXES: [ColumnRole, string[]][] = [
  ["indicator", ["måleindikator", "indikator"]],
  ["successFactor", ["suksessfaktor", "kritisk suksessfaktor", "kritiske suksessfaktorer", "delmål"]],
  ["method", ["målemetode", "datakilde"]],
  ["requirement", ["resultatkrav", "målkrav"]],
  ["comment", ["kommentar", "tiltak"]],
  ["focusArea", ["fokusområde"]],
];

const PART = "([1-4])";
const YEAR = "((?:19|20)\\d{2})";
// Compiled once: the reader classifies many cells, and a sheet may have 100 000 rows.
const RESULT_PREFIX = /^(resultat(er)?|res\.?|oppnådd|faktisk|måling|målt)\s*/;
const RESULT_SUFFIX = /\s*(resultat|oppnådd)$/;
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
const TERTIAL_FIRST = [
  new RegExp(`^t${PART}[ -/]*${YEAR}$`),
  new RegExp(`^${PART}\\.? ?tertial ${YEAR}$`),
  new RegExp(`^tertial ${PART},? ${YEAR}$`),
];
const TERTIAL_LAST = new RegExp(`^${YEAR}[ -/]*t${PART}$`);
const QUARTER_FIRST = [
  new RegExp(`^[qk]${PART}[ -/]*${YEAR}$`),
  new RegExp(`^${PART}\\.? ?kvartal ${YEAR}$`),
  new RegExp(`^kvartal ${PART},? ${YEAR}$`),
];
const QUARTER_LAST = new RegExp(`^${YEAR}[ -/]*[qk]${PART}$`);
const REQUIREMENT_FOR_YEAR = new RegExp(`^(mål|målkrav|resultatkrav|krav|målsetting) (for )?${YEAR}$`);

/** Reads a period out of a header ("2015", "Resultat 2015", "T1 2016", "2. tertial 2016", "Q3 2017"). */
export function parsePeriodHeader(folded: string, label: string): Period | null {
  const rest = folded.replace(RESULT_PREFIX, "").replace(RESULT_SUFFIX, "").trim();
  let m = YEAR_ONLY.exec(rest);
  if (m) return { key: m[1], label, year: Number(m[1]), part: null };
  for (const re of TERTIAL_FIRST) {
    m = re.exec(rest);
    if (m && Number(m[1]) <= 3) return period(label, Number(m[2]), "tertial", Number(m[1]));
  }
  m = TERTIAL_LAST.exec(rest);
  if (m && Number(m[2]) <= 3) return period(label, Number(m[1]), "tertial", Number(m[2]));
  for (const re of QUARTER_FIRST) {
    m = re.exec(rest);
    if (m) return period(label, Number(m[2]), "quarter", Number(m[1]));
  }
  m = QUARTER_LAST.exec(rest);
  if (m) return period(label, Number(m[1]), "quarter", Number(m[2]));
  return null;
}

function period(label: string, year: number, kind: "tertial" | "quarter", index: number): Period {
  return { key: `${year}-${kind === "tertial" ? "T" : "Q"}${index}`, label, year, part: { kind, index } };
}

/** Classifies one header cell; null when it is not a column the reader knows. */
export function classifyHeader(text: string): HeaderCell | null {
  const folded = foldHeader(text);
  if (folded === "") return null;
  // "Mål 2015", "Resultatkrav 2016": a requirement column tied to a year (Løten's layout).
  if (REQUIREMENT_FOR_YEAR.test(folded)) {
    return { role: "requirement" };
  }
  const periodCell = parsePeriodHeader(folded, text.replace(/\s+/g, " ").trim());
  if (periodCell) return { role: "result", period: periodCell };
  const exact = EXACT_MAP.get(folded);
  if (exact) return { role: exact };
  for (const [role, prefixes] of PREFIXES) {
    if (prefixes.some((p) => folded.startsWith(p))) return { role };
  }
  return null;
}

const INDICATOR_HINT = /indikator|kpi|måleparameter/i;
const JUDGEMENT_HINT = /krav|mål|ønsket|status|(19|20)\d\d/i;

function mayNameIndicators(cell: unknown): boolean {
  return typeof cell === "string" && cell.length < 60 && INDICATOR_HINT.test(cell);
}

function mayNameJudgement(cell: unknown): boolean {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1900 && cell < 2100;
  return typeof cell === "string" && cell.length < 60 && JUDGEMENT_HINT.test(cell);
}

export interface HeaderMatch {
  /** 0-based column → what it holds. */
  columns: Map<number, HeaderCell>;
}

/**
 * Decides whether a row is a målekort header: it must name an indicator column and at least one
 * column the traffic light needs (a requirement, band columns or result periods).
 */
export function matchHeaderRow(cells: readonly unknown[]): HeaderMatch | null {
  // Most rows are indicators: rule them out with cheap text tests before classifying every cell.
  if (!cells.some(mayNameIndicators) || !cells.some(mayNameJudgement)) return null;
  const columns = new Map<number, HeaderCell>();
  const seenRoles = new Set<string>();
  cells.forEach((cell, col) => {
    if (typeof cell !== "string" && typeof cell !== "number") return;
    const header = classifyHeader(String(cell));
    if (!header) return;
    // The first column of a role wins, except results, which are one column per period.
    if (header.role !== "result" && seenRoles.has(header.role)) return;
    seenRoles.add(header.role);
    columns.set(col, header);
  });
  const roles = [...columns.values()].map((h) => h.role);
  const hasIndicator = roles.includes("indicator");
  const judged =
    roles.includes("requirement") ||
    roles.includes("bandDesired") ||
    roles.includes("result") ||
    roles.includes("status");
  return hasIndicator && judged ? { columns } : null;
}
