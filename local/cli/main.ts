/**
 * `pinpoint-segment`: one CLI with subcommands (DESIGN.md, "The CLI").
 *
 *   pinpoint-segment rehearse [cdk.out]     the offline rehearsal (local/rehearse.ts)
 *   pinpoint-segment drift --stack NAME     live segments against the cloud assembly
 *   pinpoint-segment import --application-id ID   live segments as TypeScript
 *
 * Exit codes: 0 ok, 1 a finding, 2 a usage or runtime error, reported as one line without a stack
 * trace. Standard output carries only the command's result; everything else (progress, the
 * handler's own log lines during a repair) goes to standard error.
 */
import { errorSummary } from '../../lambda/errors';
import { main as rehearseMain } from '../rehearse';
import { parseArgs, UsageError } from './args';
import { Aws } from './aws';
import { DRIFT_USAGE, driftOptions, runDrift } from './drift';
import { IMPORT_USAGE, importOptions, runImport } from './import';

export const USAGE = `Usage: pinpoint-segment <command> [options]

Commands:
  rehearse [cdk.out]                   play every segment's lifecycle offline, through the real
                                       handler and an embedded Pinpoint emulator
  drift --stack NAME [--app cdk.out] [--json] [--repair]
                                       compare the stack's declared segments with the live ones
  import --application-id ID [--out FILE] [--class NAME]
                                       write live segments as a TypeScript construct

Run \`pinpoint-segment <command> --help\` for a command's options.
Exit codes: 0 ok, 1 a finding (drift, a failed rehearsal event), 2 a usage or runtime error.
`;

const NAME = 'pinpoint-segment';

function fail(command: string | undefined, error: unknown): number {
  const message = error instanceof UsageError ? error.message : errorSummary(error);
  const hint = error instanceof UsageError ? ` (see ${NAME}${command ? ` ${command}` : ''} --help)` : '';
  process.stderr.write(`${NAME}${command ? ` ${command}` : ''}: ${message.split('\n')[0]}${hint}\n`);
  return 2;
}

/** Console output (the handler's log lines) goes to standard error, and only warnings by default. */
function quietConsole(): void {
  process.env.LOG_LEVEL ??= 'WARN';
  const toStderr = (...values: unknown[]) => process.stderr.write(`${values.map(String).join(' ')}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

async function withAws<T>(options: ConstructorParameters<typeof Aws>[0], run: (aws: Aws) => Promise<T>): Promise<T> {
  const aws = new Aws(options);
  try {
    return await run(aws);
  } finally {
    aws.destroy();
  }
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
      case 'rehearse':
        return await rehearseMain(rest);
      case 'drift': {
        const args = parseArgs(rest, { values: ['stack', 'app'], flags: ['json', 'repair'] });
        if (args.help) return help(DRIFT_USAGE);
        const options = driftOptions(args);
        quietConsole();
        return await withAws(options, (aws) => runDrift(options, aws));
      }
      case 'import': {
        const args = parseArgs(rest, { values: ['application-id', 'out', 'class'] });
        if (args.help) return help(IMPORT_USAGE);
        const options = importOptions(args);
        quietConsole();
        return await withAws(options, (aws) => runImport(options, aws));
      }
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; expected rehearse, drift or import`);
    }
  } catch (error) {
    return fail(['drift', 'import'].includes(command) ? command : undefined, error);
  }
}

function help(text: string): number {
  process.stdout.write(text);
  return 0;
}
