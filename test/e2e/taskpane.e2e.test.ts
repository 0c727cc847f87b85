// The built task pane in a real browser: Debian's Chromium, driven by playwright-core, opens the
// production build from a local server. office.js is the real one from node_modules, served in place of
// Microsoft's CDN; outside Office it reports no host, so the pane runs on the file host, as it does for
// a user who opens it in a browser. At the task pane's width of 320 px the test opens a hand-made card,
// reads its findings and colours against the engine's, goes to a finding's cell, uses the tabs from the
// keyboard, and consolidates three files (one broken) into an overview it downloads and reads back.
// Screenshots of each pane go to test-output/e2e; MALEKORT_UPDATE_PICTURES=1 also refreshes
// docs/taskpane.png for the README.

import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { checkGrid, type CardCheck } from "../../src/app/validate";
import { municipalitySentence } from "../../src/domain/consolidate";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { STATUSES, type Severity } from "../../src/domain/model";
import { readWorkbookGrids } from "../../src/files/read-workbook";
import { checkWorkbookBytes, overviewWorkbook } from "../../src/files/workbook-jobs";
import { SEVERITY_LABEL, T } from "../../src/taskpane/texts";
import { FILL_COLOURS } from "../../src/workbook/sheet-spec";
import { buildAddin, bundleSizes, kb, totalGzipped } from "../../scripts/addin-build";
import { ASKER, KRISTIANSUND } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { serveFolder, type StaticServer } from "./static-server";

const CHROMIUM = "/usr/bin/chromium";
const OUT = join("test-output", "e2e");
const BUILD = join("test-output", "addin-build");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = resolve("node_modules", "@microsoft", "office-js", "dist");
/** Where office.js itself reaches out to (its CDN and its telemetry frame). */
const OFFICE_HOSTS = /(^|\.)(microsoft\.com|oaspapps\.com)$/;
const PANE_WIDTH = 320;
const BUDGET_KB = 300;

const available = existsSync(CHROMIUM);
if (!available)
  console.warn(
    `Chromium (${CHROMIUM}) is missing: the task pane's end-to-end test is skipped. Install Debian's chromium package.`,
  );

