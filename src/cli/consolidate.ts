// `malekort consolidate`: every rammeområde's workbook into one overview workbook. Inputs are only
// read; one broken file is listed under Problemer and the rest are still consolidated.

import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { municipalitySentence, type Overview } from "../domain/consolidate";
import type { Framework } from "../domain/framework";
import type { Status } from "../domain/model";
import { overviewWorkbook } from "../files/workbook-jobs";
import { periodKeyLabel } from "../workbook/canonical";
import { UsageError } from "./args";
import { checkFile, type CheckedFile } from "./check-files";
import { writeFileAtomic } from "./output-file";
import { paint, STATUS_COLOUR, type Output } from "./terminal";

/** The .xlsx files named, with folders searched recursively; Excel's "~$" lock files are skipped. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, "nb"));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) files.push(path);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path);
    else files.push(path); // a missing or odd file is reported by the reader, with the others still read
  }
  return [...new Set(files)];
}

function overviewJson(overview: Overview, output: string): string {
  return (
    JSON.stringify(
      {
        output,
        summary: municipalitySentence(overview.totals),
        totals: overview.totals,
        areas: overview.areas.map((a) => ({
          area: a.area,
          areaSource: a.areaSource,
          files: a.files,
          period: a.period,
          counts: a.counts,
          byFocusArea: a.byFocusArea,
          indicators: a.indicators.map((i) => ({
            focusArea: i.indicator.focusArea,
            successFactor: i.indicator.successFactor,
            name: i.indicator.name,
            requirement: i.indicator.requirement,
            period: i.period,
            value: i.value,
            status: i.status,
            change: i.change,
            source: { file: i.file, sheet: i.sheet, row: i.indicator.row },
          })),
        })),
        problems: overview.problems,
      },
      null,
      2,
    ) + "\n"
  );
}

const SHORT: [Status, string][] = [
  ["desired", "Ønsket"],
  ["acceptable", "Aksept."],
  ["unacceptable", "Uakspt."],
  ["missing", "Mangler"],
  ["unrated", "Ikke vurd."],
];

function overviewText(out: Output, overview: Overview, output: string): string {
  const width = Math.max(12, ...overview.areas.map((a) => a.area.length)) + 2;
  const lines = [
    paint(out, "bold", municipalitySentence(overview.totals) + "."),
    "",
    `${"Rammeområde".padEnd(width)}${"Periode".padEnd(18)}${SHORT.map(([, h]) => h.padStart(11)).join("")}`,
  ];
  const row = (name: string, period: string, counts: Record<Status, number>) =>
    `${name.padEnd(width)}${period.padEnd(18)}${SHORT.map(([s]) => paint(out, STATUS_COLOUR[s], String(counts[s]).padStart(11))).join("")}`;
  for (const a of overview.areas)
    lines.push(row(a.area, a.period === null ? "–" : periodKeyLabel(a.period), a.counts));
  lines.push(paint(out, "bold", row("Kommunen", "", overview.totals)));
  const errors = overview.problems.filter((p) => p.severity === "error").length;
  const warnings = overview.problems.filter((p) => p.severity === "warning").length;
  lines.push(
    "",
    `Skrev ${output} (Sammendrag, Gjennomgående, Alle indikatorer, Problemer, Statusfordeling).`,
  );
  if (errors + warnings > 0) {
    lines.push(paint(out, "yellow", `${errors} feil og ${warnings} advarsler, se arket «Problemer».`));
    for (const p of overview.problems.filter((p) => p.severity === "error" && p.sheet === null)) {
      lines.push(paint(out, "red", `  ${p.file}: ${p.message}`));
    }
  }
  return lines.join("\n") + "\n";
}

export interface ConsolidateArgs {
  inputs: string[];
  output: string;
  framework: Framework;
  period: string | null;
  json: boolean;
}

export async function runConsolidate(
  args: ConsolidateArgs,
  stdout: Output,
  progress: Output,
): Promise<number> {
  const files = await collectFiles(args.inputs);
  if (files.length === 0) throw new UsageError("Fant ingen .xlsx-filer i mappene som ble oppgitt.");
  const checked: CheckedFile[] = [];
  for (const [i, file] of files.entries()) {
    // A progress line on a terminal only; piped output stays clean.
    if (progress.color) progress.write(`\rLeser ${i + 1}/${files.length}: ${file.slice(-60)}\u001b[K`);
    checked.push(await checkFile(file, args.framework));
  }
  if (progress.color) progress.write("\r\u001b[K");
  const { overview, bytes } = await overviewWorkbook(checked, args.framework, { period: args.period });
  if (bytes === null) {
    progress.write(
      "malekort: ingen av filene hadde et målekort som kunne leses, så ingen oversikt er skrevet.\n",
    );
    for (const p of overview.problems.filter((p) => p.severity !== "info"))
      progress.write(`  ${p.file}: ${p.message}\n`);
    return 1;
  }
  await writeFileAtomic(args.output, bytes);
  stdout.write(args.json ? overviewJson(overview, args.output) : overviewText(stdout, overview, args.output));
  return 0;
}
