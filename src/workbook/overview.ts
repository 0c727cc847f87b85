// The overview workbook a controller hands to the rådmann: Sammendrag (counts per rammeområde and
// focus area, as a heat map), Gjennomgående (the shared indicators side by side), Alle indikatorer
// (every indicator with its source) and Problemer (everything that could not be read or judged).
// One writer for the CLI and the add-in. Text from the cards is always written as text.

import { municipalitySentence, type Overview, type OverviewIndicator } from "../domain/consolidate";
import { STATUS_NAME, type Rule, type Severity, type Status } from "../domain/model";
import type { StatusCounts } from "../domain/rollup";
import { periodKeyLabel } from "./canonical";
import { TREND_TEXT } from "./canonical-formulas";
import { columnName } from "./grid";
import type { CellSpec, ConditionalRule, Fill, SheetSpec } from "./sheet-spec";

const STATUS_ORDER: Status[] = ["desired", "acceptable", "unacceptable", "missing", "unrated"];
const STATUS_FILL: Partial<Record<Status, Fill>> = {
  desired: "desired",
  acceptable: "acceptable",
  unacceptable: "unacceptable",
  missing: "missing",
};
/** Short sub-headers keep the summary on one A4 page; the legend row spells them out. */
const STATUS_SHORT: Record<Status, string> = {
  desired: "Ø",
  acceptable: "A",
  unacceptable: "U",
  missing: "M",
  unrated: "IV",
};

const SEVERITY_TEXT: Record<Severity, string> = { error: "Feil", warning: "Advarsel", info: "Merknad" };

const header = (value: string): CellSpec => ({
  value,
  style: { bold: true, fill: "header", wrap: true, border: true },
});
const cell = (value: string | number | null, style: CellSpec["style"] = {}): CellSpec => ({
  value,
  style: { border: true, ...style },
});

function isPercent(rule: Rule | null): boolean {
  return rule !== null && "percent" in rule && rule.percent;
}

function resultCell(
  item: Pick<OverviewIndicator, "value" | "status" | "indicator">,
  border = true,
): CellSpec {
  return {
    value: item.value,
    style: {
      border,
      fill: STATUS_FILL[item.status],
      numberFormat: typeof item.value === "number" && isPercent(item.indicator.rule) ? "0.0%" : undefined,
    },
  };
}

function periodLabel(key: string | null): string {
  return key === null ? "–" : periodKeyLabel(key);
}

function summarySheet(overview: Overview): SheetSpec {
  const groups = [...overview.focusAreas, "Totalt"];
  const width = 2 + groups.length * STATUS_ORDER.length + 1;
  const rows: (CellSpec | undefined)[][] = [
    [{ value: "Målekort – oversikt for kommunen", style: { bold: true, fontSize: 14 } }],
    [
      {
        value: `${municipalitySentence(overview.totals)} (${
          overview.chosenPeriod
            ? `periode ${periodLabel(overview.chosenPeriod)}`
            : "hvert rammeområdes siste periode med resultater"
        }).`,
        style: { bold: true },
      },
    ],
    [
      {
        value: "Ø = ønsket, A = akseptabelt, U = uakseptabelt, M = mangler resultat, IV = ikke vurdert",
        style: { italic: true },
      },
    ],
    [
      header("Rammeområde"),
      header("Periode"),
      ...groups.flatMap((g) => [header(g), ...STATUS_ORDER.slice(1).map(() => header(""))]),
      header("Andel ønsket"),
    ],
    [
      header(""),
      header(""),
      ...groups.flatMap(() => STATUS_ORDER.map((s) => header(STATUS_SHORT[s]))),
      header(""),
    ],
  ];
  const countCells = (byGroup: (g: string) => StatusCounts | undefined, bold = false) =>
    groups.flatMap((g) => STATUS_ORDER.map((s) => cell(byGroup(g)?.[s] ?? 0, { bold })));
  const share = (counts: StatusCounts, bold = false) => {
    const all = STATUS_ORDER.reduce((n, s) => n + counts[s], 0);
    return cell(all === 0 ? null : counts.desired / all, { numberFormat: "0%", bold });
  };
  for (const area of overview.areas) {
    rows.push([
      cell(area.area, { bold: true }),
      cell(periodLabel(area.period)),
      ...countCells((g) => (g === "Totalt" ? area.counts : area.byFocusArea[g])),
      share(area.counts),
    ]);
  }
  const totalsByGroup = (g: string): StatusCounts | undefined => {
    if (g === "Totalt") return overview.totals;
    const sum: StatusCounts = { desired: 0, acceptable: 0, unacceptable: 0, missing: 0, unrated: 0 };
    for (const a of overview.areas) for (const s of STATUS_ORDER) sum[s] += a.byFocusArea[g]?.[s] ?? 0;
    return sum;
  };
  rows.push([
    cell("Kommunen", { bold: true }),
    cell(""),
    ...countCells(totalsByGroup, true),
    share(overview.totals, true),
  ]);

  const first = 6;
  const last = 5 + overview.areas.length;
  const conditionalFormats: { range: string; rules: ConditionalRule[] }[] = [];
  groups.forEach((_, g) =>
    STATUS_ORDER.forEach((s, k) => {
      const fill = STATUS_FILL[s];
      const col = columnName(2 + g * STATUS_ORDER.length + k);
      if (fill && overview.areas.length > 0)
        conditionalFormats.push({ range: `${col}${first}:${col}${last}`, rules: [{ scale: fill }] });
    }),
  );
  return {
    name: "Sammendrag",
    rows,
    columns: [
      { width: 22 },
      { width: 10 },
      ...Array.from({ length: width - 3 }, () => ({ width: 4.5 })),
      { width: 9 },
    ],
    merges: [
      `A1:${columnName(width - 1)}1`,
      `A2:${columnName(width - 1)}2`,
      `A3:${columnName(width - 1)}3`,
      ...groups.map((_, g) => `${columnName(2 + g * 5)}4:${columnName(6 + g * 5)}4`),
    ],
    freeze: { rows: 5, columns: 2 },
    autoFilter: `A5:${columnName(width - 1)}5`,
    rowHeights: { 4: 30 },
    validations: [],
    conditionalFormats,
    landscape: true,
  };
}

