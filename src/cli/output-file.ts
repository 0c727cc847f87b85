// Writing an output workbook so that a crash never leaves a half-written file, and an input is never
// overwritten: the bytes go to a temporary file beside the target, which is then renamed.

import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./args";

/** The output could not be written: the run failed (exit 1), but the usage was right. */
export class OutputError extends Error {}

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    throw new OutputError(
      `Kan ikke skrive «${path}» (${code ?? (err as Error).message}). Sjekk at mappen finnes og at filen ikke er åpen i Excel.`,
    );
  }
}

/** Refuses an output path that is one of the inputs: inputs are never changed. */
export function checkNotAnInput(output: string, inputs: string[]): void {
  if (inputs.some((input) => resolve(input) === resolve(output))) {
    throw new UsageError(
      `Utfilen «${output}» er den samme som en innfil. Velg et annet navn; innfilene endres aldri.`,
    );
  }
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`Utfilen «${output}» må slutte på .xlsx.`);
}
