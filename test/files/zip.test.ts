// The minimal zip reader and writer the CLI uses with node:zlib (src/files/zip-*.ts), against JSZip
// both ways, and the fallback to JSZip for every zip they do not handle, with the same errors.

import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import * as zlib from "node:zlib";
import { committedTemplates } from "../../scripts/templates";
import { nodeZipCodec } from "../../src/files/node-zip-codec";
import { readWorkbookGrids, type WorkbookReadError } from "../../src/files/read-workbook";
import { writeWorkbook } from "../../src/files/write-workbook";
import { useZipCodec } from "../../src/files/zip-codec";
import { nativePackage } from "../../src/files/zip-read";
import { crc32, writeZip, type ZipPart } from "../../src/files/zip-write";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { errorOf } from "./read-error";

const PARTS: ZipPart[] = [
  { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types/>' },
  { name: "xl/worksheets/sheet1.xml", data: "<row>Ønsket – ≥ 90 %</row>".repeat(500) },
  { name: "xl/tom.xml", data: "" },
  { name: "xl/media/bilde.bin", data: Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 256) },
  { name: "Økonomi/målekort æøå.xml", data: "\uFEFF<a>BOM og æøå</a>" },
];
const DATE = new Date(Date.UTC(2026, 0, 1, 12, 30, 10));

async function jszipContents(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => [f.name, await f.async("string")] as [string, string]));
}

const asText = (data: string | Uint8Array) =>
  typeof data === "string" ? data : Buffer.from(data).toString("utf8");

async function nativeContents(bytes: Uint8Array): Promise<[string, string][]> {
  const pkg = nativePackage(bytes, nodeZipCodec);
  if (!pkg) throw new Error("the native reader declined");
  return Promise.all(pkg.paths.map(async (p) => [p, (await pkg.text(p))!] as [string, string]));
}

/** The error without the codec (JSZip, as always) and with it. */
async function errorsBothWays(bytes: Uint8Array): Promise<WorkbookReadError[]> {
  useZipCodec(null);
  const before = await errorOf(bytes);
  useZipCodec(nodeZipCodec);
  try {
    return [before, await errorOf(bytes)];
  } finally {
    useZipCodec(null);
  }
}

