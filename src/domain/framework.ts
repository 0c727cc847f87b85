// The municipality's framework (rammeverk): focus areas, their main goals and the gjennomgående
// success factors and indicators every rammeområde's card must carry. It is configuration:
// a built-in default from the rules page, or a file the municipality keeps.

import { normalizeText } from "./text";

export interface FocusArea {
  name: string;
  /** The main goal (hovedmål), or null where the municipality has not set one ("Ikke utarbeidet"). */
  mainGoal: string | null;
  /** Other spellings seen on cards ("Læring & fornying"). */
  aliases?: string[];
}

export interface FrameworkIndicator {
  name: string;
  method?: string;
  requirement?: string;
}

/** A gjennomgående success factor: shared by the whole municipality. */
export interface FrameworkSuccessFactor {
  name: string;
  focusArea: string;
  indicators: FrameworkIndicator[];
}

export interface Framework {
  /** Whose framework this is, e.g. "Standard" or the municipality's name. */
  name: string;
  focusAreas: FocusArea[];
  successFactors: FrameworkSuccessFactor[];
  /** Extra words that mark an indicator where a lower result is better, beyond the built-in ones. */
  lowerIsBetterTerms?: string[];
}

/** The default of the rules page: six focus areas with their main goals, no gjennomgående indicators. */
export const DEFAULT_FRAMEWORK: Framework = {
  name: "Standard",
  focusAreas: [
    { name: "Samfunn", mainGoal: null },
    { name: "Medvirkning", mainGoal: "Innbyggere som aktivt deltar i utviklingen av lokalsamfunnet" },
    { name: "Medarbeidere", mainGoal: "Motiverte og kompetente medarbeidere" },
    {
      name: "Læring og fornying",
      mainGoal: "Fremtidsrettet og lærende organisasjon",
      aliases: ["Læring & fornying"],
    },
    { name: "Økonomi", mainGoal: "God økonomistyring og godt økonomisk handlingsrom" },
    {
      name: "Brukere",
      mainGoal: "Gode tjenester med fokus på kvalitet, tilgjengelighet og brukermedvirkning",
      aliases: ["Bruker", "Brukerne"],
    },
  ],
  successFactors: [],
};

/** Words that stand for "no main goal set" on real cards. */
const NO_GOAL_TEXTS = ["ikke utarbeidet", "ikke fastsatt", "-"];

/** Focus areas by every folded spelling, built once per framework (the reader asks for each row). */
const focusAreaIndexes = new WeakMap<Framework, Map<string, FocusArea>>();

export function findFocusArea(framework: Framework, text: string | null): FocusArea | null {
  if (!text) return null;
  let index = focusAreaIndexes.get(framework);
  if (!index) {
    index = new Map();
    for (const area of framework.focusAreas) {
      for (const name of [area.name, ...(area.aliases ?? [])]) {
        if (!index.has(normalizeText(name))) index.set(normalizeText(name), area);
      }
    }
    focusAreaIndexes.set(framework, index);
  }
  return index.get(normalizeText(text)) ?? null;
}

/** Whether a card's main goal fits its focus area (a blank or "Ikke utarbeidet" goal fits an area without one). */
export function goalBelongsTo(area: FocusArea, goal: string): boolean {
  const wanted = normalizeText(goal);
  if (area.mainGoal === null) return NO_GOAL_TEXTS.includes(wanted);
  return normalizeText(area.mainGoal) === wanted;
}

export function isNoGoalText(goal: string): boolean {
  return NO_GOAL_TEXTS.includes(normalizeText(goal));
}

/** Every gjennomgående indicator with its success factor, in framework order. */
export function sharedIndicators(
  framework: Framework,
): { successFactor: FrameworkSuccessFactor; indicator: FrameworkIndicator }[] {
  return framework.successFactors.flatMap((successFactor) =>
    successFactor.indicators.map((indicator) => ({ successFactor, indicator })),
  );
}

