/**
 * Turns the measurements into bench/results.json, bench/RESULTS.md and the synth-time plot
 * (an SVG drawn here, without dependencies), and judges the targets.
 */
import { isDeepStrictEqual } from 'util';
import * as fs from 'fs';
import * as path from 'path';
import { withCliSection } from './cli';
import type { CallsResult } from './calls';
import type { HandlerResult } from './handler';
import type { MassDeployRun } from './mass-deploy';
import { median, round } from './stats';
import { Approach, APPROACHES, CLOUDFORMATION_MAX_RESOURCES, SynthRow } from './synth';

export interface MassDeployResult {
  readonly segments: number;
  /** Events answered SUCCESS in every run (the minimum over runs). */
  readonly succeeded: number;
  readonly all_succeeded: boolean;
  readonly wall_s: number;
  /** 200 / 25: what the issue asks to compare with. */
  readonly ideal_s: number;
  readonly ratio: number;
  /** (200 - 25) / 25: the burst is served at once. */
  readonly true_ideal_s: number;
  readonly ratio_true_ideal: number;
  readonly throttle: { readonly route: string; readonly rate: number; readonly burst: number };
  readonly runs: MassDeployRun[];
}

export interface SynthRatio {
  readonly segments: number;
  /** construct median / CfnSegment median. */
  readonly time_vs_cfnsegment: number;
  /** Median over rounds of construct / CfnSegment within the same round. */
  readonly time_vs_cfnsegment_paired: number;
  /** construct median CPU time / CfnSegment median CPU time (validation on). */
  readonly cpu_vs_cfnsegment: number;
  readonly time_vs_awscustomresource: number;
  /** With aws-cdk-lib's built-in CloudFormation validation off: construct median / CfnSegment median. */
  readonly time_vs_cfnsegment_without_validation?: number;
  /** With validation off: median over rounds of construct / CfnSegment within the same round. */
  readonly time_vs_cfnsegment_without_validation_paired?: number;
  /** With validation off: construct median CPU time / CfnSegment median CPU time. */
  readonly cpu_vs_cfnsegment_without_validation?: number;
  readonly bytes_vs_cfnsegment: number;
  readonly bytes_vs_awscustomresource: number;
}

export interface Target {
  readonly id: string;
  readonly description: string;
  readonly measured: string;
  readonly met: boolean;
}

export interface Machine {
  readonly date: string;
  readonly node: string;
  readonly cpus: number;
  readonly cpu_model: string;
  readonly platform: string;
  readonly total_memory_gb: number;
  readonly aws_cdk_lib: string;
  readonly client_pinpoint: string;
  /** Whether aws-cdk-lib's built-in CloudFormation validation ran in the main synth measurement. */
  readonly cloudformation_validation: boolean;
  /** 1-minute load average when the bench started and when it ended (other work on the machine). */
  readonly load_average_start: number;
  readonly load_average_end: number;
}

export interface BenchSettings {
  readonly synth_rounds: number;
  readonly synth_warmup_rounds: number;
  readonly init_runs: number;
  readonly init_warmup: number;
  readonly rss_runs: number;
  readonly mass_deploy_runs: number;
  readonly mass_deploy_warmup_segments: number;
}

export interface BenchResults {
  readonly synth: SynthRow[];
  readonly synth_without_validation?: SynthRow[];
  readonly synth_ratios: SynthRatio[];
  readonly handler: HandlerResult;
  readonly calls: CallsResult;
  readonly mass_deploy: MassDeployResult;
  readonly targets: Target[];
  readonly machine: Machine;
  readonly settings: BenchSettings;
  readonly bench_runtime_s: number;
}

function row(rows: readonly SynthRow[], approach: Approach, segments: number): SynthRow {
  const found = rows.find((r) => r.approach === approach && r.segments === segments);
  if (!found) throw new Error(`no synth row for ${approach} at ${segments}`);
  return found;
}

