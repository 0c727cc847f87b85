// A sheet repeats its requirements ("≥ 90 %", "Økende" on row after row), and parsing is the engine's
// largest cost on a large card. Parsing is pure, so one sheet's reading may remember its answers.

import { findLowerIsBetterTerm } from "./direction";
import { parseRequirement, type ParsedRequirement, type RequirementContext } from "./requirement";

export type RequirementParser = (text: string | null, ctx: RequirementContext) => ParsedRequirement;

/**
 * A parseRequirement that remembers its results. The indicator name matters to the parser only through
 * the lower-is-better word it contains, so that word, not the name, is part of the key. Results are shared
 * between rows: callers must not mutate them.
 */
export function memoizedRequirementParser(): RequirementParser {
  const memo = new Map<string, ParsedRequirement>();
  return (text, ctx) => {
    const term = findLowerIsBetterTerm(ctx.indicatorName, ctx.lowerIsBetterTerms) ?? "";
    const key = `${text ?? ""}\u0000${ctx.direction ?? ""}\u0000${term}`;
    let parsed = memo.get(key);
    if (!parsed) {
      parsed = parseRequirement(text, ctx);
      memo.set(key, parsed);
    }
    return parsed;
  };
}
