// Consolidation: cards in every layout into one overview; broken and odd files reported, nothing else
// lost; the overview read back by exceljs and by an independent reader (openpyxl).

import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { areaFromFileName, consolidate } from "../../src/domain/consolidate";
import { parseFramework } from "../../src/domain/framework";
import { writeWorkbook } from "../../src/files/write-workbook";
import { readScorecard } from "../../src/workbook/read-scorecard";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { ASKER, gridFrom, KRISTIANSUND, LOTEN, type CardSpec } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { editWorkbook, KULTUR_RESULTS } from "../helpers/fill-template";
import { openpyxlAvailable, readWithOpenpyxl } from "../helpers/openpyxl";
import { cli } from "../helpers/run-cli";

const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));
const INJECTED = ['=HYPERLINK("http://x","klikk")', "+SUM(1,2)", "-2+3", "@cmd"];

/** A hand-made card without a title whose texts look like formulas. */
const NAV: CardSpec = {
  name: "Ark1",
  rows: [
    ["Fokusområde", "Suksessfaktor", "Måleindikator", "Resultatkrav", "2015", "Kommentar"],
    ["Brukere", "Service", "Svartid, dager", "Maks 5", 4, INJECTED[0]],
    ["Brukere", "Service", INJECTED[1], "Maks 5", 6, INJECTED[2]],
    ["Brukere", "Service", "Klager", "Maks 5", 2, INJECTED[3]],
  ],
};

describe("the overview model", () => {
  const cards = (spec: CardSpec) => [readScorecard(gridFrom(spec), framework)];
  const overview = consolidate(
    [
      { file: "kultur.xlsx", error: null, scorecards: cards(KRISTIANSUND) },
      { file: "barnehager.xlsx", error: null, scorecards: cards(ASKER) },
      { file: "renhold.xlsx", error: null, scorecards: cards(LOTEN) },
      { file: "nav.xlsx", error: null, scorecards: cards(NAV) },
      {
        file: "teknisk.xlsx",
        error: { code: "damaged", message: "Arbeidsboken er skadet." },
        scorecards: [],
      },
    ],
    framework,
  );

  it("has one row per rammeområde with its latest period and counts", () => {
    expect(overview.areas.map((a) => [a.area, a.areaSource, a.period])).toEqual([
      ["Barnehager", "title", "2016"],
      ["Eiendom", "title", "2014"],
      ["Kultur", "title", "2015"],
      ["Nav", "file", "2015"],
    ]);
    const kultur = overview.areas.find((a) => a.area === "Kultur")!;
    expect(kultur.counts).toEqual({ desired: 2, acceptable: 2, unacceptable: 1, missing: 2, unrated: 0 });
    expect(kultur.byFocusArea.Brukere).toEqual({
      desired: 2,
      acceptable: 2,
      unacceptable: 1,
      missing: 1,
      unrated: 0,
    });
    expect(
      overview.totals.desired +
        overview.totals.acceptable +
        overview.totals.unacceptable +
        overview.totals.missing +
        overview.totals.unrated,
    ).toBe(7 + 3 + 4 + 3);
  });

  it("shows the gjennomgående indicators side by side, and where a card lacks one", () => {
    const sick = overview.shared.find((s) => s.indicator === "Sykefravær")!;
    expect(sick.byArea.Kultur?.status).toBe("desired");
    expect(sick.byArea.Barnehager?.status).toBe("unacceptable");
    expect(sick.byArea.Nav).toBeNull();
  });

  it("lists the broken file and the file-name guess among the problems", () => {
    expect(overview.problems).toContainEqual(
      expect.objectContaining({ file: "teknisk.xlsx", code: "damaged", severity: "error" }),
    );
    expect(overview.problems).toContainEqual(
      expect.objectContaining({ file: "nav.xlsx", code: "area-from-file-name" }),
    );
  });

  it("judges a chosen period for everyone", () => {
    const chosen = consolidate(
      [{ file: "kultur.xlsx", error: null, scorecards: cards(KRISTIANSUND) }],
      framework,
      { period: "2014" },
    );
    expect(chosen.areas[0].period).toBe("2014");
    expect(chosen.areas[0].counts).toEqual({
      desired: 4,
      acceptable: 1,
      unacceptable: 2,
      missing: 0,
      unrated: 0,
    });
  });

  it("warns when one rammeområde comes from several files, which is usually a stray copy", () => {
    const twice = consolidate(
      [
        { file: "kultur.xlsx", error: null, scorecards: cards(KRISTIANSUND) },
        { file: "kultur - kopi.xlsx", error: null, scorecards: cards(KRISTIANSUND) },
      ],
      framework,
    );
    expect(twice.areas).toHaveLength(1);
    expect(twice.problems).toContainEqual(
      expect.objectContaining({
        code: "area-in-several-files",
        file: "kultur - kopi.xlsx",
        severity: "warning",
      }),
    );
  });

  it("names a rammeområde from a file name only as the last resort", () => {
    expect(areaFromFileName("/x/målekort_helse-og-omsorg.xlsx")).toBe("Helse og omsorg");
  });
});

