// The lean reader gives exactly the grids the exceljs reader gave, for every kind of workbook the
// tests, the demo and other programs write, and for hand-made XML with every cell type exceljs knows.
// The few places it deliberately differs (exceljs loses a stored value there) are tested on their own.

import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { committedTemplates } from "../../scripts/templates";
import { consolidate } from "../../src/domain/consolidate";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { readWorkbookGridsWithExceljs } from "../helpers/exceljs-grids";
import { readWorkbookGrids, type WorkbookGrids } from "../../src/files/read-workbook";
import { readScorecardsFromBytes } from "../../src/files/read-scorecards";
import { writeWorkbook } from "../../src/files/write-workbook";
import { overviewSheets } from "../../src/workbook/overview";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { ASKER, KRISTIANSUND, LOTEN } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { editWorkbook, KULTUR_RESULTS } from "../helpers/fill-template";
import { openpyxlAvailable, writeWithOpenpyxl } from "../helpers/openpyxl";

async function both(bytes: Uint8Array): Promise<{ lean: WorkbookGrids; exceljs: WorkbookGrids }> {
  return { lean: await readWorkbookGrids(bytes), exceljs: await readWorkbookGridsWithExceljs(bytes) };
}

async function expectSameGrids(bytes: Uint8Array): Promise<WorkbookGrids> {
  const { lean, exceljs } = await both(bytes);
  expect(lean).toEqual(exceljs);
  return lean;
}

/** A package from hand-written parts; sheet XML is the inside of <worksheet>. */
async function pkg(parts: {
  sheets: string[];
  names?: string[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  sheetRels?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const names = parts.names ?? parts.sheets.map((_, i) => `Ark${i + 1}`);
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${ns} ${rns}>${parts.workbookPr ?? ""}<sheets>${names
      .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("")}</Relationships>`,
  );
  parts.sheets.forEach((xml, i) =>
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet ${ns} ${rns}>${xml}</worksheet>`),
  );
  if (parts.sheetRels) zip.file("xl/worksheets/_rels/sheet1.xml.rels", parts.sheetRels);
  if (parts.sharedStrings) zip.file("xl/sharedStrings.xml", `<sst ${ns}>${parts.sharedStrings}</sst>`);
  if (parts.styles) zip.file("xl/styles.xml", `<styleSheet ${ns}>${parts.styles}</styleSheet>`);
  return zip.generateAsync({ type: "uint8array" });
}

const STYLES =
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0\\ %"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="&quot;kr&quot;\\ #,##0"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="49"/></cellXfs>';

