// «Oppdater trafikklys» on an in-memory host: what it reads, what it hands the host to write, and
// the Norwegian message it gives instead when it cannot.

import { refreshTrafficLight } from "../../src/app/traffic-light";
import { readFileSync } from "node:fs";
import { parseFramework } from "../../src/domain/framework";
import { frameworkSheet } from "../../src/workbook/framework-sheet";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { gridFrom, KRISTIANSUND } from "../helpers/cards";
import { RecordingHost } from "../helpers/recording-host";
import { shownSheets } from "../helpers/spec-grid";

const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));

function template() {
  return shownSheets(
    templateSheets({ framework, card: { kind: "felles" }, periods: yearPeriods([2024, 2025]) }),
  );
}

const sources = (host: RecordingHost) =>
  host.written[0].spec.validations.map((v) => (v.rule.kind === "list" ? v.rule.source : v.rule.formula));

describe("refreshing the traffic light on the active sheet", () => {
  it("writes formulas, dropdowns and colours into a canonical card and says how many rows", async () => {
    const [card, rammeverk] = template();
    const host = new RecordingHost([card, rammeverk]);
    const outcome = await refreshTrafficLight(host, framework);
    expect(outcome).toEqual({ ok: true, rows: expect.any(Number), kept: [] });
    expect(outcome.ok && outcome.rows).toBeGreaterThan(0);
    expect(host.written.map((w) => w.sheet)).toEqual([card.name]);
    // The focus-area dropdown lists the workbook's own Rammeverk, as far as it reaches.
    expect(sources(host)[0]).toBe(`Rammeverk!$A$2:$A$${framework.focusAreas.length + 1}`);
  });

  it("leaves out the dropdowns that need «Rammeverk» when the workbook has none", async () => {
    const [card] = template();
    const host = new RecordingHost([card]);
    expect((await refreshTrafficLight(host, framework)).ok).toBe(true);
    expect(sources(host).join(" ")).not.toContain("Rammeverk");
  });

  it("sends a hand-made card to «Oppgrader» and writes nothing", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND), shownSheets([frameworkSheet(framework)])[0]]);
    const outcome = await refreshTrafficLight(host, framework);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/Bruk «Oppgrader»/);
    expect(host.written).toEqual([]);
  });

  it("says what to do where it cannot write: no workbook, no Excel, an error from Excel", async () => {
    expect(await refreshTrafficLight(new RecordingHost([]), framework)).toEqual({
      ok: false,
      message: expect.stringMatching(/Ingen arbeidsbok er åpen/),
    });
    const fileHost = new RecordingHost(template(), 0, {
      writeInPlace: false,
      insertSheets: false,
      newWorkbook: true,
      charts: false,
    });
    expect(await refreshTrafficLight(fileHost, framework)).toEqual({
      ok: false,
      message: expect.stringMatching(/Åpne arbeidsboken i Excel/),
    });
    const failing = new RecordingHost(template());
    failing.writeInPlace = async () => {
      throw Object.assign(new Error("The sheet is protected."), { code: "AccessDenied", debugInfo: {} });
    };
    expect(await refreshTrafficLight(failing, framework)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Excel avviste endringen \(AccessDenied/),
    });
  });
});
