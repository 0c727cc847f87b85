// The manifest for a deployment: every address of the dev server becomes the municipality's own.

import { readFileSync } from "node:fs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, DEV_URL } = require("../../scripts/manifest-url.cjs") as {
  manifestFor(xml: string, url: string | undefined): string;
  DEV_URL: string;
};

const xml = readFileSync("manifest.xml", "utf8");

describe("the manifest's address", () => {
  it("stays the dev server's without MALEKORT_URL", () => {
    expect(manifestFor(xml, undefined)).toBe(xml);
  });

  it("becomes the given https address everywhere, pages and icons alike", () => {
    const out = manifestFor(xml, "https://malekort.kristiansund.kommune.no/tillegg/");
    expect(out).not.toContain(DEV_URL);
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://malekort.kristiansund.kommune.no/tillegg/taskpane.html"/>',
    );
    expect(out).toContain("https://malekort.kristiansund.kommune.no/tillegg/assets/icon-32.png");
    expect(out.split("https://malekort.kristiansund.kommune.no/tillegg").length).toBe(
      xml.split(DEV_URL).length,
    );
  });

  it("refuses an address Office would not load", () => {
    expect(() => manifestFor(xml, "http://intranett/malekort")).toThrow(/må være en https-adresse/);
    expect(() => manifestFor(xml, 'https://x" onload="y')).toThrow(/må være en https-adresse/);
  });
});