describe("the lean reader reads what the exceljs reader read", () => {
  it("the test suite's cards, written by exceljs", async () => {
    await expectSameGrids(await cardsToXlsx([KRISTIANSUND, ASKER, LOTEN]));
  });

  it("the committed templates, blank and filled in as a leader would", async () => {
    for (const { bytes } of await committedTemplates()) await expectSameGrids(bytes);
    const [rammeomrade] = (await committedTemplates()).filter((t) => t.file.includes("rammeomrade"));
    const sheet = (await readWorkbookGrids(rammeomrade.bytes)).sheets[0].name;
    await expectSameGrids(await editWorkbook(rammeomrade.bytes, sheet, KULTUR_RESULTS));
  });

  it("templates written now, protected and not", async () => {
    for (const protect of [false, true]) {
      const sheets = templateSheets({
        card: { kind: "rammeomrade", area: "Kultur" },
        framework: DEFAULT_FRAMEWORK,
        periods: yearPeriods([2024, 2025, 2026]),
        protect,
      });
      await expectSameGrids(await writeWorkbook(sheets));
    }
  });

  it("the overview workbook, whose large sheet is spliced XML with inline strings", async () => {
    const bytes = await cardsToXlsx([KRISTIANSUND, ASKER, LOTEN]);
    const scorecards = await readScorecardsFromBytes(bytes);
    const overview = consolidate([{ file: "kort.xlsx", error: null, scorecards }], DEFAULT_FRAMEWORK);
    await expectSameGrids(await writeWorkbook(overviewSheets(overview)));
  });

  it("the demo's cards, when npm run demo has written them", async () => {
    const dir = join(__dirname, "..", "..", "demo-output", "kort");
    if (!existsSync(dir)) return;
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const lean = await readWorkbookGrids(bytes).catch((err: Error) => err);
      const exceljs = await readWorkbookGridsWithExceljs(bytes).catch((err: Error) => err);
      expect(lean).toEqual(exceljs);
    }
  });

  it("every cell type exceljs writes, with formats, merges, hyperlinks, notes and dates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kort");
    ws.getCell("A1").value = "Tittel & «mål» <1>";
    ws.mergeCells("A1:D2");
    ws.getCell("B3").value = 0.85;
    ws.getCell("B3").numFmt = "0%";
    ws.getCell("C3").value = { richText: [{ text: "Fet ", font: { bold: true } }, { text: "tekst" }] };
    ws.getCell("D3").value = { text: "bedrekommune.no", hyperlink: "https://example.invalid" };
    ws.getCell("E3").value = new Date(Date.UTC(2015, 11, 31));
    ws.getCell("F3").value = true;
    ws.getCell("G3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("B4").value = { formula: "B3*2", result: 1.7 };
    ws.getCell("C4").value = { formula: "B3*3" };
    ws.getCell("D4").value = { formula: 'IF(B3>0,"ja","nei")', result: "ja" };
    ws.getCell("E4").value = { formula: "B3>0", result: true };
    ws.getCell("F4").value = { formula: "TODAY()", result: new Date(Date.UTC(2024, 0, 2)) };
    ws.getCell("F4").numFmt = "dd.mm.yyyy";
    ws.getCell("A5").value = "  mellomrom \n linjeskift\t";
    ws.getCell("B5").value = "_x000D_ bokstavelig";
    ws.getCell("C5").value = 12345678.9012;
    ws.getCell("C5").numFmt = '#,##0.00 "kr"';
    ws.getCell("D5").value = -0.004;
    ws.getCell("D5").numFmt = "0.0%";
    ws.getCell("E5").note = "En merknad";
    ws.getCell("E5").value = "Med merknad";
    ws.getCell("H7").numFmt = "0%"; // styled, empty
    ws.mergeCells("A9:A12");
    ws.getCell("A9").value = "Suksessfaktor";
    wb.addWorksheet("Skjult").state = "hidden";
    wb.addWorksheet("Tom");
    await expectSameGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it("shared strings with rich text, phonetic runs, escapes and entities", async () => {
    const bytes = await pkg({
      sharedStrings:
        "<si><t>Enkel</t></si>" +
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Fet </t></r><r><t>og vanlig</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        "<si><t>A &amp; B &lt;C&gt; &#229;&#x00F8; &quot;sitat&quot;</t></si>" +
        "<si><t>Linje_x000D__x000A_to</t></si>" +
        "<si><t/></si>" +
        "<si/>" +
        '<si><r><t>bare</t></r><rPh sb="0" eb="1"><r><t>fonetisk</t></r></rPh></si>',
      sheets: [
        '<sheetData><row r="1">' +
          [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<c r="${"ABCDEFGH"[i]}1" t="s"><v>${i}</v></c>`).join("") +
          "</row></sheetData>",
      ],
    });
    const grids = await expectSameGrids(bytes);
    expect(grids.sheets[0].values[0]).toEqual([
      "Enkel",
      "Fet og vanlig",
      "東京",
      'A & B <C> åø "sitat"',
      "Linje\r\nto",
      "",
      null,
      "bare",
    ]);
  });

  it("every cell type in hand-written XML, with built-in and custom formats", async () => {
    const bytes = await pkg({
      styles: STYLES,
      sharedStrings: "<si><t>delt</t></si>",
      sheets: [
        "<sheetData>" +
          '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" s="3"><v>42369</v></c>' +
          '<c r="D1" s="4"><v>0.07</v></c><c r="E1" s="5"><v>45000.75</v></c><c r="F1" s="6"><v>1200</v></c><c r="G1" s="7" t="s"><v>0</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>inline &amp; tekst</t></is></c>' +
          '<c r="B2" t="inlineStr"><is><r><t>rik </t></r><r><rPr><i/></rPr><t>inline</t></r></is></c>' +
          '<c r="C2" t="str"><v>str-verdi</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#REF!</v></c>' +
          '<c r="F2" t="n"><v>1E-3</v></c><c r="G2"><v>-17</v></c></row>' +
          '<row r="4"><c r="A4"><f>SUM(A1:B1)</f><v>0.625</v></c><c r="B4"><f>A1*3</f><v>1.5</v></c>' +
          '<c r="C4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
          '<c r="E4"><f>A1+1</f></c><c r="F4" t="b"><f>A1&gt;0</f><v>1</v></c><c r="G4" s="3"><f>C1+1</f><v>42370</v></c></row>' +
          '<row r="5"><c r="A5"><f t="shared" ref="A5:C5" si="0">A1*2</f><v>1</v></c><c r="B5"><f t="shared" si="0"/><v>0.25</v></c>' +
          '<c r="C5"><f t="shared" si="0"/></c></row>' +
          '<row r="6"><c r="A6" s="1"/><c r="B6"/><c r="D6" s="2"/></row>' +
          '<row r="8"><c r="B8" t="s"><v>0</v></c></row>' +
          "</sheetData>" +
          '<mergeCells count="2"><mergeCell ref="B8:C9"/><mergeCell ref="A10:A11"/></mergeCells>',
      ],
    });
    await expectSameGrids(bytes);
  });

  it("hyperlinks on text, numbers, formulas and empty cells, and dates in the 1904 system", async () => {
    const bytes = await pkg({
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
      sheetRels:
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/a?b=1&amp;c=2" TargetMode="External"/></Relationships>',
      sheets: [
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>lenke</t></is></c><c r="B1"><v>7</v></c><c r="C1"><f>B1*2</f><v>14</v></c>' +
          '<c r="D1" s="3"><v>1000</v></c><c r="E1" s="1"/></row></sheetData>' +
          '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1"/>' +
          '<hyperlink ref="E1" r:id="rId1"/><hyperlink ref="F1" r:id="rId1"/><hyperlink ref="D1" location="Ark1!A1"/></hyperlinks>',
      ],
    });
    await expectSameGrids(bytes);
  });

  it("a whole-column data validation, absolute part names and odd sheet names", async () => {
    const bytes = await pkg({
      names: ["Kort &amp;amp; mål", "Ark 2"],
      sheets: [
        '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' +
          '<dataValidations count="1"><dataValidation type="list" sqref="D2:D1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
        "<sheetData/>",
      ],
    });
    const grids = await expectSameGrids(bytes);
    expect(grids.sheets.map((s) => s.name)).toEqual(["Kort & mål", "Ark 2"]);
  });

  it("refuses the sheet names exceljs refused, as damaged", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined); // exceljs warns before it throws
    for (const name of ["Et svært langt arknavn som er over 31 tegn", "History", "'sitat'"]) {
      const bytes = await pkg({ names: [name], sheets: ["<sheetData/>"] });
      const lean = await readWorkbookGrids(bytes).catch((err: { code: string }) => err.code);
      const exceljs = await readWorkbookGridsWithExceljs(bytes).catch((err: { code: string }) => err.code);
      expect([lean, exceljs]).toEqual(["damaged", "damaged"]);
    }
  });

  it("workbooks written by openpyxl (absolute part names, a table, merges, formulas without values)", async () => {
    if (!openpyxlAvailable()) {
      console.warn(
        "python3-openpyxl is missing (/usr/bin/python3): the openpyxl equivalence test is skipped.",
      );
      return;
    }
    const script = [
      "import openpyxl, sys, datetime",
      "from openpyxl.worksheet.table import Table",
      "from openpyxl.worksheet.datavalidation import DataValidation",
      "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Kort'",
      "ws.append(['Måleindikator', 'Resultatkrav', '2014', '2015'])",
      "ws.append(['Svartid', 'Maks 5 & <6>', 4, 0.85]); ws['D2'].number_format = '0.0%'",
      "ws.append(['Formel', '=HYPERLINK(\"x\")', '=C2*2', True])",
      "ws['B3'].data_type = 's'",
      "ws.append(['Dato', datetime.date(2015, 12, 31), None, -1.5])",
      "ws.merge_cells('A8:C9'); ws['A8'] = 'Flettet'",
      "ws.add_table(Table(displayName='Malekort', ref='A1:D4'))",
      "dv = DataValidation(type='list', formula1='\"a,b\"'); dv.add('E2:E1048576'); ws.add_data_validation(dv)",
      "wb.create_sheet('Andre').append([1, 'to', None, 'fire'])",
      "wb.save(sys.argv[1])",
    ].join("\n");
    await expectSameGrids(writeWithOpenpyxl(script));
  });

  it("any text, number and formula result exceljs can write (property)", async () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "&amp;",
        "<b>",
        "_x000D_",
        " lead",
        "trail ",
        "a\r\nb",
        "=SUM(1)",
        "&lt;",
        "æøå ÆØÅ",
        "😀",
      ),
    );
    const value = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      text.map((t) => ({ richText: [{ text: t }, { text: "!" }] })),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: 1 })
        .map((r) => ({ formula: "A1+1", result: r })),
      text.filter((t) => t.length > 0).map((t) => ({ formula: '"x"', result: t })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 6 }), async (rows) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("P");
        rows.forEach((row, r) =>
          row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
        );
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const { lean, exceljs } = await both(bytes);
        expect(lean).toEqual(exceljs);
      }),
      { numRuns: 60 },
    );
  });
});

describe("where the lean reader deliberately differs from exceljs", () => {
  it("keeps a formula's stored result of 0 or FALSE, which exceljs drops as 'not calculated'", async () => {
    const bytes = await pkg({
      sheets: [
        '<sheetData><row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c></row></sheetData>',
      ],
    });
    const { lean, exceljs } = await both(bytes);
    expect(lean.sheets[0].values[0]).toEqual([0, false]);
    expect(exceljs.sheets[0].values[0]).toEqual([
      { error: "uncalculated", formula: "=1-1" },
      { error: "uncalculated", formula: "=1>2" },
    ]);
  });
});
