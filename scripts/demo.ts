// `npm run demo`: the product's main job on example data. Writes målekort workbooks for eight
// rammeområder in the layouts municipalities really use (hand-made cards with title rows, three-band
// cards, requirement-after-results cards, filled templates, one without a title), plus a broken file,
// a file that is no workbook and an Excel lock file; then consolidates the folder with the real CLI.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseFramework } from "../src/domain/framework";
import { writeWorkbook } from "../src/files/write-workbook";
import { templateSheets, yearPeriods } from "../src/workbook/template";
import { ASKER, KRISTIANSUND, LOTEN, type CardSpec } from "../test/helpers/cards";
import { cardsToXlsx } from "../test/helpers/cards-xlsx";
import { editWorkbook, type Edits } from "../test/helpers/fill-template";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "demo-output");
const CARDS = join(OUT, "kort");
const framework = parseFramework(JSON.parse(readFileSync(join(ROOT, "examples", "rammeverk.json"), "utf8")));

/** A hand-made card by tertials, "Målkrav" and "Måleindikatorer" headers, merged success factors. */
const HELSE: CardSpec = {
  name: "Målekort",
  rows: [
    ["Målekort 2016 – tjenesteområde Helse og omsorg"],
    [
      "Fokusområde",
      "Suksessfaktor",
      "Måleindikatorer",
      "Målkrav",
      "T1 2016",
      "T2 2016",
      "T3 2016",
      "Kommentar",
    ],
    ["Brukere", "Trygge tjenester", "Ventetid sykehjemsplass, dager", "Maks 30 dager", 34, 28, 21, ""],
    ["Brukere", "", "Avvik i legemiddelhåndtering", "0-5", 7, 4, 2, "Ny rutine fra mai"],
    ["Brukere", "", "Brukertilfredshet", "5,0 – 4,5", "Ikke målt", 4.6, 5.1, ""],
    ["Medarbeidere", "Godt arbeidsmiljø", "Sykefravær", "≤ 8 %", 0.094, 0.088, 0.079, "Tett oppfølging"],
    ["Medarbeidere", "", "Medarbeidertilfredshet", "4,2 – 3,8", 3.9, 4.1, 4.3, ""],
    ["Økonomi", "Økonomisk balanse", "Avvik fra budsjett", "+/- 1 %", -0.021, -0.012, -0.006, ""],
  ],
  merges: ["A1:H1", "B3:B5", "B6:B7"],
  formats: { E6: "0.0%", F6: "0.0%", G6: "0.0%", E8: "0.0%", F8: "0.0%", G8: "0.0%" },
};

/** A card without a title row: the rammeområde comes from the file name, and the overview says so. */
const NAV: CardSpec = {
  name: "Ark1",
  rows: [
    ["Fokusområde", "Suksessfaktor", "Måleindikator", "Resultatkrav", "2014", "2015"],
    ["Brukere", "Rask avklaring", "Saksbehandlingstid, dager", "Under 20 dager", 24, 19],
    ["Brukere", "Rask avklaring", "Andel i arbeid etter tiltak", "≥ 50 %", 0.46, 0.53],
    ["Medarbeidere", "Godt arbeidsmiljø", "Sykefravær", "Maks 6 %", 0.058, "7,1 %"],
    ["Økonomi", "Økonomisk balanse", "Avvik fra budsjett", "+/- 1 %", 0.004, "I arbeid"],
  ],
  formats: { E3: "0%", F3: "0%", E4: "0.0%", E5: "0.0%" },
};

async function filledTemplate(area: string, edits: Edits): Promise<Uint8Array> {
  const template = await writeWorkbook(
    templateSheets({
      framework,
      card: { kind: "rammeomrade", area },
      periods: yearPeriods([2013, 2014, 2015]),
      blankRows: 10,
    }),
  );
  return editWorkbook(template, "Målekort", edits);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(CARDS, "sektor-oppvekst"), { recursive: true });
  const write = (name: string, bytes: Uint8Array | string) => writeFileSync(join(CARDS, name), bytes);

  write("kultur.xlsx", await cardsToXlsx([KRISTIANSUND]));
  write("sektor-oppvekst/barnehager.xlsx", await cardsToXlsx([ASKER]));
  write("renhold.xlsx", await cardsToXlsx([LOTEN]));
  write("helse-og-omsorg.xlsx", await cardsToXlsx([HELSE]));
  write("NAV.xlsx", await cardsToXlsx([NAV]));
  write(
    "sektor-oppvekst/grunnskoler.xlsx",
    await filledTemplate("Grunnskoler", {
      K5: { value: 0.071, numFmt: "0.0%" },
      L5: { value: 0.064, numFmt: "0.0%" },
      M5: { value: 0.059, numFmt: "0.0%" },
      K6: 4.0,
      L6: 4.1,
      M6: 4.3,
      K7: { value: 0.008, numFmt: "0.0%" },
      L7: { value: -0.015, numFmt: "0.0%" },
      M7: { value: 0.002, numFmt: "0.0%" },
      K8: 4.4,
      L8: 4.6,
      M8: 4.8,
      A9: "Brukere",
      C9: "Læringsmiljø",
      D9: "Unik",
      E9: "Mobbing, andel elever",
      G9: "Maks 3 %",
      H9: "Lavere er bedre",
      I9: { value: 0.03, numFmt: "0.0%" },
      J9: { value: 0.05, numFmt: "0.0%" },
      K9: { value: 0.062, numFmt: "0.0%" },
      L9: { value: 0.041, numFmt: "0.0%" },
      M9: { value: 0.029, numFmt: "0.0%" },
      A10: "Brukere",
      C10: "Læringsmiljø",
      D10: "Unik",
      E10: "Nasjonale prøver, 5. trinn",
      G10: "Økende",
      H10: "Økende",
      K10: 49,
      L10: 50,
      M10: 50,
    }),
  );
  write(
    "sentraladministrasjon.xlsx",
    await filledTemplate("Sentraladministrasjon", {
      K5: { value: 0.052, numFmt: "0.0%" },
      L5: { value: 0.049, numFmt: "0.0%" },
      M5: "Ikke målt",
      K6: 4.4,
      L6: 4.3,
      M6: 4.2,
      K7: { value: 0.003, numFmt: "0.0%" },
      L7: { value: 0.004, numFmt: "0.0%" },
      M7: { value: 0.012, numFmt: "0.0%" },
      K8: 5.2,
      L8: 5.0,
      M8: 4.9,
    }),
  );
  // What a real shared folder also holds: a half-copied workbook, a file that is no workbook, a lock file.
  const whole = await cardsToXlsx([KRISTIANSUND]);
  write("teknisk-drift.xlsx", whole.slice(0, Math.floor(whole.length / 2)));
  write("budsjettnotat.xlsx", "Dette er et notat, lagret med feil filendelse.\n");
  write("~$kultur.xlsx", "Excel's lock file while kultur.xlsx is open");

  console.log(`Eksempelfiler i ${CARDS}; konsoliderer med malekort:\n`);
  execFileSync(
    process.execPath,
    [
      join(ROOT, "bin", "malekort.js"),
      "consolidate",
      CARDS,
      "-o",
      join(OUT, "oversikt.xlsx"),
      "--framework",
      join(ROOT, "examples", "rammeverk.json"),
    ],
    { stdio: "inherit" },
  );
  console.log(
    "\nDet samme i Excel: `npm start`, og last inn manifest.xml som tillegg (se README). " +
      "Uten Excel: åpne https://localhost:3000/taskpane.html og velg filene i demo-output/kort/ under «Konsolider».",
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
