// Rules given as separate limit cells (the canonical layout: Retning | Ønsket | Akseptabelt),
// as opposed to a requirement written as text.

import type { FindingDraft } from "./findings";
import type { Direction, Rule } from "./model";

export interface LimitCells {
  direction: Direction | null;
  desired: number | null;
  acceptable: number | null;
  /** The limits were typed in percent-formatted cells, so they are fractions. */
  percent: boolean;
}

/**
 * Builds a threshold rule from limit cells. Both limits are inclusive ("Ønsket 90 %" means 90 % or better).
 * Returns null when the cells cannot make a rule; never guesses a direction from numbers alone.
 */
export function ruleFromLimits(cells: LimitCells): { rule: Rule | null; findings: FindingDraft[] } {
  const { direction, desired, acceptable, percent } = cells;
  if (desired === null) {
    return {
      rule: null,
      findings: [
        {
          severity: "warning",
          code: "requirement-missing",
          message:
            "Ønsket resultat er ikke fylt inn. Skriv inn grensen for ønsket resultat, så kan resultatene vurderes.",
        },
      ],
    };
  }
  if (direction === null) {
    return {
      rule: null,
      findings: [
        {
          severity: "error",
          code: "direction-missing",
          message: "Retning mangler. Velg «Høyere er bedre» eller «Lavere er bedre» i Retning-kolonnen.",
        },
      ],
    };
  }
  if (acceptable !== null && (direction === "higher" ? acceptable > desired : acceptable < desired)) {
    return {
      rule: null,
      findings: [
        {
          severity: "error",
          code: "limits-contradict-direction",
          message:
            direction === "higher"
              ? "Akseptabelt resultat er høyere enn ønsket resultat, men retningen er «Høyere er bedre». Bytt om grensene eller rett retningen."
              : "Akseptabelt resultat er lavere enn ønsket resultat, men retningen er «Lavere er bedre». Bytt om grensene eller rett retningen.",
        },
      ],
    };
  }
  return {
    rule: {
      kind: "threshold",
      direction,
      desired: { value: desired, inclusive: true },
      acceptable:
        acceptable === null || acceptable === desired ? null : { value: acceptable, inclusive: true },
      percent,
      unit: null,
    },
    findings: [],
  };
}
