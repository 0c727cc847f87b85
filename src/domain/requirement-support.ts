// Small judgements the requirement parsers share: which direction a word requirement takes, when an
// explicit Retning contradicts the notation, what parentheses hold, and what counts as plain text.

import { directionLabel, findLowerIsBetterTerm } from "./direction";
import { type FindingDraft, error, info, quote } from "./findings";
import type { Direction } from "./model";
import { type RequirementContext, scanComparator } from "./requirement-parts";
import type { WordDirection } from "./requirement-words";
import { cleanText } from "./text";

export interface ResolvedDirection {
  direction: Direction;
  /** Why the direction was inferred (for the finding), or null when the notation or Retning gave it. */
  reason: string | null;
}

/** A written direction as is; "better" or none from Retning, else the name, else higher (reported). */
export function resolveWordDirection(
  written: WordDirection | null,
  ctx: RequirementContext,
): ResolvedDirection {
  if (written === "higher" || written === "lower") return { direction: written, reason: null };
  if (ctx.direction) return { direction: ctx.direction, reason: null };
  const term = findLowerIsBetterTerm(ctx.indicatorName, ctx.lowerIsBetterTerms);
  if (term) return { direction: "lower", reason: `fordi indikatornavnet inneholder ${quote(term)}` };
  return { direction: "higher", reason: "fordi det er standard når kravet ikke sier noe annet" };
}

/** The error when an explicit Retning says the opposite of the notation; null when they agree. */
export function conflictFinding(
  notation: Direction,
  ctx: RequirementContext,
  written: string,
): FindingDraft | null {
  if (!ctx.direction || ctx.direction === notation) return null;
  return error(
    "direction-conflict",
    `Kravet ${quote(written)} betyr ${quote(directionLabel(notation))}, men Retning er ` +
      `${quote(directionLabel(ctx.direction))}. Rett kravet eller Retning, så de sier det samme.`,
  );
}

/**
 * Removes parenthesised text ("5 (= 0 %)" → "5"): the first value counts, the rest is reported.
 * An unclosed "(" removes the rest of the text; a stray ")" is kept, so the text stays unreadable.
 */
export function stripParentheses(written: string, findings: FindingDraft[]): string {
  let body = "";
  let depth = 0;
  let group = "";
  const removed: string[] = [];
  for (const ch of written) {
    if (ch === "(") depth++;
    if (depth > 0) group += ch;
    else body += ch;
    if (ch === ")" && depth > 0) {
      depth--;
      if (depth === 0) {
        removed.push(group);
        group = "";
      }
    }
  }
  if (group) removed.push(group);
  const cleaned = cleanText(body);
  if (removed.length > 0 && cleaned !== "") {
    const message =
      `Teksten i parentes (${removed.map((g) => quote(cleanText(g))).join(", ")}) er ikke brukt; ` +
      `kravet er lest som ${quote(cleaned)}. Flytt forklaringer til Kommentar hvis det er feil.`;
    findings.push(info("requirement-parenthesis-ignored", message));
  }
  return cleaned;
}

/**
 * Plain words ("Innført", "Bar vei", "Ja", "Innført innen 2016"): no comparator, no comparison signs,
 * and no number but a year. "Gjennomsnittlig 4,5" is a number requirement written unreadably, and
 * must be reported as such rather than become a text only a manual assessment can meet.
 */
export function isQualitativeText(body: string): boolean {
  if (!/\p{L}/u.test(body)) return false;
  if (scanComparator(body, 0)) return false;
  if (/[%<>=≤≥±]/.test(body)) return false;
  return !/\d/.test(body.replace(/(?<![\d,.])(?:19|20)\d\d(?![\d,.])/g, ""));
}
