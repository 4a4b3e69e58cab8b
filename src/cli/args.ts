/** A small argument parser: positionals plus `--flag value` and boolean `--flag`. */

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const rest = [...argv];
  for (let a = rest.shift(); a !== undefined; a = rest.shift()) {
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (valued.includes(name)) {
        const v = rest.shift();
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        options.set(name, v);
      } else if (booleans.includes(name)) options.set(name, true);
      else throw new UsageError(`unknown option --${name}`);
    } else positionals.push(a);
  }
  return { positionals, options };
}

export function intOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = args.options.get(name);
  if (v === undefined) return undefined;
  if (v === true || !/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, got "${String(v)}"`);
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be between ${min} and ${max}, got ${v}`);
  return n;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
