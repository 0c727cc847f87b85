// Endring: whether the latest result is better, the same or worse than the previous one, by the
// rule's own sense of better. The templates' Endring formula and the overview both follow it.

import type { Rule } from "./model";

export type Change = "better" | "same" | "worse";

/** null when either result is not a number, or the rule has no sense of better (a text requirement). */
export function changeBetween(
  rule: Rule | null,
  latest: number | string | null,
  previous: number | string | null,
): Change | null {
  if (rule === null || typeof latest !== "number" || typeof previous !== "number") return null;
  let better: boolean;
  switch (rule.kind) {
    case "threshold":
    case "trend":
    case "reference":
      better = rule.direction === "higher" ? latest > previous : latest < previous;
      break;
    case "tolerance":
      better = Math.abs(latest) < Math.abs(previous);
      break;
    case "bands":
      if (rule.direction === null) return null;
      better = rule.direction === "higher" ? latest > previous : latest < previous;
      break;
    case "qualitative":
      return null;
  }
  if (latest === previous) return "same";
  return better ? "better" : "worse";
}
