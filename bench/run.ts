/**
 * `npm run bench`: synth scale, handler cold start, calls per event and mass deploy, measured in
 * one invocation; writes bench/results.json, bench/RESULTS.md and bench/synth-time.svg.
 *
 * Options (all optional): --rounds N (synth rounds, default 5), --sizes N,N,... (segment counts,
 * default 1,50,200,496), --init-runs N (fresh processes per subject, default 25), --rss-runs N
 * (default 5), --mass-runs N (default 5), --no-reference (skip the synth measurement with
 * validation off), --synth-only (only the synth measurements, printed, nothing written),
 * --out DIR (default bench/).
 */
import * as os from 'os';
import * as path from 'path';
import { measureCalls } from './calls';
import { runHandlerBench } from './handler';
import { startHarness } from '../test/support/cfn-harness';
import { HARNESS_OPTIONS, ROOT } from './lambda';
import { massDeployProperties, MassDeployRun, runMassDeploy, THROTTLE_ROUTE } from './mass-deploy';
import { BenchResults, judgeTargets, summarizeMassDeploy, synthRatios, writeReport } from './report';
import { runSynthBench } from './synth';

export interface RunOptions {
  readonly sizes: number[];
  readonly synthRounds: number;
  readonly synthWarmupRounds: number;
  readonly reference: boolean;
  /** Only the synth measurements: print their ratios, write no report. */
  readonly synthOnly: boolean;
  readonly initRuns: number;
  readonly initWarmup: number;
  readonly rssRuns: number;
  readonly massSegments: number;
  readonly massRuns: number;
  readonly massWarmupSegments: number;
  readonly rate: number;
  readonly burst: number;
  readonly outDir: string;
}

export const DEFAULT_OPTIONS: RunOptions = {
  sizes: [1, 50, 200, 496],
  synthRounds: 5,
  synthWarmupRounds: 1,
  reference: true,
  synthOnly: false,
  initRuns: 25,
  initWarmup: 2,
  rssRuns: 5,
  massSegments: 200,
  massRuns: 5,
  massWarmupSegments: 50,
  rate: 25,
  burst: 25,
  outDir: __dirname,
};

function parseArgs(argv: readonly string[]): RunOptions {
  const options: { -readonly [K in keyof RunOptions]: RunOptions[K] } = { ...DEFAULT_OPTIONS };
  const count = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--rounds': options.synthRounds = count(flag, argv[++i]); break;
      case '--init-runs': options.initRuns = count(flag, argv[++i]); break;
      case '--rss-runs': options.rssRuns = count(flag, argv[++i]); break;
      case '--mass-runs': options.massRuns = count(flag, argv[++i]); break;
      case '--sizes': options.sizes = (argv[++i] ?? '').split(',').map((v) => count(flag, v)); break;
      case '--no-reference': options.reference = false; break;
      case '--synth-only': options.synthOnly = true; break;
      case '--out': options.outDir = path.resolve(argv[++i] ?? '.'); break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  return options;
}

function packageVersion(name: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a package.json read at run time, from the path require.resolve finds
  return (require(require.resolve(`${name}/package.json`, { paths: [ROOT] })) as { version: string }).version;
}

