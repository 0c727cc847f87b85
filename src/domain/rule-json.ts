// Rules stored as JSON (e.g. in a hidden sheet, so a reviewed rule survives re-reading the card).
// Reading is strict: a stored rule decides colours, so anything malformed is an error, never a guess.

import type { Bound, Direction, Interval, Rule } from "./model";

type Json = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new Error(`Invalid rule JSON at ${path}: expected ${expected}`);
}

function object(value: unknown, path: string, keys: readonly string[]): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, "an object");
  const record = value as Json;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) fail(`${path}.${key}`, `no such field (allowed: ${keys.join(", ")})`);
  }
  for (const key of keys) {
    if (!(key in record)) fail(`${path}.${key}`, "a value (the field is missing)");
  }
  return record;
}

function number(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, "a finite number");
  return value;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") fail(path, "true or false");
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(path, "a non-empty string");
  return value;
}

function unit(value: unknown, path: string): string | null {
  return value === null ? null : text(value, path);
}

function direction(value: unknown, path: string): Direction {
  if (value !== "higher" && value !== "lower") fail(path, '"higher" or "lower"');
  return value;
}

function bound(value: unknown, path: string): Bound {
  const b = object(value, path, ["value", "inclusive"]);
  return { value: number(b.value, `${path}.value`), inclusive: boolean(b.inclusive, `${path}.inclusive`) };
}

function optionalBound(value: unknown, path: string): Bound | null {
  return value === null ? null : bound(value, path);
}

function intervals(value: unknown, path: string): Interval[] {
  if (!Array.isArray(value)) fail(path, "an array of intervals");
  return value.map((item, i) => {
    const interval = object(item, `${path}[${i}]`, ["min", "max"]);
    return {
      min: optionalBound(interval.min, `${path}[${i}].min`),
      max: optionalBound(interval.max, `${path}[${i}].max`),
    };
  });
}

const FIELDS: Record<Rule["kind"], readonly string[]> = {
  threshold: ["kind", "direction", "desired", "acceptable", "percent", "unit"],
  tolerance: ["kind", "desired", "acceptable", "percent", "unit"],
  bands: ["kind", "desired", "acceptable", "unacceptable", "precision", "direction", "percent", "unit"],
  trend: ["kind", "direction"],
  reference: ["kind", "direction", "reference", "inclusive"],
  qualitative: ["kind", "expected"],
};

/** Checks a parsed JSON value field by field and returns it as a Rule in canonical field order. */
export function validateRule(value: unknown, path = "rule"): Rule {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, "an object");
  const kind = (value as Json).kind;
  if (typeof kind !== "string" || !(kind in FIELDS)) fail(`${path}.kind`, Object.keys(FIELDS).join(" | "));
  const r = object(value, path, FIELDS[kind as Rule["kind"]]);
  const measure = () => ({
    percent: boolean(r.percent, `${path}.percent`),
    unit: unit(r.unit, `${path}.unit`),
  });
  switch (kind as Rule["kind"]) {
    case "threshold":
      return {
        kind: "threshold",
        direction: direction(r.direction, `${path}.direction`),
        desired: bound(r.desired, `${path}.desired`),
        acceptable: optionalBound(r.acceptable, `${path}.acceptable`),
        ...measure(),
      };
    case "tolerance": {
      const desired = number(r.desired, `${path}.desired`);
      const acceptable = r.acceptable === null ? null : number(r.acceptable, `${path}.acceptable`);
      return { kind: "tolerance", desired, acceptable, ...measure() };
    }
    case "bands": {
      const precision = number(r.precision, `${path}.precision`);
      if (!Number.isInteger(precision) || precision < 0) fail(`${path}.precision`, "a whole number ≥ 0");
      return {
        kind: "bands",
        desired: intervals(r.desired, `${path}.desired`),
        acceptable: intervals(r.acceptable, `${path}.acceptable`),
        unacceptable: intervals(r.unacceptable, `${path}.unacceptable`),
        precision,
        direction: r.direction === null ? null : direction(r.direction, `${path}.direction`),
        ...measure(),
      };
    }
    case "trend":
      return { kind: "trend", direction: direction(r.direction, `${path}.direction`) };
    case "reference":
      return {
        kind: "reference",
        direction: direction(r.direction, `${path}.direction`),
        reference: text(r.reference, `${path}.reference`),
        inclusive: boolean(r.inclusive, `${path}.inclusive`),
      };
    case "qualitative":
      return { kind: "qualitative", expected: text(r.expected, `${path}.expected`) };
  }
}

/** The rule's JSON text, fields in a fixed order so equal rules serialise equally. */
export function serializeRule(rule: Rule): string {
  return JSON.stringify(validateRule(rule));
}

/** Reads a rule stored with serializeRule; throws an Error naming the first malformed field. */
export function parseRuleJson(json: string): Rule {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new Error(`Invalid rule JSON: ${(e as Error).message}`);
  }
  return validateRule(value);
}

/**
 * Structural equality of two rules (field order and -0 versus 0 do not matter). A malformed rule
 * (NaN, extra fields, …) equals nothing: it could not be stored, so no stored rule matches it.
 */
export function rulesEqual(a: Rule, b: Rule): boolean {
  try {
    return serializeRule(a) === serializeRule(b);
  } catch {
    return false;
  }
}
