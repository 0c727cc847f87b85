// The manifest, checked offline (office-addin-manifest's validate needs Microsoft's online service):
// ids, host, requirement set, Norwegian texts with English fallback, and every icon it names exists
// in assets/ at the size it claims.

import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { PNG } from "pngjs";

const xml = readFileSync("manifest.xml", "utf8");

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in with a stable id, Norwegian by default", () => {
    // office-addin-manifest loads ES modules that jest cannot require; plain Node reads it as users do.
    const script =
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile('manifest.xml').then((i) => console.log(JSON.stringify(i)))";
    const info = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.defaultLocale).toBe("nb-NO");
    expect(info.displayName).toBe("Målekort");
  });

  it("asks for ExcelApi 1.8, the least the add-in needs", () => {
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
  });

  it("has the Målekort tab with its four buttons, each with an English fallback", () => {
    for (const label of ["Åpne panel", "Valider", "Oppdater trafikklys", "Konsolider"]) {
      const entry = new RegExp(
        `<bt:String id="[^"]+" DefaultValue="${label}">\\s*<bt:Override Locale="en-US" Value="[^"]+"/>`,
      );
      expect(xml).toMatch(entry);
    }
    expect(xml).toContain('<CustomTab id="Malekort.Tab">');
  });

  it("opens the pane for Valider and Konsolider, and runs Oppdater trafikklys from the function file", () => {
    const action = (id: string) => {
      const control = new RegExp(`<Control xsi:type="Button" id="${id}">([\\s\\S]*?)</Control>`).exec(xml);
      return control?.[1].match(/<Action [\s\S]*?<\/Action>/)?.[0] ?? "";
    };
    const url = (resid: string) =>
      new RegExp(`<bt:Url id="${resid}" DefaultValue="([^"]+)"/>`).exec(xml)?.[1];
    for (const [id, page] of [
      ["Malekort.Validate", "https://localhost:3000/taskpane.html#struktur"],
      ["Malekort.Consolidate", "https://localhost:3000/taskpane.html#konsolider"],
      ["Malekort.OpenPane", "https://localhost:3000/taskpane.html"],
    ]) {
      expect(action(id)).toContain('xsi:type="ShowTaskpane"');
      // One pane for all three buttons: each opens it at its own tab.
      expect(action(id)).toContain("<TaskpaneId>Malekort.Pane</TaskpaneId>");
      expect(url(/<SourceLocation resid="([^"]+)"\/>/.exec(action(id))![1])).toBe(page);
    }
    expect(action("Malekort.TrafficLight")).toMatch(
      /xsi:type="ExecuteFunction">\s*<FunctionName>refreshTrafficLight<\/FunctionName>/,
    );
    expect(url("Commands.Url")).toBe("https://localhost:3000/commands.html");
    expect(xml).not.toContain("validateCard");
  });

  it("names only icons that exist in assets/, at the sizes it claims", () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(new Set(icons.map((m) => m[1]))).toEqual(
      new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]),
    );
    for (const [, file, size] of icons) {
      const png = PNG.sync.read(readFileSync(`assets/${file}`));
      expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
    }
  });
});
