// LibreOffice headless as an independent spreadsheet program: it recalculates a workbook (forced, or
// it would show the cached values the writer stored) and renders it to PDF, which pdftoppm turns into
// a PNG whose pixels the tests read.

import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import { PNG } from "pngjs";

const run = promisify(execFile);

export function sofficeAvailable(): boolean {
  return (
    spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0 &&
    spawnSync("pdftoppm", ["-v"], { stdio: "ignore" }).status === 0
  );
}

/** A fresh LibreOffice profile that recalculates every formula when an .xlsx is loaded. */
function profile(workDir: string): string {
  const dir = mkdtempSync(join(resolve(workDir), "profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Converts with LibreOffice (xlsx → xlsx recalculated, or xlsx → pdf) and returns the output path. */
export async function convert(input: string, format: "xlsx" | "pdf", workDir: string): Promise<string> {
  const outDir = mkdtempSync(join(resolve(workDir), `${format}-`));
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${profile(workDir)}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      resolve(input),
    ],
    { timeout: 180_000 },
  );
  return join(outDir, basename(input).replace(/\.xlsx$/i, `.${format}`));
}

export interface Picture {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number];
  png: PNG;
}

/** The first page of a PDF as a picture (pdftoppm, 110 dpi unless told), also written to `pngPath`. */
export async function renderFirstPage(pdf: string, pngPath: string, dpi = 110): Promise<Picture> {
  const prefix = pngPath.replace(/\.png$/, "");
  await run("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, prefix], {
    timeout: 60_000,
  });
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  return {
    width: png.width,
    height: png.height,
    png,
    pixel: (x, y) => {
      const i = (y * png.width + x) * 4;
      return [png.data[i], png.data[i + 1], png.data[i + 2]];
    },
  };
}

export interface Box {
  colour: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  pixels: number;
}

function hex(rgb: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * Connected regions of each given fill colour (4-neighbour flood fill), largest first. Text inside a
 * cell does not split its fill, so each coloured cell is one box; specks under `minPixels` are dropped.
 */
export function colourBoxes(
  picture: Picture,
  colours: Record<string, string>,
  tolerance = 6,
  minPixels = 60,
): Box[] {
  const { width, height } = picture;
  const seen = new Uint8Array(width * height);
  const targets = Object.entries(colours).map(([name, rgb]) => [name, hex(rgb)] as const);
  const match = (x: number, y: number): string | null => {
    const [r, g, b] = picture.pixel(x, y);
    const found = targets.find(
      ([, t]) =>
        Math.abs(t[0] - r) <= tolerance && Math.abs(t[1] - g) <= tolerance && Math.abs(t[2] - b) <= tolerance,
    );
    return found ? found[0] : null;
  };
  const boxes: Box[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (seen[y * width + x]) continue;
      const colour = match(x, y);
      if (!colour) continue;
      const box: Box = { colour, left: x, top: y, right: x, bottom: y, pixels: 0 };
      const stack = [[x, y]];
      seen[y * width + x] = 1;
      while (stack.length) {
        const [cx, cy] = stack.pop()!;
        box.pixels++;
        box.left = Math.min(box.left, cx);
        box.right = Math.max(box.right, cx);
        box.top = Math.min(box.top, cy);
        box.bottom = Math.max(box.bottom, cy);
        for (const [nx, ny] of [
          [cx + 1, cy],
          [cx - 1, cy],
          [cx, cy + 1],
          [cx, cy - 1],
        ]) {
          if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[ny * width + nx]) continue;
          if (match(nx, ny) !== colour) continue;
          seen[ny * width + nx] = 1;
          stack.push([nx, ny]);
        }
      }
      if (box.pixels >= minPixels) boxes.push(box);
    }
  }
  return boxes;
}

/** Boxes grouped into rows of the sheet (by vertical overlap), each row left to right, top to bottom. */
export function boxRows(boxes: Box[]): Box[][] {
  const rows: Box[][] = [];
  for (const box of [...boxes].sort((a, b) => a.top - b.top)) {
    const centre = (box.top + box.bottom) / 2;
    const row = rows.find((r) => centre >= r[0].top && centre <= r[0].bottom);
    if (row) row.push(box);
    else rows.push([box]);
  }
  return rows.map((r) => r.sort((a, b) => a.left - b.left));
}

/** The picture cut to its non-white content with a margin, for the README; `maxBottom` cuts empty rows below. */
export function cropToContent(picture: Picture, margin = 12, maxBottom = picture.height - 1): PNG {
  let [left, top, right, bottom] = [picture.width, picture.height, 0, 0];
  for (let y = 0; y < picture.height; y++) {
    for (let x = 0; x < picture.width; x++) {
      const [r, g, b] = picture.pixel(x, y);
      if (r < 245 || g < 245 || b < 245) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  left = Math.max(0, left - margin);
  top = Math.max(0, top - margin);
  right = Math.min(picture.width - 1, right + margin);
  bottom = Math.min(picture.height - 1, bottom + margin, maxBottom);
  const out = new PNG({ width: right - left + 1, height: bottom - top + 1 });
  PNG.bitblt(picture.png, out, left, top, out.width, out.height, 0, 0);
  return out;
}
