// `malekort check` end to end: real files on disk, the real CLI (in-process and as the installed binary).

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ASKER, KRISTIANSUND, LOTEN } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { cli } from "../helpers/run-cli";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "malekort-cli-"));
const kultur = join(dir, "kultur.xlsx");
const broken = join(dir, "broken.xlsx");

beforeAll(async () => {
  writeFileSync(
    kultur,
    await cardsToXlsx([KRISTIANSUND, ASKER, LOTEN, { name: "Notater", rows: [["Huskeliste"]] }]),
  );
  writeFileSync(broken, "dette er ikke en arbeidsbok");
});

describe("malekort check", () => {
  it("prints each sheet's card with statuses and findings with cells", async () => {
    const { code, stdout } = await cli(["check", kultur]);
    expect(code).toBe(0);
    expect(stdout).toContain("Ark «Kultur» – rammeområde Kultur – perioder: 2013, 2014, 2015");
    expect(stdout).toContain("Suksessfaktor: Fornøyde brukere");
    expect(stdout).toMatch(/2013: 4,8 Akseptabelt\s+2014: 5,1 Akseptabelt\s+2015: 6,2 Ønsket/);
    expect(stdout).toMatch(/E9: .*forrige periode/);
    expect(stdout).toContain("Ark «Notater»: ingen målekort");
    expect(stdout).not.toContain("\u001b["); // no colours when not a terminal
  });

  it("prints the JSON contract", async () => {
    const { code, stdout } = await cli(["check", kultur, "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(["files"]);
    const [file] = doc.files;
    expect(Object.keys(file)).toEqual(["file", "error", "scorecards"]);
    expect(file.file).toBe(kultur);
    expect(file.error).toBeNull();
    const card = file.scorecards[0];
    expect(Object.keys(card)).toEqual(["sheet", "area", "periods", "indicators", "findings"]);
    expect(card).toMatchObject({ sheet: "Kultur", area: "Kultur", periods: ["2013", "2014", "2015"] });
    const first = card.indicators[0];
    expect(Object.keys(first)).toEqual([
      "row",
      "focusArea",
      "mainGoal",
      "successFactor",
      "kind",
      "name",
      "method",
      "requirement",
      "rule",
      "results",
    ]);
    expect(first).toMatchObject({ row: 5, name: "Brukertilfredshet bibliotek", requirement: "6,0 – 4,6" });
    expect(first.results[0]).toEqual({ period: "2013", value: 4.8, status: "acceptable" });
    expect(Object.keys(card.findings[0])).toEqual(["severity", "code", "message", "cell"]);
    expect(doc.files[0].scorecards[3]).toMatchObject({
      sheet: "Notater",
      indicators: [],
      findings: [{ code: "no-scorecard" }],
    });
  });

  it("reports an unreadable file, still reads the others, and exits 1", async () => {
    const { code, stdout } = await cli(["check", broken, kultur, join(dir, "finnes-ikke.xlsx"), "--json"]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual([
      "not-a-workbook",
      null,
      "file-not-found",
    ]);
    expect(doc.files[1].scorecards[0].indicators).toHaveLength(7);
  });

  it("reads every workbook in a folder", async () => {
    const { code, stdout } = await cli(["check", dir, "--json"]);
    expect(code).toBe(1); // broken.xlsx is in the folder too
    const files = JSON.parse(stdout).files.map((f: { file: string }) => f.file.replace(dir, ""));
    expect(files).toEqual(["/broken.xlsx", "/kultur.xlsx"]);
  });

  it("exits 2 on wrong usage, with help in Norwegian", async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(["check"])).stderr).toContain("Oppgi minst én .xlsx-fil");
    expect((await cli(["check", "--farge", kultur])).code).toBe(2);
    expect((await cli(["sjekk", kultur])).stderr).toContain("Ukjent kommando «sjekk»");
    expect((await cli(["check", kultur, "--framework", join(dir, "mangler.json")])).code).toBe(2);
  });

  it("says what is wrong with a framework file that cannot be used, and exits 2", async () => {
    const notJson = join(dir, "rammeverk.json");
    writeFileSync(notJson, "{ focusAreas: ");
    let result = await cli(["check", kultur, "--framework", notJson]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`«${notJson}» er verken en arbeidsbok eller gyldig JSON (`);
    result = await cli(["check", kultur, "--framework", kultur]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`«${kultur}» har ikke noe ark som heter «Rammeverk».`);
    const empty = join(dir, "tomt.json");
    writeFileSync(empty, "{}");
    result = await cli(["check", kultur, "--framework", empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`«${empty}»: Rammeverket kan ikke brukes:`);
    result = await cli(["check", kultur, "--framework", broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`«${broken}»: Filen er ikke en Excel-arbeidsbok`);
  });

  it("uses a framework file to check gjennomgående indicators", async () => {
    const { stdout } = await cli(["check", kultur, "--framework", "examples/rammeverk.json", "--json"]);
    const codes = JSON.parse(stdout).files[0].scorecards[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toContain("shared-indicator-missing");
  });

  it("never changes the input file", async () => {
    const before = readFileSync(kultur);
    await cli(["check", kultur]);
    expect(readFileSync(kultur).equals(before)).toBe(true);
  });

  it("runs as the installed command", async () => {
    const { stdout } = await run(process.execPath, ["bin/malekort.js", "check", kultur, "--json"]);
    expect(JSON.parse(stdout).files[0].scorecards[0].area).toBe("Kultur");
    await expect(run(process.execPath, ["bin/malekort.js", "check", broken])).rejects.toMatchObject({
      code: 1,
    });
  });
});
