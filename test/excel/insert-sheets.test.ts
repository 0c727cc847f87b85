// Whole sheets enter Excel as the bytes the exceljs writer made, in one sync.

import { insertSheets, toBase64 } from "../../src/excel/insert-sheets";
import { parseFramework } from "../../src/domain/framework";
import { writeWorkbook } from "../../src/files/write-workbook";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { FakeContext } from "../helpers/fake-excel";
import { readFileSync } from "node:fs";

describe("inserting sheets from the writer", () => {
  it("encodes bytes as Node's base64 does, also for large inputs", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("inserts a template in one sync, and the names exist only after it", async () => {
    const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));
    const bytes = await writeWorkbook(
      templateSheets({
        framework,
        card: { kind: "rammeomrade", area: "Kultur" },
        periods: yearPeriods([2026]),
      }),
    );
    const ctx = new FakeContext({ name: "Ark1", values: [] });
    const names = await insertSheets(ctx as unknown as Excel.RequestContext, bytes, [
      "Målekort",
      "Rammeverk",
    ]);
    expect(ctx.syncs).toBe(1);
    expect(names).toEqual(["Målekort", "Rammeverk"]);
    expect(ctx.inserted).toHaveLength(1);
    expect(Buffer.from(ctx.inserted[0].base64, "base64").equals(Buffer.from(bytes))).toBe(true);
    expect(ctx.inserted[0].options).toEqual({
      positionType: "End",
      sheetNamesToInsert: ["Målekort", "Rammeverk"],
    });
  });
});