export async function runBench(options: RunOptions, log: (message: string) => void = () => undefined): Promise<BenchResults> {
  const started = process.hrtime.bigint();
  const date = new Date().toISOString();
  const loadAverageStart = os.loadavg()[0];

  const synth = runSynthBench({ sizes: options.sizes, rounds: options.synthRounds, warmupRounds: options.synthWarmupRounds, onProgress: log });
  const synthWithoutValidation = options.reference
    ? runSynthBench({ sizes: options.sizes, rounds: options.synthRounds, warmupRounds: options.synthWarmupRounds, validation: false, onProgress: log })
    : undefined;

  const harness = await startHarness(HARNESS_OPTIONS);
  try {
    const handler = await runHandlerBench(harness, {
      initRuns: options.initRuns,
      initWarmup: options.initWarmup,
      rssRuns: options.rssRuns,
      onProgress: log,
    });

    const calls = await measureCalls(harness);
    log('calls per event done');

    const properties = massDeployProperties(options.massSegments);
    const throttle = { rate: options.rate, burst: options.burst };
    await runMassDeploy(harness, properties.slice(0, options.massWarmupSegments), throttle);
    log('mass deploy: warm-up done');
    const runs: MassDeployRun[] = [];
    for (let r = 0; r < options.massRuns; r++) {
      runs.push(await runMassDeploy(harness, properties, throttle));
      log(`mass deploy: run ${r + 1}/${options.massRuns}: ${runs[r].wall_s.toFixed(2)} s, ${runs[r].succeeded} succeeded`);
    }
    const massDeploy = summarizeMassDeploy(runs, { segments: options.massSegments, ...throttle, route: THROTTLE_ROUTE });

    const partial: Omit<BenchResults, 'targets'> = {
      synth,
      ...(synthWithoutValidation ? { synth_without_validation: synthWithoutValidation } : {}),
      synth_ratios: synthRatios(synth, synthWithoutValidation),
      handler,
      calls,
      mass_deploy: massDeploy,
      machine: {
        date,
        node: process.version,
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model.trim() ?? 'unknown',
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        total_memory_gb: Math.round(os.totalmem() / 2 ** 30),
        aws_cdk_lib: packageVersion('aws-cdk-lib'),
        client_pinpoint: packageVersion('@aws-sdk/client-pinpoint'),
        cloudformation_validation: process.env.CDK_VALIDATION !== 'false',
        load_average_start: loadAverageStart,
        load_average_end: os.loadavg()[0],
      },
      settings: {
        synth_rounds: options.synthRounds,
        synth_warmup_rounds: options.synthWarmupRounds,
        init_runs: options.initRuns,
        init_warmup: options.initWarmup,
        rss_runs: options.rssRuns,
        mass_deploy_runs: options.massRuns,
        mass_deploy_warmup_segments: options.massWarmupSegments,
      },
      bench_runtime_s: Number(process.hrtime.bigint() - started) / 1e9,
    };
    return { ...partial, targets: judgeTargets(partial) };
  } finally {
    await harness.stop();
  }
}

/** `--synth-only`: the synth measurements alone (validation on, then off), their ratios printed. */
function runSynthOnly(options: RunOptions, log: (message: string) => void): void {
  const loadStart = os.loadavg()[0];
  const synth = runSynthBench({ sizes: options.sizes, rounds: options.synthRounds, warmupRounds: options.synthWarmupRounds, onProgress: log });
  const off = options.reference
    ? runSynthBench({ sizes: options.sizes, rounds: options.synthRounds, warmupRounds: options.synthWarmupRounds, validation: false, onProgress: log })
    : undefined;
  for (const r of synthRatios(synth, off)) {
    log(`N=${r.segments}: construct × CfnSegment ${r.time_vs_cfnsegment.toFixed(3)} (paired ${r.time_vs_cfnsegment_paired.toFixed(3)})`
      + `, CPU ${r.cpu_vs_cfnsegment.toFixed(3)}`
      + (r.time_vs_cfnsegment_without_validation !== undefined
        ? `; validation off ${r.time_vs_cfnsegment_without_validation.toFixed(3)} (paired ${r.time_vs_cfnsegment_without_validation_paired!.toFixed(3)}, CPU ${r.cpu_vs_cfnsegment_without_validation!.toFixed(3)})`
        : ''));
  }
  for (const [label, rows] of [['validation on', synth], ['validation off', off ?? []]] as const) {
    for (const row of rows) log(`${label} N=${row.segments} ${row.approach}: median ${row.median_ms.toFixed(1)} ms (CPU ${row.median_cpu_ms.toFixed(1)} ms); runs ${row.runs_ms.map((ms) => ms.toFixed(0)).join(' ')}`);
  }
  log(`${process.version}; 1-minute load average ${loadStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end, ${os.cpus().length} CPUs`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);
  if (options.synthOnly) {
    runSynthOnly(options, log);
    return;
  }
  const results = await runBench(options, log);
  const files = writeReport(results, options.outDir);
  log(`wrote ${path.relative(process.cwd(), files.json)}, ${path.relative(process.cwd(), files.markdown)}, ${path.relative(process.cwd(), files.plot)}`);
  for (const target of results.targets) log(`${target.met ? 'met    ' : 'NOT MET'} ${target.description}: ${target.measured}`);
  log(`runtime ${results.bench_runtime_s.toFixed(0)} s`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
