import {
  DEFAULT_FRAMEWORK,
  findFocusArea,
  FrameworkError,
  goalBelongsTo,
  parseFramework,
} from "../../src/domain/framework";

describe("the default framework", () => {
  it("has the six focus areas of the rules page with their goals", () => {
    expect(DEFAULT_FRAMEWORK.focusAreas.map((a) => a.name)).toEqual([
      "Samfunn",
      "Medvirkning",
      "Medarbeidere",
      "Læring og fornying",
      "Økonomi",
      "Brukere",
    ]);
    expect(findFocusArea(DEFAULT_FRAMEWORK, "medarbeidere")?.mainGoal).toBe(
      "Motiverte og kompetente medarbeidere",
    );
    expect(findFocusArea(DEFAULT_FRAMEWORK, "Samfunn")?.mainGoal).toBeNull();
  });

  it("matches goals regardless of case and spacing, and 'Ikke utarbeidet' where no goal is set", () => {
    const staff = findFocusArea(DEFAULT_FRAMEWORK, "Medarbeidere")!;
    expect(goalBelongsTo(staff, "  motiverte og  kompetente medarbeidere.")).toBe(true);
    expect(goalBelongsTo(staff, "Fremtidsrettet og lærende organisasjon")).toBe(false);
    expect(goalBelongsTo(findFocusArea(DEFAULT_FRAMEWORK, "Samfunn")!, "Ikke utarbeidet")).toBe(true);
  });
});

describe("a framework from a file", () => {
  const valid = {
    name: "Eksempel kommune",
    focusAreas: [
      { name: "Brukere", mainGoal: "Fornøyde brukere" },
      { name: "Medarbeidere", mainGoal: "Motiverte medarbeidere" },
    ],
    successFactors: [
      {
        name: "Godt arbeidsmiljø",
        focusArea: "Medarbeidere",
        indicators: [{ name: "Sykefravær", requirement: "Maks 6 %" }, { name: "Medarbeidertilfredshet" }],
      },
    ],
  };

  it("is read with its shared indicators", () => {
    const framework = parseFramework(valid);
    expect(framework.name).toBe("Eksempel kommune");
    expect(framework.successFactors[0].indicators.map((i) => i.name)).toEqual([
      "Sykefravær",
      "Medarbeidertilfredshet",
    ]);
  });

  it("lists every problem at once, in Norwegian", () => {
    const broken = {
      focusAreas: [{ name: "Brukere" }, { name: "brukere" }, { mainGoal: "x" }],
      successFactors: [
        { name: "Ukjent", focusArea: "Økonomi", indicators: [] },
        { name: "Uten liste", focusArea: "Brukere" },
      ],
    };
    let error: FrameworkError | null = null;
    try {
      parseFramework(broken);
    } catch (err) {
      error = err as FrameworkError;
    }
    expect(error).toBeInstanceOf(FrameworkError);
    expect(error!.problems).toEqual([
      "Fokusområde nr. 3 mangler «name».",
      "Fokusområdet «brukere» står to ganger.",
      "Gjennomgående suksessfaktor nr. 1 («Ukjent») må ha «focusArea» lik et av fokusområdene.",
      "Gjennomgående suksessfaktor nr. 2 («Uten liste») må ha «indicators», en liste med indikatorer.",
    ]);
  });

  it("refuses what is not an object", () => {
    expect(() => parseFramework([1, 2])).toThrow(FrameworkError);
    expect(() => parseFramework({ focusAreas: [] })).toThrow(/minst ett fokusområde/);
  });
});
