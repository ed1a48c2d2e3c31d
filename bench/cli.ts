/**
 * `npm run bench:cli`: `pinpoint-segment import` and `drift` over 496 segments (a full stack: 496
 * segments and the provider's 4 resources are CloudFormation's 500), through the bundled CLI in a
 * child process, against the emulator throttled to Pinpoint's documented default quota (25
 * requests per second, burst 25, one bucket shared by every operation: the strictest reading) and
 * the loopback CloudFormation stub. Reports wall time against the rate-limited ideal and the CLI
 * process's peak RSS; writes bench/cli-results.json and the CLI section of bench/RESULTS.md.
 *
 * Options: --segments N (default 496), --runs N (default 3), --out DIR (default bench/).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { PinpointSegment } from '../lib';
import { Aws } from '../local/cli/aws';
import { importSegments } from '../local/cli/import';
import { startCloudFormationStub } from '../local/cloudformation-stub';
import { Emulator, startEmulator } from '../local/emulator';
import { DIMENSION_SEEDS } from '../test/support/segment-seeds';
import { median } from './stats';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'assets', 'cli', 'pinpoint-segment.js');
const APP = 'b0c1d2e3f405162738495a6b7c8d9e0f';
const STACK = 'BenchImported';
export const CLI_RATE = 25;
export const CLI_BURST = 25;

export interface CliRun {
  readonly wall_s: number;
  /** Pinpoint requests served (not throttled): what the ideal is computed from. */
  readonly served: number;
  readonly throttled: number;
  readonly ideal_s: number;
  readonly ratio: number;
  readonly peak_rss_mb: number;
  readonly exit_code: number;
}

export interface CliBenchResults {
  readonly date: string;
  readonly node: string;
  readonly cpus: number;
  readonly segments: number;
  readonly rate: number;
  readonly burst: number;
  readonly import: CliRun[];
  readonly drift: CliRun[];
  readonly summary: {
    readonly import_ratio: number;
    readonly drift_ratio: number;
    readonly import_peak_rss_mb: number;
    readonly drift_peak_rss_mb: number;
    readonly met: boolean;
  };
}

/** Segments as made in the console: every definition of the round-trip seeds, in turn, with a tag. */
function seed(emu: Emulator, count: number): void {
  for (let i = 0; i < count; i++) {
    const template = DIMENSION_SEEDS[i % DIMENSION_SEEDS.length];
    emu.seedSegment(APP, { ...template, Name: `${template.Name} ${i + 1}`, tags: { ...template.tags, n: String(i + 1) } });
  }
}

/** Runs the bundled CLI; its peak RSS comes from a preloaded exit hook. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; wall_s: number; rss_mb: number; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-rss-'));
  const hook = path.join(dir, 'rss.js');
  const out = path.join(dir, 'rss');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', hook, CLI, ...args], { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const wall_s = Number(process.hrtime.bigint() - start) / 1e9;
      const rss_mb = fs.existsSync(out) ? Number(fs.readFileSync(out, 'utf8')) / 1024 : NaN;
      fs.rmSync(dir, { recursive: true, force: true });
      const code = error ? Number((error as { code?: unknown }).code ?? -1) : 0;
      resolve({ code, wall_s, rss_mb, stderr });
    });
  });
}

async function measure(emu: Emulator, args: string[], env: Record<string, string>): Promise<CliRun> {
  emu.faults.clear();
  emu.calls.length = 0;
  // A fresh, full bucket for every run.
  emu.faults.set('*', { throttle: { rate: CLI_RATE, burst: CLI_BURST } });
  const result = await runCli(args, env);
  const throttled = emu.calls.filter((c) => c.fault === 'throttled').length;
  const served = emu.calls.length - throttled;
  const ideal_s = Math.max(0, served - CLI_BURST) / CLI_RATE;
  if (result.code > 1) throw new Error(`pinpoint-segment ${args[0]} failed (${result.code}): ${result.stderr}`);
  return { wall_s: result.wall_s, served, throttled, ideal_s, ratio: result.wall_s / ideal_s, peak_rss_mb: result.rss_mb, exit_code: result.code };
}

/** The stack that adopts every live segment, as `import` declares it; synthesized once. */
async function synthesizeStack(outdir: string): Promise<Map<string, string>> {
  const aws = new Aws({ region: 'us-east-1' });
  const segments = await importSegments(aws, APP);
  aws.destroy();
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  const stack = new Stack(app, STACK, { env: { account: '123456789012', region: 'us-east-1' } });
  const logicalIds = new Map<string, string>();
  segments.forEach((s, i) => {
    if (s.kind !== 'declared') throw new Error(`segment ${s.live.Name} not declarable: ${s.reasons.join('; ')}`);
    const segment = new PinpointSegment(stack, `Segment${i + 1}`, s.props);
    logicalIds.set(stack.getLogicalId(segment.node.defaultChild as CfnElement), s.props.segmentId!);
  });
  app.synth();
  return logicalIds;
}

