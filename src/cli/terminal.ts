// Terminal output: colours only on a terminal (and never with NO_COLOR), so piped output stays plain.

import type { Severity, Status } from "../domain/model";

export interface Output {
  write(text: string): void;
  color: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, grey: 90, bold: 1, dim: 2 } as const;
export type Colour = keyof typeof CODES;

export function paint(out: Output, colour: Colour, text: string): string {
  return out.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

export const STATUS_COLOUR: Record<Status, Colour> = {
  desired: "green",
  acceptable: "yellow",
  unacceptable: "red",
  missing: "grey",
  unrated: "blue",
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: "FEIL", warning: "ADVARSEL", info: "INFO" };
export const SEVERITY_COLOUR: Record<Severity, Colour> = { error: "red", warning: "yellow", info: "dim" };
