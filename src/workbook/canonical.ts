// The canonical målekort layout, in one place: the template, the upgrade and (later) the add-in
// write it, and the sheet reader reads it like any other layout.
//
// Fokusområde | Hovedmål | Suksessfaktor (delmål) | Type | Måleindikator | Målemetode | Resultatkrav |
// Retning | Ønsket | Akseptabelt | Resultat <periode>… | Status | Endring | Kommentar / tiltak |
// (hidden) Status <periode>…  — one status per period, which the result cells' colours read.

import { type LimitCells, RETNING } from "../domain/limits";
import type { Change } from "../domain/change";
import type { Indicator, Period, Status } from "../domain/model";
import { canonicalHeaders } from "./canonical-columns";
import { STATUS_TEXT, TREND_TEXT } from "./canonical-formulas";
import { quoteSheet, rowFormulas, tableConditionalFormats, tableValidations } from "./canonical-rules";
import { columnName } from "./grid";
import type { CellSpec, SheetSpec } from "./sheet-spec";

export { canonicalHeaders, quoteSheet };

/** One indicator row to write: the indicator's texts (requirement as written), plus its formula form. */
export interface CanonicalRow extends Pick<
  Indicator,
  "focusArea" | "mainGoal" | "successFactor" | "kind" | "name" | "method" | "requirement" | "comment"
> {
  /** The formula form of the requirement, or null when no formula can judge it. */
  limits: LimitCells | null;
  /** Results are percentages (fractions shown as %), also where no formula can judge the rule. */
  percent?: boolean;
  /** One value per period of the card. */
  results: (number | string | null)[];
  /** A note per result cell (e.g. the original text an upgrade interpreted). */
  resultNotes?: (string | null)[];
  /** Statuses from the engine, for rows whose rule no formula can judge (limits null). */
  fixedStatuses?: Status[];
  /** Why no formula can judge this row, shown on its Status cell. */
  fixedReason?: string;
  /** Endring from the engine, for the same rows. */
  fixedChange?: Change | null;
}

export interface CanonicalCard {
  title: string;
  periods: Period[];
  rows: CanonicalRow[];
}

export interface CanonicalOptions {
  /** Empty rows with validation and formulas below the indicators, for the card's own indicators. */
  blankRows: number;
  protect: boolean;
  /** The framework sheet's name and how many focus areas it lists (for the dropdowns). */
  frameworkSheet: string;
  focusAreaCount: number;
}

const FIRST_ROW = 4; // 0-based: title, legend, blank, header, then indicators

/** A period as the canonical header writes it: "2015", "1. tertial 2016", "2. kvartal 2017". */
export function periodHeaderLabel(period: Period): string {
  if (!period.part) return String(period.year);
  return `${period.part.index}. ${period.part.kind === "tertial" ? "tertial" : "kvartal"} ${period.year}`;
}

/** The same label from a period key ("2016-T2" → "2. tertial 2016"); an unknown key is shown as it is. */
export function periodKeyLabel(key: string): string {
  const m = /^(\d{4})(?:-([TQ])([1-4]))?$/.exec(key);
  if (!m) return key;
  const year = Number(m[1]);
  const part = m[2]
    ? { kind: m[2] === "T" ? ("tertial" as const) : ("quarter" as const), index: Number(m[3]) }
    : null;
  return periodHeaderLabel({ key, label: key, year, part });
}

const PERCENT_FORMAT = "0.0%";

function text(value: string | null): CellSpec | undefined {
  return value === null || value === "" ? undefined : { value, style: { wrap: true } };
}