function pairedRatio(a: SynthRow, b: SynthRow): number {
  return median(a.runs_ms.map((ms, i) => ms / b.runs_ms[i]));
}

export function synthRatios(rows: readonly SynthRow[], withoutValidation?: readonly SynthRow[]): SynthRatio[] {
  const sizes = [...new Set(rows.map((r) => r.segments))];
  return sizes.map((segments) => {
    const construct = row(rows, 'construct', segments);
    const cfn = row(rows, 'cfnsegment', segments);
    const acr = row(rows, 'awscustomresource', segments);
    return {
      segments,
      time_vs_cfnsegment: construct.median_ms / cfn.median_ms,
      time_vs_cfnsegment_paired: pairedRatio(construct, cfn),
      cpu_vs_cfnsegment: construct.median_cpu_ms / cfn.median_cpu_ms,
      time_vs_awscustomresource: construct.median_ms / acr.median_ms,
      ...(withoutValidation
        ? {
          time_vs_cfnsegment_without_validation:
              row(withoutValidation, 'construct', segments).median_ms / row(withoutValidation, 'cfnsegment', segments).median_ms,
          time_vs_cfnsegment_without_validation_paired:
              pairedRatio(row(withoutValidation, 'construct', segments), row(withoutValidation, 'cfnsegment', segments)),
          cpu_vs_cfnsegment_without_validation:
              row(withoutValidation, 'construct', segments).median_cpu_ms / row(withoutValidation, 'cfnsegment', segments).median_cpu_ms,
        }
        : {}),
      bytes_vs_cfnsegment: construct.template_bytes / cfn.template_bytes,
      bytes_vs_awscustomresource: construct.template_bytes / acr.template_bytes,
    };
  });
}

