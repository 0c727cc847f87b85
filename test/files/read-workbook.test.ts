// The exceljs file host against real files the tests write, and against every kind of bad input:
// each gives its own code and a Norwegian message, and the bytes handed in are never changed.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { relativeTarget } from "../helpers/exceljs-grids";
import { readWorkbookGrids } from "../../src/files/read-workbook";
import { openpyxlAvailable, writeWithOpenpyxl } from "../helpers/openpyxl";
import { errorOf } from "./read-error";

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An OLE compound file header followed by the given UTF-16LE stream names (as Excel writes them). */
function oleFile(...names: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const body = names.flatMap((n) => Array.from(n).flatMap((ch) => [ch.charCodeAt(0), 0]));
  return new Uint8Array([...header, ...body, ...new Array(64).fill(0)]);
}

/** Puts XML into a sheet part at the place the schema wants it (before pageMargins). */
async function patchSheet(bytes: Uint8Array, patch: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  zip.file(path, patch(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("reading cells", () => {
  it("gives values, number formats and merged areas as the grid", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Kort");
      ws.getCell("A1").value = "Tittel";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = 0.85;
      ws.getCell("A2").numFmt = "0%";
      ws.getCell("B2").value = { richText: [{ text: "Fet " }, { text: "tekst" }] };
      ws.getCell("C2").value = { text: "bedrekommune.no", hyperlink: "https://example.invalid" };
      ws.getCell("D2").value = new Date(Date.UTC(2015, 11, 31));
      ws.getCell("E2").value = true;
      ws.getCell("A3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("B3").value = { formula: "A2*2", result: 1.7 };
      ws.getCell("C3").value = { formula: "A2*3" };
      wb.addWorksheet("Skjult").state = "hidden";
    });
    const { sheets } = await readWorkbookGrids(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Kort", "Skjult"]);
    const [card] = sheets;
    expect(card.values[0]).toEqual(["Tittel"]);
    expect(card.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(card.values[1]).toEqual([0.85, "Fet tekst", "bedrekommune.no", "2015-12-31", true]);
    expect(card.numberFormats?.[1]?.[0]).toBe("0%");
    expect(card.values[2]).toEqual([{ error: "#DIV/0!" }, 1.7, { error: "uncalculated", formula: "=A2*3" }]);
  });

  it("keeps text that looks like a formula as text", async () => {
    const texts = ['=HYPERLINK("http://x")', "+SUM(1)", "-2+3", "@cmd"];
    const bytes = await xlsx((wb) => wb.addWorksheet("K").addRow(texts));
    const { sheets } = await readWorkbookGrids(bytes);
    expect(sheets[0].values[0]).toEqual(texts);
  });

  it("never changes the bytes it is given", async () => {
    const bytes = await patchSheet(await xlsx((wb) => wb.addWorksheet("K").addRow(["x"])), (xml) =>
      xml.replace(
        "<pageMargins",
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:A1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins',
      ),
    );
    const copy = bytes.slice();
    await readWorkbookGrids(bytes);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

describe("large and awkward workbooks", () => {
  it("reads a sheet with whole-column and whole-sheet data validations", async () => {
    const plain = await xlsx((wb) => {
      const ws = wb.addWorksheet("Kort");
      ws.addRow(["Måleindikator", "Resultatkrav"]);
      ws.addRow(["Svartid", "Maks 5"]);
    });
    const bytes = await patchSheet(plain, (xml) =>
      xml.replace(
        "<pageMargins",
        '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="D2:D1048576"><formula1>"a,b"</formula1></dataValidation><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations><pageMargins',
      ),
    );
    // Without stripping, exceljs expands A1:XFD1048576 cell by cell and never finishes.
    const { sheets } = await readWorkbookGrids(bytes);
    expect(sheets[0].values[1]).toEqual(["Svartid", "Maks 5"]);
  });

  it("reads a sheet of 100 000 rows", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Stort");
      for (let i = 0; i < 100_000; i++) ws.addRow([`Indikator ${i}`, i]);
    });
    const { sheets } = await readWorkbookGrids(bytes);
    expect(sheets[0].values).toHaveLength(100_000);
    expect(sheets[0].values[99_999]).toEqual(["Indikator 99999", 99_999]);
  });

  it("reads a 50 MB workbook whose size is a picture", async () => {
    // A deterministic, incompressible "picture" (xorshift bytes), so the file really is 50 MB.
    const picture = Buffer.alloc(50 * 1024 * 1024);
    let x = 2463534242;
    for (let i = 0; i < picture.length; i += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      picture.writeInt32LE(x | 0, i);
    }
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Kort");
      ws.addRow(["Måleindikator", "Resultatkrav"]);
      const id = wb.addImage({ buffer: picture as unknown as ExcelJS.Buffer, extension: "png" });
      ws.addImage(id, "D2:F8");
    });
    expect(bytes.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    const { sheets } = await readWorkbookGrids(bytes);
    expect(sheets[0].values[0]).toEqual(["Måleindikator", "Resultatkrav"]);
  });
});

describe("workbooks from other programs", () => {
  it("reads an openpyxl workbook with a table (absolute part names, which exceljs cannot follow)", async () => {
    if (!openpyxlAvailable()) {
      console.warn("python3-openpyxl is missing (/usr/bin/python3): the openpyxl table test is skipped.");
      return;
    }
    const script = [
      "import openpyxl, sys",
      "from openpyxl.worksheet.table import Table",
      "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Kort'",
      "ws.append(['Måleindikator', 'Resultatkrav', '2015']); ws.append(['Svartid', 'Maks 5', 4])",
      "ws.add_table(Table(displayName='Malekort', ref='A1:C2')); wb.save(sys.argv[1])",
    ].join("\n");
    const { sheets } = await readWorkbookGrids(writeWithOpenpyxl(script));
    expect(sheets[0].values).toEqual([
      ["Måleindikator", "Resultatkrav", "2015"],
      ["Svartid", "Maks 5", 4],
    ]);
  });

  it("turns absolute part names into the relative ones exceljs follows", () => {
    expect(relativeTarget("xl/worksheets", "/xl/tables/table1.xml")).toBe("../tables/table1.xml");
    expect(relativeTarget("xl", "/xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
  });
});

describe("files that cannot be read", () => {
  it.each([
    ["an empty file", new Uint8Array(), "empty-file", /tom/],
    [
      "a text file",
      new TextEncoder().encode("Måleindikator;Resultatkrav\n"),
      "not-a-workbook",
      /ikke en Excel-arbeidsbok/,
    ],
    [
      "a PDF renamed .xlsx",
      new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"),
      "not-a-workbook",
      /ikke en Excel-arbeidsbok/,
    ],
    ["an old .xls", oleFile("Workbook", "SummaryInformation"), "xls-format", /Lagre den som \.xlsx/],
    [
      "a password-protected workbook",
      oleFile("EncryptionInfo", "EncryptedPackage"),
      "encrypted",
      /passordbeskyttet/,
    ],
  ])("%s", async (_what, bytes, code, message) => {
    const err = await errorOf(bytes);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it("a truncated workbook", async () => {
    const whole = await xlsx((wb) => wb.addWorksheet("K").addRow(["x"]));
    const err = await errorOf(whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(err.code).toBe("damaged");
    expect(err.message).toMatch(/skadet/);
  });

  it("a zip that is a Word document", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<document/>");
    const err = await errorOf(await zip.generateAsync({ type: "uint8array" }));
    expect(err.code).toBe("not-a-workbook");
    expect(err.message).toMatch(/Word-dokument/);
  });

  it("a workbook without sheets", async () => {
    const withSheet = await xlsx((wb) => wb.addWorksheet("K"));
    const zip = await JSZip.loadAsync(withSheet);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace(/<sheets>[\s\S]*<\/sheets>/, "<sheets/>"));
    const err = await errorOf(await zip.generateAsync({ type: "uint8array" }));
    expect(err.code).toBe("empty-workbook");
  });

  it("a workbook whose sheets are too large, refused before they are unpacked", async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet("K").addRow(["x".repeat(2000)]));
    await expect(readWorkbookGrids(bytes, { maxSheetBytes: 1000 })).rejects.toMatchObject({
      code: "too-large",
    });
  });
});
