/**
 * `npm run bench:profile`: where synth time goes. Profiles the same timed part of a synth that the
 * bench measures (bench/synth.ts `buildAndSynth`: App + Stack + CfnApp + N segments + `app.synth()`),
 * with V8's sampling profiler started and stopped around each synth in this process, so module
 * loading, the forced GC between synths and the temporary directory's removal are not in it.
 *
 * For each approach it prints the top functions by self time and by inclusive time, self time by
 * file, and (construct against CfnSegment) the functions whose time differs most per synth. The
 * approaches are interleaved synth by synth, as in the bench.
 *
 * Options (all optional): --segments N[,N...] (default 200), --validation on|off (default off),
 * --runs N (profiled synths per approach and size, default 10), --warmup N (default 2),
 * --approaches a,b (default construct,cfnsegment), --top N (rows per table, default 20),
 * --interval US (sampling interval in microseconds, default 100), --out DIR (also writes the summary
 * as JSON and each approach's first profiled synth as a .cpuprofile for Chrome DevTools).
 */
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as os from 'os';
import * as path from 'path';
import { AssetStaging } from 'aws-cdk-lib';
import { collectGarbage, elapsedMs, median, rotate } from './stats';
import { Approach, APPROACHES, buildAndSynth, withoutStderr } from './synth';

interface ProfileOptions {
  readonly sizes: number[];
  readonly validation: boolean;
  readonly runs: number;
  readonly warmup: number;
  readonly approaches: Approach[];
  readonly top: number;
  readonly intervalUs: number;
  readonly outDir?: string;
}

/** What V8's `Profiler.stop` returns (the fields used here). */
interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }>;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** Milliseconds per function (`name file:line`) and per file, summed over profiled synths. */
export interface ProfileSummary {
  synths: number;
  /** Sum of the synths' wall times, measured around the synth with the profiler running. */
  wallMs: number[];
  /** Sum over samples of their time (the profiled total). */
  sampledMs: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
  selfByFile: Map<string, number>;
}

const ROOT = path.resolve(__dirname, '..');

/** A short location: the path inside node_modules, or inside this repository. */
function shortFile(url: string): string {
  if (url === '') return '';
  const file = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) return file.slice(nm + '/node_modules/'.length);
  if (file.startsWith(ROOT + path.sep)) return file.slice(ROOT.length + 1);
  return file;
}

