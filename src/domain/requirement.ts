// Reads a Resultatkrav cell into a Rule. Whatever cannot be pinned down gives rule null and a
// finding that says how to write it: a requirement read wrongly would colour every result wrongly.

import { type FindingDraft, error, info, quote, warning } from "./findings";
import type { Bound, Direction, Rule } from "./model";
import { type Quantity, numberFindings } from "./numbers";
import {
  type MeasureOf,
  type ParsedRequirement,
  type RequirementContext,
  isFinding,
  limitValue,
  mergeMeasures,
  parseBare,
  parseComparison,
  parseRange,
} from "./requirement-parts";
import { parseReferenceText, parseTrendText } from "./requirement-words";
import {
  type ResolvedDirection,
  conflictFinding,
  isQualitativeText,
  resolveWordDirection,
  stripParentheses,
} from "./requirement-support";
import { formatLimit, formatRule } from "./rule-format";
import { cleanText, normalizeText } from "./text";

export { parseBands } from "./bands";
export type { ParsedRequirement, RequirementContext } from "./requirement-parts";

/** Texts that mean "no requirement set" rather than a requirement to read. */
const MISSING_TEXTS = new Set(["", "-", "?", "ikke fastsatt", "ikke satt", "ikke utarbeidet", "mangler"]);

const EXAMPLES = "f.eks. «≥ 90 %», «6,0 – 4,6», «Maks 5 dager», «Økende» eller «> landsgjennomsnittet»";

export function parseRequirement(
  text: string | null | undefined,
  ctx: RequirementContext = {},
): ParsedRequirement {
  const written = cleanText(text ?? "");
  if (MISSING_TEXTS.has(normalizeText(written))) {
    const message = `Resultatkravet er tomt. Skriv et krav, ${EXAMPLES}, så kan resultatene vurderes.`;
    return { rule: null, findings: [warning("requirement-missing", message)] };
  }
  const findings: FindingDraft[] = [];
  const body = stripParentheses(written, findings)
    .replace(/\s*\*+$/, "")
    .replace(/(?<=[\d%])\.$/, "");
  const parsed = body === "" ? null : parseBody(body, written, ctx);
  if (!parsed) {
    const message = `Resultatkravet ${quote(written)} kan ikke leses. Skriv det som ${EXAMPLES}.`;
    return { rule: null, findings: [...findings, error("requirement-unreadable", message)] };
  }
  return { rule: parsed.rule, findings: [...findings, ...parsed.findings] };
}

/** Tries each notation in turn; null when none fits (the caller reports it as unreadable). */
function parseBody(body: string, written: string, ctx: RequirementContext): ParsedRequirement | null {
  // Trends and references are words: a requirement without letters ("≥ 90 %") skips them.
  const words = /\p{L}/u.test(body);
  return (
    parseTolerance(body, written) ??
    (words ? parseTrend(body, written, ctx) : null) ??
    (words ? parseReference(body, written, ctx) : null) ??
    parseComparisons(body, written, ctx) ??
    parseTwoLimits(body, written, ctx) ??
    parseReach(parseBare(body), written, ctx) ??
    parseQualitative(body)
  );
}

function numberNotes(quantities: readonly Quantity[]): FindingDraft[] {
  return quantities.flatMap((q) => numberFindings(q.number));
}

function parseTolerance(body: string, written: string): ParsedRequirement | null {
  const normalized = body.replace(/\+\s*\/?\s*[-\u2212\u2013]/g, "±");
  if (!normalized.startsWith("±")) return null;
  const parts = normalized.split(/\s*[/;]\s*/);
  if (parts.length > 2 || !parts.every((part) => part.startsWith("±"))) return null;
  const quantities = parts.map((part) => parseBare(part.slice(1).trim()));
  if (quantities.some((q) => q === null || q.number.value < 0)) return null;
  const qs = quantities as Quantity[];
  const measure = mergeMeasures(qs, written);
  if (isFinding(measure)) return { rule: null, findings: [measure] };
  const [desired, acceptable] = qs.map((q) => limitValue(q, measure));
  if (acceptable !== undefined && acceptable < desired) {
    const why = "den ønskede toleransen er større enn den akseptable";
    return { rule: null, findings: [contradiction(written, why)] };
  }
  const rule: Rule = {
    kind: "tolerance",
    desired,
    acceptable: acceptable === undefined || acceptable === desired ? null : acceptable,
    ...measure,
  };
  return { rule, findings: numberNotes(qs) };
}

