// A rule as a short Norwegian text for the card and for messages ("Ønsket ≥ 90 %, akseptabelt
// ≥ 80 %"), and (re-exported) its JSON form for storing it with the workbook.

import type { Bound, Direction, Interval, Measure, Rule } from "./model";
import { formatNumber, formatQuantity } from "./numbers";

export { parseRuleJson, rulesEqual, serializeRule } from "./rule-json";

function comparator(direction: Direction, inclusive: boolean): string {
  if (direction === "higher") return inclusive ? "≥" : ">";
  return inclusive ? "≤" : "<";
}

function quantity(value: number, measure: Measure): string {
  return formatQuantity(value, measure.percent, measure.unit);
}

/** A limit with its comparator: "≥ 90 %". */
export function formatLimit(direction: Direction, bound: Bound, measure: Measure): string {
  return `${comparator(direction, bound.inclusive)} ${quantity(bound.value, measure)}`;
}

/** An interval as a card would write it: "80 – 90 %", "> 90 %", "≥ 2 og < 5". */
export function formatInterval(interval: Interval, measure: Measure): string {
  const { min, max } = interval;
  if (!min && !max) return "alle verdier";
  if (!min && max) return formatLimit("lower", max, measure);
  if (min && !max) return formatLimit("higher", min, measure);
  if (min && max) {
    if (min.inclusive && max.inclusive) {
      if (min.value === max.value) return quantity(min.value, measure);
      const low = measure.percent ? formatNumber(min.value * 100) : formatNumber(min.value);
      return `${low} – ${quantity(max.value, measure)}`;
    }
    return `${formatLimit("higher", min, measure)} og ${formatLimit("lower", max, measure)}`;
  }
  return "";
}

function formatIntervals(intervals: readonly Interval[], measure: Measure): string {
  return intervals.map((interval) => formatInterval(interval, measure)).join(" / ");
}

/** A short Norwegian display of a rule. */
export function formatRule(rule: Rule): string {
  switch (rule.kind) {
    case "threshold": {
      const desired = `Ønsket ${formatLimit(rule.direction, rule.desired, rule)}`;
      if (!rule.acceptable) return desired;
      return `${desired}, akseptabelt ${formatLimit(rule.direction, rule.acceptable, rule)}`;
    }
    case "tolerance": {
      const desired = `Ønsket ± ${quantity(rule.desired, rule)}`;
      if (rule.acceptable === null) return desired;
      return `${desired}, akseptabelt ± ${quantity(rule.acceptable, rule)}`;
    }
    case "bands": {
      const parts: string[] = [];
      if (rule.desired.length) parts.push(`Ønsket ${formatIntervals(rule.desired, rule)}`);
      if (rule.acceptable.length) parts.push(`akseptabelt ${formatIntervals(rule.acceptable, rule)}`);
      if (rule.unacceptable.length) parts.push(`uakseptabelt ${formatIntervals(rule.unacceptable, rule)}`);
      return parts.join("; ");
    }
    case "trend":
      return rule.direction === "higher" ? "Økende" : "Synkende";
    case "reference":
      return `${comparator(rule.direction, rule.inclusive)} ${rule.reference}`;
    case "qualitative":
      return rule.expected;
  }
}
