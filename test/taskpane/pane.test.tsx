/**
 * @jest-environment jsdom
 */
// The task pane on the file host, in jsdom: open a hand-made card, see its findings grouped by
// severity, click one and land on its cell, and see the card's statuses on the Trafikklys tab.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App, tabFromHash } from "../../src/taskpane/App";
import { FileHost } from "../../src/browser/file-host";
import { KRISTIANSUND } from "../helpers/cards";
import { cardsToXlsx } from "../helpers/cards-xlsx";
import { RecordingHost } from "../helpers/recording-host";
import { gridFrom } from "../helpers/cards";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/useCardCheck";
import { templateSpecs, workbookBytes } from "../../src/app/new-workbooks";
import { DEFAULT_FRAMEWORK } from "../../src/domain/framework";
import { readWorkbookGrids } from "../../src/files/read-workbook";

/** Renders the pane and lets its first reads (the card, the workbook's framework) settle. */
async function renderPane(host: FileHost | RecordingHost, store: Storage | null = null): Promise<void> {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} store={store} />
      </FluentProvider>,
    );
  });
}

describe("the task pane outside Excel", () => {
  it("opens on the tab the ribbon asks for", () => {
    expect(tabFromHash("#konsolider")).toBe("konsolider");
    expect(tabFromHash("#Trafikklys")).toBe("trafikklys");
    expect(tabFromHash("")).toBe("struktur");
    expect(tabFromHash("#noe-annet")).toBe("struktur");
  });

  it("shows a card's findings by severity, and a click outlines the cell in the sheet", async () => {
    const downloads: string[] = [];
    const host = new FileHost((_bytes, name) => downloads.push(name));
    await renderPane(host);
    expect(screen.getByText("Ingen fil er åpnet ennå.")).toBeTruthy();
    const bytes = await cardsToXlsx([KRISTIANSUND]);
    await act(() => host.open("kultur.xlsx", bytes));
    const summary = await screen.findByTestId("check-summary");
    expect(summary.textContent).toBe("Arket «Kultur»: 7 indikatorer – 0 feil, 1 advarsel, 2 merknader.");
    expect(screen.getByText("Rammeområde: Kultur")).toBeTruthy();

    // Warnings are open; each finding with a cell is a button to it.
    const warnings = screen.getByRole("list", { name: "Advarsler" });
    const first = within(warnings).getAllByRole("button")[0];
    const cell = first.getAttribute("data-cell")!;
    fireEvent.click(first);
    await waitFor(() => expect(host.getView().highlight).not.toBeNull());
    const outlined = document.querySelector(`td[data-cell="${cell}"]`)!;
    expect(outlined.getAttribute("aria-selected")).toBe("true");

    // The preview shows the engine's colours: 2015's 6,2 against «6,0 – 4,6» is green.
    expect(document.querySelector('td[data-cell="G5"]')!.getAttribute("data-status")).toBe("desired");

    fireEvent.click(screen.getByRole("tab", { name: "Trafikklys" }));
    const chart = await screen.findByRole("table", { name: "Antall indikatorer per status" });
    const counts = within(chart)
      .getAllByRole("row")
      .map((row) => Number(row.lastElementChild!.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
    expect(screen.getByText(/av 7 indikatorer oppnådde ønsket resultat/)).toBeTruthy();
    expect(screen.getByText("Periode: 2015")).toBeTruthy();
  });

  it("says so clearly when the opened file is not a workbook", async () => {
    const host = new FileHost(() => undefined);
    await renderPane(host);
    const input = document.querySelector('input[data-testid="open-card"]') as HTMLInputElement;
    const file = new File(["dette er ikke en arbeidsbok"], "notat.xlsx");
    Object.defineProperty(file, "arrayBuffer", {
      value: async () => new TextEncoder().encode("dette er ikke en arbeidsbok").buffer,
    });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^«notat\.xlsx»: .+/);
  });
});

describe("the framework file the user picks", () => {
  it("judges the card and is remembered the next time the pane opens", async () => {
    window.localStorage.clear();
    const own = {
      name: "Kristiansund kommune",
      focusAreas: [{ name: "Brukere", mainGoal: null }],
      successFactors: [],
    };
    const first = new FileHost(() => undefined);
    await renderPane(first, window.localStorage);
    const input = document.querySelector('input[accept=".json,.xlsx"]') as HTMLInputElement;
    const file = new File([JSON.stringify(own)], "kristiansund.json");
    Object.defineProperty(file, "arrayBuffer", {
      value: async () => new TextEncoder().encode(JSON.stringify(own)).buffer,
    });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText("Rammeverk: kristiansund.json");
    cleanup();

    await renderPane(new FileHost(() => undefined), window.localStorage);
    expect(screen.getByText("Rammeverk: kristiansund.json")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Glem valget" }));
    await screen.findByText("Rammeverk: standard (seks fokusområder)");
    expect(window.localStorage.getItem("malekort.rammeverk")).toBeNull();
  });
});

describe("Struktur in Excel", () => {
  it("inserts a rammeområde's card from the template, named as typed, and brings it to the front", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND)], 0, undefined, () => ["Målekort", "Rammeverk"]);
    await renderPane(host);
    fireEvent.change(screen.getByRole("textbox", { name: "Rammeområde" }), { target: { value: " Kultur " } });
    fireEvent.click(screen.getByRole("button", { name: "Sett inn målekort for rammeområdet" }));
    await screen.findByText("Satt inn: «Målekort», «Rammeverk».");
    expect(host.inserted).toHaveLength(1);
    const [card] = (await readWorkbookGrids(host.inserted[0])).sheets;
    expect(card.values[0][0]).toBe("Målekort – rammeområde Kultur");
    expect(host.selected).toEqual(["Målekort!A1"]);
  });
});

