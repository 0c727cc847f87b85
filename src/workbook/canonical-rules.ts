// The canonical layout's live parts, positioned: the Status / Endring formulas of one row, and the
// dropdowns and colour rules over a block of rows. The template writes them at its own place; the
// add-in writes them wherever an existing card's table stands on its sheet (src/workbook/traffic-light.ts).

import { RETNING, RETNING_CHOICES } from "../domain/limits";
import type { CanonicalIndex } from "./canonical-columns";
import { STATUS_TEXT, statusFormula, trendFormula, type RowRefs } from "./canonical-formulas";
import { columnName } from "./grid";
import type { ConditionalRule, Fill, SheetSpec } from "./sheet-spec";

/** The framework sheet the Fokusområde and Hovedmål dropdowns read, and how many focus areas it lists. */
export interface FrameworkRef {
  sheet: string;
  focusAreaCount: number;
}

/** A block of table rows on a sheet: 0-based, inclusive. */
export interface RowBlock {
  first: number;
  last: number;
}

/** The formulas of one row (without "="): a status per period (hidden columns), Status and Endring. */
export interface RowFormulas {
  hiddenStatus: string[];
  /** null when the card has no periods. */
  status: string | null;
  /** null when the card has fewer than two periods. */
  trend: string | null;
}

/**
 * The formulas of 0-based sheet row `r`. `col.results` and `col.hiddenStatus` must be in time order:
 * each status compares with the previous period's result, and Status shows the latest period.
 */
export function rowFormulas(col: CanonicalIndex, r: number): RowFormulas {
  const excelRow = r + 1;
  const at = (c: number) => `${columnName(c)}${excelRow}`;
  const refs: RowRefs = {
    indicator: `$${at(col.indicator)}`,
    retning: `$${at(col.retning)}`,
    desired: `$${at(col.desired)}`,
    acceptable: `$${at(col.acceptable)}`,
  };
  const n = col.results.length;
  return {
    hiddenStatus: col.results.map((c, p) =>
      statusFormula(at(c), p > 0 ? at(col.results[p - 1]) : null, refs),
    ),
    status: n > 0 ? at(col.hiddenStatus[n - 1]) : null,
    trend: n > 1 ? trendFormula(at(col.results[n - 1]), at(col.results[n - 2]), refs) : null,
  };
}

const STATUS_FILLS: Fill[] = ["desired", "acceptable", "unacceptable", "missing"];
const STATUS_KEYS = ["desired", "acceptable", "unacceptable", "missing"] as const;

/** A sheet name as a formula reference: quoted when it has spaces or non-ASCII letters. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function blockHelpers(block: RowBlock) {
  const first = block.first + 1;
  const last = block.last + 1;
  return {
    last,
    /** One column over the block, e.g. "K5:K44". */
    range: (c: number) => `${columnName(c)}${first}:${columnName(c)}${last}`,
    /** The block's top cell in a column: rules and custom validation are relative to it. */
    top: (c: number) => `${columnName(c)}${first}`,
  };
}

/**
 * The dropdowns and input rules over the block. Without a framework sheet (a workbook that has no
 * «Rammeverk»), the Fokusområde and Hovedmål dropdowns are left out: a list that names a missing
 * sheet would be refused.
 */
export function tableValidations(
  col: CanonicalIndex,
  block: RowBlock,
  framework: FrameworkRef | null,
): SheetSpec["validations"] {
  const { last, range, top: a } = blockHelpers(block);
  const frameworkDropdowns: SheetSpec["validations"] = [];
  if (framework) {
    const areas = `${quoteSheet(framework.sheet)}!$A$2:$A$${framework.focusAreaCount + 1}`;
    frameworkDropdowns.push(
      {
        range: range(col.focusArea),
        rule: {
          kind: "list",
          source: areas,
          prompt: "Velg fokusområdet fra listen.",
          error: "Velg et fokusområde fra listen (rammeverket).",
        },
      },
      {
        range: range(col.mainGoal),
        rule: {
          kind: "list",
          source: `OFFSET(${quoteSheet(framework.sheet)}!$B$1,MATCH($${a(col.focusArea)},${areas},0),0,1,1)`,
          prompt: "Hovedmålet hører til fokusområdet. Velg fokusområdet først.",
          error: "Hovedmålet må være hovedmålet til fokusområdet på raden.",
        },
      },
    );
  }
  // Ønsket and Akseptabelt side by side share one rule; anywhere else each gets its own.
  const limitRanges: [number, string][] =
    col.acceptable === col.desired + 1
      ? [[col.desired, `${a(col.desired)}:${columnName(col.acceptable)}${last}`]]
      : [col.desired, col.acceptable].map((c): [number, string] => [c, range(c)]);
  return [
    ...frameworkDropdowns,
    {
      range: range(col.kind),
      rule: {
        kind: "list",
        source: '"Gjennomgående,Unik"',
        prompt: "Gjennomgående: fra felles målekort. Unik: rammeområdets egen.",
        error: "Velg Gjennomgående eller Unik.",
      },
    },
    {
      range: range(col.retning),
      rule: {
        kind: "list",
        source: `"${RETNING_CHOICES.join(",")}"`,
        prompt: "Hvordan resultatet vurderes mot Ønsket og Akseptabelt.",
        error: "Velg retning fra listen.",
      },
    },
    ...limitRanges.map(([c, limitRange]) => ({
      range: limitRange,
      rule: {
        kind: "custom" as const,
        formula: `OR(ISNUMBER(${a(c)}),$${a(col.retning)}="${RETNING.text}")`,
        prompt:
          "Grensen som tall (prosent som 90 %). Ved Retning «Tekst»: teksten som betyr at kravet er nådd.",
        error: "Skriv grensen som et tall.",
      },
    })),
    ...col.results.map((c) => ({
      range: range(c),
      rule: {
        kind: "custom" as const,
        formula: `OR(ISNUMBER(${a(c)}),$${a(col.retning)}="${RETNING.text}",TRIM(${a(c)})="-",${a(c)}="Ikke målt",${a(c)}="Mangler",${a(c)}="Ikke tilgjengelig",LEFT(${a(c)},12)="Ny indikator")`,
        prompt: "Skriv resultatet som tall, eller «Ikke målt» når det mangler.",
        error: "Resultatet må være et tall (eller «Ikke målt»).",
      },
    })),
  ];
}

/** The traffic light's colours over the block: each result by its period's hidden status, and Status. */
export function tableConditionalFormats(
  col: CanonicalIndex,
  block: RowBlock,
): SheetSpec["conditionalFormats"] {
  const { range, top } = blockHelpers(block);
  const statusRules = (ref: string): ConditionalRule[] =>
    STATUS_KEYS.map((key, k) => ({
      formula: `${ref}=${JSON.stringify(STATUS_TEXT[key])}`,
      fill: STATUS_FILLS[k],
    }));
  return [
    ...col.results.map((c, p) => ({
      range: range(c),
      rules: statusRules(`$${top(col.hiddenStatus[p])}`),
    })),
    { range: range(col.status), rules: statusRules(top(col.status)) },
  ];
}
