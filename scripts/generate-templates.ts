// `npm run templates`: writes the committed templates in templates/ from the example framework.
// Deterministic (fixed periods and creation time), so a regenerated template only changes when the
// layout or the framework does.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseFramework } from "../src/domain/framework";
import { writeWorkbook } from "../src/files/write-workbook";
import { templateSheets, yearPeriods, type TemplateOptions } from "../src/workbook/template";

const ROOT = join(__dirname, "..");
const framework = parseFramework(JSON.parse(readFileSync(join(ROOT, "examples", "rammeverk.json"), "utf8")));
const periods = yearPeriods([2025, 2026, 2027]);
const created = new Date(Date.UTC(2026, 0, 1));

const TEMPLATES: { file: string; card: TemplateOptions["card"] }[] = [
  { file: "felles-malekort.xlsx", card: { kind: "felles" } },
  { file: "malekort-rammeomrade.xlsx", card: { kind: "rammeomrade", area: null } },
];

async function main(): Promise<void> {
  for (const { file, card } of TEMPLATES) {
    const sheets = templateSheets({ framework, card, periods });
    writeFileSync(join(ROOT, "templates", file), await writeWorkbook(sheets, { created }));
    console.log(`templates/${file}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