export function summarizeMassDeploy(
  runs: MassDeployRun[],
  options: { segments: number; rate: number; burst: number; route: string },
): MassDeployResult {
  const wall = median(runs.map((r) => r.wall_s));
  const ideal = options.segments / options.rate;
  const trueIdeal = Math.max(0, options.segments - options.burst) / options.rate;
  const succeeded = Math.min(...runs.map((r) => Math.min(r.succeeded, r.segments_created)));
  return {
    segments: options.segments,
    succeeded,
    all_succeeded: succeeded === options.segments,
    wall_s: wall,
    ideal_s: ideal,
    ratio: wall / ideal,
    true_ideal_s: trueIdeal,
    ratio_true_ideal: trueIdeal > 0 ? wall / trueIdeal : Number.NaN,
    throttle: { route: options.route, rate: options.rate, burst: options.burst },
    runs,
  };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

/** At most this many grant policies per provider (lib/provider-grants.ts `GRANT_GROUPS`). */
export const GRANT_POLICIES = 2;

/** The sizes the synth-time targets are judged at: 200 and 496 segments, or the largest size run. */
export const JUDGED_SIZES = [200, 496];

/** The bench sizes at which the synth-time targets are judged (the largest when none of JUDGED_SIZES ran). */
export function judgedSizes(sizes: readonly number[]): number[] {
  const judged = JUDGED_SIZES.filter((n) => sizes.includes(n));
  return judged.length > 0 ? judged : [Math.max(...sizes)];
}

/** The construct's synth time at most this many times CfnSegment's, validation on (the default). */
export const MAX_SYNTH_RATIO = 1.25;
/** The construct's synth time at most this many times CfnSegment's with validation off. */
export const MAX_SYNTH_RATIO_WITHOUT_VALIDATION = 1.15;

/** The targets of the issue, judged on the measurements. */
export function judgeTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const sizes = [...new Set(results.synth.map((r) => r.segments))];
  const judged = judgedSizes(sizes);
  // Template size is judged at 200 segments, as it always was (or at the largest size run).
  const largest = judged[0];
  const ratioAtLargest = results.synth_ratios.find((r) => r.segments === largest)!;
  const judgedRatios = results.synth_ratios.filter((r) => judged.includes(r.segments));
  const targets: Target[] = [];
  targets.push({
    id: 'template_bytes_vs_cfnsegment',
    description: `template bytes at ${largest} segments ≤ 1.3× CfnSegment's`,
    measured: `${row(results.synth, 'construct', largest).template_bytes} / ${row(results.synth, 'cfnsegment', largest).template_bytes} B = ${fmt(ratioAtLargest.bytes_vs_cfnsegment, 3)}×`,
    met: ratioAtLargest.bytes_vs_cfnsegment <= 1.3,
  });
  targets.push({
    id: 'template_bytes_vs_awscustomresource',
    description: `template bytes at ${largest} segments ≤ 0.4× AwsCustomResource's`,
    measured: `${row(results.synth, 'construct', largest).template_bytes} / ${row(results.synth, 'awscustomresource', largest).template_bytes} B = ${fmt(ratioAtLargest.bytes_vs_awscustomresource, 3)}×`,
    met: ratioAtLargest.bytes_vs_awscustomresource <= 0.4,
  });
  // The construct's shared resources: log group, role, function and its invoke config (4), plus
  // the customer managed policies that hold the Pinpoint grants (issue 10: one per group of
  // applications, at most GRANT_POLICIES, so that cleanup-phase Deletes stay authorized). The bench
  // declares one application, so one policy.
  const resourceRows = sizes.map((n) => row(results.synth, 'construct', n));
  const limit = (r: SynthRow) => r.segments + 4 + Math.min(GRANT_POLICIES, r.resource_types['AWS::IAM::ManagedPolicy'] ?? 0) + 1;
  targets.push({
    id: 'resources',
    description: `resources ≤ N + 4 + the grant policies (one per group of applications, at most ${GRANT_POLICIES}; here 1), plus 1 for the CfnApp (every resource in the template counted)`,
    measured: resourceRows.map((r) => `N=${r.segments}: ${r.resources} (limit ${limit(r)})`).join('; '),
    met: resourceRows.every((r) => r.resources <= limit(r)),
  });
  targets.push({
    id: 'synth_time',
    description: `synth time ≤ ${MAX_SYNTH_RATIO}× CfnSegment's (judged at ${judged.join(' and ')} segments; every size shown)`,
    measured: results.synth_ratios
      .map((r) => `N=${r.segments}: ${fmt(r.time_vs_cfnsegment)}× (paired ${fmt(r.time_vs_cfnsegment_paired)}×, CPU ${fmt(r.cpu_vs_cfnsegment)}×)`)
      .join('; '),
    met: judgedRatios.every((r) => r.time_vs_cfnsegment <= MAX_SYNTH_RATIO),
  });
  if (results.synth_without_validation) {
    targets.push({
      id: 'synth_time_without_validation',
      description: `synth time with the validation plugin off ≤ ${MAX_SYNTH_RATIO_WITHOUT_VALIDATION}× CfnSegment's (judged at ${judged.join(' and ')} segments; every size shown)`,
      measured: results.synth_ratios
        .map((r) => `N=${r.segments}: ${fmt(r.time_vs_cfnsegment_without_validation!)}× (paired ${fmt(r.time_vs_cfnsegment_without_validation_paired!)}×, CPU ${fmt(r.cpu_vs_cfnsegment_without_validation!)}×)`)
        .join('; '),
      met: judgedRatios.every((r) => r.time_vs_cfnsegment_without_validation! <= MAX_SYNTH_RATIO_WITHOUT_VALIDATION),
    });
  }
  const h = results.handler;
  targets.push({
    id: 'init_ratio',
    description: 'init_ratio ≤ 1.10',
    measured: `${fmt(h.init_ms, 1)} / ${fmt(h.sdk_init_ms, 1)} ms = ${fmt(h.init_ratio, 3)} (paired ${fmt(h.init_ratio_paired, 3)})`,
    met: h.init_ratio <= 1.1,
  });
  targets.push({
    id: 'update_noop',
    // Live tags are read with ListTagsForResource (issue 10): GetSegment's tags are not trusted.
    description: 'update_noop = no write: GetSegment, plus ListTagsForResource when tags are declared',
    measured: `${results.calls.update_noop} (${results.calls.operations.update_noop.join(', ')})`,
    met: isDeepStrictEqual(results.calls.operations.update_noop, ['GetSegment', 'ListTagsForResource']),
  });
  targets.push({
    id: 'create_new',
    description: 'create_new = 1 call, with tags sent on CreateSegment',
    measured: `${results.calls.create_new} (${results.calls.operations.create_new.join(', ')}); tags on CreateSegment: ${results.calls.create_new_sends_tags ? 'yes' : 'no'}; ownership tag: ${results.calls.create_new_sends_ownership ? 'yes' : 'no'}`,
    met: results.calls.create_new === 1 && results.calls.create_new_sends_tags && results.calls.create_new_sends_ownership,
  });
  const m = results.mass_deploy;
  targets.push({
    id: 'mass_deploy',
    description: `mass deploy: all ${m.segments} succeeded, wall / ${fmt(m.ideal_s, 0)} s ≤ 1.3`,
    measured: `${m.succeeded}/${m.segments} succeeded in every run; ${fmt(m.wall_s)} s → ${fmt(m.ratio, 3)}× (${fmt(m.ratio_true_ideal, 3)}× of the ${fmt(m.true_ideal_s, 0)} s true ideal)`,
    met: m.all_succeeded && m.ratio <= 1.3,
  });
  return targets;
}

