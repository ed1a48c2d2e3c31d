// The published package, as a consumer gets it: `npm pack` the built project, install the tarball
// into a fresh CDK app that has neither esbuild nor Docker, and synthesize a segment there.
// Needs the build output (`npm run build`, which `npm test` runs first).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CfnTemplate } from './support/json';

jest.setTimeout(180_000);

const root = path.join(__dirname, '..');

/** What the test reads of a cloud assembly's asset manifest (`<stack>.assets.json`). */
interface AssetManifest {
  readonly files: Record<string, { readonly source: { readonly path: string; readonly packaging?: string } }>;
}

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly files: { readonly path: string }[];
}

/**
 * The environment for child npm and node processes, without what `npm test` adds (npm_config_local_prefix
 * would point a child npm at this project instead of the temporary app).
 */
function cleanEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_') && !lower.startsWith('npm_config_')) continue;
    if (['npm_config_local_prefix', 'npm_config_prefix', 'npm_config_global_prefix'].includes(lower)) continue;
    if (key === 'NODE_PATH' || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, ...overrides };
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function installedVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('the npm package', () => {
  let work: string;
  let packed: PackResult;
  let consumer: string;

  beforeAll(() => {
    for (const built of ['build/index.js', 'build/index.d.ts', '.jsii', 'assets/handler/index.js']) {
      if (!fs.existsSync(path.join(root, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` before this test`);
      }
    }
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-pinpoint-segment-package-'));
    // The build above is what `prepack` would run again: skip the scripts here (a test of its own packs an
    // unbuilt copy with them).
    [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root)) as PackResult[];

    consumer = path.join(work, 'app');
    fs.mkdirSync(consumer);
    fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const install = (cacheMode: string) => npm([
      'install', cacheMode, '--no-audit', '--no-fund', '--no-package-lock', '--prefix', consumer,
      path.join(work, packed.filename),
      `aws-cdk-lib@${installedVersion('aws-cdk-lib')}`,
      `constructs@${installedVersion('constructs')}`,
    ], consumer);
    try {
      install('--offline');
    } catch {
      // The local cache lacks something: fetch only what is missing.
      install('--prefer-offline');
    }
  });

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('holds the compiled library, the manifest, the bundled handler and the docs, and no sources', () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toEqual(expect.arrayContaining([
      'package.json', 'README.md', 'API.md', '.jsii',
      'build/index.js', 'build/index.d.ts', 'build/pinpoint-segment.js', 'build/provider.js',
      'assets/handler/index.js',
    ]));
    const unwanted = files.filter((f) => /^(lib|test|lambda|local|bin|bench|scripts|docs)\//.test(f)
      || (f.endsWith('.ts') && !f.endsWith('.d.ts'))
      || f.startsWith('node_modules/')
      || f.startsWith('cdk.out/')
      || f === 'tsconfig.json' || f === 'tsconfig.dev.json' || f.endsWith('.tsbuildinfo'));
    expect(unwanted).toEqual([]);
  });

  test('ships the rehearsal CLI when the build produced it', () => {
    const cliBuilt = fs.existsSync(path.join(root, 'assets', 'cli', 'rehearse.js'));
    const files = packed.files.map((f) => f.path);
    expect(files.includes('assets/cli/rehearse.js')).toBe(cliBuilt);
  });

  test('installs the pinpoint-segment command (and its rehearse alias) for npx in the consuming app', () => {
    for (const [bin, usage] of [['pinpoint-segment', /^Usage: pinpoint-segment <command>/], ['pinpoint-segment-rehearse', /^Usage: pinpoint-segment-rehearse/]] as const) {
      const out = execFileSync(path.join(consumer, 'node_modules', '.bin', bin), ['--help'], { cwd: consumer, env: cleanEnv(), encoding: 'utf8' });
      expect(out).toMatch(usage);
    }
    // The CLI bundle carries what it needs: a usage error still exits 2 with one line.
    let failure: { status?: number; stderr?: string } = {};
    try {
      execFileSync(path.join(consumer, 'node_modules', '.bin', 'pinpoint-segment'), ['drift'], { cwd: consumer, env: cleanEnv(), encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status?: number; stderr?: string };
    }
    expect(failure.status).toBe(2);
    expect(failure.stderr?.trim().split('\n')).toEqual(['pinpoint-segment drift: --stack is required (see pinpoint-segment drift --help)']);
  });

  test('installs without esbuild in the consuming app', () => {
    expect(fs.existsSync(path.join(consumer, 'node_modules', 'cdk-pinpoint-segment', '.jsii'))).toBe(true);
    const resolve = (name: string) => execFileSync(process.execPath, ['-e', `require.resolve(${JSON.stringify(name)})`], {
      cwd: consumer, env: cleanEnv(), stdio: 'ignore',
    });
    expect(() => resolve('cdk-pinpoint-segment')).not.toThrow();
    expect(() => resolve('esbuild')).toThrow();
  });

  test('synthesizes a segment with neither esbuild nor Docker available', () => {
    // PATH holds only node: no docker, no esbuild binary.
    const bin = path.join(work, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const outdir = path.join(work, 'cdk.out');
    fs.writeFileSync(path.join(consumer, 'synth.js'), `
      const { App, Stack } = require('aws-cdk-lib');
      const { CfnSegment } = require('aws-cdk-lib/aws-pinpoint');
      const { AttributeDimension, PinpointSegment } = require('cdk-pinpoint-segment');

      const app = new App({ outdir: ${JSON.stringify(outdir)} });
      const stack = new Stack(app, 'Consumer');
      const segment = new PinpointSegment(stack, 'Gold', {
        applicationId: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
        name: 'Gold customers',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
      });
      // The packaged class is an ISegmentRef for the consumer's own copy of aws-cdk-lib.
      CfnSegment.arnForSegment(segment);
      app.synth();
    `);
    execFileSync(path.join(bin, 'node'), ['synth.js'], {
      cwd: consumer,
      env: cleanEnv({ PATH: bin, CDK_DOCKER: path.join(work, 'no-docker') }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });

    const template = JSON.parse(fs.readFileSync(path.join(outdir, 'Consumer.template.json'), 'utf8')) as CfnTemplate;
    const resources = Object.values(template.Resources);
    const segments = resources.filter((r) => r.Type === 'Custom::PinpointSegment');
    expect(segments).toHaveLength(1);
    expect(segments[0].Properties).toMatchObject({
      ApplicationId: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
      Name: 'Gold customers',
      Dimensions: { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } },
    });

    const functions = resources.filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(functions).toHaveLength(1);
    const assets = JSON.parse(fs.readFileSync(path.join(outdir, 'Consumer.assets.json'), 'utf8')) as AssetManifest;
    // The one zip asset is the handler's directory; the other file asset is the template itself.
    const zipAssets = Object.values(assets.files).filter((a) => a.source.packaging === 'zip');
    expect(zipAssets).toHaveLength(1);
    const stagedHandler = path.join(outdir, zipAssets[0].source.path, 'index.js');
    const shippedHandler = path.join(consumer, 'node_modules', 'cdk-pinpoint-segment', 'assets', 'handler', 'index.js');
    expect(fs.readFileSync(stagedHandler)).toEqual(fs.readFileSync(shippedHandler));
  });
});

describe('npm pack on a clone that was never built', () => {
  test('builds first (prepack), so the tarball holds the library, the manifest and the handler', () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-pinpoint-segment-clone-'));
    try {
      // The committed files only, as `git clone` gives them, with this project's node_modules.
      const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
      for (const file of tracked) {
        if (!fs.existsSync(path.join(root, file))) continue; // deleted in the working tree
        fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
        fs.copyFileSync(path.join(root, file), path.join(clone, file));
      }
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'));
      expect(fs.existsSync(path.join(clone, 'build'))).toBe(false);

      npm(['pack', '--pack-destination', clone], clone);
      const tarball = fs.readdirSync(clone).find((f) => f.endsWith('.tgz'));
      expect(tarball).toBeDefined();
      const files = execFileSync('tar', ['-tzf', path.join(clone, tarball!)], { encoding: 'utf8' })
        .split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
      expect(files).toEqual(expect.arrayContaining([
        'package.json', '.jsii', 'build/index.js', 'build/index.d.ts', 'assets/handler/index.js',
      ]));
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  });
});