export async function runCliBench(options: { segments: number; runs: number }, log: (m: string) => void): Promise<CliBenchResults> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const emu = await startEmulator();
  const cfn = await startCloudFormationStub();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  const saved = { ...process.env };
  const env = {
    AWS_ENDPOINT_URL_PINPOINT: emu.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: cfn.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDBENCH',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  Object.assign(process.env, env);
  try {
    seed(emu, options.segments);
    log(`cli: ${options.segments} segments seeded; synthesizing the adopting stack`);
    const logicalIds = await synthesizeStack(path.join(work, 'cdk.out'));
    cfn.putStack(STACK, [
      ...['ProviderRole', 'ProviderFunction', 'ProviderLogGroup', 'ProviderInvokeConfig'].map((id) => ({ LogicalResourceId: id, PhysicalResourceId: id, ResourceType: 'AWS::CloudFormation::WaitConditionHandle' })),
      ...[...logicalIds].map(([logicalId, segmentId]) => ({
        LogicalResourceId: logicalId,
        PhysicalResourceId: `${APP}:${segmentId}:adopted:1`,
        ResourceType: 'Custom::PinpointSegment',
      })),
    ]);
    const importRuns: CliRun[] = [];
    const driftRuns: CliRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      importRuns.push(await measure(emu, ['import', '--application-id', APP, '--out', path.join(work, 'imported.ts')], env));
      log(`cli: import run ${run}: ${importRuns[run - 1].wall_s.toFixed(2)} s (${importRuns[run - 1].ratio.toFixed(3)}x)`);
      driftRuns.push(await measure(emu, ['drift', '--stack', STACK, '--app', path.join(work, 'cdk.out'), '--json'], env));
      log(`cli: drift run ${run}: ${driftRuns[run - 1].wall_s.toFixed(2)} s (${driftRuns[run - 1].ratio.toFixed(3)}x)`);
      if (driftRuns[run - 1].exit_code !== 0) throw new Error('drift did not find every segment IN_SYNC');
    }
    const importRatio = median(importRuns.map((r) => r.ratio));
    const driftRatio = median(driftRuns.map((r) => r.ratio));
    return {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      segments: options.segments,
      rate: CLI_RATE,
      burst: CLI_BURST,
      import: importRuns,
      drift: driftRuns,
      summary: {
        import_ratio: importRatio,
        drift_ratio: driftRatio,
        import_peak_rss_mb: Math.max(...importRuns.map((r) => r.peak_rss_mb)),
        drift_peak_rss_mb: Math.max(...driftRuns.map((r) => r.peak_rss_mb)),
        met: importRatio <= 1.3 && driftRatio <= 1.3,
      },
    };
  } finally {
    process.env = saved;
    await cfn.stop();
    await emu.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A figure; a run too small to be rate-limited has no ideal, and no ratio (JSON writes it null). */
const fmt = (n: number | null, digits = 2) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** The CLI section of bench/RESULTS.md. */
export function renderCliSection(r: CliBenchResults): string {
  const rows = (name: string, runs: CliRun[]) => runs.map((run, i) =>
    `| ${name} | ${i + 1} | ${fmt(run.wall_s)} | ${run.served} | ${run.throttled} | ${fmt(run.ideal_s)} | ${fmt(run.ratio, 3)} | ${fmt(run.peak_rss_mb, 0)} |`);
  return [
    '## CLI: import and drift at 496 segments',
    '',
    `Generated by \`npm run bench:cli\` (bench/cli.ts) on ${r.date.slice(0, 10)}, Node ${r.node}, ${r.cpus} CPUs; raw figures in`,
    '`cli-results.json`. It runs alone, without the rest of the benchmark (`npm run bench` keeps this section as it is).',
    '',
    `${r.segments} console-made segments (the round-trip definitions in turn, each tagged) in the emulator, throttled at`,
    `${r.rate} requests per second, burst ${r.burst}, one bucket for every operation (Pinpoint's default quota, read`,
    'strictly). Each run is the bundled CLI in a child process, from start to exit, with a full bucket:',
    `\`pinpoint-segment import --application-id ID --out FILE\` (GetSegments pages, then ListTagsForResource per segment)`,
    `and \`pinpoint-segment drift --stack NAME --json\` over a synthesized stack adopting every segment (ListStackResources`,
    'pages from the CloudFormation stub, then GetSegment and ListTagsForResource per segment; all IN_SYNC). Ideal: the',
    'requests served, less the burst, at the rate: (served - 25) / 25 s. Peak RSS is the CLI process\'s `maxRSS`.',
    '',
    '| command | run | wall (s) | requests served | throttled (429) | ideal (s) | wall / ideal | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows('import', r.import),
    ...rows('drift', r.drift),
    '',
    `Median wall / ideal: import ${fmt(r.summary.import_ratio, 3)}, drift ${fmt(r.summary.drift_ratio, 3)} (target ≤ 1.3: ${r.summary.met ? 'met' : 'NOT met'}); ` +
      `peak RSS: import ${fmt(r.summary.import_peak_rss_mb, 0)} MB, drift ${fmt(r.summary.drift_peak_rss_mb, 0)} MB.`,
    '',
  ].join('\n');
}

const START = '<!-- cli-bench:start -->';
const END = '<!-- cli-bench:end -->';

/** RESULTS.md with the CLI section (from cli-results.json) in place of any earlier one. */
export function withCliSection(markdown: string, dir: string): string {
  const file = path.join(dir, 'cli-results.json');
  if (!fs.existsSync(file)) return markdown;
  const section = `${START}\n${renderCliSection(JSON.parse(fs.readFileSync(file, 'utf8')) as CliBenchResults)}${END}\n`;
  const at = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (at >= 0 && end > at) return markdown.slice(0, at) + section + markdown.slice(end + END.length).replace(/^\n/, '');
  return `${markdown.trimEnd()}\n\n${section}`;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const outIndex = argv.indexOf('--out');
  const dir = outIndex >= 0 ? path.resolve(argv[outIndex + 1]) : __dirname;
  runCliBench({ segments: value('--segments', 496), runs: value('--runs', 3) }, (m) => process.stderr.write(`${m}\n`)).then(
    (results) => {
      fs.writeFileSync(path.join(dir, 'cli-results.json'), `${JSON.stringify(results, null, 2)}\n`);
      const md = path.join(dir, 'RESULTS.md');
      fs.writeFileSync(md, withCliSection(fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : '', dir));
      process.stdout.write(renderCliSection(results));
      process.exit(results.summary.met ? 0 : 1);
    },
    (error: unknown) => {
      process.stderr.write(`bench:cli: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(2);
    },
  );
}
