// The traffic light written into an existing card in the canonical layout, where it stands on its
// sheet: only formulas (hidden statuses, Status, Endring), dropdowns and colour rules. Nothing a
// leader typed is written; a hand-made layout is not touched at all (the user upgrades it instead).

import type { Framework } from "../domain/framework";
import { parseRetning } from "../domain/limits";
import type { Period, Scorecard } from "../domain/model";
import { periodHeaderLabel } from "./canonical";
import { canonicalHeaders, type CanonicalIndex } from "./canonical-columns";
import { STATUS_TEXT, TREND_TEXT } from "./canonical-formulas";
import {
  rowFormulas,
  tableConditionalFormats,
  tableValidations,
  type FrameworkRef,
  type RowBlock,
} from "./canonical-rules";
import { FRAMEWORK_SHEET } from "./framework-sheet";
import { cellText, isCellError, type CellValue, type SheetGrid } from "./grid";
import { foldHeader, matchHeaderRow, parsePeriodHeader, type ColumnRole } from "./headers";
import type { CellSpec, SheetSpec } from "./sheet-spec";

export interface TrafficLightOptions {
  /** Rows with formulas below the last indicator, for the leader's new indicators. */
  blankRows?: number;
  /**
   * The framework sheet the Fokusområde and Hovedmål dropdowns read; null when the workbook has none
   * (those dropdowns are then left out). By default «Rammeverk» listing the framework's focus areas.
   */
  frameworkSheet?: FrameworkRef | null;
}

export type TrafficLightPlan =
  | {
      ok: true;
      /** What to write with CardHost.writeInPlace: formulas, validation and colour rules only. */
      spec: SheetSpec;
      /** Indicators now judged by the sheet's own formulas. */
      judgedRows: number;
      /** 1-based rows kept as they are: their statuses are values no formula can give (set at an upgrade). */
      keptRows: number[];
    }
  | { ok: false; reason: "no-card" | "not-canonical"; message: string };

const DEFAULT_BLANK_ROWS = 10;

/** Header role of each canonical structure column. */
const STRUCTURE_ROLES: [keyof CanonicalIndex, ColumnRole][] = [
  ["focusArea", "focusArea"],
  ["mainGoal", "mainGoal"],
  ["successFactor", "successFactor"],
  ["kind", "kind"],
  ["indicator", "indicator"],
  ["method", "method"],
  ["requirement", "requirement"],
  ["retning", "direction"],
  ["desired", "bandDesired"],
  ["acceptable", "bandAcceptable"],
  ["status", "status"],
  ["trend", "trend"],
  ["comment", "comment"],
];

/** The canonical header labels by key, for telling the user which columns are missing. */
const LABELS = (() => {
  const { labels, index } = canonicalHeaders([]);
  return new Map(STRUCTURE_ROLES.map(([key]) => [key, labels[index[key] as number]]));
})();

interface Located {
  headerRow: number;
  col: CanonicalIndex;
}

/** A hidden per-period status header: "Status 2015", "Status 1. tertial 2016". */
function hiddenStatusPeriod(cell: CellValue | undefined): Period | null {
  const text = cellText(cell);
  if (text === null) return null;
  const folded = foldHeader(text);
  return folded.startsWith("status ") ? parsePeriodHeader(folded.slice(7), text) : null;
}

/** Finds the card's single table and every canonical column on its header row, or says what is missing. */
function locateTable(grid: SheetGrid): Located | { problem: string } {
  const headerRows: number[] = [];
  grid.values.forEach((row, r) => {
    if (row && matchHeaderRow(row)) headerRows.push(r);
  });
  if (headerRows.length === 0) return { problem: "det har ingen overskriftsrad med «Måleindikator»" };
  const headerRow = headerRows[0];
  const row = grid.values[headerRow];
  const header = matchHeaderRow(row)!.columns;
  const byRole = new Map<ColumnRole, number>();
  const results = new Map<string, { col: number; period: Period }>();
  for (const [c, cell] of header) {
    if (cell.role === "result") {
      if (!results.has(cell.period.key)) results.set(cell.period.key, { col: c, period: cell.period });
    } else byRole.set(cell.role, c);
  }
  const hidden = new Map<string, number>();
  row.forEach((cell, c) => {
    const period = hiddenStatusPeriod(cell);
    if (period && !hidden.has(period.key)) hidden.set(period.key, c);
  });

  const missing = STRUCTURE_ROLES.filter(([, role]) => !byRole.has(role)).map(([key]) => LABELS.get(key)!);
  if (results.size === 0) missing.push("Resultat per periode");
  const periods = [...results.values()].sort((a, b) => (a.period.key < b.period.key ? -1 : 1));
  for (const { period } of periods)
    if (!hidden.has(period.key)) missing.push(`Status ${periodHeaderLabel(period)}`);
  if (missing.length > 0)
    return {
      problem: `det mangler ${missing.length === 1 ? "kolonnen" : "kolonnene"} ${missing.map((m) => `«${m}»`).join(", ")}`,
    };
  if (headerRows.length > 1)
    return {
      problem: `det har ${headerRows.length} tabeller med hver sin overskriftsrad, standardoppsettet har én`,
    };

  const structure = Object.fromEntries(STRUCTURE_ROLES.map(([key, role]) => [key, byRole.get(role)!]));
  return {
    headerRow,
    col: {
      ...(structure as Omit<CanonicalIndex, "results" | "hiddenStatus">),
      // Time order, whatever the sheet's order: a status compares with the previous period.
      results: periods.map((p) => p.col),
      hiddenStatus: periods.map((p) => hidden.get(p.period.key)!),
    },
  };
}