function sharedSheet(overview: Overview): SheetSpec {
  const rows: (CellSpec | undefined)[][] = [
    [
      header("Suksessfaktor"),
      header("Fokusområde"),
      header("Gjennomgående indikator"),
      ...overview.areas.map((a) => header(`${a.area} (${periodLabel(a.period)})`)),
    ],
  ];
  for (const row of overview.shared) {
    rows.push([
      cell(row.successFactor),
      cell(row.focusArea),
      cell(row.indicator, { bold: true }),
      ...overview.areas.map((a) => {
        const item = row.byArea[a.area];
        return item ? resultCell(item) : cell("Ikke på kortet", { italic: true });
      }),
    ]);
  }
  if (overview.shared.length === 0) {
    rows.push([
      cell("Rammeverket har ingen gjennomgående indikatorer. Bruk --framework med kommunens rammeverk.", {
        italic: true,
      }),
    ]);
  }
  return {
    name: "Gjennomgående",
    rows,
    columns: [{ width: 24 }, { width: 16 }, { width: 32 }, ...overview.areas.map(() => ({ width: 16 }))],
    merges: [],
    freeze: { rows: 1, columns: 3 },
    autoFilter: `A1:${columnName(2 + overview.areas.length)}1`,
    rowHeights: { 0: 32 },
    validations: [],
    conditionalFormats: [],
    landscape: true,
  };
}

function allIndicatorsSheet(overview: Overview): SheetSpec {
  const keys = [
    ...new Set(
      overview.areas.flatMap((a) => a.indicators.flatMap((i) => i.indicator.results.map((r) => r.period))),
    ),
  ].sort();
  const labels = [
    "Rammeområde",
    "Fokusområde",
    "Hovedmål",
    "Suksessfaktor",
    "Type",
    "Måleindikator",
    "Målemetode",
    "Resultatkrav",
    ...keys.map((k) => `Resultat ${periodLabel(k)}`),
    "Vurdert periode",
    "Status",
    "Endring",
    "Kommentar / tiltak",
    "Fil",
    "Ark",
    "Rad",
  ];
  const rows: (CellSpec | undefined)[][] = [labels.map(header)];
  // No grid lines here: this list can hold thousands of rows, and per-cell borders cost exceljs
  // more than the rest of the overview together; the filter row and frozen header keep it readable.
  const cell = (value: string | number | null, style: CellSpec["style"] = {}): CellSpec => ({ value, style });
  for (const area of overview.areas) {
    for (const item of area.indicators) {
      const ind = item.indicator;
      const byKey = new Map(ind.results.map((r) => [r.period, r]));
      rows.push([
        cell(area.area),
        cell(ind.focusArea),
        cell(ind.mainGoal),
        cell(ind.successFactor),
        cell(ind.kind === null ? null : ind.kind === "gjennomgående" ? "Gjennomgående" : "Unik"),
        cell(ind.name, { bold: true }),
        cell(ind.method),
        cell(ind.requirement),
        ...keys.map((k) => {
          const r = byKey.get(k);
          return r ? resultCell({ value: r.value, status: r.status, indicator: ind }, false) : cell(null);
        }),
        cell(periodLabel(item.period)),
        cell(STATUS_NAME[item.status], { fill: STATUS_FILL[item.status] }),
        cell(item.change ? TREND_TEXT[item.change] : null),
        cell(ind.comment),
        cell(item.file),
        cell(item.sheet),
        cell(ind.row),
      ]);
    }
  }
  const widths = [18, 16, 24, 24, 14, 32, 20, 16, ...keys.map(() => 11), 11, 13, 12, 32, 24, 14, 6];
  return {
    name: "Alle indikatorer",
    rows,
    columns: widths.map((width) => ({ width })),
    merges: [],
    freeze: { rows: 1, columns: 1 },
    autoFilter: `A1:${columnName(labels.length - 1)}1`,
    rowHeights: { 0: 32 },
    validations: [],
    conditionalFormats: [],
    landscape: true,
  };
}