function functionKey(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = shortFile(frame.url);
  const name = frame.functionName || (file ? '(anonymous)' : '');
  if (!file) return name || '(unknown)';
  return `${name} ${file}:${frame.lineNumber + 1}`;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

export function emptySummary(): ProfileSummary {
  return { synths: 0, wallMs: [], sampledMs: 0, self: new Map(), inclusive: new Map(), selfByFile: new Map() };
}

/** Adds one profile's self and inclusive time (recursion counted once per stack) to `summary`. */
export function accumulate(summary: ProfileSummary, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Each sample's time is the delta to the next sample; the last one gets the mean interval.
  const nodeMs = new Map<number, number>();
  const meanUs = profile.samples.length > 0 ? (profile.endTime - profile.startTime) / profile.samples.length : 0;
  profile.samples.forEach((id, i) => {
    const us = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : meanUs;
    nodeMs.set(id, (nodeMs.get(id) ?? 0) + us / 1000);
  });
  for (const [id, ms] of nodeMs) {
    const node = byId.get(id)!;
    summary.sampledMs += ms;
    add(summary.self, functionKey(node.callFrame), ms);
    add(summary.selfByFile, shortFile(node.callFrame.url) || functionKey(node.callFrame), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = functionKey(byId.get(at)!.callFrame);
      if (key === '(root)' || seen.has(key)) continue;
      seen.add(key);
      add(summary.inclusive, key, ms);
    }
  }
}

function post<T>(session: inspector.Session, method: string, params?: object): T {
  const outcome: { error?: Error | null; value?: T } = {};
  // The in-process session dispatches synchronously: the callback has run when post returns.
  session.post(method, params, (error, value) => {
    outcome.error = error;
    outcome.value = value as T;
  });
  if (outcome.error) throw outcome.error;
  return outcome.value as T;
}

/** One synth under the profiler; returns its wall time and profile. */
function profiledSynth(session: inspector.Session, approach: Approach, count: number, validation: boolean): { ms: number; profile: CpuProfile } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinpoint-bench-profile-'));
  try {
    AssetStaging.clearAssetHashCache();
    collectGarbage();
    return withoutStderr(() => {
      post(session, 'Profiler.start');
      const start = process.hrtime.bigint();
      buildAndSynth(approach, count, outdir, { validation });
      const ms = elapsedMs(start);
      const { profile } = post<{ profile: CpuProfile }>(session, 'Profiler.stop');
      return { ms, profile };
    });
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export function runProfile(options: ProfileOptions): Map<string, ProfileSummary> {
  const session = new inspector.Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.setSamplingInterval', { interval: options.intervalUs });
  const summaries = new Map<string, ProfileSummary>();
  const key = (approach: Approach, size: number) => `${approach}@${size}`;
  try {
    for (let r = -options.warmup; r < options.runs; r++) {
      for (const size of options.sizes) {
        for (const approach of rotate(options.approaches, r)) {
          const { ms, profile } = profiledSynth(session, approach, size, options.validation);
          if (r < 0) continue;
          const summary = summaries.get(key(approach, size)) ?? emptySummary();
          if (summary.synths === 0 && options.outDir) {
            fs.writeFileSync(path.join(options.outDir, `${approach}-${size}-validation-${options.validation ? 'on' : 'off'}.cpuprofile`), JSON.stringify(profile));
          }
          summary.synths++;
          summary.wallMs.push(ms);
          accumulate(summary, profile);
          summaries.set(key(approach, size), summary);
        }
      }
    }
  } finally {
    post(session, 'Profiler.disable');
    session.disconnect();
  }
  return summaries;
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function table(title: string, rows: [string, number][], summary: ProfileSummary): string[] {
  const lines = [title, '| ms/synth | % of sampled | function or file |', '| ---: | ---: | --- |'];
  for (const [name, ms] of rows) {
    lines.push(`| ${(ms / summary.synths).toFixed(2)} | ${((100 * ms) / summary.sampledMs).toFixed(1)} | \`${name}\` |`);
  }
  return lines;
}

export function renderSummaries(summaries: Map<string, ProfileSummary>, options: ProfileOptions): string {
  const lines: string[] = [];
  lines.push(`Profile: ${options.runs} profiled synths per approach and size after ${options.warmup} warm-up rounds, interleaved; `
    + `validation ${options.validation ? 'on' : 'off'}; sampling every ${options.intervalUs} µs; Node ${process.version}; `
    + `1-minute load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs.`);
  for (const size of options.sizes) {
    for (const approach of options.approaches) {
      const s = summaries.get(`${approach}@${size}`)!;
      lines.push('');
      lines.push(`## ${approach} at ${size} segments: median wall ${median(s.wallMs).toFixed(1)} ms, sampled ${(s.sampledMs / s.synths).toFixed(1)} ms per synth`);
      lines.push('');
      lines.push(...table('Self time by function:', top(s.self, options.top), s));
      lines.push('');
      lines.push(...table('Inclusive time by function:', top(s.inclusive, options.top), s));
      lines.push('');
      lines.push(...table('Self time by file:', top(s.selfByFile, options.top), s));
    }
    const construct = summaries.get(`construct@${size}`);
    const cfn = summaries.get(`cfnsegment@${size}`);
    if (construct && cfn) {
      lines.push('');
      lines.push(`## construct minus CfnSegment at ${size} segments: median wall ${(median(construct.wallMs) - median(cfn.wallMs)).toFixed(1)} ms per synth`);
      for (const [label, field] of [['inclusive', 'inclusive'], ['self', 'self']] as const) {
        const names = new Set([...construct[field].keys(), ...cfn[field].keys()]);
        const diff = [...names].map((name): [string, number] =>
          [name, (construct[field].get(name) ?? 0) / construct.synths - (cfn[field].get(name) ?? 0) / cfn.synths]);
        diff.sort((a, b) => b[1] - a[1]);
        lines.push('');
        lines.push(`Largest ${label}-time differences (ms per synth; positive = the construct spends more):`);
        lines.push('| Δ ms/synth | function |', '| ---: | --- |');
        for (const [name, ms] of diff.slice(0, options.top)) lines.push(`| ${ms.toFixed(2)} | \`${name}\` |`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

function parseArgs(argv: readonly string[]): ProfileOptions {
  const options = {
    sizes: [200],
    validation: false,
    runs: 10,
    warmup: 2,
    approaches: ['construct', 'cfnsegment'] as Approach[],
    top: 20,
    intervalUs: 100,
    outDir: undefined as string | undefined,
  };
  const count = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a non-negative integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--segments': options.sizes = (argv[++i] ?? '').split(',').map((v) => count(flag, v)); break;
      case '--validation': {
        const value = argv[++i];
        if (value !== 'on' && value !== 'off') throw new Error('--validation takes on or off');
        options.validation = value === 'on';
        break;
      }
      case '--runs': options.runs = Math.max(1, count(flag, argv[++i])); break;
      case '--warmup': options.warmup = count(flag, argv[++i]); break;
      case '--top': options.top = count(flag, argv[++i]); break;
      case '--interval': options.intervalUs = Math.max(1, count(flag, argv[++i])); break;
      case '--approaches': {
        const list = (argv[++i] ?? '').split(',');
        for (const a of list) if (!(APPROACHES as readonly string[]).includes(a)) throw new Error(`unknown approach ${a}`);
        options.approaches = list as Approach[];
        break;
      }
      case '--out': options.outDir = path.resolve(argv[++i] ?? '.'); break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  return options;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options.outDir) fs.mkdirSync(options.outDir, { recursive: true });
  const summaries = runProfile(options);
  const report = renderSummaries(summaries, options);
  process.stdout.write(report);
  if (options.outDir) {
    fs.writeFileSync(path.join(options.outDir, 'profile.md'), report);
    const json = Object.fromEntries([...summaries].map(([k, s]) => [k, {
      synths: s.synths,
      wall_ms: s.wallMs,
      sampled_ms: s.sampledMs,
      self: Object.fromEntries(top(s.self, 200)),
      inclusive: Object.fromEntries(top(s.inclusive, 200)),
      self_by_file: Object.fromEntries(top(s.selfByFile, 200)),
    }]));
    fs.writeFileSync(path.join(options.outDir, 'profile.json'), JSON.stringify(json, null, 2) + '\n');
  }
}

if (require.main === module) main();