describe("the zip writer", () => {
  it("writes what JSZip reads: names in order, UTF-8 names, stored and deflated parts, dates", async () => {
    const bytes = writeZip(PARTS, nodeZipCodec, { date: DATE, level: 6 });
    expect(await jszipContents(bytes)).toEqual(PARTS.map((p) => [p.name, asText(p.data)]));
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(zip.file("xl/worksheets/sheet1.xml")!.date.getTime()).toBe(DATE.getTime());
    // Deflated where it pays, stored where it does not (an empty part).
    expect(bytes.length).toBeLessThan(2000);
  });

  it("round-trips any parts through JSZip and through its own reader (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), data: fc.string() }), {
          selector: (p) => p.name,
          maxLength: 6,
        }),
        async (parts) => {
          const named = parts.map((p) => ({ name: `x/${p.name.replace(/[/\\]/g, "_")}.xml`, data: p.data }));
          const unique = [...new Map(named.map((p) => [p.name, p])).values()];
          const bytes = writeZip(unique, nodeZipCodec, { date: DATE, level: 1 });
          const expected = unique.map((p) => [p.name, p.data]);
          expect(await jszipContents(bytes)).toEqual(expected);
          expect(await nativeContents(bytes)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("computes the same CRC-32 in plain JavaScript as zlib", () => {
    for (const part of PARTS) {
      const bytes = typeof part.data === "string" ? new TextEncoder().encode(part.data) : part.data;
      expect(crc32(bytes)).toBe(zlib.crc32(bytes));
    }
  });
});

describe("the zip reader", () => {
  it.each(["DEFLATE", "STORE"] as const)(
    "reads what JSZip writes (%s), without its folders",
    async (compression) => {
      const zip = new JSZip();
      for (const p of PARTS) zip.file(p.name, p.data);
      const bytes = await zip.generateAsync({ type: "uint8array", compression });
      expect(Object.values(zip.files).some((f) => f.dir)).toBe(true);
      expect(await nativeContents(bytes)).toEqual(PARTS.map((p) => [p.name, asText(p.data)]));
      const pkg = nativePackage(bytes, nodeZipCodec)!;
      expect(pkg.has("xl/")).toBe(false);
      expect(pkg.uncompressedSize("xl/worksheets/sheet1.xml")).toBe(
        Buffer.byteLength(PARTS[1].data as string),
      );
      expect(await pkg.text("xl/finnes-ikke.xml")).toBeNull();
    },
  );

  it("leaves to JSZip what it does not handle: truncated, prefixed, encrypted and other methods", async () => {
    const bytes = writeZip(PARTS, nodeZipCodec, { date: DATE, level: 6 });
    expect(nativePackage(bytes, nodeZipCodec)).not.toBeNull();
    expect(nativePackage(bytes.slice(0, bytes.length - 30), nodeZipCodec)).toBeNull();
    expect(nativePackage(new Uint8Array([1, 2, 3, ...bytes]), nodeZipCodec)).toBeNull();
    const centralFlags = (b: Uint8Array, at: number, set: (view: DataView, cd: number) => void) => {
      const copy = b.slice();
      const view = new DataView(copy.buffer);
      const eocd = copy.length - 22;
      set(view, view.getUint32(eocd + 16, true) + at);
      return copy;
    };
    expect(
      nativePackage(
        centralFlags(bytes, 8, (v, cd) => v.setUint16(cd, 1, true)),
        nodeZipCodec,
      ),
    ).toBeNull();
    expect(
      nativePackage(
        centralFlags(bytes, 10, (v, cd) => v.setUint16(cd, 12, true)),
        nodeZipCodec,
      ),
    ).toBeNull();
  });

  it("calls a part damaged when it inflates to another size than the directory says", async () => {
    const bytes = writeZip(PARTS.slice(0, 2), nodeZipCodec, { date: DATE, level: 6 });
    const view = new DataView(bytes.buffer);
    const cd = view.getUint32(bytes.length - 22 + 16, true);
    const second = cd + 46 + Buffer.byteLength(PARTS[0].name);
    view.setUint32(second + 24, view.getUint32(second + 24, true) - 1, true);
    await expect(nativePackage(bytes, nodeZipCodec)!.text(PARTS[1].name)).rejects.toThrow();
  });
});

describe("reading workbooks with the node:zlib codec", () => {
  afterEach(() => useZipCodec(null));

  it("gives the same errors as JSZip did for damaged and foreign zips", async () => {
    const whole = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const word = new JSZip();
    word.file("word/document.xml", "<document/>");
    for (const bytes of [
      whole.slice(0, Math.floor(whole.length * 0.6)),
      whole.slice(0, whole.length - 10),
      await word.generateAsync({ type: "uint8array" }),
    ]) {
      const [before, after] = await errorsBothWays(bytes);
      expect({ code: after.code, message: after.message }).toEqual({
        code: before.code,
        message: before.message,
      });
    }
  });

  it("gives the same grids as JSZip for the committed templates", async () => {
    for (const { bytes } of await committedTemplates()) {
      useZipCodec(null);
      const before = await readWorkbookGrids(bytes);
      useZipCodec(nodeZipCodec);
      expect(await readWorkbookGrids(bytes)).toEqual(before);
    }
  });
});

describe("writing workbooks with the node:zlib codec", () => {
  afterEach(() => useZipCodec(null));

  it("writes the parts exceljs writes, in its order, with the same content", async () => {
    const sheets = templateSheets({
      framework: DEFAULT_FRAMEWORK,
      card: { kind: "rammeomrade", area: "Kultur" },
      periods: yearPeriods([2025, 2026, 2027]),
      protect: true,
    });
    const created = new Date(Date.UTC(2026, 0, 1));
    const before = await jszipContents(await writeWorkbook(sheets, { created }));
    useZipCodec(nodeZipCodec);
    const bytes = await writeWorkbook(sheets, { created });
    expect(await jszipContents(bytes)).toEqual(before);
    expect(before[0][0]).toBe("[Content_Types].xml");
  });
});