describe("Trafikklys in Excel", () => {
  it("writes the traffic light into a canonical card after a confirm, and never before", async () => {
    const bytes = await workbookBytes(
      templateSpecs({ kind: "rammeomrade", area: "Kultur" }, DEFAULT_FRAMEWORK, [2025, 2026]),
    );
    const host = new RecordingHost((await readWorkbookGrids(bytes)).sheets);
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Trafikklys" }));
    fireEvent.click(await screen.findByRole("button", { name: "Legg inn eller oppdater trafikklys" }));
    const dialog = await screen.findByRole("dialog");
    expect(host.written).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole("button", { name: "Oppdater" }));
    await screen.findByText(/^Trafikklyset er lagt inn for \d+ indikatorrader\.$/);
    expect(host.written.map((w) => w.sheet)).toEqual(["Målekort"]);
  });

  it("points a hand-made card to Oppgrader before anything is written", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND)], 0, undefined, () => [
      "Kultur (2)",
      "Rammeverk",
      "Tolkninger",
    ]);
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Trafikklys" }));
    expect((await screen.findByTestId("not-canonical")).textContent).toMatch(/Oppgrader/);
    expect(screen.queryByRole("button", { name: "Legg inn eller oppdater trafikklys" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Oppgrader til nytt ark" }));
    await screen.findByText(/Satt inn: «Kultur \(2\)», «Rammeverk», «Tolkninger»\./);
    expect(host.inserted).toHaveLength(1);
    expect(host.written).toHaveLength(0);
    expect(host.selected).toEqual(["Kultur (2)!A1"]);
  });
});

describe("the task pane in Excel", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("validates again after the sheet changes, once per burst of edits", async () => {
    const host = new RecordingHost([gridFrom(KRISTIANSUND)]);
    const reads = jest.spyOn(host, "readActiveSheet");
    await renderPane(host);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(10);
    });
    const before = reads.mock.calls.length;
    expect(host.listenerCount).toBe(1);
    act(() => {
      host.change();
      host.change();
      host.change();
    });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS + 50);
    });
    expect(reads.mock.calls.length).toBe(before + 1);

    // Turning live validation off stops listening.
    fireEvent.click(screen.getByRole("switch", { name: "Valider på nytt når arket endres" }));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(10);
    });
    expect(host.listenerCount).toBe(0);
  });
});
