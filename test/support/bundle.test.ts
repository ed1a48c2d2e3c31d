/**
 * The shared rebuild-when-stale helper behind the handler harness and the CLI tests: it rebuilds
 * only a missing or outdated bundle, and serializes rebuilds across jest workers with a lock
 * directory that it clears when stale and gives up on after a timeout.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Bundle, bundleSources, CLI_BUNDLE, ensureBundleFresh, HANDLER_BUNDLE, isBundleFresh } from './bundle';

let tmp: string;
let bundle: Bundle;
let lock: string;
let builds: number;

/** Stands in for scripts/bundle.js: writes the bundle now, and counts. */
const build = () => {
  builds++;
  fs.writeFileSync(bundle.file, `// build ${builds}\n`);
};

/** Sets a file's modification time `secondsAgo` in the past. */
const age = (file: string, secondsAgo: number) => {
  const then = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, then, then);
};

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-helper-'));
  const src = path.join(tmp, 'src');
  fs.mkdirSync(src);
  fs.writeFileSync(path.join(src, 'index.ts'), 'export {};\n');
  fs.writeFileSync(path.join(src, 'types.d.ts'), 'export {};\n');
  age(path.join(src, 'index.ts'), 3600);
  age(path.join(src, 'types.d.ts'), 3600);
  bundle = { file: path.join(tmp, 'out.js'), sourceDirs: [src] };
  lock = path.join(tmp, 'build.lock');
  builds = 0;
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the bundle helper', () => {
  test('builds a missing bundle once, then leaves a fresh one alone and releases the lock', () => {
    ensureBundleFresh(bundle, { lock, build });
    ensureBundleFresh(bundle, { lock, build });
    expect(builds).toBe(1);
    expect(isBundleFresh(bundle)).toBe(true);
    expect(fs.existsSync(lock)).toBe(false);
  });

  test('rebuilds when a source is newer than the bundle, but not for a declaration file', () => {
    ensureBundleFresh(bundle, { lock, build });
    age(bundle.file, 5);
    fs.writeFileSync(path.join(bundle.sourceDirs[0], 'types.d.ts'), 'export type T = 1;\n');
    ensureBundleFresh(bundle, { lock, build });
    expect(builds).toBe(1);
    fs.writeFileSync(path.join(bundle.sourceDirs[0], 'index.ts'), 'export const changed = 1;\n');
    expect(isBundleFresh(bundle)).toBe(false);
    ensureBundleFresh(bundle, { lock, build });
    expect(builds).toBe(2);
  });

  test('clears a lock left behind by a dead worker once it is older than the staleness limit', () => {
    fs.mkdirSync(lock);
    age(lock, 120);
    ensureBundleFresh(bundle, { lock, build, staleMs: 60_000, timeoutMs: 30_000 });
    expect(builds).toBe(1);
    expect(fs.existsSync(lock)).toBe(false);
  });

  test('waits for a live lock until its holder releases it, and counts the holder\'s build', async () => {
    fs.mkdirSync(lock);
    // Another worker, in another process: it builds the bundle, then releases the lock.
    const holder = spawn(process.execPath, ['-e', `setTimeout(() => {
      require('fs').writeFileSync(${JSON.stringify(bundle.file)}, '// built by the other worker\\n');
      require('fs').rmdirSync(${JSON.stringify(lock)});
    }, 1000)`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    ensureBundleFresh(bundle, { lock, build, staleMs: 60_000, timeoutMs: 30_000 });
    await exited;
    expect(builds).toBe(0);
    expect(fs.readFileSync(bundle.file, 'utf8')).toBe('// built by the other worker\n');
  });

  test('gives up on a live lock after the timeout, naming the lock', () => {
    fs.mkdirSync(lock);
    expect(() => ensureBundleFresh(bundle, { lock, build, staleMs: 60_000, timeoutMs: 1000 })).toThrow(`timed out waiting for the bundle lock ${lock}`);
    expect(builds).toBe(0);
    expect(fs.existsSync(lock)).toBe(true);
  });

  test('knows the sources of the real bundles', () => {
    const handlerSources = bundleSources(HANDLER_BUNDLE).map((f) => path.relative(path.join(__dirname, '..', '..'), f));
    expect(handlerSources).toEqual(expect.arrayContaining(['lambda/index.ts', 'lambda/segment-handler.ts', 'scripts/bundle.js']));
    const cliSources = bundleSources(CLI_BUNDLE).map((f) => path.relative(path.join(__dirname, '..', '..'), f));
    expect(cliSources).toEqual(expect.arrayContaining(['lambda/index.ts', 'lib/index.ts', 'local/rehearse.ts', 'local/cli/bin.ts', 'scripts/bundle.js']));
  });
});
