// `malekort template` and `malekort upgrade`: real files, atomic writes, inputs never touched.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readScorecardsFromBytes } from "../../src/files/read-scorecards";
import { ASKER, KRISTIANSUND } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { cli } from "../helpers/run-cli";

const dir = mkdtempSync(join(tmpdir(), "malekort-tpl-"));

describe("malekort template", () => {
  it("writes a rammeområde card from a framework file", async () => {
    const out = join(dir, "kultur.xlsx");
    const { code, stdout } = await cli([
      "template",
      "--area",
      "Kultur",
      "--framework",
      "examples/rammeverk.json",
      "--periods",
      "2024,2025",
      "-o",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("målekort for Kultur med 4 gjennomgående indikatorer");
    const [card] = await readScorecardsFromBytes(new Uint8Array(readFileSync(out)));
    expect(card.area).toBe("Kultur");
    expect(card.periods.map((p) => p.key)).toEqual(["2024", "2025"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reads the framework from a felles målekort workbook", async () => {
    const felles = join(dir, "felles.xlsx");
    expect(
      (await cli(["template", "--felles", "--framework", "examples/rammeverk.json", "-o", felles])).code,
    ).toBe(0);
    const out = join(dir, "nav.xlsx");
    expect((await cli(["template", "--area", "NAV", "--framework", felles, "-o", out])).code).toBe(0);
    const [card] = await readScorecardsFromBytes(new Uint8Array(readFileSync(out)));
    expect(card.indicators).toHaveLength(4);
  });

  it("refuses wrong usage with exit 2 and a Norwegian reason", async () => {
    expect((await cli(["template", "-o", join(dir, "x.xlsx")])).stderr).toContain("--area");
    expect((await cli(["template", "--area", "Kultur"])).stderr).toContain("-o FIL.xlsx");
    expect(
      (await cli(["template", "--area", "Kultur", "--periods", "i fjor", "-o", join(dir, "x.xlsx")])).code,
    ).toBe(2);
    expect((await cli(["template", "--area", "Kultur", "-o", join(dir, "x.pdf")])).stderr).toContain(".xlsx");
  });

  it("exits 1 and leaves nothing behind when the file cannot be written", async () => {
    const { code, stderr } = await cli([
      "template",
      "--area",
      "Kultur",
      "-o",
      join(dir, "finnes-ikke", "k.xlsx"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("Kan ikke skrive");
  });
});

describe("malekort upgrade", () => {
  const legacy = join(dir, "legacy.xlsx");
  beforeAll(async () => writeFileSync(legacy, await cardsToXlsx([KRISTIANSUND, ASKER])));

  it("writes the canonical card, lists interpretations, and leaves the input as it was", async () => {
    const before = readFileSync(legacy);
    const out = join(dir, "upgraded.xlsx");
    const { code, stdout } = await cli(["upgrade", legacy, "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("2 målekort i standardoppsettet");
    expect(stdout).toContain("Kultur G7: «87 % 20 av 23» er skrevet som tallet 87 %");
    expect(readFileSync(legacy).equals(before)).toBe(true);
    const cards = await readScorecardsFromBytes(new Uint8Array(readFileSync(out)));
    expect(cards.map((c) => c.sheet)).toEqual(["Kultur", "Barnehager", "Rammeverk", "Tolkninger"]);
  });

  it("never writes over its input", async () => {
    const { code, stderr } = await cli(["upgrade", legacy, "-o", legacy]);
    expect(code).toBe(2);
    expect(stderr).toContain("den samme som en innfil");
  });

  it("reports a file without a målekort or one that cannot be read", async () => {
    const empty = join(dir, "notes.xlsx");
    writeFileSync(empty, await cardsToXlsx([{ name: "Notater", rows: [["Huskeliste"]] }]));
    expect((await cli(["upgrade", empty, "-o", join(dir, "n.xlsx")])).stderr).toContain(
      "fant ingen målekort",
    );
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "ikke en arbeidsbok");
    const result = await cli(["upgrade", broken, "-o", join(dir, "b.xlsx")]);
    expect(result.code).toBe(1);
    expect(existsSync(join(dir, "b.xlsx"))).toBe(false);
  });
});
