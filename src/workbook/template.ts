// Templates: the felles målekort (the municipality's common card) and a rammeområde's blank card,
// both generated from the framework, with the gjennomgående indicators prefilled.

import { sharedIndicators, findFocusArea, type Framework } from "../domain/framework";
import { limitsForRule } from "../domain/limits";
import type { Period } from "../domain/model";
import { parseRequirement } from "../domain/requirement";
import { canonicalSheet, type CanonicalRow } from "./canonical";
import { FRAMEWORK_SHEET, frameworkSheet } from "./framework-sheet";
import type { SheetSpec } from "./sheet-spec";

export interface TemplateOptions {
  framework: Framework;
  /** The felles målekort, or a rammeområde's card (its name may be left for the user to type). */
  card: { kind: "felles" } | { kind: "rammeomrade"; area: string | null };
  periods: Period[];
  protect?: boolean;
  blankRows?: number;
}

export function yearPeriods(years: number[]): Period[] {
  return years.map((year) => ({ key: String(year), label: String(year), year, part: null }));
}

function sharedRows(framework: Framework, periods: number): CanonicalRow[] {
  return sharedIndicators(framework).map(({ successFactor, indicator }) => {
    const rule = indicator.requirement
      ? parseRequirement(indicator.requirement, { indicatorName: indicator.name }).rule
      : null;
    return {
      focusArea: successFactor.focusArea,
      mainGoal: findFocusArea(framework, successFactor.focusArea)?.mainGoal ?? "Ikke utarbeidet",
      successFactor: successFactor.name,
      kind: "gjennomgående",
      name: indicator.name,
      method: indicator.method ?? null,
      requirement: indicator.requirement ?? null,
      limits: rule ? limitsForRule(rule) : null,
      results: new Array<null>(periods).fill(null),
      comment: null,
    };
  });
}

export function templateSheets(options: TemplateOptions): SheetSpec[] {
  const { framework, periods } = options;
  const felles = options.card.kind === "felles";
  const area = options.card.kind === "rammeomrade" ? options.card.area : null;
  const card = {
    title: felles ? `Felles målekort – ${framework.name}` : `Målekort – rammeområde${area ? ` ${area}` : ""}`,
    periods,
    rows: sharedRows(framework, periods.length),
  };
  const sheet = canonicalSheet(felles ? "Felles målekort" : "Målekort", card, {
    blankRows: options.blankRows ?? 40,
    protect: options.protect ?? false,
    frameworkSheet: FRAMEWORK_SHEET,
    focusAreaCount: framework.focusAreas.length,
  });
  return [sheet, frameworkSheet(framework)];
}
