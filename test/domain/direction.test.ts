import {
  DEFAULT_LOWER_IS_BETTER_TERMS,
  findLowerIsBetterTerm,
  inferLowerIsBetter,
  parseDirectionText,
} from "../../src/domain/direction";

describe("inferLowerIsBetter", () => {
  it.each([
    "Sykefravær i %",
    "Sykefravær",
    "Antall avvik",
    "Ventetid på sykehjemsplass",
    "Gjennomsnittlig saksbehandlingstid byggesak",
    "Utskrivningsklare liggedøgn",
    "Antall klager",
    "Mobbing i skolen (elevundersøkelsen)",
    "Antall brudd på taushetsplikt",
    "Antall uønskede hendelser",
    "Andel uønsket deltid",
    "Overtid i timer",
    "Turnover",
    "FRAVÆR blant elever",
  ])("says lower is better for %p", (name) => {
    expect(inferLowerIsBetter(name)).toBe(true);
  });

  it.each([
    "Andel fornøyde brukere",
    "Medarbeidertilfredshet",
    "Antall utlån per innbygger",
    "Andel feilfrie fakturaer",
    "Skadeforebyggende tiltak gjennomført",
    "Netto driftsutgifter per innbygger",
    "",
  ])("does not say lower is better for %p", (name) => {
    expect(inferLowerIsBetter(name)).toBe(false);
  });

  it("tells which term matched and accepts extra terms", () => {
    expect(findLowerIsBetterTerm("Sykefravær i %")).toBe("sykefravær");
    expect(inferLowerIsBetter("Antall bekymringsmeldinger")).toBe(false);
    expect(inferLowerIsBetter("Antall bekymringsmeldinger", ["bekymringsmelding"])).toBe(true);
    expect(inferLowerIsBetter(null)).toBe(false);
  });

  it("lists the terms of the rules page", () => {
    for (const term of [
      "sykefravær",
      "fravær",
      "avvik",
      "ventetid",
      "saksbehandlingstid",
      "liggedøgn",
      "skader",
    ]) {
      expect(DEFAULT_LOWER_IS_BETTER_TERMS).toContain(term);
    }
    for (const term of ["klager", "mobbing", "brudd"]) expect(DEFAULT_LOWER_IS_BETTER_TERMS).toContain(term);
  });
});

describe("parseDirectionText", () => {
  it.each([
    ["Høyere er bedre", "higher"],
    ["Høy", "higher"],
    ["høy", "higher"],
    ["Økende", "higher"],
    ["↑", "higher"],
    ["Lavere er bedre", "lower"],
    ["Lav", "lower"],
    ["Synkende", "lower"],
    ["↓", "lower"],
    [" Lavere  er bedre. ", "lower"],
  ])("reads %p as %p", (text, direction) => {
    expect(parseDirectionText(text)).toBe(direction);
  });

  it.each(["", "Middels", "Nærmest mulig", null, undefined])("gives null for %p", (text) => {
    expect(parseDirectionText(text)).toBeNull();
  });
});
