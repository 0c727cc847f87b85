// Roll-up: counting statuses, the default summary for a card, a focus area and the municipality.

import type { Indicator, Scorecard, Status } from "./model";

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { desired: 0, acceptable: 0, unacceptable: 0, missing: 0, unrated: 0 };
}

/**
 * The period a summary speaks of: the latest period (in time) that has at least one result,
 * or the latest period at all when nothing is filled in yet; null for a card without periods.
 */
export function currentPeriod(scorecard: Scorecard): string | null {
  const keys = scorecard.periods.map((p) => p.key).sort();
  const withResults = keys.filter((key) =>
    scorecard.indicators.some((ind) => ind.results.some((r) => r.period === key && r.status !== "missing")),
  );
  return withResults.at(-1) ?? keys.at(-1) ?? null;
}

/** Counts each indicator's status in one period; an indicator without that period counts as missing. */
export function countStatuses(indicators: readonly Indicator[], period: string | null): StatusCounts {
  const counts = emptyCounts();
  for (const ind of indicators) {
    const result = period === null ? undefined : ind.results.find((r) => r.period === period);
    counts[result?.status ?? "missing"]++;
  }
  return counts;
}