export function canonicalSheet(name: string, card: CanonicalCard, options: CanonicalOptions): SheetSpec {
  const headers = canonicalHeaders(card.periods.map(periodHeaderLabel));
  const col = headers.index;
  const n = card.periods.length;
  const lastRow = FIRST_ROW + card.rows.length + options.blankRows - 1;
  const rows: (CellSpec | undefined)[][] = [];

  rows[0] = [{ value: card.title, style: { bold: true, fontSize: 14 } }];
  rows[1] = [
    { value: "Resultatgrense:", style: { bold: true } },
    { value: "Ønsket resultat", style: { fill: "desired" } },
    { value: "Akseptabelt resultat", style: { fill: "acceptable" } },
    { value: "Uakseptabelt resultat", style: { fill: "unacceptable" } },
    { value: "Mangler resultat", style: { fill: "missing" } },
  ];
  rows[FIRST_ROW - 1] = headers.labels.map((label) => ({
    value: label,
    style: { bold: true, fill: "header", wrap: true },
  }));

  for (let i = 0; i < card.rows.length + options.blankRows; i++) {
    const r = FIRST_ROW + i;
    const data = card.rows[i];
    const row: (CellSpec | undefined)[] = [];
    const percent = data?.percent ?? data?.limits?.percent ?? false;
    const resultStyle = { unlocked: true, numberFormat: percent ? PERCENT_FORMAT : undefined };
    if (data) {
      row[col.focusArea] = text(data.focusArea);
      row[col.mainGoal] = text(data.mainGoal);
      row[col.successFactor] = text(data.successFactor);
      row[col.kind] = text(
        data.kind === null ? null : data.kind === "gjennomgående" ? "Gjennomgående" : "Unik",
      );
      row[col.indicator] = { value: data.name, style: { wrap: true, bold: true } };
      row[col.method] = text(data.method);
      row[col.requirement] = text(data.requirement);
      if (data.limits) {
        row[col.retning] = { value: RETNING[data.limits.retning] };
        const limitStyle = { numberFormat: percent ? PERCENT_FORMAT : undefined };
        if (data.limits.desired !== null)
          row[col.desired] = { value: data.limits.desired, style: limitStyle };
        if (data.limits.acceptable !== null)
          row[col.acceptable] = { value: data.limits.acceptable, style: limitStyle };
      }
      data.results.forEach((value, p) => {
        const note = data.resultNotes?.[p] ?? undefined;
        row[col.results[p]] = { value, style: resultStyle, ...(note ? { note } : {}) };
      });
      row[col.comment] = { value: data.comment, style: { wrap: true, unlocked: true } };
    } else {
      for (const c of col.results) row[c] = { style: resultStyle };
      row[col.comment] = { style: { wrap: true, unlocked: true } };
    }
    const fixed = data && !data.limits && data.fixedStatuses;
    const formulas = rowFormulas(col, r);
    for (let p = 0; p < n; p++) {
      row[col.hiddenStatus[p]] = fixed
        ? { value: STATUS_TEXT[data.fixedStatuses![p]] }
        : { formula: formulas.hiddenStatus[p] };
    }
    if (formulas.status !== null) {
      row[col.status] = {
        formula: formulas.status,
        ...(fixed && data.fixedReason ? { note: data.fixedReason } : {}),
      };
    }
    if (formulas.trend !== null) {
      const change = fixed ? data.fixedChange : undefined;
      row[col.trend] = fixed ? { value: change ? TREND_TEXT[change] : null } : { formula: formulas.trend };
    }
    rows[r] = row;
  }
  // Grid lines on the visible table (and the legend), so cells stay apart when printed or exported.
  for (let r = 1; r <= lastRow; r++) {
    if (r === 2) continue;
    const row = (rows[r] ??= []);
    const width = r === 1 ? 5 : col.comment + 1;
    for (let c = 0; c < width; c++) row[c] = { ...row[c], style: { ...row[c]?.style, border: true } };
  }

  const block = { first: FIRST_ROW, last: lastRow };
  const framework = { sheet: options.frameworkSheet, focusAreaCount: options.focusAreaCount };

  return {
    name,
    rows,
    columns: headers.widths.map((width, c) => ({ width, hidden: col.hiddenStatus.includes(c) })),
    merges: [`A1:${columnName(col.indicator)}1`],
    freeze: { rows: FIRST_ROW, columns: col.indicator + 1 },
    autoFilter: `A${FIRST_ROW}:${columnName(col.comment)}${FIRST_ROW}`,
    // Two lines for each indicator row: wrapped names and goals must not run into the next row.
    rowHeights: Object.fromEntries([[FIRST_ROW - 1, 32], ...card.rows.map((_, i) => [FIRST_ROW + i, 30])]),
    protect: options.protect,
    landscape: true,
    validations: tableValidations(col, block, framework),
    conditionalFormats: tableConditionalFormats(col, block),
  };
}
