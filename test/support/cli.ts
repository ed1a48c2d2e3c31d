/**
 * Runs the bundled `pinpoint-segment` CLI (assets/cli/pinpoint-segment.js) as a child process, the
 * way `npx pinpoint-segment` does, rebuilding the bundle first when a source is newer.
 * Asynchronous on purpose: the emulator and the CloudFormation stub answer from this process.
 */
import { execFile, execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI_FILE = path.join(ROOT, 'assets', 'cli', 'pinpoint-segment.js');

function sources(): string[] {
  const dirs = ['lambda', 'lib', 'local', path.join('local', 'cli')];
  return [
    ...dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.join(ROOT, dir, f))),
    path.join(ROOT, 'scripts', 'bundle.js'),
  ];
}

function fresh(): boolean {
  return fs.existsSync(CLI_FILE) && fs.statSync(CLI_FILE).mtimeMs >= Math.max(...sources().map((f) => fs.statSync(f).mtimeMs));
}

/** Rebuilds the bundles if the CLI's is missing or older than a source; serialized across workers. */
export function ensureCliBundle(): void {
  if (fresh()) return;
  const lock = path.join(os.tmpdir(), `cdk-pinpoint-segment-bundle-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 120_000) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!fresh()) execFileSync('node', ['scripts/bundle.js'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
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