function parseTrend(body: string, written: string, ctx: RequirementContext): ParsedRequirement | null {
  const trend = parseTrendText(body);
  if (!trend) return null;
  const resolved = resolveWordDirection(trend.direction, ctx);
  const conflict = trend.direction === "better" ? null : conflictFinding(trend.direction, ctx, written);
  if (conflict) return { rule: null, findings: [conflict] };
  const rule: Rule = { kind: "trend", direction: resolved.direction };
  const findings: FindingDraft[] = [];
  if (resolved.reason) findings.push(inferred(written, rule, resolved.reason));
  if (trend.interpreted) {
    const message = `Kravet ${quote(written)} er lest som ${quote(formatRule(rule))}: bedre enn resultatet for forrige periode.`;
    findings.push(info("trend-interpreted", message));
  }
  return { rule, findings };
}

function parseReference(body: string, written: string, ctx: RequirementContext): ParsedRequirement | null {
  const reference = parseReferenceText(body);
  if (!reference) return null;
  const explicit =
    reference.direction === "higher" || reference.direction === "lower" ? reference.direction : null;
  const conflict = explicit ? conflictFinding(explicit, ctx, written) : null;
  if (conflict) return { rule: null, findings: [conflict] };
  const resolved = resolveWordDirection(reference.direction, ctx);
  const rule: Rule = {
    kind: "reference",
    direction: resolved.direction,
    reference: reference.reference,
    inclusive: reference.inclusive,
  };
  return { rule, findings: resolved.reason ? [inferred(written, rule, resolved.reason)] : [] };
}

/** "≥ 90 %" or two limits with the same comparator direction: "≥ 90 % / ≥ 80 %". */
function parseComparisons(body: string, written: string, ctx: RequirementContext): ParsedRequirement | null {
  const parts = body.split(/\s*[/;]\s*/);
  if (parts.length > 2) return null;
  const comparisons = parts.map(parseComparison);
  if (comparisons.some((c) => c === null)) return null;
  const [first, second] = comparisons as NonNullable<(typeof comparisons)[number]>[];
  if (second && second.direction !== first.direction) {
    const message =
      `Kravet ${quote(written)} blander «høyere er bedre» og «lavere er bedre». ` +
      `Skriv begge grensene med samme retning, f.eks. «≥ 90 % / ≥ 80 %» eller «≤ 5 / ≤ 8».`;
    return { rule: null, findings: [error("direction-conflict", message)] };
  }
  const quantities = second ? [first.quantity, second.quantity] : [first.quantity];
  const measure = mergeMeasures(quantities, written);
  if (isFinding(measure)) return { rule: null, findings: [measure] };
  const desired = { value: limitValue(first.quantity, measure), inclusive: first.inclusive };
  const acceptable = second
    ? { value: limitValue(second.quantity, measure), inclusive: second.inclusive }
    : null;
  return threshold(first.direction, desired, acceptable, measure, quantities, written, ctx);
}

/** "6,0 – 4,6", "100-85 %", "0-30": desired first, acceptable second; their order gives the direction. */
function parseTwoLimits(body: string, written: string, ctx: RequirementContext): ParsedRequirement | null {
  const range = parseRange(body);
  if (!range) return null;
  const measure = mergeMeasures(range, written);
  if (isFinding(measure)) return { rule: null, findings: [measure] };
  const [desired, acceptable] = range.map((q) => limitValue(q, measure));
  // "5-5" is one limit, written twice: read it as a bare "reach 5".
  if (desired === acceptable) return parseReach(range[0], written, ctx, { measure, quantities: range });
  const direction: Direction = desired > acceptable ? "higher" : "lower";
  const bounds = [desired, acceptable].map((value) => ({ value, inclusive: true }));
  return threshold(direction, bounds[0], bounds[1], measure, range, written, ctx);
}

