// `malekort`: the engine on the command line, for checking, templating and upgrading files without
// Excel, in scripts and in CI.

import { readFile } from "node:fs/promises";
import { frameworkFromFile } from "../app/framework";
import { UserError } from "../app/errors";
import { DEFAULT_FRAMEWORK, FrameworkError, type Framework } from "../domain/framework";
import { WorkbookReadError } from "../files/read-workbook";
import { writeWorkbook } from "../files/write-workbook";
import { nodeZipCodec } from "../files/node-zip-codec";
import { useZipCodec } from "../files/zip-codec";
import { FRAMEWORK_SHEET } from "../workbook/framework-sheet";
import { templateSheets, yearPeriods } from "../workbook/template";
import { upgradeScorecards } from "../workbook/upgrade";
import { parseArgs, UsageError } from "./args";
import { checkFile } from "./check-files";
import { collectFiles, runConsolidate } from "./consolidate";
import { checkNotAnInput, OutputError, writeFileAtomic } from "./output-file";
import { checkJson } from "./report-json";
import { checkText } from "./report-text";
import type { Output } from "./terminal";

// In Node the file host unpacks and packs .xlsx with node:zlib instead of JSZip (see zip-codec.ts).
useZipCodec(nodeZipCodec);

export const USAGE = `Bruk:
  malekort check FIL_ELLER_MAPPE... [--json] [--framework RAMMEVERK]
  malekort template --area NAVN [--framework RAMMEVERK] [--periods 2024,2025,2026] [--protect] -o FIL.xlsx
  malekort template --felles [--framework RAMMEVERK] [--periods ...] -o FIL.xlsx
  malekort upgrade HÅNDLAGET.xlsx [--framework RAMMEVERK] [--protect] -o OPPGRADERT.xlsx
  malekort consolidate FIL_ELLER_MAPPE... -o OVERSIKT.xlsx [--period 2015] [--framework RAMMEVERK] [--json]

Kommandoer:
  check      Leser målekortene, vurderer hvert resultat mot resultatkravet og lister funn med
             celleadresse.
  template   Lager et tomt målekort for et rammeområde (eller felles målekort med --felles) med de
             gjennomgående indikatorene, nedtrekkslister og trafikklys som virker i Excel uten tillegget.
  upgrade    Gjør et håndlaget målekort om til standardoppsettet, med alle tekster, resultater og
             kommentarer, og lister det som måtte tolkes.
  consolidate  Samler alle rammeområdenes målekort i én oversikt (Sammendrag, Gjennomgående, Alle
             indikatorer, Problemer). Mapper leses rekursivt; en fil som ikke kan leses, står under
             Problemer, og resten tas med.

Valg:
  --json                 (check, consolidate) Skriv resultatet som ett JSON-dokument (for andre verktøy).
  --period PERIODE       (consolidate) Perioden alle kort vurderes for, f.eks. 2015 eller 2016-T2.
                         Standard: hvert rammeområdes siste periode med resultater.
  --framework FIL        Kommunens rammeverk: en .json-fil, eller en arbeidsbok med arket «${FRAMEWORK_SHEET}»
                         (f.eks. felles målekort). Uten dette brukes standardrammeverket.
  --periods LISTE        Årene målekortet skal ha kolonner for. Standard: i fjor, i år og neste år.
  --protect              Lås struktur-kolonnene (uten passord); resultater og kommentarer kan fylles inn.
  -o, --output FIL       Filen som skal skrives. Innfiler endres aldri.
  -h, --help             Vis denne hjelpen.

Avslutningskode: 0 når alt ble lest eller skrevet (funn er ikke feil), 1 når en fil ikke kunne leses
eller skrives, 2 ved feil bruk.
`;

export interface CliIO {
  stdout: Output;
  stderr: Output;
}

async function loadFramework(file: string | undefined): Promise<Framework> {
  if (file === undefined) return DEFAULT_FRAMEWORK;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`Fant ikke rammeverksfilen «${file}».`);
  }
  try {
    // The same reading as the pane's «Velg rammeverk …»: JSON, or a workbook's «Rammeverk» sheet.
    return (await frameworkFromFile(file, new Uint8Array(bytes))).framework;
  } catch (err) {
    if (err instanceof UserError) throw new UsageError(err.message);
    if (err instanceof FrameworkError || err instanceof WorkbookReadError)
      throw new UsageError(`«${file}»: ${err.message}`);
    throw err;
  }
}

function parsePeriods(text: string | undefined): number[] {
  if (text === undefined) {
    const year = new Date().getFullYear();
    return [year - 1, year, year + 1];
  }
  const years = text.split(",").map((s) => s.trim());
  if (years.some((y) => !/^(19|20)\d\d$/.test(y))) {
    throw new UsageError(
      `--periods må være årstall skilt med komma, f.eks. --periods 2024,2025,2026 (fikk «${text}»).`,
    );
  }
  return years.map(Number);
}

function output(args: ReturnType<typeof parseArgs>): string {
  const file = args.options.get("o") ?? args.options.get("output");
  if (!file) throw new UsageError("Oppgi filen som skal skrives: -o FIL.xlsx");
  return file;
}

