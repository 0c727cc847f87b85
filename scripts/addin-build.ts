// The add-in's production build as the end-to-end test and `npm run bench` need it: built with the
// project's own webpack.config.js into a folder of their choosing (reused while no input changed
// since), and its JavaScript measured the way a browser fetches it: what taskpane.html loads at once,
// gzipped, against the chunks it loads only when needed.

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Everything the bundle is made from; a build newer than all of it is still the current build. */
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/dev-certs.cjs",
  "scripts/manifest-url.cjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
  "package-lock.json",
];
const STAMP = ".build-stamp.json";

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0);
}

function inputsChanged(root: string): number {
  return INPUTS.reduce((newest, input) => Math.max(newest, newestChange(join(root, input))), 0);
}

export interface AddinBuild {
  outDir: string;
  /** False when an earlier build was still current and was reused. */
  built: boolean;
  seconds: number;
}

/**
 * `webpack --mode production` into outDir (which webpack empties first). With reuse, a build whose
 * stamp says it was made after the newest change to any input is kept as it is.
 */
export async function buildAddin(outDir: string, options: { reuse?: boolean; root?: string } = {}) {
  const root = resolve(options.root ?? ".");
  const out = resolve(outDir);
  const newest = inputsChanged(root);
  const stampFile = join(out, STAMP);
  if (options.reuse && existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8")) as { inputs: number };
    if (stamp.inputs === newest && existsSync(join(out, "taskpane.html")))
      return { outDir: out, built: false, seconds: 0 } satisfies AddinBuild;
  }
  const started = Date.now();
  const webpack = join(root, "node_modules", "webpack", "bin", "webpack.js");
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done() : fail(new Error(`webpack failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
  writeFileSync(stampFile, JSON.stringify({ inputs: newest }));
  return { outDir: out, built: true, seconds: (Date.now() - started) / 1000 } satisfies AddinBuild;
}

/** The local scripts a built page loads as it opens, in order (minified HTML may leave src unquoted). */
export function pageScripts(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), "utf8");
  const scripts: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    const url = src?.[1] ?? src?.[2] ?? src?.[3];
    if (url && !/^(https?:)?\/\//i.test(url)) scripts.push(url.replace(/^\.?\//, ""));
  }
  return scripts;
}

export interface JsFile {
  file: string;
  bytes: number;
  gzipped: number;
}

export interface BundleSizes {
  /** What taskpane.html loads before the pane can show anything. */
  initial: JsFile[];
  /** Chunks the pane loads on demand (exceljs for reading and writing workbooks, the Excel host). */
  lazy: JsFile[];
  /** The ribbon's function file and dialog, which are other pages. */
  otherPages: JsFile[];
}

function measure(outDir: string, file: string): JsFile {
  if (!existsSync(join(outDir, file)))
    throw new Error(`A page of the build loads ${file}, which is not in ${outDir}.`);
  const bytes = readFileSync(join(outDir, file));
  return { file, bytes: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

export function bundleSizes(outDir: string): BundleSizes {
  const initial = pageScripts(outDir, "taskpane.html");
  const otherPages = ["commands.html", "dialog.html"]
    .filter((page) => existsSync(join(outDir, page)))
    .flatMap((page) => pageScripts(outDir, page))
    .filter((file) => !initial.includes(file));
  const lazy = readdirSync(outDir)
    .filter((file) => file.endsWith(".js") && !initial.includes(file) && !otherPages.includes(file))
    .sort();
  return {
    initial: initial.map((file) => measure(outDir, file)),
    lazy: lazy.map((file) => measure(outDir, file)),
    otherPages: [...new Set(otherPages)].map((file) => measure(outDir, file)),
  };
}

export const kb = (bytes: number) => bytes / 1024;

export function totalGzipped(files: JsFile[]): number {
  return files.reduce((sum, f) => sum + f.gzipped, 0);
}
