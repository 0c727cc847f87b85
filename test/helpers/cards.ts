// Målekort sheets in the layouts real municipalities publish, as plain rows, so a test can feed
// them to the reader directly (as a grid) or through a real .xlsx file written with exceljs.

import type { MergedRange, SheetGrid } from "../../src/workbook/grid";
import { parseAddress } from "../../src/workbook/grid";

export interface CardSpec {
  name: string;
  rows: unknown[][];
  /** Merged areas in A1 notation, e.g. "A5:A7". */
  merges?: string[];
  /** Number formats by cell, e.g. { E7: "0%" }. */
  formats?: Record<string, string>;
}

function range(ref: string): MergedRange {
  const [from, to] = ref.split(":");
  const a = parseAddress(from)!;
  const b = parseAddress(to ?? from)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** The grid a host would produce for the spec (merged cells other than the top-left are empty, as in Excel). */
export function gridFrom(spec: CardSpec): SheetGrid {
  const merges = (spec.merges ?? []).map(range);
  const values = spec.rows.map((row) =>
    row.map((v) => (v === undefined || v === "" ? null : v)),
  ) as SheetGrid["values"];
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) if (values[r]) values[r][c] = null;
  }
  const numberFormats: (string | null)[][] = [];
  for (const [ref, format] of Object.entries(spec.formats ?? {})) {
    const { row, col } = parseAddress(ref)!;
    (numberFormats[row] ??= [])[col] = format;
  }
  return { name: spec.name, values, numberFormats, merges };
}

const GOAL_BRUKERE = "Gode tjenester med fokus på kvalitet, tilgjengelighet og brukermedvirkning";

/** Kristiansund: title rows, legend, one Resultatkrav column before the results, merged success factors. */
export const KRISTIANSUND: CardSpec = {
  name: "Kultur",
  rows: [
    ["Unikt målekort – rammeområde kultur – fokusområde brukere"],
    [`Hovedmål – ${GOAL_BRUKERE}`],
    ["Resultatgrense:", "Ønsket resultat", "Akseptabelt resultat", "Uakseptabelt resultat"],
    [
      "Suksessfaktor",
      "Måleindikator",
      "Målemetode",
      "Resultat-\nkrav",
      "Resultat 2013",
      "Resultat 2014",
      "Resultat 2015",
      "Kommentar / tiltak",
    ],
    [
      "Fornøyde brukere",
      "Brukertilfredshet bibliotek",
      "bedrekommune.no, skala 1–6",
      "6,0 – 4,6",
      4.8,
      5.1,
      6.2,
      "",
    ],
    ["", "Utlån per innbygger", "KOSTRA", "≥ 5", 4, 5, "Ikke målt", ""],
    ["", "Søknader behandlet innen frist", "Sak/arkiv", "100-85 %", 0.9, 0.8, "87 % 20 av 23", "Nytt system"],
    ["Trygge arrangementer", "Antall avvik", "Avvikssystemet", "0-30", 12, 35, 30, "Tiltak satt inn"],
    ["", "Besøk i kulturskolen", "Elevtall", "Økende", 100, 120, 110, ""],
    ["", "Sykefravær", "Lønns- og personalsystemet", "5 %", 0.06, 0.05, 0.04, ""],
    [],
    ["Unikt målekort – rammeområde kultur – fokusområde medarbeidere"],
    ["Hovedmål – Motiverte og kompetente medarbeidere"],
    [
      "Suksessfaktor",
      "Måleindikator",
      "Målemetode",
      "Resultatkrav 1)",
      "Resultat 2013",
      "Resultat 2014",
      "Resultat 2015",
    ],
    ["Godt arbeidsmiljø", "Medarbeidertilfredshet", "10-faktor, skala 1–5", "≥ 4,2", 4.1, 4.3, "-"],
    [],
    ["1) Resultatkravene er vedtatt i handlingsprogrammet."],
  ],
  merges: ["A1:H1", "A2:H2", "A5:A7"],
  formats: { E7: "0%", F7: "0%", E10: "0.0%", F10: "0.0%", G10: "0.0%" },
};

/** Asker: three band columns, "Sentrale utfordringer" and "Måleindikatorer", results by year. */
export const ASKER: CardSpec = {
  name: "Barnehager",
  rows: [
    ["Målekart 2016–2019 – tjenesteområde barnehager"],
    [],
    [
      "Fokusområde",
      "Sentrale utfordringer",
      "Måleindikatorer",
      "Ønsket resultat",
      "Laveste aksepterte resultat",
      "Ikke godkjent resultat",
      "2015",
      "2016",
    ],
    [
      "Brukere",
      "Tilfredse foreldre",
      "Foreldretilfredshet (skala 1–6)",
      "> 5",
      "4,5 - 5",
      "< 4,5",
      5.2,
      4.74,
    ],
    ["Brukere", "", "Andel barn med plass innen frist", "> 95 %", "90 - 95 %", "< 90 %", 0.97, 0.934],
    ["Medarbeidere", "Nærvær", "Sykefravær", "< 6 %", "6 - 8 %", "> 8 %", 0.071, 0.09],
  ],
  merges: ["A1:H1"],
  formats: { G5: "0.0%", H5: "0.0%", G6: "0.0%", H6: "0.0%" },
};

/** Løten: the requirement after the results ("Mål 2015"), section rows, no success-factor column. */
export const LOTEN: CardSpec = {
  name: "Renhold",
  rows: [
    ["Målekort for renholdsseksjonen – virksomhet Eiendom"],
    ["Måleindikator", "Målemetode", "Resultat 2013", "Resultat 2014", "Mål 2015"],
    ["Felles indikatorer:"],
    ["Sykefravær", "Lønnssystemet", 0.082, 0.071, "Maks 7 %"],
    ["Medarbeidertilfredshet", "10-faktor", 4.1, "Ikke tilgjengelig", "Minst 4,2"],
    ["Virksomhetens egne indikatorer:"],
    ["Renholdskvalitet (INSTA 800)", "Kontroll", "Godkjent", "Godkjent", "Godkjent"],
    ["Reklamasjoner per måned", "Avvikssystemet", 3, 2, "Under 2"],
  ],
  formats: { C4: "0.0%", D4: "0.0%" },
};
