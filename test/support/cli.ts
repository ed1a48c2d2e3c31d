/**
 * Runs the bundled `pinpoint-segment` CLI (assets/cli/pinpoint-segment.js) as a child process, the
 * way `npx pinpoint-segment` does, rebuilding the bundle first when a source is newer.
 * Asynchronous on purpose: the emulator and the CloudFormation stub answer from this process.
 */
import { execFile } from 'child_process';
import { CLI_BUNDLE, ensureBundleFresh, ROOT } from './bundle';

export { ROOT } from './bundle';
export const CLI_FILE = CLI_BUNDLE.file;

/** Rebuilds the bundles if the CLI's is missing or older than a source; serialized across workers. */
export function ensureCliBundle(): void {
  ensureBundleFresh(CLI_BUNDLE);
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `pinpoint-segment <args>` with this process's environment plus `env`. */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_FILE, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
