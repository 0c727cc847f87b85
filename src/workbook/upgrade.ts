// Upgrade: a hand-made card (any layout the reader understands) into the canonical layout, keeping
// every text, result and comment, with the requirement turned into Retning / Ønsket / Akseptabelt
// where a formula can judge it, and a list of everything that had to be interpreted.

import { changeBetween } from "../domain/change";
import { findFocusArea, type Framework } from "../domain/framework";
import { limitsForRule } from "../domain/limits";
import type { Indicator, Period, Scorecard } from "../domain/model";
import { formatQuantity } from "../domain/numbers";
import { formatRule } from "../domain/rule-format";
import { canonicalSheet, type CanonicalRow } from "./canonical";
import { FRAMEWORK_SHEET, frameworkSheet } from "./framework-sheet";
import type { CellSpec, SheetSpec } from "./sheet-spec";

export interface Interpretation {
  sheet: string;
  /** The cell in the original card, or null for the sheet as a whole. */
  cell: string | null;
  message: string;
}

export interface Upgrade {
  sheets: SheetSpec[];
  interpretations: Interpretation[];
}

function rowFor(
  ind: Indicator,
  periods: Period[],
  framework: Framework,
  note: (cell: string | null, message: string) => void,
): CanonicalRow {
  const limits = ind.rule ? limitsForRule(ind.rule) : null;
  const percent = ind.rule !== null && "percent" in ind.rule && ind.rule.percent;
  const byPeriod = new Map(ind.results.map((r) => [r.period, r]));
  const results = periods.map((p) => byPeriod.get(p.key) ?? null);
  let mainGoal = ind.mainGoal;
  const area = findFocusArea(framework, ind.focusArea);
  if (mainGoal === null && area?.mainGoal) {
    mainGoal = area.mainGoal;
    note(ind.cells.name, `Hovedmålet for «${ind.name}» er fylt inn fra rammeverket: «${area.mainGoal}».`);
  }
  for (const r of results) {
    if (r?.original !== undefined && r.value !== null) {
      const shown =
        typeof r.value === "number"
          ? `tallet ${formatQuantity(r.value, percent, null)}`
          : `teksten «${r.value}»`;
      note(
        r.cell,
        `«${r.original}» er skrevet som ${shown}; den opprinnelige teksten står i en merknad på cellen.`,
      );
    }
  }
  let fixedReason: string | undefined;
  if (!limits) {
    fixedReason = ind.rule
      ? `Kravet «${ind.requirement ?? formatRule(ind.rule)}» (${formatRule(ind.rule)}) kan ikke vurderes med en formel. Statusene er satt av Målekort ved oppgraderingen og endres ikke av seg selv når resultatene endres.`
      : "Resultatkravet kan ikke leses. Fyll inn Retning, Ønsket og Akseptabelt, så vurderes resultatene av seg selv.";
    note(ind.cells.requirement ?? ind.cells.name, `«${ind.name}»: ${fixedReason}`);
  }
  return {
    focusArea: ind.focusArea,
    mainGoal,
    successFactor: ind.successFactor,
    kind: ind.kind,
    name: ind.name,
    method: ind.method,
    requirement: ind.requirement,
    limits,
    percent,
    results: results.map((r) => r?.value ?? null),
    resultNotes: results.map((r) => (r?.original !== undefined ? `Opprinnelig: «${r.original}»` : null)),
    comment: ind.comment,
    ...(limits
      ? {}
      : {
          fixedStatuses: results.map((r) => r?.status ?? "missing"),
          fixedReason,
          fixedChange: changeBetween(ind.rule, results.at(-1)?.value ?? null, results.at(-2)?.value ?? null),
        }),
  };
}

function uniqueName(wanted: string, taken: Set<string>): string {
  const base = wanted.slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

function interpretationSheet(items: Interpretation[]): SheetSpec {
  const header = (value: string): CellSpec => ({ value, style: { bold: true, fill: "header" } });
  return {
    name: "Tolkninger",
    rows: [
      [header("Ark"), header("Celle i originalen"), header("Hva Målekort har tolket")],
      ...items.map((i) => [
        { value: i.sheet },
        { value: i.cell ?? "" },
        { value: i.message, style: { wrap: true } },
      ]),
    ],
    columns: [{ width: 18 }, { width: 12 }, { width: 110 }],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    validations: [],
    conditionalFormats: [],
  };
}

/** The canonical workbook for the cards read from a hand-made workbook. */
export function upgradeScorecards(
  cards: Scorecard[],
  framework: Framework,
  options: { protect?: boolean } = {},
): Upgrade {
  const interpretations: Interpretation[] = [];
  const sheets: SheetSpec[] = [];
  const taken = new Set<string>([FRAMEWORK_SHEET.toLowerCase(), "tolkninger"]);
  for (const card of cards.filter((c) => c.found && c.indicators.length > 0)) {
    const note = (cell: string | null, message: string) =>
      interpretations.push({ sheet: card.sheet, cell, message });
    for (const f of card.findings) if (f.severity === "info") note(f.cell, f.message);
    const periods = [...card.periods].sort((a, b) => (a.key < b.key ? -1 : 1));
    const rows = card.indicators.map((ind) => rowFor(ind, periods, framework, note));
    const title = card.area ? `Målekort – rammeområde ${card.area}` : `Målekort – ${card.sheet}`;
    sheets.push(
      canonicalSheet(
        uniqueName(card.sheet, taken),
        { title, periods, rows },
        {
          blankRows: 20,
          protect: options.protect ?? false,
          frameworkSheet: FRAMEWORK_SHEET,
          focusAreaCount: framework.focusAreas.length,
        },
      ),
    );
  }
  sheets.push(frameworkSheet(framework));
  if (interpretations.length > 0) sheets.push(interpretationSheet(interpretations));
  return { sheets, interpretations };
}