describe("malekort consolidate on a folder of mixed files", () => {
  const dir = mkdtempSync(join(tmpdir(), "malekort-cons-"));
  const cards = join(dir, "kort");
  const out = join(dir, "oversikt.xlsx");
  let result: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    mkdirSync(join(cards, "oppvekst"), { recursive: true });
    writeFileSync(join(cards, "kultur.xlsx"), await cardsToXlsx([KRISTIANSUND]));
    writeFileSync(join(cards, "oppvekst", "barnehager.xlsx"), await cardsToXlsx([ASKER]));
    writeFileSync(join(cards, "renhold.xlsx"), await cardsToXlsx([LOTEN]));
    writeFileSync(join(cards, "nav.xlsx"), await cardsToXlsx([NAV]));
    const template = await writeWorkbook(
      templateSheets({
        framework,
        card: { kind: "rammeomrade", area: "Grunnskoler" },
        periods: yearPeriods([2024, 2025, 2026]),
      }),
    );
    // Plus the card's own percent indicator typed into an empty row, as a leader would.
    const own = {
      A10: "Brukere",
      C10: "Læringsmiljø",
      D10: "Unik",
      E10: "Mobbing",
      H10: "Lavere er bedre",
      I10: { value: 0.03, numFmt: "0.0%" },
      K10: { value: 0.05, numFmt: "0.0%" },
    };
    writeFileSync(
      join(cards, "grunnskoler.xlsx"),
      await editWorkbook(template, "Målekort", { ...KULTUR_RESULTS, ...own }),
    );
    const whole = await cardsToXlsx([KRISTIANSUND]);
    writeFileSync(join(cards, "broken.xlsx"), whole.slice(0, 500));
    writeFileSync(join(cards, "notat.xlsx"), "ikke en arbeidsbok");
    writeFileSync(join(cards, "tom.xlsx"), await cardsToXlsx([{ name: "Ark1", rows: [] }]));
    writeFileSync(
      join(cards, "uten-kort.xlsx"),
      await cardsToXlsx([
        {
          name: "Budsjett",
          rows: [
            ["Post", "Beløp"],
            ["Lønn", 100],
          ],
        },
      ]),
    );
    writeFileSync(join(cards, "~$kultur.xlsx"), "lock");
    result = await cli(["consolidate", cards, "-o", out, "--framework", "examples/rammeverk.json", "--json"]);
  });

  it("writes the overview, exits 0, and reports every odd file without losing a card", () => {
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.areas.map((a: { area: string }) => a.area)).toEqual([
      "Barnehager",
      "Eiendom",
      "Grunnskoler",
      "Kultur",
      "Nav",
    ]);
    const problem = (file: string) =>
      doc.problems
        .filter((p: { file: string }) => p.file.endsWith(file))
        .map((p: { code: string }) => p.code);
    expect(problem("broken.xlsx")).toEqual(["damaged"]);
    expect(problem("notat.xlsx")).toEqual(["not-a-workbook"]);
    expect(problem("tom.xlsx")).toContain("no-scorecard-in-file");
    expect(problem("uten-kort.xlsx")).toContain("no-scorecard-in-file");
    expect(doc.problems.some((p: { file: string }) => p.file.includes("~$"))).toBe(false);
    expect(doc.areas[0]).toMatchObject({
      area: "Barnehager",
      period: "2016",
      counts: { desired: 0, acceptable: 2, unacceptable: 1 },
    });
    expect(doc.areas[0].indicators[0]).toMatchObject({
      name: "Foreldretilfredshet (skala 1–6)",
      status: "acceptable",
      source: { row: 4 },
    });
  });

  it("holds every indicator of every readable card, with its source, read back by exceljs", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Sammendrag",
      "Gjennomgående",
      "Alle indikatorer",
      "Problemer",
      "Statusfordeling",
    ]);
    // Statusfordeling: each rammeområde's counts in one contiguous table, the status chart's data.
    const chart = workbook.getWorksheet("Statusfordeling")!;
    expect(chart.getRow(3).values).toEqual([
      undefined,
      "Rammeområde",
      "Ønsket",
      "Akseptabelt",
      "Uakseptabelt",
      "Mangler",
      "Ikke vurdert",
    ]);
    const summed = [4, 5, 6, 7, 8].map((r) =>
      [2, 3, 4, 5, 6].reduce((n, c) => n + Number(chart.getRow(r).getCell(c).value ?? 0), 0),
    );
    expect(summed.every((n) => n > 0)).toBe(true);
    // A heat map per status over the rammeområder, as on Sammendrag; Ikke vurdert stays white.
    const scales = (
      chart as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(scales.map((c) => [c.ref, c.rules[0].type])).toEqual([
      ["B4:B8", "colorScale"],
      ["C4:C8", "colorScale"],
      ["D4:D8", "colorScale"],
      ["E4:E8", "colorScale"],
    ]);
    const all = workbook.getWorksheet("Alle indikatorer")!;
    expect(all.rowCount - 1).toBe(7 + 3 + 4 + 3 + 6);
    // Percent results are shown as percent, and only they: 4,3 on a 1–5 scale must not read 430 %.
    const rowOf = (area: string, name: string) => {
      let found = 0;
      all.eachRow((row, r) => {
        if (row.getCell(1).value === area && row.getCell(6).value === name) found = r;
      });
      return all.getRow(found);
    };
    let column2024 = 0;
    all.getRow(1).eachCell((cell, c) => {
      if (cell.value === "Resultat 2024") column2024 = c;
    });
    const resultFormat = (area: string, name: string) => rowOf(area, name).getCell(column2024).numFmt ?? "";
    expect(resultFormat("Grunnskoler", "Sykefravær")).toContain("%");
    expect(resultFormat("Grunnskoler", "Medarbeidertilfredshet")).not.toContain("%");
    const summary = workbook.getWorksheet("Sammendrag")!;
    expect(String(summary.getCell("A2").value)).toMatch(/^\d+ av 23 indikatorer oppnådde ønsket resultat/);
  });

  it("writes text from the cards as text, never as a formula (read by openpyxl)", () => {
    if (!openpyxlAvailable()) {
      console.warn("python3-openpyxl is missing (/usr/bin/python3): the independent read-back is skipped.");
      return;
    }
    const sheets = readWithOpenpyxl(out);
    const cells = Object.values(sheets).flat(2);
    expect(cells.filter((c) => c.type === "f")).toEqual([]);
    for (const text of INJECTED) expect(cells).toContainEqual({ value: text, type: "s" });
    expect(sheets["Alle indikatorer"].length - 1).toBe(23);
  });

  it("exits 1 and writes nothing when no card can be read", async () => {
    const empty = join(dir, "bare-feil");
    mkdirSync(empty);
    writeFileSync(join(empty, "notat.xlsx"), "ikke en arbeidsbok");
    const none = await cli(["consolidate", empty, "-o", join(dir, "ingen.xlsx")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("ingen oversikt er skrevet");
  });

  it("refuses wrong usage", async () => {
    expect((await cli(["consolidate", cards])).code).toBe(2);
    expect(
      (await cli(["consolidate", join(cards, "kultur.xlsx"), "-o", join(cards, "kultur.xlsx")])).code,
    ).toBe(2);
    expect((await cli(["consolidate", cards, "-o", out, "--period", "i fjor"])).code).toBe(2);
  });
});
