// Consolidation: every rammeområde's cards into one overview model — counts per focus area, the
// gjennomgående indicators side by side, every indicator with its source, and every problem.
// Pure: the hosts read the files and write the overview.

import { changeBetween, type Change } from "./change";
import { findFocusArea, sharedIndicators, type Framework } from "./framework";
import type { Finding, Indicator, Scorecard, Status } from "./model";
import { countStatuses, emptyCounts, type StatusCounts } from "./rollup";
import { normalizeText } from "./text";

/** One input file as a host read it. */
export interface SourceFile {
  /** The path or name as the user gave it. */
  file: string;
  error: { code: string; message: string } | null;
  scorecards: Scorecard[];
}

export interface OverviewIndicator {
  indicator: Indicator;
  /** Where it came from, so a controller can go back to it. */
  file: string;
  sheet: string;
  /** The period judged for this rammeområde, and the status and value there. */
  period: string | null;
  status: Status;
  value: number | string | null;
  change: Change | null;
}

export interface AreaOverview {
  area: string;
  /** How the rammeområde was identified: the card's title, or the file name as the last resort. */
  areaSource: "title" | "file";
  files: string[];
  period: string | null;
  counts: StatusCounts;
  /** Counts per focus area name (framework names where the card's focus area is known). */
  byFocusArea: Record<string, StatusCounts>;
  indicators: OverviewIndicator[];
}

export interface SharedRow {
  successFactor: string;
  focusArea: string;
  indicator: string;
  /** Per rammeområde: its result for the indicator, or null when its card lacks the indicator. */
  byArea: Record<string, OverviewIndicator | null>;
}

export interface Problem {
  file: string;
  sheet: string | null;
  severity: Finding["severity"];
  code: string;
  message: string;
  cell: string | null;
}

export interface Overview {
  areas: AreaOverview[];
  focusAreas: string[];
  totals: StatusCounts;
  shared: SharedRow[];
  problems: Problem[];
  /** The period asked for, or null when each rammeområde's latest period with results is used. */
  chosenPeriod: string | null;
}

export interface ConsolidateOptions {
  /** A period key ("2015", "2016-T2") to judge every card by; default: each area's latest with results. */
  period?: string | null;
}

