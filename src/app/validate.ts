// «Valider»: the card on the sheet the user looks at, judged by the engine, with its findings grouped
// the way the pane shows them and the status counts the Trafikklys tab charts.

import type { Framework } from "../domain/framework";
import type { Finding, Scorecard, Severity } from "../domain/model";
import { countStatuses, currentPeriod, type StatusCounts } from "../domain/rollup";
import { isFrameworkSheet } from "../workbook/framework-sheet";
import type { SheetGrid } from "../workbook/grid";
import { readScorecard } from "../workbook/read-scorecard";
import type { CardHost } from "./host";

export interface CardCheck {
  sheet: string;
  grid: SheetGrid;
  scorecard: Scorecard;
  /** Error, warning and info findings, each in sheet order. */
  findings: Record<Severity, Finding[]>;
  /** The period the summary speaks of (the latest with results) and its counts. */
  period: string | null;
  counts: StatusCounts;
  /** Why there is nothing to judge on this sheet, in words for the user; null when there is a card. */
  empty: string | null;
}

/** Sheet order: by row, then column, so the list reads like the card. */
function cellOrder(a: Finding, b: Finding): number {
  const key = (f: Finding) => {
    const m = /^([A-Z]+)(\d+)$/.exec(f.cell ?? "");
    return m ? Number(m[2]) * 100000 + m[1].length * 1000 + m[1].charCodeAt(0) : Number.MAX_SAFE_INTEGER;
  };
  return key(a) - key(b);
}

export function checkGrid(grid: SheetGrid, framework: Framework): CardCheck {
  const scorecard = readScorecard(grid, framework);
  const findings: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of scorecard.findings) findings[f.severity].push(f);
  for (const list of Object.values(findings)) list.sort(cellOrder);
  const period = currentPeriod(scorecard);
  let empty: string | null = null;
  if (isFrameworkSheet(grid)) empty = "Dette er rammeverket. Gå til arket med målekortet og valider på nytt.";
  else if (!scorecard.found)
    empty =
      "Fant ingen målekorttabell på arket. Gå til arket med målekortet, eller sett inn en mal under Struktur.";
  else if (scorecard.indicators.length === 0)
    empty = "Målekortet har ingen indikatorer ennå. Fyll inn en måleindikator, så vurderes den.";
  return {
    sheet: grid.name,
    grid,
    scorecard,
    findings,
    period,
    counts: countStatuses(scorecard.indicators, period),
    empty,
  };
}

/** The active sheet's card, or null when no workbook or file is open. */
export async function checkActiveSheet(host: CardHost, framework: Framework): Promise<CardCheck | null> {
  const grid = await host.readActiveSheet();
  return grid ? checkGrid(grid, framework) : null;
}