function threshold(
  direction: Direction,
  desired: Bound,
  acceptable: Bound | null,
  measure: MeasureOf,
  quantities: readonly Quantity[],
  written: string,
  ctx: RequirementContext,
): ParsedRequirement {
  const conflict = conflictFinding(direction, ctx, written);
  if (conflict) return { rule: null, findings: [conflict] };
  let second = acceptable;
  if (second && second.value === desired.value && second.inclusive === desired.inclusive) second = null;
  if (second && !isBetter(desired, second, direction)) {
    const why =
      `den ønskede grensen (${formatLimit(direction, desired, measure)}) er ikke bedre enn den akseptable ` +
      `(${formatLimit(direction, second, measure)}) når ${direction === "higher" ? "høyere" : "lavere"} er bedre`;
    return { rule: null, findings: [contradiction(written, why)] };
  }
  const rule: Rule = { kind: "threshold", direction, desired, acceptable: second, ...measure };
  return { rule, findings: numberNotes(quantities) };
}

function isBetter(desired: Bound, acceptable: Bound, direction: Direction): boolean {
  const sign = direction === "higher" ? 1 : -1;
  const difference = sign * (desired.value - acceptable.value);
  return difference > 0 || (difference === 0 && !desired.inclusive && acceptable.inclusive);
}

/** A bare "x" or "x %": reach x, in the direction Retning gives, or inferred and reported. */
function parseReach(
  quantity: Quantity | null,
  written: string,
  ctx: RequirementContext,
  known?: { measure: MeasureOf; quantities: readonly Quantity[] },
): ParsedRequirement | null {
  if (!quantity) return null;
  const quantities = known?.quantities ?? [quantity];
  // A single quantity has one measure: scanQuantity reads a "%" or a unit, never both.
  const measure = known?.measure ?? { percent: quantity.percent, unit: quantity.unit };
  const value = limitValue(quantity, measure);
  // Nothing is below 0 for a count, so "0" can only mean "none": lower is better (reported).
  const resolved: ResolvedDirection =
    value === 0 && !ctx.direction
      ? { direction: "lower", reason: "fordi kravet er 0" }
      : resolveWordDirection("better", ctx);
  const rule: Rule = {
    kind: "threshold",
    direction: resolved.direction,
    desired: { value, inclusive: true },
    acceptable: null,
    ...measure,
  };
  const findings = numberNotes(quantities);
  if (resolved.reason) findings.push(inferred(written, rule, resolved.reason));
  return { rule, findings };
}

function parseQualitative(body: string): ParsedRequirement | null {
  if (!isQualitativeText(body)) return null;
  const rule: Rule = { kind: "qualitative", expected: body };
  const message =
    `Kravet ${quote(body)} er et tekstkrav: resultatet blir grønt når det sier det samme, ` +
    `ellers må det vurderes manuelt. Skriv et tallkrav hvis indikatoren måles med tall.`;
  return { rule, findings: [info("requirement-qualitative", message)] };
}

function inferred(written: string, rule: Rule, reason: string): FindingDraft {
  const label = "direction" in rule && rule.direction === "lower" ? "lavere er bedre" : "høyere er bedre";
  return info(
    "direction-inferred",
    `Kravet ${quote(written)} sier ikke om høyere eller lavere er bedre. Det er lest som ${quote(label)} ` +
      `${reason}: ${formatRule(rule)}. Hvis det er feil, skriv retningen i kravet (f.eks. «≥» eller «≤») ` +
      `eller fyll inn Retning.`,
  );
}

function contradiction(written: string, why: string): FindingDraft {
  return error(
    "limits-contradict-direction",
    `Grensene i kravet ${quote(written)} motsier hverandre: ${why}. Skriv den ønskede grensen først og ` +
      `den akseptable etter, f.eks. «≥ 90 % / ≥ 80 %» eller «≤ 5 / ≤ 8».`,
  );
}
