// Finds the målekort table in a sheet and reads every indicator with its judged results.
// The sheet is scanned row by row, so title rows, legends, section rows and several tables
// on one sheet (one per focus area, as some municipalities print them) are all understood.

import { DEFAULT_FRAMEWORK, type Framework } from "../domain/framework";
import type { Finding, Indicator, Period, Scorecard, SuccessFactorKind } from "../domain/model";
import { memoizedRequirementParser } from "../domain/requirement-memo";
import { validateScorecard } from "../domain/validate";
import { isFrameworkSheet } from "./framework-sheet";
import { cellText, type CellValue, type SheetGrid } from "./grid";
import { matchHeaderRow, classifyHeader, type ColumnRole, type HeaderCell } from "./headers";
import { readIndicatorRow, type TableColumns } from "./read-indicator";
import { isLegendRow, parseKind, parseSection, parseTitle } from "./titles";

/** A copy of the values where every cell of a merged area holds the merged area's value. */
function expandMerges(grid: SheetGrid): CellValue[][] {
  const values = grid.values.map((row) => row.slice());
  for (const m of grid.merges) {
    const value = values[m.top]?.[m.left] ?? null;
    if (value === null) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (values[r] ??= []);
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row[c] = value;
    }
  }
  return values;
}

function distinctTexts(row: CellValue[] | undefined): string[] {
  const seen: string[] = [];
  for (const cell of row ?? []) {
    const text = cellText(cell);
    if (text !== null && !seen.includes(text)) seen.push(text);
  }
  return seen;
}

function toColumns(headerRow: number, header: Map<number, HeaderCell>): TableColumns {
  const roles = new Map<ColumnRole, number>();
  const results: { col: number; period: Period }[] = [];
  for (const [col, cell] of header) {
    if (cell.role === "result") {
      if (!results.some((r) => r.period.key === cell.period.key)) results.push({ col, period: cell.period });
    } else roles.set(cell.role, col);
  }
  results.sort((a, b) => a.col - b.col);
  return { headerRow, roles, results, chronological: chronological(results) };
}

function chronological(results: TableColumns["results"]): TableColumns["results"] {
  return [...results].sort((a, b) => (a.period.key < b.period.key ? -1 : 1));
}

/** A header split over two rows ("Resultat" merged over "2013 | 2014 | 2015"): take the periods below. */
function mergeSubHeader(columns: TableColumns, below: CellValue[] | undefined): boolean {
  if (columns.results.length > 0 || !below) return false;
  const indicatorCol = columns.roles.get("indicator");
  if (indicatorCol !== undefined && cellText(below[indicatorCol]) !== null) return false; // a data row
  const periods: { col: number; period: Period }[] = [];
  below.forEach((cell, col) => {
    if (typeof cell !== "string" && typeof cell !== "number") return;
    const header = classifyHeader(String(cell));
    if (header?.role === "result") periods.push({ col, period: header.period });
  });
  columns.results.push(...periods);
  columns.chronological = chronological(columns.results);
  return periods.length > 0;
}

/** Structure columns whose blank cells continue the value above (merged or left blank by hand). */
const CARRIED = ["focusArea", "mainGoal", "successFactor", "kind"] as const;
type Carried = (typeof CARRIED)[number];

interface Context {
  area: string | null;
  focusArea: string | null;
  mainGoal: string | null;
  kind: SuccessFactorKind | null;
}

/**
 * Reads the målekort on one sheet. Always returns a Scorecard: a sheet without a målekort table
 * comes back with `found: false` and an info finding that says so (it is not an error of the file).
 */
export function readScorecard(grid: SheetGrid, framework: Framework = DEFAULT_FRAMEWORK): Scorecard {
  const values = expandMerges(grid);
  const findings: Finding[] = [];
  const indicators: Indicator[] = [];
  const periods: Period[] = [];
  const context: Context = { area: null, focusArea: null, mainGoal: null, kind: null };
  let table: TableColumns | null = null;
  let carry: Partial<Record<Carried, string>> = {};
  const parseRequirement = memoizedRequirementParser();

  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const texts = distinctTexts(row);
    if (texts.length === 0) continue;

    const header = matchHeaderRow(row);
    if (header) {
      table = toColumns(r, header.columns);
      if (mergeSubHeader(table, values[r + 1])) r++;
      for (const { period } of table.results)
        if (!periods.some((p) => p.key === period.key)) periods.push(period);
      carry = {};
      continue;
    }
    if (isLegendRow(texts)) continue;

    const indicatorCol = table?.roles.get("indicator");
    const indicatorText = indicatorCol === undefined ? null : cellText(row[indicatorCol]);
    if (!table || texts.length === 1) {
      // Above a table every row is a title; inside one, a row with a single text is a title or a
      // section ("Felles indikatorer:", "Brukere") unless it is an indicator with nothing else filled in.
      const title = parseTitle(texts, framework);
      const section = texts.length === 1 ? parseSection(texts[0], framework) : null;
      const focusArea = title.focusArea ?? section?.focusArea;
      if (title.area) context.area ??= title.area;
      if (focusArea) {
        context.focusArea = focusArea;
        context.mainGoal = null;
        carry = {};
      }
      if (title.mainGoal) context.mainGoal = title.mainGoal;
      if (section?.kind) {
        context.kind = section.kind;
        delete carry.kind;
      }
      if (!table || title.area || focusArea || title.mainGoal || section) continue;
    }

    for (const role of CARRIED) {
      const col = table.roles.get(role);
      const text = col === undefined ? null : cellText(row[col]);
      if (text !== null) carry[role] = text;
    }
    if (indicatorText === null) continue; // a success factor on its own line, or a note under the table

    const kindText = carry.kind;
    const read = readIndicatorRow({
      row,
      rowIndex: r,
      columns: table,
      grid,
      framework,
      parseRequirement,
      structure: {
        focusArea: carry.focusArea ?? context.focusArea,
        mainGoal: carry.mainGoal ?? context.mainGoal,
        successFactor: carry.successFactor ?? null,
        kind: kindText !== undefined ? parseKind(kindText) : context.kind,
      },
    });
    findings.push(...read.findings);
    indicators.push(read.indicator);
  }

  if (!table) {
    const finding: Finding = isFrameworkSheet(grid)
      ? {
          severity: "info",
          code: "framework-sheet",
          message:
            "Arket er kommunens rammeverk (fokusområder, hovedmål og gjennomgående indikatorer), ikke et målekort.",
          cell: null,
        }
      : {
          severity: "info",
          code: "no-scorecard",
          message:
            "Arket har ingen målekorttabell (fant ingen overskriftsrad med «Måleindikator» og «Resultatkrav» eller resultatkolonner). Arket er hoppet over.",
          cell: null,
        };
    return {
      sheet: grid.name,
      area: context.area,
      periods: [],
      indicators: [],
      findings: [finding],
      found: false,
    };
  }
  const scorecard: Scorecard = {
    sheet: grid.name,
    area: context.area,
    periods,
    indicators,
    findings,
    found: true,
  };
  scorecard.findings.push(...validateScorecard(scorecard, framework));
  return scorecard;
}
