// Interval arithmetic for bands: containment, overlap, the direction a set of bands implies, and
// the unacceptable region a card leaves implicit by leaving its third column blank.

import type { Bound, Direction, Interval } from "./model";

/** An edge with unbounded sides as ±Infinity, so comparisons need no special cases. */
interface Edge {
  value: number;
  inclusive: boolean;
}

function lowEdge(interval: Interval): Edge {
  return interval.min ?? { value: -Infinity, inclusive: false };
}

function highEdge(interval: Interval): Edge {
  return interval.max ?? { value: Infinity, inclusive: false };
}

export function intervalContains(interval: Interval, value: number): boolean {
  const { min, max } = interval;
  if (min && (min.inclusive ? value < min.value : value <= min.value)) return false;
  if (max && (max.inclusive ? value > max.value : value >= max.value)) return false;
  return true;
}

function hasLength(interval: Interval): boolean {
  return lowEdge(interval).value < highEdge(interval).value;
}

/**
 * How two intervals meet: "range" when they share a stretch of values (or one is a single value inside
 * the other), "point" when two bands only touch at an edge both include ("80 - 90" and "90 - 100").
 */
export function overlap(a: Interval, b: Interval): "none" | "point" | "range" {
  const [la, lb, ha, hb] = [lowEdge(a), lowEdge(b), highEdge(a), highEdge(b)];
  const low: Edge =
    la.value === lb.value
      ? { value: la.value, inclusive: la.inclusive && lb.inclusive }
      : la.value > lb.value
        ? la
        : lb;
  const high: Edge =
    ha.value === hb.value
      ? { value: ha.value, inclusive: ha.inclusive && hb.inclusive }
      : ha.value < hb.value
        ? ha
        : hb;
  if (low.value < high.value) return "range";
  if (low.value === high.value && low.inclusive && high.inclusive) {
    return hasLength(a) && hasLength(b) ? "point" : "range";
  }
  return "none";
}

function extent(intervals: readonly Interval[]): { low: Edge; high: Edge } {
  let low = lowEdge(intervals[0]);
  let high = highEdge(intervals[0]);
  for (const interval of intervals.slice(1)) {
    const l = lowEdge(interval);
    const h = highEdge(interval);
    if (l.value < low.value || (l.value === low.value && l.inclusive)) low = l;
    if (h.value > high.value || (h.value === high.value && h.inclusive)) high = h;
  }
  return { low, high };
}

/**
 * The direction the bands' positions imply: higher when every desired band lies above every acceptable
 * band and those above every unacceptable one; lower for the mirror; null otherwise (a middle band).
 * A lone desired band implies a direction only when it is open on one side ("> 90").
 */
export function impliedDirection(
  desired: readonly Interval[],
  acceptable: readonly Interval[],
  unacceptable: readonly Interval[],
): Direction | null {
  const present = [desired, acceptable, unacceptable].filter((c) => c.length > 0).map(extent);
  if (present.length === 0) return null;
  if (present.length === 1) {
    if (desired.length === 0) return null;
    const { low, high } = present[0];
    if (Number.isFinite(low.value) && high.value === Infinity) return "higher";
    if (low.value === -Infinity && Number.isFinite(high.value)) return "lower";
    return null;
  }
  let higher = true;
  let lower = true;
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      if (present[i].low.value < present[j].high.value) higher = false;
      if (present[i].high.value > present[j].low.value) lower = false;
    }
  }
  if (higher === lower) return null;
  return higher ? "higher" : "lower";
}

function beyond(edge: Edge, side: "below" | "above"): Interval {
  const bound: Bound = { value: edge.value, inclusive: !edge.inclusive };
  return side === "below" ? { min: null, max: bound } : { min: bound, max: null };
}

/**
 * The unacceptable region of a card whose third column is blank: beyond the acceptable bands on the
 * side away from desired, or (without acceptable bands) everything beyond the desired band, since a
 * single limit not met is unacceptable. Sides where desired is the outermost band stay open: a value
 * better than the desired band is not for us to colour.
 */
export function synthesizeUnacceptable(
  desired: readonly Interval[],
  acceptable: readonly Interval[],
): Interval[] {
  const d = extent(desired);
  const a = acceptable.length > 0 ? extent(acceptable) : null;
  const low = a ? (a.low.value < d.low.value ? a.low : null) : d.low;
  const high = a ? (a.high.value > d.high.value ? a.high : null) : d.high;
  const result: Interval[] = [];
  if (low && Number.isFinite(low.value)) result.push(beyond(low, "below"));
  if (high && Number.isFinite(high.value)) result.push(beyond(high, "above"));
  return result;
}
