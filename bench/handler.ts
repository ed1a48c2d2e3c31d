/**
 * Handler cold start: the bundle's size, its module-init time in fresh Node processes against a
 * bare `require('@aws-sdk/client-pinpoint')` (interleaved), and the peak RSS of a fresh process
 * that runs one Create.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import { propsFromConstruct } from '../test/support/cfn-harness';
import { apiDefinition, constructProps, TAGS } from './definition';
import { BUNDLE_FILE, childEnvironment, Harness, ROOT } from './lambda';
import { median, rotate } from './stats';

export const INIT_SUBJECTS = ['bundle', 'sdk'] as const;
export type InitSubject = (typeof INIT_SUBJECTS)[number];

/** What each fresh process requires, resolved from the package root. */
const INIT_TARGET: Record<InitSubject, string> = {
  bundle: BUNDLE_FILE,
  sdk: '@aws-sdk/client-pinpoint',
};

/** Prints the milliseconds `require(argv[1])` took, measured inside the fresh process. */
const INIT_SCRIPT = [
  'const start = process.hrtime.bigint();',
  'require(process.argv[1]);',
  'const ms = Number(process.hrtime.bigint() - start) / 1e6;',
  "process.stdout.write('\\n' + JSON.stringify({ ms }) + '\\n');",
].join('\n');

export interface HandlerResult {
  readonly bundle_bytes: number;
  readonly init_ms: number;
  readonly sdk_init_ms: number;
  readonly init_ratio: number;
  /** Median over rounds of (bundle / sdk) within the same round. */
  readonly init_ratio_paired: number;
  readonly init_runs: number;
  readonly peak_rss_mb: number;
  /** The same, for a fresh process that only requires the SDK and sends one CreateSegment. */
  readonly sdk_peak_rss_mb: number;
  readonly rss_runs: number;
}

export interface HandlerBenchOptions {
  /** Fresh processes per subject, measured. */
  readonly initRuns: number;
  /** Unmeasured pairs first (disk cache). @default 2 */
  readonly initWarmup?: number;
  /** Fresh processes per subject for peak RSS. */
  readonly rssRuns: number;
  readonly onProgress?: (message: string) => void;
}

/** The last JSON line a child printed; the SDK may print a warning on stderr, never on stdout. */
function lastJson<T>(stdout: string, what: string): T {
  const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`${what}: no result in ${JSON.stringify(stdout.slice(-500))}`);
  return JSON.parse(line) as T;
}

/**
 * Module-init time of `subject` in one fresh process.
 * @param target what to require instead (another build of the bundle, for comparisons)
 */
