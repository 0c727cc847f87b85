// Which framework (rammeverk) the pane judges cards by: the workbook's own «Rammeverk» sheet when it
// has one (templates carry it), a file the user picks, or the default six focus areas.

import { DEFAULT_FRAMEWORK, FrameworkError, parseFramework, type Framework } from "../domain/framework";
import { FRAMEWORK_SHEET, isFrameworkSheet, readFrameworkSheet } from "../workbook/framework-sheet";
import { UserError } from "./errors";
import type { CardHost } from "./host";

export interface ChosenFramework {
  framework: Framework;
  /** Where it came from, in words for the pane: «standard», «arket Rammeverk», a file name. */
  source: string;
}

export const DEFAULT_CHOICE: ChosenFramework = { framework: DEFAULT_FRAMEWORK, source: "standard" };

/** The workbook's «Rammeverk» sheet, or the default when it has none or it cannot be used. */
export async function workbookFramework(host: CardHost): Promise<ChosenFramework & { problem?: string }> {
  const grid = await host.readSheet(FRAMEWORK_SHEET);
  if (!grid || !isFrameworkSheet(grid)) return DEFAULT_CHOICE;
  try {
    return { framework: readFrameworkSheet(grid, FRAMEWORK_SHEET), source: `arket «${FRAMEWORK_SHEET}»` };
  } catch (err) {
    const reason = err instanceof FrameworkError ? err.problems.join(" ") : String(err);
    return {
      ...DEFAULT_CHOICE,
      problem: `Arket «${FRAMEWORK_SHEET}» kunne ikke brukes, så standardrammeverket brukes: ${reason}`,
    };
  }
}

/**
 * A framework file the user picked (the pane) or named (the CLI's --framework): JSON, or a workbook
 * with a «Rammeverk» sheet. Throws UserError when the file is neither, FrameworkError when its
 * framework is not usable and WorkbookReadError when the workbook cannot be read, each in Norwegian.
 */
export async function frameworkFromFile(fileName: string, bytes: Uint8Array): Promise<ChosenFramework> {
  const name = fileName.replace(/^.*[/\\]/, "");
  if (/\.xlsx$/i.test(name)) {
    const { readWorkbookGrids } = await import(/* webpackChunkName: "xlsx" */ "../files/read-workbook");
    const { sheets } = await readWorkbookGrids(bytes);
    const sheet = sheets.find((s) => s.name.toLowerCase() === FRAMEWORK_SHEET.toLowerCase());
    if (!sheet) throw new UserError(`«${fileName}» har ikke noe ark som heter «${FRAMEWORK_SHEET}».`);
    return { framework: readFrameworkSheet(sheet, name.replace(/\.xlsx$/i, "")), source: name };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new UserError(
      `«${fileName}» er verken en arbeidsbok eller gyldig JSON (${(err as Error).message}).`,
    );
  }
  return { framework: parseFramework(data), source: name };
}

/** Where the pane keeps what the user chose between sessions: the browser's storage, or a stand-in. */
export interface ChoiceStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const STORE_KEY = "malekort.rammeverk";

/**
 * The framework file the user picked last time, so a controller chooses the municipality's framework
 * once, not every time the pane opens. Read back through the same check as a file: a stored framework
 * that no longer passes is forgotten rather than used.
 */
export function rememberedFramework(store: ChoiceStore | null): ChosenFramework | null {
  const raw = store?.getItem(STORE_KEY);
  if (!raw) return null;
  try {
    const { source, framework } = JSON.parse(raw) as { source: string; framework: unknown };
    return { source, framework: parseFramework(framework) };
  } catch {
    store?.removeItem(STORE_KEY);
    return null;
  }
}

/** Remembers the user's pick, or forgets it (null) when they go back to the workbook's own. */
export function rememberFramework(store: ChoiceStore | null, chosen: ChosenFramework | null): void {
  try {
    if (chosen) store?.setItem(STORE_KEY, JSON.stringify(chosen));
    else store?.removeItem(STORE_KEY);
  } catch {
    // Storage full or switched off: the choice then lasts this session only.
  }
}