/** "kultur.xlsx" → "Kultur": a file name, as the last resort for naming a rammeområde. */
export function areaFromFileName(file: string): string {
  const base = file
    .replace(/^.*[/\\]/, "")
    .replace(/\.xlsx$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();
  const name = base.replace(/^m[åa]lekort\s+/i, "").trim() || base;
  return name.charAt(0).toLocaleUpperCase("nb") + name.slice(1);
}

function latestPeriodWithResults(indicators: Indicator[]): string | null {
  let latest: string | null = null;
  for (const ind of indicators) {
    for (const r of ind.results)
      if (r.status !== "missing" && (latest === null || r.period > latest)) latest = r.period;
  }
  return latest;
}

function judged(ind: Indicator, file: string, sheet: string, period: string | null): OverviewIndicator {
  // Endring compares with the period before in time, whatever the order of the card's columns.
  const ordered = [...ind.results].sort((a, b) => (a.period < b.period ? -1 : 1));
  const index = ordered.findIndex((r) => r.period === period);
  const result = index >= 0 ? ordered[index] : undefined;
  const before = index > 0 ? ordered[index - 1] : undefined;
  return {
    indicator: ind,
    file,
    sheet,
    period,
    status: result?.status ?? "missing",
    value: result?.value ?? null,
    change: result && before ? changeBetween(ind.rule, result.value, before.value) : null,
  };
}

export function consolidate(
  files: SourceFile[],
  framework: Framework,
  options: ConsolidateOptions = {},
): Overview {
  const problems: Problem[] = [];
  const groups = new Map<
    string,
    { area: string; areaSource: AreaOverview["areaSource"]; parts: { file: string; card: Scorecard }[] }
  >();

  for (const source of files) {
    if (source.error) {
      problems.push({
        file: source.file,
        sheet: null,
        severity: "error",
        code: source.error.code,
        message: source.error.message,
        cell: null,
      });
      continue;
    }
    const cards = source.scorecards.filter((c) => c.found && c.indicators.length > 0);
    for (const card of source.scorecards) {
      for (const f of card.findings) {
        if (f.code === "framework-sheet") continue;
        problems.push({ file: source.file, sheet: card.sheet, ...f });
      }
    }
    if (cards.length === 0) {
      problems.push({
        file: source.file,
        sheet: null,
        severity: "warning",
        code: "no-scorecard-in-file",
        message:
          "Fant ingen målekort i filen, så den er ikke med i oversikten. Sjekk at målekortet har en overskriftsrad med «Måleindikator».",
        cell: null,
      });
      continue;
    }
    for (const card of cards) {
      const fromTitle = card.area ?? source.scorecards.find((c) => c.area)?.area ?? null;
      const area = fromTitle ?? areaFromFileName(source.file);
      if (!fromTitle) {
        problems.push({
          file: source.file,
          sheet: card.sheet,
          severity: "info",
          code: "area-from-file-name",
          message: `Målekortet sier ikke hvilket rammeområde det gjelder, så navnet «${area}» er tatt fra filnavnet. Skriv «Målekort – rammeområde ${area}» i tittelraden.`,
          cell: null,
        });
      }
      const key = normalizeText(area);
      if (!groups.has(key)) groups.set(key, { area, areaSource: fromTitle ? "title" : "file", parts: [] });
      groups.get(key)!.parts.push({ file: source.file, card });
    }
  }

  const focusAreas = framework.focusAreas.map((a) => a.name);
  const areas: AreaOverview[] = [];
  for (const { area, areaSource, parts } of groups.values()) {
    const areaFiles = [...new Set(parts.map((p) => p.file))];
    if (areaFiles.length > 1) {
      // Usually a copy left in the folder: counting both would count the area twice.
      problems.push({
        file: areaFiles[1],
        sheet: null,
        severity: "warning",
        code: "area-in-several-files",
        message: `Rammeområdet «${area}» finnes i ${areaFiles.length} filer (${areaFiles.join(", ")}), og indikatorene fra alle er tatt med. Fjern kopiene fra mappen hvis det er samme målekort.`,
        cell: null,
      });
    }
    const all = parts.flatMap((p) => p.card.indicators);
    const period = options.period ?? latestPeriodWithResults(all);
    const indicators = parts.flatMap(({ file, card }) =>
      card.indicators.map((ind) => judged(ind, file, card.sheet, period)),
    );
    const byFocusArea: Record<string, StatusCounts> = {};
    for (const item of indicators) {
      const name =
        findFocusArea(framework, item.indicator.focusArea)?.name ??
        item.indicator.focusArea ??
        "Uten fokusområde";
      if (!focusAreas.includes(name)) focusAreas.push(name);
      (byFocusArea[name] ??= emptyCounts())[item.status]++;
    }
    areas.push({
      area,
      areaSource,
      files: areaFiles,
      period,
      counts: countStatuses(all, period),
      byFocusArea,
      indicators,
    });
  }
  areas.sort((a, b) => a.area.localeCompare(b.area, "nb"));

  const totals = emptyCounts();
  for (const a of areas) for (const s of Object.keys(totals) as Status[]) totals[s] += a.counts[s];

  const shared: SharedRow[] = sharedIndicators(framework).map(({ successFactor, indicator }) => ({
    successFactor: successFactor.name,
    focusArea: successFactor.focusArea,
    indicator: indicator.name,
    byArea: Object.fromEntries(
      areas.map((a) => [
        a.area,
        a.indicators.find((i) => normalizeText(i.indicator.name) === normalizeText(indicator.name)) ?? null,
      ]),
    ),
  }));

  return { areas, focusAreas, totals, shared, problems, chosenPeriod: options.period ?? null };
}

/** "43 av 79 indikatorer oppnådde ønsket resultat" */
export function municipalitySentence(totals: StatusCounts): string {
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  return `${totals.desired} av ${all} indikatorer oppnådde ønsket resultat`;
}
