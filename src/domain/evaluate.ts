// The traffic light: a rule and a result value give a status. Whatever the rule cannot judge is
// unrated with a finding that says why and what to do; a colour is only given when it is certain.

import { intervalContains } from "./band-geometry";
import { type FindingDraft, info, quote, warning } from "./findings";
import type { BandsRule, Bound, Direction, Rule, Status } from "./model";
import { formatNumber, formatQuantity, percentToFraction, roundSignificant } from "./numbers";
import { formatRule } from "./rule-format";
import { sameText } from "./text";

export interface EvaluationContext {
  /** The previous period's result, for trend rules. */
  previous?: number | string | null;
  /** The reference value for the period (landssnitt, KOSTRA-gruppe), for reference rules. */
  reference?: number | null;
  periodLabel?: string;
  previousLabel?: string;
}

export interface Evaluation {
  status: Status;
  findings: FindingDraft[];
}

function unrated(finding: FindingDraft): Evaluation {
  return { status: "unrated", findings: [finding] };
}

function show(value: number | string, rule: Rule | null): string {
  if (typeof value === "string") return quote(value);
  if (rule && "percent" in rule) return formatQuantity(value, rule.percent, rule.unit);
  return formatNumber(value);
}

/** A sample result in the rule's unit, for messages. */
function example(rule: Rule): string {
  if (!("percent" in rule)) return "«4,5»";
  return quote(rule.percent ? "85 %" : rule.unit ? `5 ${rule.unit}` : "4,5");
}

function subject(ctx: EvaluationContext): string {
  return ctx.periodLabel ? `Resultatet for ${ctx.periodLabel}` : "Resultatet";
}

export function meets(value: number, bound: Bound, direction: Direction): boolean {
  if (direction === "higher") return bound.inclusive ? value >= bound.value : value > bound.value;
  return bound.inclusive ? value <= bound.value : value < bound.value;
}

export function evaluateStatus(
  rule: Rule | null,
  value: number | string | null,
  ctx: EvaluationContext = {},
): Evaluation {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return { status: "missing", findings: [] };
  }
  if (!rule) {
    return unrated(
      warning(
        "rule-missing",
        `${subject(ctx)} (${show(value, null)}) kan ikke vurderes fordi resultatkravet mangler eller ikke kan leses. ` +
          `Rett resultatkravet, så får resultatet farge.`,
      ),
    );
  }
  if (rule.kind === "qualitative") return qualitative(rule.expected, value, ctx);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return unrated(
      warning(
        "result-unreadable",
        `${subject(ctx)} (${show(String(value), rule)}) er ikke et tall og kan ikke vurderes mot kravet ` +
          `${quote(formatRule(rule))}. Skriv resultatet som et tall i kravets enhet, f.eks. ${example(rule)}.`,
      ),
    );
  }
  const v = roundSignificant(value);
  switch (rule.kind) {
    case "threshold":
      if (meets(v, rule.desired, rule.direction)) return { status: "desired", findings: [] };
      if (rule.acceptable && meets(v, rule.acceptable, rule.direction))
        return { status: "acceptable", findings: [] };
      return { status: "unacceptable", findings: [] };
    case "tolerance": {
      const size = Math.abs(v);
      if (size <= rule.desired) return { status: "desired", findings: [] };
      if (rule.acceptable !== null && size <= rule.acceptable) return { status: "acceptable", findings: [] };
      return { status: "unacceptable", findings: [] };
    }
    case "trend":
      return trend(rule.direction, v, ctx);
    case "reference":
      if (ctx.reference === null || ctx.reference === undefined || !Number.isFinite(ctx.reference)) {
        return unrated(
          warning(
            "reference-missing",
            `Kravet ${quote(formatRule(rule))} trenger en referanseverdi (${rule.reference})` +
              `${ctx.periodLabel ? ` for ${ctx.periodLabel}` : ""}. Fyll inn referanseverdien, eller skriv et tallkrav.`,
          ),
        );
      }
      return {
        status: meets(
          v,
          { value: roundSignificant(ctx.reference), inclusive: rule.inclusive },
          rule.direction,
        )
          ? "desired"
          : "unacceptable",
        findings: [],
      };
    case "bands":
      return bands(rule, v, ctx);
  }
}

