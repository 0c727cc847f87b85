// Reads one indicator row of a målekort table: its requirement (one text column, band columns or
// limit cells) and every period's result, judged by the engine.

import { parseDirectionText } from "../domain/direction";
import { evaluateStatus } from "../domain/evaluate";
import type { FindingDraft } from "../domain/findings";
import type { Framework } from "../domain/framework";
import { error, warning } from "../domain/findings";
import {
  limitsForRule,
  parseRetning,
  RETNING_CHOICES,
  ruleFromLimits,
  sameLimits,
  type LimitCells,
  type LimitValue,
} from "../domain/limits";
import { formatRule } from "../domain/rule-format";
import type {
  Finding,
  Indicator,
  IndicatorCells,
  Period,
  Result,
  Rule,
  SuccessFactorKind,
} from "../domain/model";
import { parseBands, type ParsedRequirement, type RequirementContext } from "../domain/requirement";
import type { RequirementParser } from "../domain/requirement-memo";
import { readResultValue } from "../domain/result-value";
import {
  cellAddress,
  cellText as text,
  isCellError,
  isPercentFormat,
  type CellValue,
  type SheetGrid,
} from "./grid";
import type { ColumnRole } from "./headers";

export interface TableColumns {
  /** 0-based row of the header. */
  headerRow: number;
  roles: Map<ColumnRole, number>;
  /** Result columns in sheet order. */
  results: { col: number; period: Period }[];
  /** The same columns in time order, for trends (a sheet may list the newest period first). */
  chronological: { col: number; period: Period }[];
}

export interface RowInput {
  row: CellValue[];
  rowIndex: number;
  columns: TableColumns;
  grid: SheetGrid;
  framework: Framework;
  /** Parses requirement texts; shared by the rows of one sheet, which repeat their requirements. */
  parseRequirement: RequirementParser;
  /** The structure the row sits under, after merged and blank-continued cells are resolved. */
  structure: {
    focusArea: string | null;
    mainGoal: string | null;
    successFactor: string | null;
    kind: SuccessFactorKind | null;
  };
}

/** Norwegian rendering of a number as a person reads it in the cell: "4,6", "90 %". */
export function formatCellNumber(value: number, percent: boolean): string {
  const shown = percent ? Number((value * 100).toPrecision(12)) : Number(value.toPrecision(12));
  return `${String(shown).replace(".", ",")}${percent ? " %" : ""}`;
}

function percentAt(grid: SheetGrid, row: number, col: number): boolean {
  return isPercentFormat(grid.numberFormats?.[row]?.[col]);
}

/** A requirement or band cell as text: numbers as displayed, so "90 %" and "0,9" read as the person sees them. */
function requirementText(input: RowInput, col: number | undefined): string | null {
  if (col === undefined) return null;
  const value = input.row[col];
  if (typeof value === "number") return formatCellNumber(value, percentAt(input.grid, input.rowIndex, col));
  return text(value);
}

type RuleReading = { requirement: string | null; parsed: ParsedRequirement; cell: string };

/** A limit cell as the formula sees it: numbers stay numbers, text is trimmed, blanks are null. */
function limitValue(input: RowInput, col: number | undefined): LimitValue {
  if (col === undefined) return null;
  const value = input.row[col];
  return typeof value === "number" ? value : text(value);
}

/** "> 5 | 4,5 - 5 | < 4,5": band columns written into one requirement cell (canonical layout, upgrades). */
function splitBands(
  requirement: string | null,
): { desired: string | null; acceptable: string | null; unacceptable: string | null } | null {
  const parts = requirement?.split(" | ");
  if (!parts || parts.length !== 3) return null;
  const [desired, acceptable, unacceptable] = parts.map((p) => (p.trim() === "" ? null : p.trim()));
  return { desired, acceptable, unacceptable };
}

/** The canonical layout: Retning picks how the limit cells are read, exactly as the Status formula reads them. */
function readLimitRule(
  input: RowInput,
  retningText: string,
  requirement: string | null,
  ctx: RequirementContext,
): RuleReading {
  const roles = input.columns.roles;
  const desiredCol = roles.get("bandDesired")!;
  const cell = cellAddress(input.rowIndex, roles.get("direction")!);
  const retning = parseRetning(retningText);
  if (!retning) {
    const message = `Retning «${retningText}» er ikke et av valgene (${RETNING_CHOICES.join(", ")}). Velg fra listen i cellen.`;
    return { requirement, cell, parsed: { rule: null, findings: [error("direction-unknown", message)] } };
  }
  const cells: LimitCells = {
    retning,
    desired: limitValue(input, desiredCol),
    acceptable: limitValue(input, roles.get("bandAcceptable")),
    percent: percentAt(input.grid, input.rowIndex, desiredCol),
  };
  const parsed = ruleFromLimits(cells);
  const written = requirement ? input.parseRequirement(requirement, ctx) : null;
  const writtenLimits = written?.rule ? limitsForRule(written.rule) : null;
  if (parsed.rule && written && (!writtenLimits || !sameLimits(writtenLimits, cells))) {
    const message = `Resultatkravet «${requirement}» sier ikke det samme som Retning, Ønsket og Akseptabelt, som er det trafikklyset bruker. Rett den ene så de stemmer.`;
    return {
      requirement,
      cell,
      parsed: {
        rule: parsed.rule,
        findings: [...parsed.findings, warning("requirement-limits-differ", message)],
      },
    };
  }
  return { requirement: requirement ?? (parsed.rule ? formatRule(parsed.rule) : null), cell, parsed };
}

