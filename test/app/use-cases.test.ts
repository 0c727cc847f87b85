// The pane's use cases on an in-memory host: what they read, what they hand the host, and how they
// fail. The same code runs in Excel and on files in a browser.

import ExcelJS from "exceljs";
import { checkActiveSheet } from "../../src/app/validate";
import {
  consolidatePicked,
  deliverOverview,
  workbooksInFolder,
  type FileState,
} from "../../src/app/consolidate";
import {
  frameworkFromFile,
  rememberedFramework,
  rememberFramework,
  workbookFramework,
} from "../../src/app/framework";
import {
  defaultYears,
  deliver,
  templateFileName,
  templateSpecs,
  upgradeGrid,
  workbookBytes,
} from "../../src/app/new-workbooks";
import { userMessage, UserError } from "../../src/app/errors";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { readWorkbookGrids } from "../../src/files/read-workbook";
import { frameworkSheet } from "../../src/workbook/framework-sheet";
import { ASKER, gridFrom, KRISTIANSUND, LOTEN } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { RecordingHost } from "../helpers/recording-host";

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  return (await readWorkbookGrids(bytes)).sheets.map((s) => s.name);
}

describe("checking the active sheet", () => {
  it("groups the card's findings by severity in sheet order and counts the current period", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND)]);
    const check = (await checkActiveSheet(host, DEFAULT_FRAMEWORK))!;
    expect(check.empty).toBeNull();
    expect(check.scorecard.indicators).toHaveLength(7);
    expect(check.period).toBe("2015");
    expect(Object.values(check.counts).reduce((a, b) => a + b, 0)).toBe(7);
    const all = [...check.findings.error, ...check.findings.warning, ...check.findings.info];
    expect(all.length).toBe(check.scorecard.findings.length);
    const rows = check.findings.warning.map((f) => Number(/\d+$/.exec(f.cell ?? "0")?.[0] ?? 0));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("says what to do on a sheet without a card, and on the framework sheet", async () => {
    const blank = new RecordingHost([{ name: "Notater", values: [["Handleliste"], ["Melk"]], merges: [] }]);
    expect((await checkActiveSheet(blank, DEFAULT_FRAMEWORK))!.empty).toMatch(/Fant ingen målekorttabell/);
    const grid = (await readWorkbookGrids(await workbookBytes([frameworkSheet(DEFAULT_FRAMEWORK)])))
      .sheets[0];
    expect((await checkActiveSheet(new RecordingHost([grid]), DEFAULT_FRAMEWORK))!.empty).toMatch(
      /rammeverket/,
    );
    expect(await checkActiveSheet(new RecordingHost([]), DEFAULT_FRAMEWORK)).toBeNull();
  });
});

describe("the framework the pane judges by", () => {
  it("is the workbook's own Rammeverk sheet when it has one, else the default", async () => {
    const own = { ...DEFAULT_FRAMEWORK, name: "Eget", focusAreas: DEFAULT_FRAMEWORK.focusAreas.slice(0, 3) };
    const grid = (await readWorkbookGrids(await workbookBytes([frameworkSheet(own)]))).sheets[0];
    const found = await workbookFramework(new RecordingHost([gridFrom(KRISTIANSUND), grid]));
    expect(found.source).toBe("arket «Rammeverk»");
    expect(found.framework.focusAreas.map((a) => a.name)).toEqual(own.focusAreas.map((a) => a.name));
    expect((await workbookFramework(new RecordingHost([gridFrom(KRISTIANSUND)]))).source).toBe("standard");
  });

  it("reads a picked JSON file, and names what is wrong with a bad one", async () => {
    const json = new TextEncoder().encode(JSON.stringify(DEFAULT_FRAMEWORK));
    expect((await frameworkFromFile("C:\\rammeverk.json", json)).source).toBe("rammeverk.json");
    await expect(frameworkFromFile("x.json", new TextEncoder().encode("{"))).rejects.toThrow(
      /verken en arbeidsbok eller gyldig JSON/,
    );
    const noSheet = await cardsToXlsx([KRISTIANSUND]);
    const err = await frameworkFromFile("kort.xlsx", noSheet).catch((e: unknown) => e);
    expect(userMessage(err)).toMatch(/har ikke noe ark som heter «Rammeverk»/);
  });
});

