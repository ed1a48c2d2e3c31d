/**
 * The prebuilt bundles under assets/ that tests run (the handler, the `pinpoint-segment` CLI),
 * rebuilt with `node scripts/bundle.js` when one is missing or older than a source it is built from.
 *
 * Jest runs test files in parallel workers, and `scripts/bundle.js` rewrites every bundle, so a
 * rebuild is serialized across workers (and across concurrent jest runs of one checkout) with a lock
 * directory: `mkdir` is atomic, a lock older than STALE_LOCK_MS is taken to be left by a killed
 * worker, and a worker gives up after LOCK_TIMEOUT_MS.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

/** A lock directory this old was left behind by a worker that died while building. */
export const STALE_LOCK_MS = 60_000;
/** How long a worker waits for another's build before failing. */
export const LOCK_TIMEOUT_MS = 120_000;

/** One output of `scripts/bundle.js`. */
export interface Bundle {
  /** The bundled file. */
  readonly file: string;
  /** Folders whose TypeScript sources go into it. */
  readonly sourceDirs: readonly string[];
}

/** The custom-resource handler, as the provider's Lambda function runs it. */
export const HANDLER_BUNDLE: Bundle = {
  file: path.join(ROOT, 'assets', 'handler', 'index.js'),
  sourceDirs: [path.join(ROOT, 'lambda')],
};

/** The stand-alone rehearsal command (`npm start` runs it). */
export const REHEARSE_BUNDLE: Bundle = {
  file: path.join(ROOT, 'assets', 'cli', 'rehearse.js'),
  sourceDirs: ['lambda', 'lib', 'local'].map((dir) => path.join(ROOT, dir)),
};

/** The `pinpoint-segment` CLI (rehearse, drift, import). */
export const CLI_BUNDLE: Bundle = {
  file: path.join(ROOT, 'assets', 'cli', 'pinpoint-segment.js'),
  sourceDirs: ['lambda', 'lib', 'local', path.join('local', 'cli')].map((dir) => path.join(ROOT, dir)),
};

/** The sources of `bundle`: its folders' .ts files (not declarations) and the bundling script. */
export function bundleSources(bundle: Bundle): string[] {
  return [
    ...bundle.sourceDirs.flatMap((dir) =>
      fs.readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
        .map((f) => path.join(dir, f)),
    ),
    path.join(ROOT, 'scripts', 'bundle.js'),
  ];
}

/** Whether `bundle` exists and is no older than any of its sources. */
export function isBundleFresh(bundle: Bundle): boolean {
  if (!fs.existsSync(bundle.file)) return false;
  const newestSource = Math.max(0, ...bundleSources(bundle).map((f) => fs.statSync(f).mtimeMs));
  return fs.statSync(bundle.file).mtimeMs >= newestSource;
}

/** The lock directory for this checkout: one per checkout, shared by every bundle (one script writes them all). */
export function bundleLockPath(root: string = ROOT): string {
  return path.join(os.tmpdir(), `cdk-pinpoint-segment-bundle-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock directory, waiting while another worker holds it and clearing it once it is stale. */
function acquireLock(lock: string, staleMs: number, timeoutMs: number): void {
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      return;
    } catch {
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > staleMs) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for the bundle lock ${lock}`);
      sleepSync(100);
    }
  }
}

/** `node scripts/bundle.js`, which writes every bundle. */
export function runBundleScript(): void {
  try {
    execFileSync('node', ['scripts/bundle.js'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error && Buffer.isBuffer(error.stderr) ? error.stderr.toString() : '';
    throw new Error(`node scripts/bundle.js failed: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
}

export interface EnsureBundleOptions {
  /** @default bundleLockPath() */
  readonly lock?: string;
  /** What rebuilds the bundle. @default runBundleScript */
  readonly build?: () => void;
  /** @default STALE_LOCK_MS */
  readonly staleMs?: number;
  /** @default LOCK_TIMEOUT_MS */
  readonly timeoutMs?: number;
}

/** Rebuilds `bundle` unless it is fresh; another worker's build counts once it releases the lock. */
export function ensureBundleFresh(bundle: Bundle, options: EnsureBundleOptions = {}): void {
  if (isBundleFresh(bundle)) return;
  const lock = options.lock ?? bundleLockPath();
  acquireLock(lock, options.staleMs ?? STALE_LOCK_MS, options.timeoutMs ?? LOCK_TIMEOUT_MS);
  try {
    if (!isBundleFresh(bundle)) (options.build ?? runBundleScript)();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