/** The rgb() a browser computes for one of the workbook's fill colours. */
function rgb(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function engineCheck(bytes: Uint8Array, sheet: string): Promise<CardCheck> {
  const { sheets } = await readWorkbookGrids(bytes);
  return checkGrid(
    sheets.find((s) => s.name === sheet)!,
    DEFAULT_FRAMEWORK,
  );
}

(available ? describe : describe.skip)("the task pane in Chromium, outside Excel", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let kortBytes: Uint8Array;
  let kultur: CardCheck;

  const pane = () => page.locator("main > div").first();
  const sheetChoice = () => page.getByLabel(T.file.sheet, { exact: true });
  const tab = (name: string) => page.getByRole("tab", { name, exact: true });
  /** Nothing spills sideways at the task pane's width. */
  const expectNoSidewaysScroll = async () => {
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  };
  const shoot = async (name: string) => {
    await pane().screenshot({ path: join(OUT, name), animations: "disabled" });
  };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const build = await buildAddin(BUILD, { reuse: true });
    if (build.built) console.log(`Built the add-in in ${build.seconds.toFixed(0)} s`);
    server = await serveFolder(build.outDir);
    kortBytes = await cardsToXlsx([KRISTIANSUND, ASKER]);
    kultur = await engineCheck(kortBytes, KRISTIANSUND.name);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    context = await browser.newContext({
      viewport: { width: PANE_WIDTH, height: 720 },
      locale: "nb-NO",
      acceptDownloads: true,
    });
    // Offline: the real office.js (and the files it loads beside itself) from node_modules in place of
    // the CDN, the pane from the local server, and nothing else.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.startsWith(OFFICE_CDN)) {
        const local = join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
        if (local.startsWith(OFFICE_DIST) && existsSync(local) && statSync(local).isFile())
          return route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" });
      }
      blocked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (err) => pageErrors.push(`${err.message}\n${err.stack}`));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(T.outsideExcel).waitFor();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads under the bundle budget: the initial JavaScript is under 300 KB gzipped", () => {
    const sizes = bundleSizes(resolve(BUILD));
    expect(sizes.initial.map((f) => f.file)).toContainEqual(expect.stringMatching(/^taskpane\..*\.js$/));
    expect(kb(totalGzipped(sizes.initial))).toBeLessThan(BUDGET_KB);
    // exceljs is not in it: reading and writing workbooks comes in a chunk loaded when needed.
    expect(sizes.lazy.length).toBeGreaterThan(0);
  });

  it("opens a hand-made card and shows its findings by severity", async () => {
    await page.getByTestId("open-card").setInputFiles({
      name: "kort.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(kortBytes),
    });
    const counts = {
      error: kultur.findings.error.length,
      warning: kultur.findings.warning.length,
      info: kultur.findings.info.length,
    };
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      T.structure.summary(KRISTIANSUND.name, kultur.scorecard.indicators.length, counts),
    );
    expect(counts.warning + counts.info).toBeGreaterThan(0);
    // The real office.js ran, and said what it says outside Office: no host, so the pane is on files.
    expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
    expect(await sheetChoice().inputValue()).toBe("0");

    // Notes start folded; open them, then every finding with a cell is a button naming its cell.
    if (counts.info > 0)
      await page.getByRole("button", { name: new RegExp(`^${SEVERITY_LABEL.info}`) }).click();
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const list = page.getByRole("list", { name: SEVERITY_LABEL[severity], exact: true });
      const expected = kultur.findings[severity];
      if (expected.length === 0) {
        expect(await list.count()).toBe(0);
        continue;
      }
      const cells = await list
        .locator("button[data-cell]")
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-cell")));
      expect(cells).toEqual(expected.filter((f) => f.cell).map((f) => f.cell));
      const texts = await list.locator("li").allTextContents();
      expect(texts).toEqual(expected.map((f) => `${f.cell ?? T.structure.sheetLevel}${f.message}`));
    }

    await expectNoSidewaysScroll();
    await shoot("taskpane-struktur.png");
  });

  it("takes the user to a finding's cell in the sheet preview", async () => {
    const finding = [...kultur.findings.warning, ...kultur.findings.info].find((f) => f.cell)!;
    const button = page.locator(`button[data-cell="${finding.cell}"]`);
    await button.click();
    const cell = page.locator(`td[data-cell="${finding.cell}"]`);
    await page.waitForFunction(
      (address) =>
        document.querySelector(`td[data-cell="${address}"]`)?.getAttribute("aria-selected") === "true",
      finding.cell,
    );
    expect(await page.locator('td[aria-selected="true"]').count()).toBe(1);
    // It is scrolled into view, as Excel would show the selected cell.
    const inView = await cell.evaluate((td) => {
      const box = td.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);

    // Another finding, chosen from the keyboard, moves the selection.
    const other = [...kultur.findings.warning, ...kultur.findings.info].find(
      (f) => f.cell && f.cell !== finding.cell,
    );
    if (other) {
      await page.locator(`button[data-cell="${other.cell}"]`).focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (address) =>
          document.querySelector(`td[data-cell="${address}"]`)?.getAttribute("aria-selected") === "true",
        other.cell,
      );
      expect(await cell.getAttribute("aria-selected")).toBeNull();
    }
  });

  it("colours every result in the preview as the engine judged it", async () => {
    const shown = await page
      .locator("td[data-status]")
      .evaluateAll((cells) =>
        Object.fromEntries(cells.map((td) => [td.getAttribute("data-cell"), td.getAttribute("data-status")])),
      );
    const engine = Object.fromEntries(
      kultur.scorecard.indicators.flatMap((i) => i.results.map((r) => [r.cell, r.status])),
    );
    expect(shown).toEqual(engine);
    for (const status of ["desired", "acceptable", "unacceptable", "missing"] as const) {
      const address = Object.keys(engine).find((a) => engine[a] === status);
      if (!address) continue;
      const colour = await page
        .locator(`td[data-cell="${address}"]`)
        .evaluate((td) => getComputedStyle(td).backgroundColor);
      expect(colour).toBe(rgb(FILL_COLOURS[status]));
    }
  });

  it("switches sheets with the «Ark» choice", async () => {
    const sheet = sheetChoice();
    await sheet.selectOption({ label: ASKER.name });
    const barnehager = await engineCheck(kortBytes, ASKER.name);
    const summary = page.getByTestId("check-summary");
    await page.waitForFunction(
      ([text]) => document.querySelector('[data-testid="check-summary"]')?.textContent === text,
      [
        T.structure.summary(ASKER.name, barnehager.scorecard.indicators.length, {
          error: barnehager.findings.error.length,
          warning: barnehager.findings.warning.length,
          info: barnehager.findings.info.length,
        }),
      ],
    );
    expect(await summary.isVisible()).toBe(true);
    await sheet.selectOption({ label: KRISTIANSUND.name });
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="check-summary"]')?.textContent?.includes(`«${name}»`),
      KRISTIANSUND.name,
    );
  });

  it("moves between the tabs with the keyboard", async () => {
    // From the control before the tabs, Tab reaches the selected tab; the arrow keys move along the tabs.
    await sheetChoice().focus();
    let role: string | null = null;
    for (let i = 0; i < 8 && role !== "tab"; i++) {
      await page.keyboard.press("Tab");
      role = await page.evaluate(() => document.activeElement?.getAttribute("role") ?? null);
    }
    expect(role).toBe("tab");
    const focused = (name: string) => tab(name).evaluate((el) => el === document.activeElement);
    expect(await focused(T.tabs.structure)).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await focused(T.tabs.trafficLight)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await tab(T.tabs.trafficLight).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("tabpanel", { name: T.tabs.trafficLight }).waitFor();
  });

  it("counts the card's statuses on Trafikklys", async () => {
    const chart = page.getByRole("table", { name: T.trafficLight.chartLabel });
    await chart.waitFor();
    for (const status of STATUSES) {
      const count = chart.locator(`tr[data-status="${status}"] td`).last();
      expect(Number(await count.textContent())).toBe(kultur.counts[status]);
    }
    await page.getByText(municipalitySentence(kultur.counts)).waitFor();
    await expectNoSidewaysScroll();
    await shoot("taskpane-trafikklys.png");

    // Outside Excel the card comes back as a new file with its traffic light; the opened file stays as it was.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: T.trafficLight.downloadUpgraded }).click(),
    ]);
    const saved = join(OUT, "taskpane-trafikklys.xlsx");
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(`${KRISTIANSUND.name}-trafikklys.xlsx`);
    const upgraded = await readWorkbookGrids(new Uint8Array(await readFile(saved)));
    const cards = upgraded.sheets.map((s) => checkGrid(s, DEFAULT_FRAMEWORK)).filter((c) => !c.empty);
    expect(cards.map((c) => c.scorecard.indicators.length)).toEqual([kultur.scorecard.indicators.length]);
  });

  it("consolidates three files, one broken, into an overview it downloads", async () => {
    await tab(T.tabs.consolidate).click();
    const picked = [
      { name: "kultur.xlsx", bytes: await cardsToXlsx([KRISTIANSUND]) },
      { name: "ødelagt.xlsx", bytes: new Uint8Array(Buffer.from("Dette er ikke en arbeidsbok.\n")) },
      { name: "barnehager.xlsx", bytes: await cardsToXlsx([ASKER]) },
    ];
    await page.getByTestId("consolidate-files").setInputFiles(
      picked.map((f) => ({
        name: f.name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(f.bytes),
      })),
    );
    const items = page.locator("li[data-state]");
    expect(await items.evaluateAll((li) => li.map((l) => l.getAttribute("data-state")))).toEqual([
      "waiting",
      "waiting",
      "waiting",
    ]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: T.consolidate.run, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("oversikt.xlsx");
    const saved = join(OUT, "taskpane-oversikt.xlsx");
    await download.saveAs(saved);
    await page.getByTestId("consolidate-summary").waitFor();
    expect(await items.evaluateAll((li) => li.map((l) => l.getAttribute("data-state")))).toEqual([
      "read",
      "failed",
      "read",
    ]);

    // The same files through the CLI's code in Node: the browser's overview must be the same workbook.
    const sources = await Promise.all(
      picked.map((f) => checkWorkbookBytes(f.name, f.bytes, DEFAULT_FRAMEWORK)),
    );
    const node = await overviewWorkbook(sources, DEFAULT_FRAMEWORK);
    const failedBar = page.getByText(T.consolidate.failedTitle).locator("xpath=..");
    expect(await failedBar.textContent()).toContain(`ødelagt.xlsx: ${sources[1].error!.message}`);
    const summary = await page.getByTestId("consolidate-summary").textContent();
    expect(summary).toContain(`${municipalitySentence(node.overview.totals)}.`);
    expect(summary).toContain(T.consolidate.deliveredDownload);

    const overview = await readWorkbookGrids(new Uint8Array(await readFile(saved)));
    const sheet = (name: string) => overview.sheets.find((s) => s.name === name)!;
    expect(overview.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Sammendrag",
        "Gjennomgående",
        "Alle indikatorer",
        "Problemer",
        "Statusfordeling",
      ]),
    );
    const text = (name: string) =>
      sheet(name)
        .values.flat()
        .filter((v) => typeof v === "string");
    expect(text("Problemer")).toEqual(expect.arrayContaining(["ødelagt.xlsx"]));
    const indicators = sources.flatMap((s) => s.scorecards.flatMap((c) => c.indicators.map((i) => i.name)));
    expect(indicators).toHaveLength(7 + 3); // Kristiansund's seven and Asker's three: none lost on the way
    expect(text("Alle indikatorer")).toEqual(expect.arrayContaining(indicators));
    expect(overview.sheets).toEqual((await readWorkbookGrids(node.bytes!)).sheets);
    await expectNoSidewaysScroll();
    await shoot("taskpane-konsolider.png");
  });

  it("takes a whole folder: its workbooks in subfolders too, without lock files or other files", async () => {
    const folder = join(OUT, "mappe");
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, "oppvekst"), { recursive: true });
    writeFileSync(join(folder, "kultur.xlsx"), await cardsToXlsx([KRISTIANSUND]));
    writeFileSync(join(folder, "oppvekst", "barnehager.xlsx"), await cardsToXlsx([ASKER]));
    writeFileSync(join(folder, "~$kultur.xlsx"), "Excels låsefil");
    writeFileSync(join(folder, "referat.pdf"), "%PDF-1.4");
    await page.getByTestId("consolidate-folder").setInputFiles(folder);
    const names = page.locator("li[data-state] > span").first();
    await names.waitFor();
    const listed = await page
      .locator("li[data-state]")
      .evaluateAll((li) => li.map((l) => [l.firstElementChild!.textContent, l.getAttribute("data-state")]));
    expect(listed).toEqual([
      ["mappe/kultur.xlsx", "waiting"],
      ["mappe/oppvekst/barnehager.xlsx", "waiting"],
    ]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: T.consolidate.run, exact: true }).click(),
    ]);
    const overview = await readWorkbookGrids(new Uint8Array(await readFile(await download.path())));
    const all = overview.sheets.find((s) => s.name === "Alle indikatorer")!.values.flat();
    expect(all).toEqual(expect.arrayContaining(["mappe/kultur.xlsx", "mappe/oppvekst/barnehager.xlsx"]));
  });

  it("opens on the tab the address names (#konsolider)", async () => {
    const second = await context.newPage();
    await second.goto(`${server.url}taskpane.html#konsolider`);
    await second.getByRole("tabpanel", { name: T.tabs.consolidate }).waitFor();
    expect(await second.getByRole("tab", { name: T.tabs.consolidate }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await second.close();
  });

  it("shows the pane beside the sheet on a wide screen", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await tab(T.tabs.structure).click();
    const finding = kultur.findings.warning.find((f) => f.cell) ?? kultur.findings.info.find((f) => f.cell)!;
    await page.locator(`button[data-cell="${finding.cell}"]`).click();
    await page.locator(`td[data-cell="${finding.cell}"][aria-selected="true"]`).waitFor();
    // Side by side: the preview starts to the right of the pane.
    const paneBox = (await pane().boundingBox())!;
    const previewBox = (await page.locator("table").first().boundingBox())!;
    expect(previewBox.x).toBeGreaterThan(paneBox.x + paneBox.width);
    const file = join(OUT, "taskpane-wide.png");
    await page.screenshot({ path: file, animations: "disabled" });
    if (process.env.MALEKORT_UPDATE_PICTURES === "1") {
      mkdirSync("docs", { recursive: true });
      copyFileSync(file, join("docs", "taskpane.png"));
    }
  });

  it("ran without a script error and asked nothing of the network", () => {
    expect(pageErrors).toEqual([]);
    // office.js looks for its own files and its telemetry at Microsoft (blocked here); the pane itself
    // asks for nothing outside its own server.
    expect(blocked.filter((url) => !OFFICE_HOSTS.test(new URL(url).hostname))).toEqual([]);
  });
});
