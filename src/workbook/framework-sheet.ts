// The framework (rammeverk) as a sheet that economy staff edit in Excel: focus areas with their main
// goals in A:B (the cards' dropdowns read them), gjennomgående indicators in D:H.

import { parseFramework, type Framework } from "../domain/framework";
import { cellText, type SheetGrid } from "./grid";
import type { CellSpec, SheetSpec } from "./sheet-spec";

export const FRAMEWORK_SHEET = "Rammeverk";

const AREA_HEADERS = ["Fokusområde", "Hovedmål"];
const SHARED_HEADERS = [
  "Gjennomgående suksessfaktor",
  "Fokusområde",
  "Gjennomgående indikator",
  "Målemetode",
  "Resultatkrav",
];
const SHARED_COL = 3;

export function frameworkSheet(framework: Framework): SheetSpec {
  const header = (value: string): CellSpec => ({ value, style: { bold: true, fill: "header", wrap: true } });
  const rows: (CellSpec | undefined)[][] = [
    [...AREA_HEADERS.map(header), undefined, ...SHARED_HEADERS.map(header)],
  ];
  framework.focusAreas.forEach((area, i) => {
    rows[i + 1] = [
      { value: area.name },
      { value: area.mainGoal ?? "Ikke utarbeidet", style: { wrap: true } },
    ];
  });
  let r = 1;
  for (const factor of framework.successFactors) {
    for (const indicator of factor.indicators) {
      const row = (rows[r] ??= []);
      [
        factor.name,
        factor.focusArea,
        indicator.name,
        indicator.method ?? null,
        indicator.requirement ?? null,
      ].forEach(
        (value, i) => (row[SHARED_COL + i] = value === null ? undefined : { value, style: { wrap: true } }),
      );
      r++;
    }
  }
  return {
    name: FRAMEWORK_SHEET,
    rows,
    columns: [16, 48, 3, 28, 16, 34, 24, 18].map((width) => ({ width })),
    merges: [],
    freeze: { rows: 1, columns: 0 },
    validations: [],
    conditionalFormats: [],
  };
}

/** Whether a sheet is a framework sheet (by its headers), so readers can say so instead of "no målekort". */
export function isFrameworkSheet(grid: SheetGrid): boolean {
  const first = grid.values[0] ?? [];
  return (
    AREA_HEADERS.every((h, i) => cellText(first[i]) === h) &&
    cellText(first[SHARED_COL + 2]) === SHARED_HEADERS[2]
  );
}

/** How many rows below the header the focus-area column reaches: the cards' dropdowns list A2 to there. */
export function frameworkAreaRows(grid: SheetGrid): number {
  let last = 0;
  grid.values.forEach((row, r) => {
    if (r > 0 && cellText(row?.[0]) !== null) last = r;
  });
  return last;
}

/** Reads a framework sheet back; throws FrameworkError (Norwegian) when it is not usable. */
export function readFrameworkSheet(grid: SheetGrid, name: string): Framework {
  const focusAreas: { name: string; mainGoal: string | null }[] = [];
  const factors = new Map<
    string,
    { name: string; focusArea: string; indicators: { name: string; method?: string; requirement?: string }[] }
  >();
  grid.values.slice(1).forEach((row) => {
    const area = cellText(row[0]);
    if (area) focusAreas.push({ name: area, mainGoal: cellText(row[1]) });
    const [factor, focusArea, indicator, method, requirement] = SHARED_HEADERS.map((_, i) =>
      cellText(row[SHARED_COL + i]),
    );
    if (factor && focusArea && indicator) {
      const key = `${factor}\u0000${focusArea}`;
      if (!factors.has(key)) factors.set(key, { name: factor, focusArea, indicators: [] });
      factors.get(key)!.indicators.push({
        name: indicator,
        ...(method ? { method } : {}),
        ...(requirement ? { requirement } : {}),
      });
    }
  });
  return parseFramework({ name, focusAreas, successFactors: [...factors.values()] });
}
