// The three-column layout (Asker): Ønsket resultat | Laveste aksepterte resultat | Ikke godkjent
// resultat, each a band such as "> 90 %", "80 - 90 %" or "< 80 %". Bands that overlap cannot say
// which colour a value has, so they give no rule at all.

import { impliedDirection, overlap, synthesizeUnacceptable } from "./band-geometry";
import { type FindingDraft, error, info, quote, warning } from "./findings";
import type { Bound, Interval, Rule } from "./model";
import { type Quantity, numberFindings } from "./numbers";
import {
  type MeasureOf,
  type ParsedRequirement,
  type RequirementContext,
  isFinding,
  limitValue,
  mergeMeasures,
  parseBare,
  parseComparison,
  parseRange,
} from "./requirement-parts";
import { conflictFinding } from "./requirement-support";
import { formatInterval } from "./rule-format";
import { cleanText, normalizeText } from "./text";

export interface BandColumns {
  desired: string | null;
  acceptable: string | null;
  unacceptable: string | null;
}

type Column = keyof BandColumns;
const COLUMNS: readonly Column[] = ["desired", "acceptable", "unacceptable"];
const COLUMN_NAMES: Record<Column, string> = {
  desired: "Ønsket resultat",
  acceptable: "Laveste aksepterte resultat",
  unacceptable: "Ikke godkjent resultat",
};

interface BandPart {
  quantities: Quantity[];
  toInterval(measure: MeasureOf): Interval;
}

function parseBandPart(text: string): BandPart | null {
  const comparison = parseComparison(text);
  if (comparison) {
    return {
      quantities: [comparison.quantity],
      toInterval(measure) {
        const bound: Bound = {
          value: limitValue(comparison.quantity, measure),
          inclusive: comparison.inclusive,
        };
        return comparison.direction === "higher" ? { min: bound, max: null } : { min: null, max: bound };
      },
    };
  }
  // "80 - 90" is the interval between its ends; a bare "5" is the single value 5.
  const range = parseRange(text);
  const bare = range ? null : parseBare(text);
  const quantities = range ?? (bare ? [bare] : null);
  if (!quantities) return null;
  return {
    quantities,
    toInterval(measure) {
      const values = quantities.map((q) => limitValue(q, measure));
      const [low, high] = [Math.min(...values), Math.max(...values)];
      return { min: { value: low, inclusive: true }, max: { value: high, inclusive: true } };
    },
  };
}

function isBlank(text: string): boolean {
  const normalized = normalizeText(text);
  return normalized === "" || normalized === "-";
}

export function parseBands(columns: BandColumns, ctx: RequirementContext = {}): ParsedRequirement {
  const texts = COLUMNS.map((column) => cleanText(columns[column] ?? ""));
  const written = texts.join(" | ");
  if (texts.every(isBlank)) {
    const message = "Båndene for resultatkravet er tomme. Fyll inn minst «Ønsket resultat», f.eks. «> 90 %».";
    return { rule: null, findings: [warning("requirement-missing", message)] };
  }
  const parts: BandPart[][] = [];
  for (const [i, text] of texts.entries()) {
    const column = isBlank(text) ? [] : text.split(/\s*[/;]\s*/).map(parseBandPart);
    if (column.some((part) => part === null)) {
      const message =
        `Kolonnen ${quote(COLUMN_NAMES[COLUMNS[i]])} har ${quote(text)}, som ikke kan leses som et bånd. ` +
        `Skriv f.eks. «> 90 %», «80 - 90 %», «< 80 %» eller to bånd med «/» mellom.`;
      return { rule: null, findings: [error("requirement-unreadable", message)] };
    }
    parts.push(column as BandPart[]);
  }
  const quantities = parts.flat().flatMap((part) => part.quantities);
  const measure = mergeMeasures(quantities, written);
  if (isFinding(measure)) return { rule: null, findings: [measure] };
  const findings: FindingDraft[] = quantities.flatMap((q) => numberFindings(q.number));
  // "80 - 90 %" writes the % once for the band; only a band with no % at all borrows it.
  if (measure.percent && parts.flat().some((part) => !part.quantities.some((q) => q.percent))) {
    const message = `Noen grenser i båndene ${quote(written)} er skrevet uten %; de er lest som prosent, som de andre.`;
    findings.push(info("percent-applied-to-bands", message));
  }
  const bands = parts.map((column) => column.map((part) => part.toInterval(measure)));
  const overlapFindings = checkOverlaps(bands, measure);
  if (overlapFindings.some((f) => f.severity === "error")) return { rule: null, findings: overlapFindings };
  findings.push(...overlapFindings);
  const [desired, acceptable] = bands;
  let unacceptable = bands[2];
  if (isBlank(texts[2]) && desired.length > 0) {
    unacceptable = synthesizeUnacceptable(desired, acceptable);
    if (unacceptable.length > 0) {
      const described = unacceptable.map((interval) => quote(formatInterval(interval, measure))).join(" og ");
      const message = `Kolonnen ${quote(COLUMN_NAMES.unacceptable)} er tom; resultater ${described} er lest som uakseptable.`;
      findings.push(info("band-unacceptable-synthesized", message));
    }
  }
  if (desired.length === 0) {
    const message = `Kolonnen ${quote(COLUMN_NAMES.desired)} er tom, så ingen resultater kan bli grønne. Fyll inn det ønskede båndet.`;
    findings.push(warning("band-desired-missing", message));
  }
  const direction = impliedDirection(desired, acceptable, unacceptable);
  const conflict = direction ? conflictFinding(direction, ctx, written) : null;
  if (conflict) return { rule: null, findings: [conflict] };
  const precision = Math.max(0, ...quantities.map((q) => q.number.decimals));
  const rule: Rule = { kind: "bands", desired, acceptable, unacceptable, precision, direction, ...measure };
  return { rule, findings };
}

/** Errors for bands of different status that share a stretch of values; warnings for a shared edge. */
function checkOverlaps(bands: Interval[][], measure: MeasureOf): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      for (const a of bands[i]) {
        for (const b of bands[j]) {
          const kind = overlap(a, b);
          if (kind === "none") continue;
          const names = `${quote(COLUMN_NAMES[COLUMNS[i]])} (${formatInterval(a, measure)}) og ${quote(COLUMN_NAMES[COLUMNS[j]])} (${formatInterval(b, measure)})`;
          if (kind === "range") {
            const message = `Båndene ${names} overlapper, så et resultat kan høre til begge. Rett båndene så de ikke overlapper.`;
            findings.push(error("bands-overlap", message));
          } else {
            const message =
              `Båndene ${names} har samme grense. Et resultat nøyaktig på grensen kan ikke vurderes; ` +
              `skriv f.eks. «>» i det ene båndet.`;
            findings.push(warning("bands-share-edge", message));
          }
        }
      }
    }
  }
  return findings;
}
