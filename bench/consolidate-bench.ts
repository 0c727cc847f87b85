// `npm run bench` (second part): 200 rammeområde workbooks × 60 indicators × 3 periods, consolidated
// by the real command, against merely reading the same files with exceljs, in one run. The lean reader
// the command uses (src/files/read-xlsx-grids.ts) is timed on its own as well. Importing the CLI
// installs its node:zlib zip codec (src/files/zip-codec.ts), so both are timed as the command runs.

import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/main";
import { readWorkbookGrids } from "../src/files/read-workbook";

const AREAS = 200;
const INDICATORS = 60;
const REQUIREMENTS = ["≥ 90 %", "6,0 – 4,6", "0-30", "Maks 5 dager", "Økende", "+/- 2 %", "Innført", "5 %"];

async function card(area: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Målekort");
  sheet.addRow([`Målekort – rammeområde Område ${area}`]);
  sheet.addRow([
    "Fokusområde",
    "Suksessfaktor",
    "Måleindikator",
    "Resultatkrav",
    "2013",
    "2014",
    "2015",
    "Kommentar",
  ]);
  const focus = ["Brukere", "Medarbeidere", "Økonomi", "Læring og fornying"];
  for (let i = 0; i < INDICATORS; i++) {
    const requirement = REQUIREMENTS[(i + area) % REQUIREMENTS.length];
    const percent = requirement.includes("%");
    const value = (k: number) =>
      percent ? ((i * 7 + k * 13 + area) % 100) / 100 : (i * 3 + k * 5 + area) % 40;
    const row = sheet.addRow([
      focus[i % 4],
      `Suksessfaktor ${i % 7}`,
      `Indikator ${i}`,
      requirement,
      value(1),
      value(2),
      value(3),
      "",
    ]);
    if (percent) for (const col of [5, 6, 7]) row.getCell(col).numFmt = "0%";
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "malekort-bench-"));
  const cards = join(dir, "kort");
  mkdirSync(cards);
  for (let a = 0; a < AREAS; a++) writeFileSync(join(cards, `omrade-${a}.xlsx`), await card(a));
  console.log(`\nKonsolidering: ${AREAS} arbeidsbøker × ${INDICATORS} indikatorer × 3 perioder`);

  (globalThis as { gc?: () => void }).gc?.();
  let start = process.hrtime.bigint();
  for (const file of readdirSync(cards))
    await new ExcelJS.Workbook().xlsx.load(readFileSync(join(cards, file)) as unknown as ArrayBuffer);
  const readOnly = seconds(start);

  (globalThis as { gc?: () => void }).gc?.();
  start = process.hrtime.bigint();
  for (const file of readdirSync(cards))
    await readWorkbookGrids(new Uint8Array(readFileSync(join(cards, file))));
  const leanRead = seconds(start);

  (globalThis as { gc?: () => void }).gc?.();
  const quiet = { write: () => undefined, color: false };
  start = process.hrtime.bigint();
  const code = await runCli(["consolidate", cards, "-o", join(dir, "oversikt.xlsx")], {
    stdout: quiet,
    stderr: quiet,
  });
  const consolidated = seconds(start);
  if (code !== 0) throw new Error(`consolidate exited ${code}`);

  console.log(`exceljs leser filene:          ${readOnly.toFixed(2)} s`);
  console.log(
    `malekorts egen leser:          ${leanRead.toFixed(2)} s  (${(leanRead / readOnly).toFixed(2)} × exceljs)`,
  );
  console.log(
    `malekort consolidate:          ${consolidated.toFixed(2)} s  (${(consolidated / readOnly).toFixed(2)} × bare lesing)`,
  );
  console.log(`Høyeste minnebruk (maxRSS):    ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
