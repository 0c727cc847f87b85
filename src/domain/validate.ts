// Structure validation: the card's shape against the municipality's framework. Requirement and result
// findings come from the reader; these are the findings about the structure as a whole.

import { findFocusArea, goalBelongsTo, sharedIndicators, type Framework } from "./framework";
import type { Finding, Indicator, Scorecard } from "./model";
import { normalizeText } from "./text";

/** Dice coefficient on character bigrams: 1 for the same text, near 0 for unrelated texts. */
export function similarity(a: string, b: string): number {
  const x = normalizeText(a);
  const y = normalizeText(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const bigrams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    bigrams.set(g, (bigrams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = bigrams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      bigrams.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** How alike two indicator names must be to count as the same indicator worded differently. */
const WORDING_THRESHOLD = 0.72;

function focusFindings(indicators: Indicator[], framework: Framework): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const once = (key: string, finding: Finding) => {
    if (reported.has(key)) return;
    reported.add(key);
    findings.push(finding);
  };
  const names = framework.focusAreas.map((a) => a.name).join(", ");
  for (const ind of indicators) {
    if (ind.focusArea === null) {
      once("focus-missing", {
        severity: "warning",
        code: "focus-area-missing",
        message: `Indikatoren «${ind.name}» har ikke noe fokusområde. Skriv fokusområdet i kolonnen Fokusområde eller i tittelraden over tabellen (${names}).`,
        cell: ind.cells.focusArea ?? ind.cells.name,
      });
      continue;
    }
    const area = findFocusArea(framework, ind.focusArea);
    if (!area) {
      once(`focus:${normalizeText(ind.focusArea)}`, {
        severity: "error",
        code: "unknown-focus-area",
        message: `Fokusområdet «${ind.focusArea}» finnes ikke i rammeverket «${framework.name}». Velg et av disse: ${names}.`,
        cell: ind.cells.focusArea ?? null,
      });
      continue;
    }
    if (ind.mainGoal !== null && !goalBelongsTo(area, ind.mainGoal)) {
      once(`goal:${normalizeText(area.name)}:${normalizeText(ind.mainGoal)}`, {
        severity: "error",
        code: "goal-not-in-focus-area",
        message:
          area.mainGoal === null
            ? `Hovedmålet «${ind.mainGoal}» hører ikke til fokusområdet «${area.name}», som ikke har noe hovedmål i rammeverket. Skriv «Ikke utarbeidet» eller velg riktig fokusområde.`
            : `Hovedmålet «${ind.mainGoal}» hører ikke til fokusområdet «${area.name}». Hovedmålet der er «${area.mainGoal}».`,
        cell: ind.cells.mainGoal ?? null,
      });
    }
  }
  return findings;
}

function indicatorFindings(indicators: Indicator[]): Finding[] {
  const findings: Finding[] = [];
  const firstRow = new Map<string, Indicator>();
  // A card with no success factors at all (a layout without the column) gets one finding, not one a row.
  const withoutFactor = indicators.filter((ind) => ind.successFactor === null);
  if (withoutFactor.length === indicators.length) {
    findings.push({
      severity: "error",
      code: "success-factor-missing",
      message: `Ingen av de ${indicators.length} indikatorene står under en suksessfaktor. Legg til kolonnen «Suksessfaktor» og skriv delmålet for hver indikator.`,
      cell: null,
    });
  }
  for (const ind of indicators) {
    if (ind.successFactor === null && withoutFactor.length < indicators.length) {
      findings.push({
        severity: "error",
        code: "success-factor-missing",
        message: `Indikatoren «${ind.name}» står ikke under noen suksessfaktor. Skriv suksessfaktoren (delmålet) på raden eller over den.`,
        cell: ind.cells.successFactor ?? ind.cells.name,
      });
    }
    const key = normalizeText(ind.name);
    const first = firstRow.get(key);
    if (first) {
      findings.push({
        severity: "warning",
        code: "duplicate-indicator",
        message: `Indikatoren «${ind.name}» står også på rad ${first.row}. Slett den ene, eller gi dem navn som skiller dem, så telles den ikke to ganger.`,
        cell: ind.cells.name,
      });
    } else firstRow.set(key, ind);
  }
  return findings;
}

function sharedFindings(indicators: Indicator[], framework: Framework): Finding[] {
  const shared = sharedIndicators(framework);
  if (shared.length === 0) return [];
  const findings: Finding[] = [];
  const matched = new Set<Indicator>();
  for (const { successFactor, indicator } of shared) {
    const exact = indicators.find((ind) => normalizeText(ind.name) === normalizeText(indicator.name));
    if (exact) {
      matched.add(exact);
      continue;
    }
    let best: Indicator | null = null;
    let bestScore = WORDING_THRESHOLD;
    for (const ind of indicators) {
      const score = similarity(ind.name, indicator.name);
      if (score >= bestScore && !matched.has(ind)) {
        best = ind;
        bestScore = score;
      }
    }
    if (best) {
      matched.add(best);
      findings.push({
        severity: "warning",
        code: "shared-indicator-wording",
        message: `«${best.name}» ser ut til å være den gjennomgående indikatoren «${indicator.name}», men er skrevet annerledes. Skriv den som i felles målekort, så kan den konsolideres.`,
        cell: best.cells.name,
      });
    } else {
      findings.push({
        severity: "error",
        code: "shared-indicator-missing",
        message: `Den gjennomgående indikatoren «${indicator.name}» (suksessfaktor «${successFactor.name}», ${successFactor.focusArea}) mangler. Legg den til, slik den står i felles målekort.`,
        cell: null,
      });
    }
  }
  for (const ind of indicators) {
    if (ind.kind === "gjennomgående" && !matched.has(ind)) {
      findings.push({
        severity: "warning",
        code: "not-a-shared-indicator",
        message: `«${ind.name}» er merket gjennomgående, men står ikke i felles målekort. Merk den som unik, eller skriv navnet som i felles målekort.`,
        cell: ind.cells.kind ?? ind.cells.name,
      });
    }
  }
  return findings;
}

/** The structure findings of a card that was read: what the municipality's framework requires of it. */
export function validateScorecard(scorecard: Scorecard, framework: Framework): Finding[] {
  if (scorecard.indicators.length === 0) {
    return [
      {
        severity: "warning",
        code: "no-indicators",
        message:
          "Målekortet har en overskriftsrad, men ingen indikatorer under den. Fyll inn måleindikatorene i tabellen.",
        cell: null,
      },
    ];
  }
  return [
    ...focusFindings(scorecard.indicators, framework),
    ...indicatorFindings(scorecard.indicators),
    ...sharedFindings(scorecard.indicators, framework),
  ];
}