export class FrameworkError extends Error {
  constructor(readonly problems: string[]) {
    super(`Rammeverket kan ikke brukes: ${problems.join(" ")}`);
    this.name = "FrameworkError";
  }
}

/**
 * Checks a framework read from a file (already JSON-parsed) and returns it typed.
 * Throws FrameworkError listing every problem in Norwegian, so economy staff can fix the file in one go.
 */
export function parseFramework(data: unknown): Framework {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
  const optionalTexts = (v: unknown, where: string): string[] | undefined => {
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every(text)) return v.map((s) => s.trim());
    problems.push(`${where} må være en liste med tekster.`);
    return undefined;
  };

  if (!isObject(data)) throw new FrameworkError(["Filen må inneholde et JSON-objekt med «focusAreas»."]);
  const name = text(data.name) ? data.name.trim() : "Eget rammeverk";

  const focusAreas: FocusArea[] = [];
  if (!Array.isArray(data.focusAreas) || data.focusAreas.length === 0) {
    problems.push("«focusAreas» må være en liste med minst ett fokusområde.");
  } else {
    data.focusAreas.forEach((raw, i) => {
      const where = `Fokusområde nr. ${i + 1}`;
      if (!isObject(raw) || !text(raw.name)) {
        problems.push(`${where} mangler «name».`);
        return;
      }
      if (raw.mainGoal !== undefined && raw.mainGoal !== null && !text(raw.mainGoal)) {
        problems.push(`${where} («${raw.name}»): «mainGoal» må være tekst eller null.`);
      }
      const mainGoal = text(raw.mainGoal) && !isNoGoalText(raw.mainGoal) ? raw.mainGoal.trim() : null;
      focusAreas.push({
        name: raw.name.trim(),
        mainGoal,
        aliases: optionalTexts(raw.aliases, `${where}: «aliases»`),
      });
    });
  }
  const seenAreas = new Set<string>();
  for (const area of focusAreas) {
    const key = normalizeText(area.name);
    if (seenAreas.has(key)) problems.push(`Fokusområdet «${area.name}» står to ganger.`);
    seenAreas.add(key);
  }

  const successFactors: FrameworkSuccessFactor[] = [];
  if (data.successFactors !== undefined && !Array.isArray(data.successFactors)) {
    problems.push("«successFactors» må være en liste.");
  } else {
    ((data.successFactors as unknown[] | undefined) ?? []).forEach((raw, i) => {
      const where = `Gjennomgående suksessfaktor nr. ${i + 1}`;
      if (!isObject(raw) || !text(raw.name)) {
        problems.push(`${where} mangler «name».`);
        return;
      }
      if (!text(raw.focusArea) || !seenAreas.has(normalizeText(raw.focusArea))) {
        problems.push(`${where} («${raw.name}») må ha «focusArea» lik et av fokusområdene.`);
        return;
      }
      if (!Array.isArray(raw.indicators)) {
        problems.push(`${where} («${raw.name}») må ha «indicators», en liste med indikatorer.`);
        return;
      }
      const indicators: FrameworkIndicator[] = [];
      raw.indicators.forEach((ind, j) => {
        if (!isObject(ind) || !text(ind.name)) {
          problems.push(`${where} («${raw.name}»): indikator nr. ${j + 1} mangler «name».`);
          return;
        }
        indicators.push({
          name: ind.name.trim(),
          ...(text(ind.method) ? { method: ind.method.trim() } : {}),
          ...(text(ind.requirement) ? { requirement: ind.requirement.trim() } : {}),
        });
      });
      successFactors.push({ name: raw.name.trim(), focusArea: (raw.focusArea as string).trim(), indicators });
    });
  }

  const lowerIsBetterTerms = optionalTexts(data.lowerIsBetterTerms, "«lowerIsBetterTerms»");
  if (problems.length > 0) throw new FrameworkError(problems);
  return { name, focusAreas, successFactors, ...(lowerIsBetterTerms ? { lowerIsBetterTerms } : {}) };
}
