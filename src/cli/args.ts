// A small, strict argument parser: unknown options are usage errors, never silently ignored.

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** `flags` take no value (--json); `options` take one (--framework FILE or --framework=FILE; -o FILE). */
export function parseArgs(args: string[], flags: string[], options: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      parsed.positional.push(...args.slice(i + 1)); // everything after "--" is a file, even "-x.xlsx"
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const key = name.replace(/^--?/, "");
    if (flags.includes(key) && inline === undefined) parsed.flags.add(key);
    else if (options.includes(key)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") throw new UsageError(`${name} trenger en verdi.`);
      parsed.options.set(key, value);
    } else throw new UsageError(`Ukjent valg «${arg}».`);
  }
  return parsed;
}
