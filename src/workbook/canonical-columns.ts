// The canonical layout's columns: order, headers and widths, for writers and tests alike.

const STRUCTURE = [
  ["focusArea", "Fokusområde", 16],
  ["mainGoal", "Hovedmål", 28],
  ["successFactor", "Suksessfaktor (delmål)", 26],
  ["kind", "Type", 15],
  ["indicator", "Måleindikator", 34],
  ["method", "Målemetode", 22],
  ["requirement", "Resultatkrav", 18],
  ["retning", "Retning", 19],
  ["desired", "Ønsket", 11],
  ["acceptable", "Akseptabelt", 12],
] as const;

type StructureKey = (typeof STRUCTURE)[number][0];

export type CanonicalIndex = Record<StructureKey, number> & {
  results: number[];
  status: number;
  trend: number;
  comment: number;
  hiddenStatus: number[];
};

export function canonicalHeaders(periodLabels: string[]): {
  labels: string[];
  widths: number[];
  index: CanonicalIndex;
} {
  const labels: string[] = STRUCTURE.map(([, label]) => label);
  const widths: number[] = STRUCTURE.map(([, , width]) => width);
  const index = Object.fromEntries(STRUCTURE.map(([key], i) => [key, i])) as Record<StructureKey, number>;
  const add = (label: string, width: number) => {
    labels.push(label);
    widths.push(width);
    return labels.length - 1;
  };
  const results = periodLabels.map((p) => add(`Resultat ${p}`, 11));
  const status = add("Status", 14);
  const trend = add("Endring", 13);
  const comment = add("Kommentar / tiltak", 40);
  const hiddenStatus = periodLabels.map((p) => add(`Status ${p}`, 12));
  return { labels, widths, index: { ...index, results, status, trend, comment, hiddenStatus } };
}
