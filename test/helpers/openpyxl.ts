// An independent reader: Debian's openpyxl (run with /usr/bin/python3, which has it) reads what we
// wrote, cell by cell, with its type — "f" for a formula, "s" for text, "n" for a number.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PyCell {
  value: string | number | boolean | null;
  type: string;
}

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[{"value": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(), "type": c.data_type} for c in row] for row in ws.iter_rows()]
print(json.dumps(out))
`;

export function openpyxlAvailable(): boolean {
  return spawnSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;
}

export function readWithOpenpyxl(file: string): Record<string, PyCell[][]> {
  const run = spawnSync("/usr/bin/python3", ["-c", SCRIPT, file], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, PyCell[][]>;
}

/**
 * A workbook as openpyxl writes it: `script` gets the output path as sys.argv[1]. Fails on any error
 * or warning openpyxl prints, so a test never reads a half-written file.
 */
export function writeWithOpenpyxl(script: string): Uint8Array {
  const file = join(mkdtempSync(join(tmpdir(), "malekort-openpyxl-")), "openpyxl.xlsx");
  const run = spawnSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
  if (run.status !== 0 || run.stderr !== "") throw new Error(`openpyxl failed: ${run.stderr}`);
  return new Uint8Array(readFileSync(file));
}
