// The --json document of `malekort check`: a contract other tools read. Field names are fixed;
// anything the model carries beyond them (cells, comments, period labels) stays out.

import type { Scorecard } from "../domain/model";
import type { CheckedFile } from "./check-files";

function scorecardJson(card: Scorecard) {
  return {
    sheet: card.sheet,
    area: card.area,
    periods: card.periods.map((p) => p.key),
    indicators: card.indicators.map((ind) => ({
      row: ind.row,
      focusArea: ind.focusArea,
      mainGoal: ind.mainGoal,
      successFactor: ind.successFactor,
      kind: ind.kind,
      name: ind.name,
      method: ind.method,
      requirement: ind.requirement,
      rule: ind.rule,
      results: ind.results.map((r) => ({ period: r.period, value: r.value, status: r.status })),
    })),
    findings: card.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: f.message,
      cell: f.cell,
    })),
  };
}

export function checkJson(files: CheckedFile[]): string {
  const doc = {
    files: files.map((f) => ({ file: f.file, error: f.error, scorecards: f.scorecards.map(scorecardJson) })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
