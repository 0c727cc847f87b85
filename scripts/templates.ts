// The committed templates: which files, from which framework, with which periods. Deterministic (fixed
// periods and creation time), so a regenerated template only changes when the layout or framework does.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFramework } from "../src/domain/framework";
import { writeWorkbook } from "../src/files/write-workbook";
import { templateSheets, yearPeriods, type TemplateOptions } from "../src/workbook/template";

export const ROOT = join(__dirname, "..");

const TEMPLATES: { file: string; card: TemplateOptions["card"] }[] = [
  { file: "felles-malekort.xlsx", card: { kind: "felles" } },
  { file: "malekort-rammeomrade.xlsx", card: { kind: "rammeomrade", area: null } },
];

export async function committedTemplates(): Promise<{ file: string; bytes: Uint8Array }[]> {
  const framework = parseFramework(
    JSON.parse(readFileSync(join(ROOT, "examples", "rammeverk.json"), "utf8")),
  );
  const periods = yearPeriods([2025, 2026, 2027]);
  const created = new Date(Date.UTC(2026, 0, 1));
  return Promise.all(
    TEMPLATES.map(async ({ file, card }) => ({
      file,
      bytes: await writeWorkbook(templateSheets({ framework, card, periods }), { created }),
    })),
  );
}