function problemsSheet(overview: Overview): SheetSpec {
  const order: Severity[] = ["error", "warning", "info"];
  const problems = [...overview.problems].sort(
    (a, b) => a.file.localeCompare(b.file, "nb") || order.indexOf(a.severity) - order.indexOf(b.severity),
  );
  const rows: (CellSpec | undefined)[][] = [
    [
      header("Fil"),
      header("Ark"),
      header("Celle"),
      header("Alvor"),
      header("Kode"),
      header("Hva som er galt, og hva du gjør"),
    ],
  ];
  for (const p of problems) {
    rows.push([
      cell(p.file),
      cell(p.sheet),
      cell(p.cell),
      cell(SEVERITY_TEXT[p.severity], {
        fill: p.severity === "error" ? "unacceptable" : p.severity === "warning" ? "acceptable" : undefined,
      }),
      cell(p.code),
      cell(p.message, { wrap: true }),
    ]);
  }
  if (problems.length === 0)
    rows.push([cell("Ingen problemer: alle filene ble lest og alle resultater vurdert.", { italic: true })]);
  return {
    name: "Problemer",
    rows,
    columns: [{ width: 28 }, { width: 16 }, { width: 8 }, { width: 10 }, { width: 24 }, { width: 90 }],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    autoFilter: "A1:F1",
    validations: [],
    conditionalFormats: [],
    landscape: true,
  };
}

export const STATUS_SHEET = "Statusfordeling";

/**
 * Statusfordeling: one row per rammeområde with its five counts under their full names, one contiguous
 * table, so a chart can be drawn from it (the add-in draws one; in the CLI's file it is a plain table).
 */
function statusSheet(overview: Overview): SheetSpec {
  const rows: (CellSpec | undefined)[][] = [
    [{ value: "Statusfordeling per rammeområde", style: { bold: true, fontSize: 14 } }],
    [],
    [header("Rammeområde"), ...STATUS_ORDER.map((s) => header(STATUS_NAME[s]))],
    ...overview.areas.map((a) => [
      cell(a.area, { bold: true }),
      ...STATUS_ORDER.map((s) => cell(a.counts[s])),
    ]),
    [cell("Kommunen", { bold: true }), ...STATUS_ORDER.map((s) => cell(overview.totals[s], { bold: true }))],
  ];
  return {
    name: STATUS_SHEET,
    rows,
    columns: [{ width: 24 }, ...STATUS_ORDER.map(() => ({ width: 13 }))],
    merges: [],
    freeze: { rows: 3, columns: 1 },
    validations: [],
    // The same heat map as Sammendrag's, over the rammeområder (not the municipality's total).
    conditionalFormats:
      overview.areas.length === 0
        ? []
        : STATUS_ORDER.flatMap((s, k) => {
            const fill = STATUS_FILL[s];
            const col = columnName(1 + k);
            return fill
              ? [{ range: `${col}4:${col}${3 + overview.areas.length}`, rules: [{ scale: fill }] }]
              : [];
          }),
    landscape: true,
  };
}

/** Where the status chart's data stands on the Statusfordeling sheet: the rammeområder, not the total. */
export function statusChartData(overview: Overview): { sheet: string; range: string; anchor: string } {
  return {
    sheet: STATUS_SHEET,
    range: `A3:${columnName(STATUS_ORDER.length)}${3 + overview.areas.length}`,
    anchor: `A${6 + overview.areas.length}`,
  };
}

/** The overview sheets, in the order a controller reads them. */
export function overviewSheets(overview: Overview): SheetSpec[] {
  return [
    summarySheet(overview),
    sharedSheet(overview),
    allIndicatorsSheet(overview),
    problemsSheet(overview),
    statusSheet(overview),
  ];
}