function readRule(input: RowInput, name: string): RuleReading {
  const { columns, rowIndex, framework } = input;
  const roles = columns.roles;
  const directionCol = roles.get("direction");
  const directionText = directionCol === undefined ? null : text(input.row[directionCol]);
  const direction = directionText ? parseDirectionText(directionText) : null;
  const ctx: RequirementContext = {
    indicatorName: name,
    direction,
    lowerIsBetterTerms: framework.lowerIsBetterTerms,
  };
  const requirementCol = roles.get("requirement");
  const requirement = requirementText(input, requirementCol);
  const desiredCol = roles.get("bandDesired");

  if (directionCol !== undefined && desiredCol !== undefined) {
    if (directionText) return readLimitRule(input, directionText, requirement, { ...ctx, direction: null });
    // No Retning: a rule no formula can judge, kept as written (three bands joined by " | ").
    const cell = cellAddress(rowIndex, requirementCol ?? desiredCol);
    const bands = splitBands(requirement);
    return {
      requirement,
      cell,
      parsed: bands ? parseBands(bands, ctx) : input.parseRequirement(requirement, ctx),
    };
  }
  if (desiredCol !== undefined) {
    const bands = {
      desired: requirementText(input, desiredCol),
      acceptable: requirementText(input, roles.get("bandAcceptable")),
      unacceptable: requirementText(input, roles.get("bandUnacceptable")),
    };
    const written = [bands.desired, bands.acceptable, bands.unacceptable];
    const joined = written.some((t) => t !== null) ? written.map((t) => t ?? "").join(" | ") : null;
    return { requirement: joined, cell: cellAddress(rowIndex, desiredCol), parsed: parseBands(bands, ctx) };
  }
  const cell = cellAddress(rowIndex, requirementCol ?? roles.get("indicator") ?? 0);
  return { requirement, cell, parsed: input.parseRequirement(requirement, ctx) };
}

function attach(drafts: FindingDraft[], cell: string | null): Finding[] {
  return drafts.map((d) => ({ ...d, cell }));
}

function readResults(input: RowInput, rule: Rule | null): { results: Result[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const results: Result[] = [];
  let previous: { value: number | string | null; label: string } | null = null;
  const byKey = new Map<string, Result>();
  for (const { col, period } of input.columns.chronological) {
    const cell = cellAddress(input.rowIndex, col);
    const raw = input.row[col] ?? null;
    let value: number | string | null;
    let status: Result["status"];
    if (isCellError(raw)) {
      value = raw.formula ?? raw.error;
      status = "unrated";
      findings.push({
        severity: "warning",
        code: raw.formula ? "formula-not-calculated" : "cell-error",
        message: raw.formula
          ? `Cellen har formelen ${raw.formula}, men ingen beregnet verdi er lagret. Åpne filen i Excel, trykk F9 og lagre, så kan resultatet leses.`
          : `Cellen viser feilverdien ${raw.error}. Rett formelen, eller skriv resultatet inn som et tall.`,
        cell,
      });
    } else {
      const read = readResultValue(raw, percentAt(input.grid, input.rowIndex, col), rule);
      findings.push(...attach(read.findings, cell));
      value = read.value;
      const judged = evaluateStatus(rule, value, {
        previous: previous?.value ?? null,
        periodLabel: period.label,
        previousLabel: previous?.label,
      });
      status = judged.status;
      // Without a rule the requirement's own finding already says why nothing is judged.
      if (rule !== null) findings.push(...attach(judged.findings, cell));
    }
    const original = typeof raw === "string" && raw !== value ? raw : undefined;
    byKey.set(period.key, {
      period: period.key,
      value,
      status,
      cell,
      ...(original !== undefined ? { original } : {}),
    });
    previous = { value, label: period.label };
  }
  for (const { period } of input.columns.results) results.push(byKey.get(period.key)!);
  return { results, findings };
}

export function readIndicatorRow(input: RowInput): { indicator: Indicator; findings: Finding[] } {
  const { row, rowIndex, columns, structure } = input;
  const roles = columns.roles;
  const at = (role: ColumnRole) => {
    const col = roles.get(role);
    return col === undefined ? undefined : cellAddress(rowIndex, col);
  };
  const name = text(row[roles.get("indicator")!])!;
  const methodCol = roles.get("method");
  const commentCol = roles.get("comment");
  const rule = readRule(input, name);
  const findings = attach(rule.parsed.findings, rule.cell);
  const { results, findings: resultFindings } = readResults(input, rule.parsed.rule);

  const cells: IndicatorCells = { name: at("indicator")! };
  for (const role of ["focusArea", "mainGoal", "successFactor", "kind"] as const) {
    const address = at(role);
    if (address) cells[role] = address;
  }
  cells.requirement = rule.cell;

  return {
    indicator: {
      row: rowIndex + 1,
      focusArea: structure.focusArea,
      mainGoal: structure.mainGoal,
      successFactor: structure.successFactor,
      kind: structure.kind,
      name,
      method: methodCol === undefined ? null : text(row[methodCol]),
      requirement: rule.requirement,
      rule: rule.parsed.rule,
      results,
      comment: commentCol === undefined ? null : text(row[commentCol]),
      cells,
    },
    findings: [...findings, ...resultFindings],
  };
}