function qualitative(expected: string, value: number | string, ctx: EvaluationContext): Evaluation {
  const text = typeof value === "number" ? formatNumber(value) : value;
  if (sameText(text, expected)) return { status: "desired", findings: [] };
  return unrated(
    info(
      "manual-assessment",
      `${subject(ctx)} (${quote(text)}) sier ikke det samme som kravet ${quote(expected)} og må vurderes manuelt. ` +
        `Skriv ${quote(expected)} når kravet er oppfylt, og forklar ellers i Kommentar.`,
    ),
  );
}

function trend(direction: Direction, value: number, ctx: EvaluationContext): Evaluation {
  const previous = ctx.previous;
  if (typeof previous !== "number" || !Number.isFinite(previous)) {
    const word = direction === "higher" ? "Økende" : "Synkende";
    const when = ctx.previousLabel ?? "forrige periode";
    const found =
      typeof previous === "string" && previous.trim() !== "" ? ` (nå står det ${quote(previous)})` : "";
    return unrated(
      warning(
        "trend-needs-previous",
        `Resultatkravet ${quote(word)} trenger et resultat for forrige periode${found}. ` +
          `Fyll inn resultatet for ${when}, eller skriv et tallkrav.`,
      ),
    );
  }
  const before = roundSignificant(previous);
  if (value === before) return { status: "acceptable", findings: [] };
  const better = direction === "higher" ? value > before : value < before;
  return { status: better ? "desired" : "unacceptable", findings: [] };
}

function bandStatuses(rule: BandsRule, value: number): Status[] {
  const found: Status[] = [];
  for (const status of ["desired", "acceptable", "unacceptable"] as const) {
    if (rule[status].some((interval) => intervalContains(interval, value))) found.push(status);
  }
  return found;
}

/** Rounds half away from zero, after clearing binary noise (1.005 * 100 is 100.49999…). */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return roundSignificant(
    (Math.sign(value) * Math.round(roundSignificant(Math.abs(value) * factor))) / factor,
  );
}

function bands(rule: BandsRule, value: number, ctx: EvaluationContext): Evaluation {
  let statuses = bandStatuses(rule, value);
  let rounded = value;
  if (statuses.length === 0) {
    const written = rule.percent ? roundSignificant(value * 100) : value;
    const roundedWritten = roundTo(written, rule.precision);
    rounded = rule.percent ? percentToFraction(roundedWritten) : roundedWritten;
    if (rounded !== value) statuses = bandStatuses(rule, rounded);
  }
  const shown = show(value, rule);
  if (statuses.length > 1) {
    return unrated(
      warning(
        "bands-ambiguous",
        `${subject(ctx)} (${shown}) hører til flere bånd (${formatRule(rule)}) og kan ikke vurderes. ` +
          `Rett båndene så de ikke har felles grenser.`,
      ),
    );
  }
  if (statuses.length === 0) {
    return unrated(
      warning(
        "value-in-band-gap",
        `${subject(ctx)} (${shown}) ligger mellom båndene (${formatRule(rule)}) og kan ikke vurderes. ` +
          `Rett båndene så de henger sammen, f.eks. «80 - 90 %» og «> 90 %».`,
      ),
    );
  }
  const findings: FindingDraft[] = [];
  if (rounded !== value) {
    findings.push(
      info(
        "value-rounded-into-band",
        `${subject(ctx)} (${shown}) ligger mellom båndene og er vurdert som ${show(rounded, rule)}, ` +
          `avrundet til like mange desimaler som båndene.`,
      ),
    );
  }
  return { status: statuses[0], findings };
}
