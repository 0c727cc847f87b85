// `malekort`: the engine on the command line, for checking files without Excel, in scripts and in CI.

import { readFile } from "node:fs/promises";
import { DEFAULT_FRAMEWORK, FrameworkError, parseFramework, type Framework } from "../domain/framework";
import { checkFile } from "./check-files";
import { checkJson } from "./report-json";
import { checkText } from "./report-text";
import type { Output } from "./terminal";

export const USAGE = `Bruk: malekort check FIL.xlsx... [--json] [--framework RAMMEVERK.json]

Kommandoer:
  check     Leser målekortene i arbeidsbøkene, vurderer hvert resultat mot resultatkravet
            og lister funn med celleadresse. Filene endres aldri.

Valg:
  --json                 Skriv resultatet som ett JSON-dokument (for andre verktøy).
  --framework FIL.json   Kommunens rammeverk (fokusområder, hovedmål, gjennomgående indikatorer).
                         Uten dette brukes standardrammeverket med seks fokusområder.
  -h, --help             Vis denne hjelpen.

Avslutningskode: 0 når alle filene ble lest (funn er ikke feil), 1 når en fil ikke kunne leses,
2 ved feil bruk.
`;

export interface CliIO {
  stdout: Output;
  stderr: Output;
}

class UsageError extends Error {}

interface CheckArgs {
  files: string[];
  json: boolean;
  framework: string | null;
}

function parseCheckArgs(args: string[]): CheckArgs {
  const parsed: CheckArgs = { files: [], json: false, framework: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") parsed.json = true;
    else if (arg === "--framework" || arg.startsWith("--framework=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (!value) throw new UsageError("--framework trenger en fil: --framework rammeverk.json");
      parsed.framework = value;
    } else if (arg === "--") {
      parsed.files.push(...args.slice(i + 1)); // everything after "--" is a file, even "-x.xlsx"
      break;
    } else if (arg.startsWith("-")) throw new UsageError(`Ukjent valg «${arg}».`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) throw new UsageError("Oppgi minst én .xlsx-fil: malekort check kultur.xlsx");
  return parsed;
}

async function loadFramework(file: string | null): Promise<Framework> {
  if (file === null) return DEFAULT_FRAMEWORK;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UsageError(`Fant ikke rammeverksfilen «${file}».`);
  }
  try {
    return parseFramework(JSON.parse(text));
  } catch (err) {
    if (err instanceof FrameworkError) throw new UsageError(`«${file}»: ${err.message}`);
    throw new UsageError(`«${file}» er ikke gyldig JSON (${(err as Error).message}).`);
  }
}

/** Runs the CLI and returns its exit code; all output goes through `io`, so tests can run it in-process. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command !== "check") throw new UsageError(`Ukjent kommando «${command}».`);
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout.write(USAGE);
      return 0;
    }
    const args = parseCheckArgs(rest);
    const framework = await loadFramework(args.framework);
    const files = [];
    // One file at a time keeps memory flat for large batches; each file's failure stays its own.
    for (const file of args.files) files.push(await checkFile(file, framework));
    io.stdout.write(args.json ? checkJson(files) : checkText(io.stdout, files));
    return files.some((f) => f.error) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`malekort: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

function output(stream: NodeJS.WriteStream): Output {
  return {
    write: (text) => void stream.write(text),
    color: Boolean(stream.isTTY) && !process.env.NO_COLOR,
  };
}

/** Entry point of the installed command (bin/malekort.js). */
export function main(): void {
  runCli(process.argv.slice(2), { stdout: output(process.stdout), stderr: output(process.stderr) }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`malekort: uventet feil: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
