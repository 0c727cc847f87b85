// The human report of `malekort check`: per file and sheet, the indicators grouped under their
// focus area and success factor, each period's result and status, then the findings with cells.

import {
  STATUS_NAME,
  type Finding,
  type Indicator,
  type Rule,
  type Scorecard,
  type Severity,
} from "../domain/model";
import { formatRule } from "../domain/rule-format";
import { countStatuses, currentPeriod } from "../domain/rollup";
import { formatCellNumber } from "../workbook/read-indicator";
import type { CheckedFile } from "./check-files";
import { paint, SEVERITY_COLOUR, SEVERITY_LABEL, STATUS_COLOUR, type Output } from "./terminal";

function isPercentRule(rule: Rule | null): boolean {
  return rule !== null && "percent" in rule && rule.percent;
}

export function formatValue(value: number | string | null, rule: Rule | null): string {
  if (value === null) return "–";
  if (typeof value === "string") return `«${value}»`;
  return formatCellNumber(value, isPercentRule(rule));
}

/** Indent under the row label, wide enough for "rad 100000". */
const DETAIL = " ".repeat(19);

function indicatorLines(out: Output, ind: Indicator): string[] {
  const method = ind.method ? paint(out, "dim", ` (${ind.method})`) : "";
  const label = `rad ${ind.row}`.padEnd(11);
  const lines = [`      ${paint(out, "dim", label)}  ${paint(out, "bold", ind.name)}${method}`];
  const requirement = ind.requirement === null ? paint(out, "dim", "mangler") : `«${ind.requirement}»`;
  const reading = ind.rule ? paint(out, "dim", ` → ${formatRule(ind.rule)}`) : "";
  lines.push(`${DETAIL}Krav: ${requirement}${reading}`);
  const results = ind.results.map((r) => {
    const status = paint(out, STATUS_COLOUR[r.status], STATUS_NAME[r.status]);
    return `${r.period}: ${formatValue(r.value, ind.rule)} ${status}`;
  });
  if (results.length > 0) lines.push(`${DETAIL}${results.join("   ")}`);
  return lines;
}

function groupLines(out: Output, card: Scorecard): string[] {
  const lines: string[] = [];
  let focus: string | null | undefined;
  let factor: string | null | undefined;
  for (const ind of card.indicators) {
    if (ind.focusArea !== focus) {
      focus = ind.focusArea;
      factor = undefined;
      const goal = ind.mainGoal ? paint(out, "dim", ` – ${ind.mainGoal}`) : "";
      lines.push(`  ${paint(out, "bold", focus ?? "(uten fokusområde)")}${goal}`);
    }
    if (ind.successFactor !== factor) {
      factor = ind.successFactor;
      const kind = ind.kind ? paint(out, "dim", ` [${ind.kind}]`) : "";
      lines.push(`    Suksessfaktor: ${factor ?? "(mangler)"}${kind}`);
    }
    lines.push(...indicatorLines(out, ind));
  }
  return lines;
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

function findingLines(out: Output, findings: Finding[]): string[] {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  return sorted.map((f) => {
    const label = paint(out, SEVERITY_COLOUR[f.severity], SEVERITY_LABEL[f.severity].padEnd(8));
    return `    ${label} ${f.cell ? `${f.cell}: ` : ""}${f.message}`;
  });
}

function summaryLine(out: Output, card: Scorecard): string {
  const period = currentPeriod(card);
  const counts = countStatuses(card.indicators, period);
  const parts = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((status) => counts[status] > 0)
    .map((status) =>
      paint(out, STATUS_COLOUR[status], `${counts[status]} ${STATUS_NAME[status].toLowerCase()}`),
    );
  const total = card.indicators.length;
  return `  ${period ?? "Ingen perioder"}: ${counts.desired} av ${total} indikatorer oppnådde ønsket resultat${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

export function checkText(out: Output, files: CheckedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    lines.push(paint(out, "bold", file.file));
    if (file.error) {
      lines.push(`  ${paint(out, "red", "KAN IKKE LESES")} ${file.error.message}`, "");
      continue;
    }
    for (const card of file.scorecards) {
      if (!card.found) {
        const why =
          card.findings[0]?.code === "framework-sheet" ? "rammeverket, ikke et målekort" : "ingen målekort";
        lines.push(`  Ark «${card.sheet}»: ${paint(out, "dim", why)}`);
        continue;
      }
      const area = card.area ? `rammeområde ${card.area}` : "rammeområde ikke angitt";
      const periods = card.periods.length ? card.periods.map((p) => p.key).join(", ") : "ingen";
      lines.push(`  Ark «${card.sheet}» – ${area} – perioder: ${periods}`);
      lines.push(...groupLines(out, card));
      lines.push(summaryLine(out, card));
      const counts = SEVERITY_ORDER.map((s) => card.findings.filter((f) => f.severity === s).length);
      lines.push(`  Funn: ${counts[0]} feil, ${counts[1]} advarsler, ${counts[2]} merknader`);
      lines.push(...findingLines(out, card.findings));
    }
    lines.push("");
  }
  const failed = files.filter((f) => f.error).length;
  lines.push(
    failed === 0
      ? `${files.length} ${files.length === 1 ? "fil" : "filer"} lest.`
      : paint(
          out,
          "red",
          `${failed} av ${files.length} ${files.length === 1 ? "fil" : "filer"} kunne ikke leses.`,
        ),
  );
  return lines.join("\n") + "\n";
}
