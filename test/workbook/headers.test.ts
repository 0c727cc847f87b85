import { periodKeyLabel } from "../../src/workbook/canonical";
import { classifyHeader, matchHeaderRow, parsePeriodHeader, foldHeader } from "../../src/workbook/headers";

describe("header spellings", () => {
  it.each([
    ["Resultatkrav", "requirement"],
    ["Resultat-krav", "requirement"],
    ["Resultat-\nkrav", "requirement"],
    ["Resultatkrav 1)", "requirement"],
    ["Målkrav", "requirement"],
    ["Mål 2015", "requirement"],
    ["Måleindikator", "indicator"],
    ["Måleindikatorer", "indicator"],
    ["MÅLEINDIKATOR", "indicator"],
    ["Suksessfaktor (delmål)", "successFactor"],
    ["Kritiske suksessfaktorer", "successFactor"],
    ["Sentrale utfordringer", "successFactor"],
    ["Fokus-\nområde", "focusArea"],
    ["Hovedmål", "mainGoal"],
    ["Målemetode", "method"],
    ["Ønsket resultat", "bandDesired"],
    ["Laveste aksepterte resultat", "bandAcceptable"],
    ["Ikke godkjent resultat", "bandUnacceptable"],
    ["Kommentar / tiltak", "comment"],
    ["Retning", "direction"],
    ["Type", "kind"],
  ])("%j is a %s column", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  it.each([
    ["2015", "2015"],
    ["Resultat 2013", "2013"],
    ["Resultat\n2014", "2014"],
    ["T1 2016", "2016-T1"],
    ["2016 T2", "2016-T2"],
    ["2. tertial 2016", "2016-T2"],
    ["Q3 2017", "2017-Q3"],
    ["3. kvartal 2017", "2017-Q3"],
    ["Resultat K4 2017", "2017-Q4"],
  ])("%j is the result period %s", (text, key) => {
    const header = classifyHeader(text);
    expect(header?.role).toBe("result");
    expect(header && header.role === "result" ? header.period.key : null).toBe(key);
  });

  it("does not take a fourth tertial or a non-year for a period", () => {
    expect(parsePeriodHeader(foldHeader("T4 2016"), "T4 2016")).toBeNull();
    expect(classifyHeader("Resultat")).toBeNull();
    expect(classifyHeader("12345")).toBeNull();
  });

  it("needs an indicator column and something to judge by to call a row a header", () => {
    expect(matchHeaderRow(["Måleindikator", "Resultatkrav"])).not.toBeNull();
    expect(matchHeaderRow(["Måleindikator", "2015"])).not.toBeNull();
    expect(matchHeaderRow(["Måleindikator", "Målemetode"])).toBeNull();
    expect(matchHeaderRow(["Resultatkrav", "2015"])).toBeNull();
    expect(matchHeaderRow(["Resultatgrense:", "Ønsket resultat", "Akseptabelt resultat"])).toBeNull();
  });
});

describe("period labels the writers use", () => {
  it.each(["2015", "2016-T2", "2017-Q3"])("read back as the same period: %s", (key) => {
    const label = periodKeyLabel(key);
    const header = classifyHeader(`Resultat ${label}`);
    expect(header && header.role === "result" ? header.period.key : null).toBe(key);
  });

  it("are Norwegian", () => {
    expect(periodKeyLabel("2016-T2")).toBe("2. tertial 2016");
    expect(periodKeyLabel("2017-Q3")).toBe("3. kvartal 2017");
  });
});
