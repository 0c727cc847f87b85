// Findings as the pure domain code produces them: without a cell. The sheet reader knows where a
// value came from and attaches the address later (withCell), so parsers stay free of sheet concepts.

import type { Finding, Severity } from "./model";

/** A finding before the sheet reader has tied it to a cell. */
export type FindingDraft = Omit<Finding, "cell">;

export function finding(severity: Severity, code: string, message: string): FindingDraft {
  return { severity, code, message };
}

/** An interpretation the user should know about, but that needs no action when it is right. */
export function info(code: string, message: string): FindingDraft {
  return finding("info", code, message);
}

/** Something is incomplete or doubtful; the card still works, but a person should look. */
export function warning(code: string, message: string): FindingDraft {
  return finding("warning", code, message);
}

/** Something could not be judged; the value or rule it concerns is left out (unrated, rule null). */
export function error(code: string, message: string): FindingDraft {
  return finding("error", code, message);
}

/** Ties a draft to a cell (A1 address), or to the whole sheet with null. */
export function withCell(draft: FindingDraft, cell: string | null): Finding {
  return { ...draft, cell };
}

/** Norwegian quotation marks around a text quoted in a message: «Økende». */
export function quote(text: string): string {
  return `«${text}»`;
}