/** Texts a status formula can show on a row: any status when the row has a Retning the formula knows. */
const ANY_STATUS = new Set<string>(Object.values(STATUS_TEXT));
const WITHOUT_RETNING = new Set<string>([STATUS_TEXT.missing, STATUS_TEXT.unrated]);
const ANY_TREND = new Set<string>(Object.values(TREND_TEXT));

/**
 * Whether the formula cells of a row hold something its formulas could not have computed: a status
 * set at an upgrade for a rule no formula can judge, or anything typed there. Such a row is kept.
 */
function holdsValues(row: CellValue[], col: CanonicalIndex): boolean {
  const known = parseRetning(cellText(row[col.retning])) !== null;
  const fits = (c: number, allowed: Set<string>) => {
    const value = row[c];
    if (value === null || value === undefined || value === "" || isCellError(value)) return true;
    return typeof value === "string" && allowed.has(value);
  };
  const statuses = known ? ANY_STATUS : WITHOUT_RETNING;
  return !(
    [...col.hiddenStatus, col.status].every((c) => fits(c, statuses)) &&
    fits(col.trend, known ? ANY_TREND : new Set())
  );
}

function notCanonical(grid: SheetGrid, problem: string): Extract<TrafficLightPlan, { ok: false }> {
  return {
    ok: false,
    reason: "not-canonical",
    message:
      `Arket «${grid.name}» er ikke et målekort i standardoppsettet (${problem}). Trafikklyset kan bare legges inn i et kort i standardoppsettet. ` +
      "Bruk «Oppgrader» for å lage en kopi av kortet i standardoppsettet på et nytt ark, med trafikklyset innebygd. Originalen blir ikke endret.",
  };
}

type Obstacle = Extract<TrafficLightPlan, { ok: false }>;

/** The canonical table on the sheet, or why the traffic light cannot be written into it. */
function locateCard(grid: SheetGrid, card: Scorecard): Located | Obstacle {
  if (!card.found)
    return {
      ok: false,
      reason: "no-card",
      message: `Arket «${grid.name}» har ikke noe målekort. Gå til arket med målekortet, eller sett inn et nytt målekort fra panelet.`,
    };
  const located = locateTable(grid);
  return "problem" in located ? notCanonical(grid, located.problem) : located;
}

/**
 * Why the traffic light cannot be written into this card where it stands, or null when it can: the
 * same decision as trafficLightInPlace, without building what it would write.
 */
export function inPlaceObstacle(grid: SheetGrid, card: Scorecard): Obstacle | null {
  const located = locateCard(grid, card);
  return "ok" in located ? located : null;
}

/**
 * The in-place traffic light for the card `card` that readScorecard found on `grid`, or why it
 * cannot be written there. Rows from below the header to the last indicator, plus blank rows for new
 * indicators, get the formulas; rows whose status cells hold values keep them.
 */
export function trafficLightInPlace(
  grid: SheetGrid,
  card: Scorecard,
  framework: Framework,
  options: TrafficLightOptions = {},
): TrafficLightPlan {
  const located = locateCard(grid, card);
  if ("ok" in located) return located;
  const { headerRow, col } = located;

  const lastIndicator = card.indicators.reduce((last, ind) => Math.max(last, ind.row - 1), headerRow);
  const block: RowBlock = {
    first: headerRow + 1,
    last: lastIndicator + (options.blankRows ?? DEFAULT_BLANK_ROWS),
  };
  const frameworkRef =
    options.frameworkSheet === undefined
      ? { sheet: FRAMEWORK_SHEET, focusAreaCount: framework.focusAreas.length }
      : options.frameworkSheet;

  const rows: (CellSpec | undefined)[][] = [];
  const keptRows: number[] = [];
  let judgedRows = 0;
  for (let r = block.first; r <= block.last; r++) {
    const values = grid.values[r] ?? [];
    if (holdsValues(values, col)) {
      keptRows.push(r + 1);
      continue;
    }
    if (cellText(values[col.indicator]) !== null) judgedRows++;
    const formulas = rowFormulas(col, r);
    const row: (CellSpec | undefined)[] = [];
    col.hiddenStatus.forEach((c, p) => (row[c] = { formula: formulas.hiddenStatus[p] }));
    if (formulas.status !== null) row[col.status] = { formula: formulas.status };
    if (formulas.trend !== null) row[col.trend] = { formula: formulas.trend };
    rows[r] = row;
  }
  return {
    ok: true,
    spec: {
      name: grid.name,
      rows,
      columns: [],
      merges: [],
      validations: tableValidations(col, block, frameworkRef),
      conditionalFormats: tableConditionalFormats(col, block),
    },
    judgedRows,
    keptRows,
  };
}
