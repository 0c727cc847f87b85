// `npm run bench` (third part): the task pane's JavaScript after a production build, gzipped as a web
// server sends it. What taskpane.html loads at once must stay under the budget, so the pane opens fast
// in Excel; exceljs and the Excel host are loaded only when needed and are reported apart.

import { join } from "node:path";
import { buildAddin, bundleSizes, kb, totalGzipped, type JsFile } from "../scripts/addin-build";

const BUDGET_KB = 300;

function line(file: JsFile): string {
  return `    ${file.file.padEnd(34)} ${kb(file.bytes).toFixed(1).padStart(8)} KB  ${kb(file.gzipped).toFixed(1).padStart(7)} KB gzip`;
}

async function main(): Promise<void> {
  const build = await buildAddin(join("dist", "bench", "addin"), { reuse: true });
  console.log(
    build.built
      ? `Task pane bundle: production build in ${build.seconds.toFixed(1)} s (${build.outDir})`
      : `Task pane bundle: reused the current production build (${build.outDir})`,
  );
  const sizes = bundleSizes(build.outDir);
  const initial = kb(totalGzipped(sizes.initial));
  console.log(
    `  initial (taskpane.html's scripts): ${initial.toFixed(1)} KB gzipped – budget ${BUDGET_KB} KB: ${initial < BUDGET_KB ? "OK" : "OVER BUDGET"}`,
  );
  sizes.initial.forEach((f) => console.log(line(f)));
  console.log(`  lazy chunks (loaded when needed): ${kb(totalGzipped(sizes.lazy)).toFixed(1)} KB gzipped`);
  sizes.lazy.forEach((f) => console.log(line(f)));
  if (sizes.otherPages.length > 0) {
    console.log(
      `  ribbon commands and dialog pages: ${kb(totalGzipped(sizes.otherPages)).toFixed(1)} KB gzipped`,
    );
    sizes.otherPages.forEach((f) => console.log(line(f)));
  }
  if (initial >= BUDGET_KB) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
