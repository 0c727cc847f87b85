// `npm run bench`: reads and judges a generated card of 10 000 indicator rows and compares the
// engine's share with the time exceljs alone takes to read the same file, all in one run.

import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../src/files/read-workbook";
import { readScorecard } from "../src/workbook/read-scorecard";

const ROWS = 10_000;
/** Every notation, with limits that vary by row (277 distinct texts in 10 000 rows, as a large card repeats some). */
const REQUIREMENTS: ((n: number) => string)[] = [
  (n) => `≥ ${50 + (n % 50)} %`,
  (n) => `${6 + (n % 3)},0 – 4,${n % 10}`,
  (n) => `0-${20 + (n % 100)}`,
  (n) => `Maks ${1 + (n % 30)} dager`,
  () => "Økende",
  (n) => `+/- ${1 + (n % 5)} %`,
  () => "Innført",
  (n) => `${1 + (n % 20)} %`,
  (n) => `100-${60 + (n % 40)} %`,
];

async function generateCard(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stort kort");
  sheet.addRow(["Unikt målekort – rammeområde Benk – fokusområde brukere"]);
  sheet.addRow([
    "Suksessfaktor",
    "Måleindikator",
    "Målemetode",
    "Resultatkrav",
    "Resultat 2014",
    "Resultat 2015",
    "Resultat 2016",
    "Kommentar",
  ]);
  for (let i = 0; i < ROWS; i++) {
    const requirement = REQUIREMENTS[i % REQUIREMENTS.length](Math.floor(i / 9));
    const percent = requirement.includes("%");
    const value = (k: number) => (percent ? ((i * 7 + k * 13) % 100) / 100 : (i * 3 + k * 5) % 40);
    const row = sheet.addRow([
      i % 5 === 0 ? `Suksessfaktor ${i / 5}` : "",
      `Indikator ${i}`,
      "Kilde",
      requirement,
      value(1),
      value(2),
      i % 11 === 0 ? "Ikke målt" : value(3),
      "",
    ]);
    // Percent results sit in percent-formatted cells, as Excel stores them when a leader types "85 %".
    if (percent) for (const col of [5, 6, 7]) row.getCell(col).numFmt = "0%";
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Collects garbage between samples (node --expose-gc), so one phase's garbage is not billed to the next. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function median(times: number, task: () => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    collectGarbage();
    samples.push(await task());
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function main(): Promise<void> {
  const bytes = await generateCard();
  console.log(`Kort: ${ROWS} indikatorer, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`);

  const exceljsOnly = await median(3, async () => {
    const start = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    return ms(start);
  });
  const hostRead = await median(3, async () => {
    const start = process.hrtime.bigint();
    await readWorkbookGrids(bytes);
    return ms(start);
  });
  const { sheets } = await readWorkbookGrids(bytes);
  let indicators = 0;
  const engine = await median(5, async () => {
    const start = process.hrtime.bigint();
    indicators = readScorecard(sheets[0]).indicators.length;
    return ms(start);
  });

  console.log(`exceljs leser filen:              ${exceljsOnly.toFixed(0)} ms`);
  console.log(
    `filvert (egen leser, rutenett):  ${hostRead.toFixed(0)} ms  (${(hostRead / exceljsOnly).toFixed(2)} × exceljs)`,
  );
  console.log(
    `motoren leser og vurderer kortet: ${engine.toFixed(0)} ms  (${(engine / exceljsOnly).toFixed(2)} × exceljs, ${indicators} indikatorer)`,
  );
  console.log(`Minne (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