// ---------------------------------------------------------------------------------------------
// The plot

const COLORS: Record<Approach, string> = { construct: '#1b7837', cfnsegment: '#d95f02', awscustomresource: '#5e3c99' };
const LABELS: Record<Approach, string> = {
  construct: 'PinpointSegment (this construct)',
  cfnsegment: 'CfnSegment',
  awscustomresource: 'AwsCustomResource',
};

/** A round axis maximum and step for `max`. */
function niceScale(max: number, ticks = 5): { top: number; step: number } {
  const rough = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  return { top: Math.ceil(max / step) * step, step };
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Synth time (median) against segment count, one line per approach. */
export function renderSynthPlot(rows: readonly SynthRow[], subtitle: string): string {
  const width = 720;
  const height = 440;
  const margin = { left: 70, right: 24, top: 56, bottom: 56 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sizes = [...new Set(rows.map((r) => r.segments))].sort((a, b) => a - b);
  const xMax = Math.max(...sizes);
  const x = (n: number) => margin.left + (n / xMax) * plotW;
  const y0 = niceScale(Math.max(...rows.map((r) => r.median_ms)) * 1.08); // headroom for the value labels
  const y = (ms: number) => margin.top + plotH - (ms / y0.top) * plotH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">Synth time against segment count</text>`);
  out.push(`<text x="${width / 2}" y="40" text-anchor="middle" fill="#555">${esc(subtitle)}</text>`);
  for (let v = 0; v <= y0.top + 1e-9; v += y0.step) {
    out.push(`<line x1="${margin.left}" y1="${y(v).toFixed(1)}" x2="${margin.left + plotW}" y2="${y(v).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${margin.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${round(v, 3)}</text>`);
  }
  for (const n of sizes) {
    out.push(`<line x1="${x(n).toFixed(1)}" y1="${margin.top + plotH}" x2="${x(n).toFixed(1)}" y2="${margin.top + plotH + 5}" stroke="#333"/>`);
    out.push(`<text x="${x(n).toFixed(1)}" y="${margin.top + plotH + 19}" text-anchor="middle">${n}</text>`);
  }
  out.push(`<line x1="${margin.left}" y1="${margin.top + plotH}" x2="${margin.left + plotW}" y2="${margin.top + plotH}" stroke="#333"/>`);
  out.push(`<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}" stroke="#333"/>`);
  out.push(`<text x="${margin.left + plotW / 2}" y="${height - 14}" text-anchor="middle">segments in the stack</text>`);
  out.push(`<text transform="translate(18 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">median synth time (ms)</text>`);
  APPROACHES.forEach((approach, i) => {
    const points = sizes.map((n) => ({ n, ms: row(rows, approach, n).median_ms }));
    const color = COLORS[approach];
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${points.map((p) => `${x(p.n).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ')}"/>`);
    for (const p of points) {
      out.push(`<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="4" fill="${color}"><title>${esc(LABELS[approach])}, ${p.n} segment${p.n === 1 ? '' : 's'}: ${fmt(p.ms, 0)} ms</title></circle>`);
    }
    const last = points[points.length - 1];
    out.push(`<text x="${(x(last.n) - 8).toFixed(1)}" y="${(y(last.ms) - 8).toFixed(1)}" text-anchor="end" fill="${color}">${fmt(last.ms, 0)} ms</text>`);
    const ly = margin.top + 14 + i * 18;
    out.push(`<line x1="${margin.left + 14}" y1="${ly - 4}" x2="${margin.left + 38}" y2="${ly - 4}" stroke="${color}" stroke-width="2.5"/>`);
    out.push(`<text x="${margin.left + 44}" y="${ly}">${esc(LABELS[approach])}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// RESULTS.md

function synthTable(rows: readonly SynthRow[], ratios: readonly SynthRatio[] | undefined, withFindings: boolean): string[] {
  const lines = [
    `| segments | approach | median synth (ms) | × CfnSegment | median CPU (ms) | CPU × CfnSegment | template bytes | × CfnSegment | resources | IAM statements${withFindings ? ' | validation findings' : ''} |`,
    `| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:${withFindings ? ' | ---:' : ''} |`,
  ];
  const sizes = [...new Set(rows.map((r) => r.segments))];
  for (const n of sizes) {
    const cfn = row(rows, 'cfnsegment', n);
    for (const approach of APPROACHES) {
      const r = row(rows, approach, n);
      const paired = approach === 'construct' && ratios ? ` (paired ${fmt(ratios.find((q) => q.segments === n)!.time_vs_cfnsegment_paired)})` : '';
      lines.push(
        `| ${n} | ${LABELS[approach]} | ${fmt(r.median_ms, 0)} | ${fmt(r.median_ms / cfn.median_ms)}${paired} | ${fmt(r.median_cpu_ms, 0)} | ${fmt(r.median_cpu_ms / cfn.median_cpu_ms)} | ${r.template_bytes} | ${fmt(r.template_bytes / cfn.template_bytes)} | ${r.resources} | ${r.iam_statements}${withFindings ? ` | ${r.validation_findings}` : ''} |`,
      );
    }
  }
  return lines;
}

function resourceBreakdown(rows: readonly SynthRow[]): string[] {
  const largest = judgedSizes(rows.map((r) => r.segments))[0];
  return APPROACHES.map((approach) => {
    const types = row(rows, approach, largest).resource_types;
    return `- ${LABELS[approach]} at ${largest}: ${Object.entries(types).map(([t, c]) => `${c} × \`${t}\``).join(', ')}`;
  });
}

export function renderMarkdown(results: BenchResults, plotFile: string): string {
  const m = results.machine;
  const s = results.settings;
  const h = results.handler;
  const c = results.calls;
  const d = results.mass_deploy;
  const lines: string[] = [];
  lines.push('# Benchmarks: this construct, CfnSegment and AwsCustomResource side by side');
  lines.push('');
  lines.push('Generated by `npm run bench` (bench/run.ts); the raw figures are in `results.json`. Every figure below');
  lines.push('was measured in the same invocation, with the approaches interleaved within each round.');
  lines.push('');
  lines.push(`- Date: ${m.date}`);
  lines.push(`- Machine: Node ${m.node}, ${m.cpus} CPUs (${m.cpu_model}), ${m.platform}, ${m.total_memory_gb} GB RAM`);
  lines.push(`- aws-cdk-lib ${m.aws_cdk_lib}, @aws-sdk/client-pinpoint ${m.client_pinpoint}; built-in CloudFormation validation: ${m.cloudformation_validation ? 'on (the default) for all three approaches' : 'OFF (CDK_VALIDATION=false)'}`);
  lines.push(`- 1-minute load average: ${fmt(m.load_average_start)} at the start, ${fmt(m.load_average_end)} at the end (interleaving spreads other load over all approaches alike)`);
  lines.push(`- Bench runtime: ${fmt(results.bench_runtime_s, 0)} s (after \`npm run build\`)`);
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| target | measured | met |');
  lines.push('| --- | --- | :---: |');
  for (const t of results.targets) lines.push(`| ${t.description} | ${t.measured} | ${t.met ? 'met' : '**not met**'} |`);
  lines.push('');
  lines.push('## 1. Synth scale');
  lines.push('');
  lines.push(`Median of ${s.synth_rounds} rounds after ${s.synth_warmup_rounds} warm-up round; in each round the three approaches take turns at`);
  lines.push('each size, in an order rotated from round to round. One synth = a fresh `App` (default settings, except the');
  lines.push('pre-flight resource-count check, see below) + `Stack` + one');
  lines.push('`CfnApp` + N segments + `app.synth()` into a temporary outdir, in the bench process, with the asset-hash cache');
  lines.push('cleared first (as in a fresh `cdk synth`). "paired" is the median of per-round ratios. CPU is the user + system');
  lines.push('time of the bench process during the synth (`process.cpuUsage`), less disturbed than wall time by other load; the');
  lines.push('targets are judged on wall time, as before. Template bytes are the');
  lines.push('size of the synthesized `.template.json`; resources count every entry of `Resources`, the CfnApp included;');
  lines.push('IAM statements count the statements of `AWS::IAM::Policy` and `AWS::IAM::ManagedPolicy` documents and of');
  lines.push('roles\' inline `Policies` (the construct uses no AWS managed policy). Validation');
  lines.push('findings are what aws-cdk-lib\'s CloudFormation validation plugin reported (W3696: Pinpoint end of support, one');
  lines.push('per Pinpoint resource in the template; its console printout was discarded for all approaches alike).');
  lines.push('');
  lines.push('All three declare the same definition (bench/definition.ts): a GPS point, a metric, a user attribute, a');
  lines.push('demographic platform, and two tags. AwsCustomResource: onCreate `createSegment` (tags in the request), onUpdate');
  lines.push('`updateSegment`, onDelete `deleteSegment`, `installLatestAwsSdk: false`, and');
  lines.push('`AwsCustomResourcePolicy.fromSdkCalls({ resources: [appArn, appArn/segments/*] })`, the narrowest it allows');
  lines.push('(one resource list serves all three calls, and the segment id is unknown at synth).');
  lines.push('');
  lines.push(...synthTable(results.synth, results.synth_ratios, true));
  lines.push('');
  lines.push(...resourceBreakdown(results.synth));
  lines.push('');
  const overQuota = results.synth.filter((r) => r.resources > CLOUDFORMATION_MAX_RESOURCES);
  if (overQuota.length > 0) {
    lines.push(`Over CloudFormation's ${CLOUDFORMATION_MAX_RESOURCES}-resource quota, so not deployable as one stack: `
      + `${overQuota.map((r) => `${LABELS[r.approach]} at ${r.segments} (${r.resources} resources)`).join('; ')}. The bench lifts aws-cdk-lib's`);
    lines.push('pre-flight check of that quota (context `@aws-cdk/core:stackResourceLimit` = 0, for every synth alike) so that every approach');
    lines.push('synthesizes at every size; nothing else about the synth changes.');
    lines.push('');
  }
  lines.push(`![Synth time against segment count](${plotFile})`);
  lines.push('');
  if (results.synth_without_validation) {
    lines.push('### Synth time with the validation plugin off');
    lines.push('');
    lines.push('Same method (`builtinCloudFormationValidation: false`), measured in the same invocation, after the rounds above.');
    lines.push('The plugin\'s per-resource W3696 findings weigh on CfnSegment only, so this is the construct\'s own cost against');
    lines.push(`CfnSegment's; the target is ≤ ${MAX_SYNTH_RATIO_WITHOUT_VALIDATION}× at ${judgedSizes(results.synth_without_validation.map((r) => r.segments)).join(' and ')} segments. Where the time goes: \`npm run bench:profile\``);
    lines.push('(bench/profile.ts) profiles the same synth with V8\'s sampling profiler and lists the top functions.');
    lines.push('');
    lines.push('| segments | construct (ms) | CfnSegment (ms) | AwsCustomResource (ms) | construct × CfnSegment | CPU: construct × CfnSegment |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const n of [...new Set(results.synth_without_validation.map((r) => r.segments))]) {
      const rows = results.synth_without_validation;
      const cons = row(rows, 'construct', n).median_ms;
      const cfn = row(rows, 'cfnsegment', n).median_ms;
      lines.push(`| ${n} | ${fmt(cons, 0)} | ${fmt(cfn, 0)} | ${fmt(row(rows, 'awscustomresource', n).median_ms, 0)} | ${fmt(cons / cfn)} (paired ${fmt(pairedRatio(row(rows, 'construct', n), row(rows, 'cfnsegment', n)))}) | ${fmt(row(rows, 'construct', n).median_cpu_ms / row(rows, 'cfnsegment', n).median_cpu_ms)} |`);
    }
    lines.push('');
  }
  lines.push('## 2. Handler cold start');
  lines.push('');
  lines.push(`Module-init time: a fresh \`node -e\` process times \`require(...)\` with \`process.hrtime\`; ${h.init_runs} processes each for`);
  lines.push(`the bundle (\`assets/handler/index.js\`) and for a bare \`require('@aws-sdk/client-pinpoint')\`, alternating, after ${s.init_warmup}`);
  lines.push(`warm-up pairs; medians. Peak RSS: VmHWM of a fresh process that requires the bundle and answers one Create against`);
  lines.push(`the emulator (its response PUT included), median of ${h.rss_runs}; the SDK baseline sends the same CreateSegment with a bare client.`);
  lines.push('');
  lines.push('| bundle bytes | init (ms) | bare SDK init (ms) | init_ratio | paired ratio | peak RSS (MB) | bare SDK peak RSS (MB) |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  lines.push(`| ${h.bundle_bytes} | ${fmt(h.init_ms, 1)} | ${fmt(h.sdk_init_ms, 1)} | ${fmt(h.init_ratio, 3)} | ${fmt(h.init_ratio_paired, 3)} | ${fmt(h.peak_rss_mb, 1)} | ${fmt(h.sdk_peak_rss_mb, 1)} |`);
  lines.push('');
  lines.push('## 3. Calls per event');
  lines.push('');
  lines.push('The bundled handler against the emulator, with the properties the construct synthesizes (every scalar a');
  lines.push('string, as CloudFormation delivers them), counted by the emulator.');
  lines.push('');
  lines.push('| event | calls | operations |');
  lines.push('| --- | ---: | --- |');
  const eventLabels: Array<[keyof CallsResult['operations'], string]> = [
    ['create_new', 'Create (new segment, with tags)'],
    ['create_adopted', 'Create (adopted: a console-made segment with another definition and no tags)'],
    ['update_changed', 'Update (definition changed)'],
    ['update_noop', 'Update (definition and tags equal the live segment)'],
    ['delete', 'Delete'],
    ['create_after_reset', 'Create whose CreateSegment reset after the write (found by its ownership tag)'],
    ['create_redelivered', 'A second delivery of the same Create (found by its ownership tag, no twin)'],
    ['delete_after_failed_create', 'Delete after a failed Create (looks for what it made: nothing)'],
  ];
  for (const [key, label] of eventLabels) lines.push(`| ${label} | ${c[key]} | ${c.operations[key].join(', ')} |`);
  lines.push('');
  lines.push(`Tags sent on CreateSegment: ${c.create_new_sends_tags ? 'yes' : 'no'}; the ownership tag with them: ${c.create_new_sends_ownership ? 'yes' : 'no'}.`);
  lines.push('A first-time Create stays one CreateSegment: the handler looks for an earlier delivery\'s segment only on a redelivery');
  lines.push('signal (the same RequestId seen by this container, or an event older than 30 s). Each ownership search costs one');
  lines.push('GetSegments per 100 segments of the application, plus one ListTagsForResource per candidate.');
  lines.push('');
  lines.push('## 4. Mass deploy');
  lines.push('');
  lines.push(`${d.segments} concurrent Creates through the bundled handler (in the bench process, one SDK client per event, as`);
  lines.push(`the handler does), against the emulator throttled at ${d.throttle.rate} requests per second, burst ${d.throttle.burst}, on the route`);
  lines.push(`\`${d.throttle.route}\` (one bucket for every operation; a new segment's Create makes only CreateSegment calls, so this`);
  lines.push(`equals throttling the write routes). Wall time from dispatch to the last response; median of ${d.runs.length} runs after a`);
  lines.push(`${s.mass_deploy_warmup_segments}-segment warm-up. Ideal: ${d.segments}/${d.throttle.rate} = ${fmt(d.ideal_s, 0)} s as the issue states; with the burst`);
  lines.push(`served at once the true ideal is (${d.segments}-${d.throttle.burst})/${d.throttle.rate} = ${fmt(d.true_ideal_s, 0)} s.`);
  lines.push('');
  lines.push('| run | succeeded | wall (s) | requests | throttled (429) |');
  lines.push('| ---: | ---: | ---: | ---: | ---: |');
  d.runs.forEach((r, i) => lines.push(`| ${i + 1} | ${r.succeeded} | ${fmt(r.wall_s)} | ${r.requests} | ${r.throttled} |`));
  lines.push('');
  lines.push(`Median ${fmt(d.wall_s)} s: ${fmt(d.ratio, 3)}× the ${fmt(d.ideal_s, 0)} s ideal, ${fmt(d.ratio_true_ideal, 3)}× the ${fmt(d.true_ideal_s, 0)} s true ideal; all succeeded: ${d.all_succeeded ? 'yes' : 'no'}.`);
  lines.push('');
  return lines.join('\n');
}

export function writeReport(results: BenchResults, dir: string): { json: string; markdown: string; plot: string } {
  const plotName = 'synth-time.svg';
  const files = {
    json: path.join(dir, 'results.json'),
    markdown: path.join(dir, 'RESULTS.md'),
    plot: path.join(dir, plotName),
  };
  const subtitle = `median of ${results.settings.synth_rounds} runs each; Node ${results.machine.node}, ${results.machine.cpus} CPUs, ${results.machine.date.slice(0, 10)}`;
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? round(value, 4) : value);
  fs.writeFileSync(files.json, JSON.stringify(results, rounded, 2) + '\n');
  fs.writeFileSync(files.plot, renderSynthPlot(results.synth, subtitle));
  // The CLI section comes from its own run (npm run bench:cli, bench/cli-results.json) and is kept.
  fs.writeFileSync(files.markdown, withCliSection(renderMarkdown(results, plotName), dir));
  return files;
}
