// The ribbon's «Oppdater trafikklys» and its message dialog: the same use case as the pane, a
// Norwegian message where it cannot be done, and a dialog that shows that message as text.

import { readFileSync } from "node:fs";
import { dialogUrl, refreshTrafficLightOn } from "../../src/commands/commands";
import { messageFrom, showMessage } from "../../src/commands/dialog";
import { parseFramework } from "../../src/domain/framework";
import { templateSheets, yearPeriods } from "../../src/workbook/template";
import { gridFrom, KRISTIANSUND } from "../helpers/cards";
import { RecordingHost } from "../helpers/recording-host";
import { shownSheets } from "../helpers/spec-grid";

const framework = parseFramework(JSON.parse(readFileSync("examples/rammeverk.json", "utf8")));

async function run(host: RecordingHost): Promise<string[]> {
  const told: string[] = [];
  await refreshTrafficLightOn(host, async (message) => {
    told.push(message);
  });
  return told;
}

describe("the ribbon's «Oppdater trafikklys»", () => {
  it("writes the traffic light into a canonical card and says nothing", async () => {
    const sheets = shownSheets(
      templateSheets({
        framework,
        card: { kind: "rammeomrade", area: "Kultur" },
        periods: yearPeriods([2025]),
      }),
    );
    const host = new RecordingHost(sheets);
    expect(await run(host)).toEqual([]);
    expect(host.written).toHaveLength(1);
  });

  it("tells the user to upgrade a hand-made card, and writes nothing", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND)]);
    const told = await run(host);
    expect(told).toEqual([expect.stringMatching(/Bruk «Oppgrader»/)]);
    expect(host.written).toEqual([]);
  });

  it("turns an error from Excel into a message, never a thrown error", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND)]);
    host.readSheet = async () => {
      throw Object.assign(new Error("Busy"), { code: "GeneralException", debugInfo: {} });
    };
    expect(await run(host)).toEqual([expect.stringMatching(/^Excel avviste endringen \(GeneralException/)]);
  });
});

describe("the message dialog", () => {
  const message = "Arket «A&B <b>fet</b>» er ikke et målekort. Bruk «Oppgrader».";

  it("is opened beside the function file with the message in its address", () => {
    const url = new URL(dialogUrl("https://localhost:3000/commands.html?x=1", message));
    expect(url.origin + url.pathname).toBe("https://localhost:3000/dialog.html");
    expect(messageFrom(url.search)).toBe(message);
  });

  it("shows the message as text, never as markup, and closes on «Lukk»", () => {
    const elements: Record<
      string,
      { textContent: string | null; click?: () => void; addEventListener(t: "click", fn: () => void): void }
    > = {};
    for (const id of ["melding", "lukk"])
      elements[id] = { textContent: null, addEventListener: (_t, fn) => (elements[id].click = fn) };
    let closed = 0;
    showMessage(
      { getElementById: (id) => elements[id] ?? null },
      `?melding=${encodeURIComponent(message)}`,
      () => closed++,
    );
    expect(elements.melding.textContent).toBe(message);
    elements.lukk.click!();
    expect(closed).toBe(1);
    expect(readFileSync("src/commands/dialog.ts", "utf8")).not.toMatch(
      /innerHTML|insertAdjacentHTML|outerHTML/,
    );
  });

  it("has a fallback text when opened without a message", () => {
    expect(messageFrom("")).toMatch(/Prøv igjen/);
  });
});
