/**
 * A small command-line parser for the subcommands: `--name value`, `--name=value`, boolean flags,
 * and `-h`/`--help`. Anything unknown is a usage error (exit code 2).
 */
import type { ClientOptions } from './aws';

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Options every AWS-facing subcommand takes. */
const CLIENT_OPTIONS = ['region', 'profile', 'rate'];

export interface ArgSpec {
  /** Options that take a value. */
  readonly values: readonly string[];
  /** Options without a value. */
  readonly flags?: readonly string[];
  /** How many positional arguments are allowed. @default 0 */
  readonly positional?: number;
}

export class ParsedArgs {
  constructor(
    readonly help: boolean,
    private readonly values: ReadonlyMap<string, string>,
    private readonly flags: ReadonlySet<string>,
    readonly positional: readonly string[],
  ) {}

  string(name: string): string | undefined {
    return this.values.get(name);
  }

  flag(name: string): boolean {
    return this.flags.has(name);
  }

  number(name: string): number | undefined {
    const text = this.values.get(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!(value > 0) || !Number.isFinite(value)) throw new UsageError(`--${name} needs a positive number, got ${JSON.stringify(text)}`);
    return value;
  }

  clientOptions(): ClientOptions {
    return { region: this.string('region'), profile: this.string('profile'), rate: this.number('rate') };
  }
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const valueNames = new Set([...spec.values, ...CLIENT_OPTIONS]);
  const flagNames = new Set(spec.flags ?? []);
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    if (flagNames.has(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (valueNames.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (values.has(name)) throw new UsageError(`--${name} given twice`);
      values.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  if (!help && positional.length > (spec.positional ?? 0)) throw new UsageError(`unexpected argument ${positional[spec.positional ?? 0]}`);
  return new ParsedArgs(help, values, flags, positional);
}