async function runCheck(rest: string[], io: CliIO): Promise<number> {
  const args = parseArgs(rest, ["json"], ["framework"]);
  if (args.positional.length === 0)
    throw new UsageError("Oppgi minst én .xlsx-fil: malekort check kultur.xlsx");
  const framework = await loadFramework(args.options.get("framework"));
  const files = [];
  // One file at a time keeps memory flat for large batches; each file's failure stays its own.
  for (const file of await collectFiles(args.positional)) files.push(await checkFile(file, framework));
  io.stdout.write(args.flags.has("json") ? checkJson(files) : checkText(io.stdout, files));
  return files.some((f) => f.error) ? 1 : 0;
}

async function runTemplate(rest: string[], io: CliIO): Promise<number> {
  const args = parseArgs(rest, ["felles", "protect"], ["area", "framework", "periods", "o", "output"]);
  if (args.positional.length > 0) throw new UsageError(`Ukjent argument «${args.positional[0]}».`);
  const area = args.options.get("area")?.trim() ?? null;
  if (!area && !args.flags.has("felles"))
    throw new UsageError("Oppgi rammeområdet med --area «Kultur», eller --felles for felles målekort.");
  const file = output(args);
  checkNotAnInput(file, []);
  const framework = await loadFramework(args.options.get("framework"));
  const periods = yearPeriods(parsePeriods(args.options.get("periods")));
  const card = area ? { kind: "rammeomrade" as const, area } : { kind: "felles" as const };
  const sheets = templateSheets({ framework, card, periods, protect: args.flags.has("protect") });
  await writeFileAtomic(file, await writeWorkbook(sheets));
  io.stdout.write(
    `Skrev ${file}: ${area ? `målekort for ${area}` : "felles målekort"} med ${framework.successFactors.reduce((n, f) => n + f.indicators.length, 0)} gjennomgående indikatorer og perioder ${periods.map((p) => p.key).join(", ")}.\n`,
  );
  return 0;
}

async function runUpgrade(rest: string[], io: CliIO): Promise<number> {
  const args = parseArgs(rest, ["protect"], ["framework", "o", "output"]);
  if (args.positional.length !== 1)
    throw new UsageError("Oppgi én håndlaget arbeidsbok: malekort upgrade kort.xlsx -o nytt.xlsx");
  const [input] = args.positional;
  const file = output(args);
  checkNotAnInput(file, [input]);
  const framework = await loadFramework(args.options.get("framework"));
  const checked = await checkFile(input, framework);
  if (checked.error) {
    io.stderr.write(`malekort: ${input}: ${checked.error.message}\n`);
    return 1;
  }
  const upgrade = upgradeScorecards(checked.scorecards, framework, { protect: args.flags.has("protect") });
  const cards = upgrade.sheets.length - 1 - (upgrade.interpretations.length > 0 ? 1 : 0);
  if (cards === 0) {
    io.stderr.write(
      `malekort: fant ingen målekort i «${input}» å oppgradere. Sjekk filen med «malekort check».\n`,
    );
    return 1;
  }
  await writeFileAtomic(file, await writeWorkbook(upgrade.sheets));
  const lines = [`Skrev ${file}: ${cards} målekort i standardoppsettet.`];
  if (upgrade.interpretations.length > 0) {
    lines.push(`Tolket (${upgrade.interpretations.length}, også i arket «Tolkninger»):`);
    for (const i of upgrade.interpretations)
      lines.push(`  ${i.sheet}${i.cell ? ` ${i.cell}` : ""}: ${i.message}`);
  }
  io.stdout.write(lines.join("\n") + "\n");
  return 0;
}

async function runConsolidateCommand(rest: string[], io: CliIO): Promise<number> {
  const args = parseArgs(rest, ["json"], ["framework", "period", "o", "output"]);
  if (args.positional.length === 0)
    throw new UsageError(
      "Oppgi filene eller mappen med målekortene: malekort consolidate kort/ -o oversikt.xlsx",
    );
  const file = output(args);
  checkNotAnInput(file, args.positional);
  const period = args.options.get("period") ?? null;
  if (period !== null && !/^(19|20)\d\d(-[TQ][1-4])?$/.test(period)) {
    throw new UsageError(
      `--period må være et år eller en tertial/kvartal som 2015, 2016-T2 eller 2017-Q3 (fikk «${period}»).`,
    );
  }
  const framework = await loadFramework(args.options.get("framework"));
  return runConsolidate(
    { inputs: args.positional, output: file, framework, period, json: args.flags.has("json") },
    io.stdout,
    io.stderr,
  );
}

const COMMANDS: Record<string, (rest: string[], io: CliIO) => Promise<number>> = {
  check: runCheck,
  template: runTemplate,
  upgrade: runUpgrade,
  consolidate: runConsolidateCommand,
};

/** Runs the CLI and returns its exit code; all output goes through `io`, so tests can run it in-process. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Ukjent kommando «${command}».`);
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout.write(USAGE);
      return 0;
    }
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`malekort: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof OutputError) {
      io.stderr.write(`malekort: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

function stream(s: NodeJS.WriteStream): Output {
  return { write: (text) => void s.write(text), color: Boolean(s.isTTY) && !process.env.NO_COLOR };
}

/** Entry point of the installed command (bin/malekort.js). */
export function main(): void {
  runCli(process.argv.slice(2), { stdout: stream(process.stdout), stderr: stream(process.stderr) }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`malekort: uventet feil: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
