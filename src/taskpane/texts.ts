// Every text the task pane shows, in one place, in bokmål. Components never spell out text of their own.

import type { Severity } from "../domain/model";

/** Where a new workbook went, in words: inserted sheets, a new Excel workbook, or a download. */
export function deliveredText(
  done: { names: string[]; destination: "current-workbook" | "new-workbook"; fallback?: string },
  hostKind: "excel" | "file",
  fileName: string,
): string {
  if (done.destination === "current-workbook") return T.structure.inserted(done.names);
  if (done.fallback) return done.fallback;
  return hostKind === "excel" ? T.structure.openedNew : T.structure.downloaded(fileName);
}

/** «1 advarsel», «2 advarsler»: Norwegian singular and plural. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Feil",
  warning: "Advarsler",
  info: "Merknader",
};

export const T = {
  appTitle: "Målekort",
  inExcel: "Arbeider i arbeidsboken som er åpen i Excel.",
  outsideExcel:
    "Utenfor Excel: åpne en målekortfil. Filen du åpner, endres aldri; nye arbeidsbøker lastes ned.",
  tabs: { structure: "Struktur", trafficLight: "Trafikklys", consolidate: "Konsolider" },

  framework: {
    standard: "standard (seks fokusområder)",
    choose: "Velg rammeverk …",
    chooseHint: "En .json-fil eller en arbeidsbok med arket «Rammeverk». Valget huskes til neste gang.",
    forget: "Glem valget",
    forgetHint: "Bruk arbeidsbokens eget ark «Rammeverk», eller standardrammeverket.",
    chosen: (source: string) => `Rammeverk: ${source}`,
  },

  file: {
    open: "Åpne målekort …",
    openHint: "Velg en .xlsx-fil med ett eller flere målekort.",
    sheet: "Ark",
    none: "Ingen fil er åpnet ennå.",
    opened: (file: string) => `Åpnet «${file}».`,
    previewTitle: (sheet: string) => `Arket «${sheet}»`,
    previewCut: (rows: number) => `Viser de første ${rows} radene.`,
  },

  structure: {
    newCardTitle: "Nytt målekort",
    newCardHelp: "Malene har fokusområder, gjennomgående indikatorer, nedtrekkslister og trafikklys i arket.",
    insertFelles: "Sett inn felles målekort",
    downloadFelles: "Last ned felles målekort",
    areaLabel: "Rammeområde",
    areaPlaceholder: "f.eks. Kultur",
    insertArea: "Sett inn målekort for rammeområdet",
    downloadArea: "Last ned målekort for rammeområdet",
    inserted: (names: string[]) => `Satt inn: ${names.map((n) => `«${n}»`).join(", ")}.`,
    downloaded: (file: string) => `Lastet ned «${file}».`,
    openedNew: "Åpnet i en ny arbeidsbok.",
    upgradeTitle: "Oppgrader et håndlaget målekort",
    upgradeHelp:
      "Lager en kopi av målekortet på arket i standardoppsettet med trafikklys. Originalarket blir stående som det er.",
    upgrade: "Oppgrader til nytt ark",
    upgradeDownload: "Last ned oppgradert målekort",
    validateTitle: "Kontroll av målekortet",
    validate: "Valider arket",
    autoValidate: "Valider på nytt når arket endres",
    noFindings: "Ingen funn: strukturen er i orden og alle resultater kunne vurderes.",
    summary: (sheet: string, indicators: number, counts: Record<Severity, number>) =>
      `Arket «${sheet}»: ${count(indicators, "indikator", "indikatorer")} – ${count(counts.error, "feil", "feil")}, ${count(counts.warning, "advarsel", "advarsler")}, ${count(counts.info, "merknad", "merknader")}.`,
    area: (area: string) => `Rammeområde: ${area}`,
    goToCell: (cell: string) => `Gå til ${cell}`,
    sheetLevel: "hele arket",
  },

  trafficLight: {
    title: "Trafikklyset i arket",
    help: "Legger inn formlene, fargereglene og nedtrekkslistene som gir grønt, gult og rødt mens lederne skriver – også uten tillegget.",
    apply: "Legg inn eller oppdater trafikklys",
    downloadUpgraded: "Last ned målekortet med trafikklys",
    outsideHelp:
      "Utenfor Excel lastes målekortet ned i standardoppsettet med trafikklys; filen du åpnet endres ikke.",
    confirmTitle: "Oppdatere trafikklyset?",
    confirmBody:
      "Status- og Endring-formlene, fargereglene og nedtrekkslistene i målekortet skrives på nytt. Resultater, tekster og kommentarer blir ikke endret.",
    confirm: "Oppdater",
    cancel: "Avbryt",
    done: (rows: number) => `Trafikklyset er lagt inn for ${rows} indikatorrader.`,
    summaryTitle: "Status for målekortet",
    period: (label: string) => `Periode: ${label}`,
    noPeriod: "Målekortet har ingen resultatkolonner ennå.",
    chartLabel: "Antall indikatorer per status",
  },

  consolidate: {
    title: "Konsolider rammeområdenes målekort",
    help: "Velg arbeidsbøkene fra rammeområdene. Hver fil leses for seg; en fil som ikke kan leses, listes opp, og resten tas med.",
    choose: "Velg arbeidsbøker …",
    chooseFolder: "Velg mappe …",
    folderHint: "Alle .xlsx-filer i mappen og undermappene tas med; Excels låsefiler hoppes over.",
    emptyFolder: "Mappen har ingen .xlsx-filer. Velg mappen der rammeområdenes målekort ligger.",
    chosen: (n: number) => (n === 1 ? "1 fil valgt" : `${n} filer valgt`),
    period: "Periode (valgfri)",
    periodHint: "F.eks. 2015 eller 2016-T2. Tom: hvert rammeområdes siste periode med resultater.",
    periodInvalid:
      "Skriv perioden som et årstall (2015), tertial (2016-T2) eller kvartal (2016-Q3), eller la feltet stå tomt.",
    destination: "Legg oversikten i",
    newWorkbook: "en ny arbeidsbok",
    currentWorkbook: "denne arbeidsboken (med diagram)",
    download: "en nedlastet fil (oversikt.xlsx)",
    run: "Konsolider",
    running: "Konsoliderer …",
    noFiles: "Velg minst én arbeidsbok først.",
    waiting: "venter",
    reading: "leser …",
    read: (cards: number, indicators: number) =>
      `${count(cards, "målekort", "målekort")}, ${count(indicators, "indikator", "indikatorer")}`,
    noCard: "ingen målekort funnet",
    failedTitle: "Filer som ikke kunne leses",
    nothing:
      "Ingen av filene hadde et målekort som kunne leses, så det ble ingen oversikt. Se grunnene over.",
    deliveredCurrent: (names: string[]) => `Oversikten er satt inn: ${names.join(", ")}.`,
    deliveredNew: "Oversikten er åpnet i en ny arbeidsbok.",
    deliveredDownload: "Oversikten er lastet ned som oversikt.xlsx.",
    chartAdded: "Diagrammet over status per rammeområde står på arket «Statusfordeling».",
    noChartNew: "Diagrammet lages bare når oversikten settes inn i denne arbeidsboken.",
    problems: (n: number) =>
      n === 1 ? "1 funn er listet på arket «Problemer»." : `${n} funn er listet på arket «Problemer».`,
  },

  errors: {
    dismiss: "Lukk",
    noWorkbook: "Ingen arbeidsbok er åpen. Åpne en målekortfil først.",
  },
} as const;