export function initOnce(subject: InitSubject, target = INIT_TARGET[subject]): number {
  const child = spawnSync(process.execPath, ['-e', INIT_SCRIPT, target], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  if (child.status !== 0) throw new Error(`init of ${subject} failed: ${child.stderr}`);
  return lastJson<{ ms: number }>(child.stdout, `init of ${subject}`).ms;
}

export function measureInit(runs: number, warmup = 2): { bundle: number[]; sdk: number[] } {
  const samples: Record<InitSubject, number[]> = { bundle: [], sdk: [] };
  for (let r = -warmup; r < runs; r++) {
    for (const subject of rotate(INIT_SUBJECTS, r)) {
      const ms = initOnce(subject);
      if (r >= 0) samples[subject].push(ms);
    }
  }
  return samples;
}

/**
 * A fresh process that loads `subject` and makes one Create against the emulator, then reports
 * its peak RSS. The bundle runs the whole handler (its response goes to the bench's bucket); the
 * SDK baseline sends the same CreateSegment with a bare client.
 */
const RSS_SCRIPT = `
const fs = require('fs');
const input = JSON.parse(process.env.BENCH_INPUT);
function report(extra) {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const hwm = /VmHWM:\\s+(\\d+) kB/.exec(status);
  process.stdout.write('\\n' + JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, vmHwmKb: hwm ? Number(hwm[1]) : null, ...extra }) + '\\n');
}
async function main() {
  if (input.subject === 'bundle') {
    const { handler } = require(input.bundle);
    await handler(input.event, { getRemainingTimeInMillis: () => 120000, awsRequestId: 'bench', functionName: 'bench' });
    report({});
  } else {
    const { PinpointClient, CreateSegmentCommand } = require('@aws-sdk/client-pinpoint');
    const client = new PinpointClient({ maxAttempts: 1 });
    const out = await client.send(new CreateSegmentCommand(input.command));
    client.destroy();
    report({ segmentId: out.SegmentResponse.Id });
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
`;

function runChild(env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', RSS_SCRIPT], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

const RSS_APPLICATION_ID = 'c0ffee00c0ffee00c0ffee00c0ffee00';

/**
 * Peak RSS in MB of one fresh process; checks that its Create really happened.
 * @param bundleFile the bundle to run (another build, for comparisons)
 */
export async function peakRssOnce(harness: Harness, subject: InitSubject, bundleFile = BUNDLE_FILE): Promise<number> {
  let input: Record<string, unknown>;
  let requestId: string | undefined;
  if (subject === 'bundle') {
    const props = propsFromConstruct(constructProps(RSS_APPLICATION_ID, 1));
    const event = harness.event('Create', { props });
    requestId = String(event.RequestId);
    input = { subject, bundle: bundleFile, event };
  } else {
    // What the handler sends for the same segment.
    input = { subject, command: { ApplicationId: RSS_APPLICATION_ID, WriteSegmentRequest: { ...apiDefinition(1), tags: TAGS } } };
  }
  const before = harness.emu.calls.length;
  const stdout = await runChild({ ...childEnvironment(harness.emu.url), BENCH_INPUT: JSON.stringify(input) });
  const result = lastJson<{ maxRssKb: number; vmHwmKb: number | null }>(stdout, `peak RSS of ${subject}`);
  const created = harness.emu.calls.slice(before).filter((c) => c.operation === 'CreateSegment' && c.status === 201);
  if (created.length !== 1) throw new Error(`peak RSS of ${subject}: expected one successful CreateSegment, saw ${created.length}`);
  if (requestId !== undefined) {
    const responses = harness.bucket.responses(requestId);
    const status = responses.length === 1 ? (JSON.parse(responses[0].body) as { Status: string }).Status : `${responses.length} responses`;
    if (status !== 'SUCCESS') throw new Error(`peak RSS of the bundle: the Create answered ${status}`);
  }
  return (result.vmHwmKb ?? result.maxRssKb) / 1024;
}

export async function runHandlerBench(harness: Harness, options: HandlerBenchOptions): Promise<HandlerResult> {
  const bundleBytes = fs.statSync(BUNDLE_FILE).size;

  const init = measureInit(options.initRuns, options.initWarmup ?? 2);
  options.onProgress?.(`handler: ${options.initRuns} fresh processes each for the bundle and the SDK done`);
  const pairedRatios = init.bundle.map((ms, i) => ms / init.sdk[i]);

  const rss: Record<InitSubject, number[]> = { bundle: [], sdk: [] };
  await peakRssOnce(harness, 'bundle'); // warm-up
  for (let r = 0; r < options.rssRuns; r++) {
    for (const subject of rotate(INIT_SUBJECTS, r)) rss[subject].push(await peakRssOnce(harness, subject));
  }
  options.onProgress?.(`handler: peak RSS over ${options.rssRuns} runs each done`);

  const initMs = median(init.bundle);
  const sdkInitMs = median(init.sdk);
  return {
    bundle_bytes: bundleBytes,
    init_ms: initMs,
    sdk_init_ms: sdkInitMs,
    init_ratio: initMs / sdkInitMs,
    init_ratio_paired: median(pairedRatios),
    init_runs: options.initRuns,
    peak_rss_mb: median(rss.bundle),
    sdk_peak_rss_mb: median(rss.sdk),
    rss_runs: options.rssRuns,
  };
}