describe("new workbooks", () => {
  it("makes the templates with the framework sheet, named for the file they become", async () => {
    const bytes = await workbookBytes(
      templateSpecs({ kind: "rammeomrade", area: "Kultur" }, DEFAULT_FRAMEWORK, [2024, 2025]),
    );
    expect(await sheetNames(bytes)).toEqual(["Målekort", "Rammeverk"]);
    expect(templateFileName({ kind: "rammeomrade", area: "Helse og omsorg" })).toBe(
      "malekort-helse-og-omsorg.xlsx",
    );
    expect(templateFileName({ kind: "felles" })).toBe("felles-malekort.xlsx");
    expect(defaultYears(new Date(2026, 10, 26))).toEqual([2025, 2026, 2027]);
  });

  it("puts sheets into the open workbook where it can, and opens a new one otherwise", async () => {
    const excel = new RecordingHost([], 0, undefined, () => ["Målekort (2)"]);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await deliver(excel, bytes, "a.xlsx", "current-workbook")).toEqual({
      names: ["Målekort (2)"],
      destination: "current-workbook",
    });
    expect(excel.selected).toEqual(["Målekort (2)!A1"]);
    const old = new RecordingHost([], 0, {
      writeInPlace: true,
      insertSheets: false,
      newWorkbook: true,
      charts: false,
    });
    expect(await deliver(old, bytes, "a.xlsx", "current-workbook")).toEqual({
      names: ["a.xlsx"],
      destination: "new-workbook",
    });
    expect(old.opened).toEqual([{ bytes, fileName: "a.xlsx" }]);
  });

  it("upgrades a hand-made card onto a new sheet, listing what it interpreted", async () => {
    const outcome = await upgradeGrid(gridFrom(KRISTIANSUND), DEFAULT_FRAMEWORK);
    expect(await sheetNames(outcome.bytes!)).toEqual(["Kultur", "Rammeverk", "Tolkninger"]);
    expect(outcome.interpretations.length).toBeGreaterThan(0);
    expect(outcome.message).toMatch(/7 indikatorer.*Tolkninger/);
    const none = await upgradeGrid({ name: "Tom", values: [], merges: [] }, DEFAULT_FRAMEWORK);
    expect(none.bytes).toBeNull();
    expect(none.message).toMatch(/Fant ingen indikatorer å oppgradere på arket «Tom»/);
  });
});

describe("consolidating picked files", () => {
  it("reads every file in turn, lists the broken ones, skips lock files, and consolidates the rest", async () => {
    const picked = [
      { name: "kultur.xlsx", bytes: async () => cardsToXlsx([KRISTIANSUND]) },
      { name: "barnehager.xlsx", bytes: async () => cardsToXlsx([ASKER]) },
      { name: "ødelagt.xlsx", bytes: async () => new TextEncoder().encode("ikke en arbeidsbok") },
      { name: "~$kultur.xlsx", bytes: async () => new Uint8Array() },
      { name: "borte.xlsx", bytes: async () => Promise.reject(new Error("NotFoundError")) },
      { name: "renhold.xlsx", bytes: async () => cardsToXlsx([LOTEN]) },
    ];
    const seen: [number, FileState["state"]][] = [];
    const run = await consolidatePicked(picked, DEFAULT_FRAMEWORK, (i, s) => seen.push([i, s.state]));
    expect(seen.filter(([, s]) => s !== "reading")).toEqual([
      [0, "read"],
      [1, "read"],
      [2, "failed"],
      [3, "skipped"],
      [4, "failed"],
      [5, "read"],
    ]);
    expect(run.overview.areas).toHaveLength(3);
    expect(run.overview.problems.filter((p) => p.sheet === null).map((p) => p.file)).toEqual(
      expect.arrayContaining(["ødelagt.xlsx", "borte.xlsx"]),
    );
    expect(await sheetNames(run.bytes!)).toContain("Statusfordeling");
  });

  it("draws the status chart only in the current workbook, on the sheet as Excel named it", async () => {
    const run = await consolidatePicked(
      [{ name: "kultur.xlsx", bytes: async () => cardsToXlsx([KRISTIANSUND]) }],
      DEFAULT_FRAMEWORK,
      () => undefined,
    );
    const names = ["Sammendrag (2)", "Gjennomgående", "Alle indikatorer", "Problemer", "Statusfordeling (2)"];
    const excel = new RecordingHost([], 0, undefined, () => names);
    const done = await deliverOverview(excel, run, "current-workbook");
    expect(done.chart).toBe(true);
    expect(excel.charts).toEqual([
      {
        sheet: "Statusfordeling (2)",
        dataRange: "A3:F4",
        anchor: "A7",
        title: "Status per rammeområde",
        seriesFills: ["desired", "acceptable", "unacceptable", "missing", null],
      },
    ]);
    const elsewhere = new RecordingHost([]);
    expect((await deliverOverview(elsewhere, run, "new-workbook")).chart).toBe(false);
    expect(elsewhere.charts).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(elsewhere.opened[0].bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Statusfordeling")!.getCell("A4").value).toBe("Kultur");
  });
});

describe("messages for the user", () => {
  it("passes our own Norwegian messages through and wraps Excel's and unexpected errors", () => {
    expect(userMessage(new UserError("Åpne en fil først."))).toBe("Åpne en fil først.");
    const office = Object.assign(new Error("The sheet is protected."), {
      code: "AccessDenied",
      debugInfo: {},
    });
    expect(userMessage(office)).toMatch(
      /^Excel avviste endringen \(AccessDenied: The sheet is protected\.\)\. .*prøv igjen/,
    );
    expect(userMessage(new TypeError("x is undefined"))).toMatch(
      /^Uventet feil: x is undefined\. Prøv igjen/,
    );
  });
});

describe("when Excel refuses the sheets", () => {
  it("opens them in a new workbook instead and says why, so nothing is lost", async () => {
    const host = new RecordingHost([]);
    host.insertSheets = async () => Promise.reject(new Error("Arket inneholder merknader."));
    const bytes = new Uint8Array([1]);
    const done = await deliver(host, bytes, "kultur-oppgradert.xlsx", "current-workbook");
    expect(done).toEqual({
      names: ["kultur-oppgradert.xlsx"],
      destination: "new-workbook",
      fallback:
        "Excel tok ikke imot arkene i denne arbeidsboken (Arket inneholder merknader.), så de er åpnet i en ny arbeidsbok i stedet.",
    });
    expect(host.opened).toEqual([{ bytes, fileName: "kultur-oppgradert.xlsx" }]);
  });
});

describe("a picked folder", () => {
  it("gives its .xlsx files in path order, without lock files or other files", () => {
    const files = [
      { name: "notat.pdf", path: "kort/notat.pdf" },
      { name: "kultur.xlsx", path: "kort/kultur.xlsx" },
      { name: "~$kultur.xlsx", path: "kort/~$kultur.xlsx" },
      { name: "Barnehager.XLSX", path: "kort/oppvekst/Barnehager.XLSX" },
      { name: "eiendom.xlsx", path: "kort/eiendom.xlsx" },
    ];
    expect(workbooksInFolder(files).map((f) => f.path)).toEqual([
      "kort/eiendom.xlsx",
      "kort/kultur.xlsx",
      "kort/oppvekst/Barnehager.XLSX",
    ]);
  });
});

describe("the framework the user picked", () => {
  function memoryStore() {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  }

  it("is remembered until the user forgets it, and only while it still passes the framework check", async () => {
    const store = memoryStore();
    expect(rememberedFramework(store)).toBeNull();
    const own = { ...DEFAULT_FRAMEWORK, name: "Asker kommune" };
    const chosen = await frameworkFromFile("asker.json", new TextEncoder().encode(JSON.stringify(own)));
    rememberFramework(store, chosen);
    expect(rememberedFramework(store)).toEqual(chosen);
    rememberFramework(store, null);
    expect(rememberedFramework(store)).toBeNull();

    store.setItem(
      "malekort.rammeverk",
      JSON.stringify({ source: "gammel.json", framework: { focusAreas: [] } }),
    );
    expect(rememberedFramework(store)).toBeNull();
    expect(store.items.size).toBe(0);
    expect(rememberedFramework(null)).toBeNull();
  });

  it("is kept for this session when the browser refuses to store it", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(() => rememberFramework(full, { framework: DEFAULT_FRAMEWORK, source: "x.json" })).not.toThrow();
  });
});
