/**
 * A quick run of the benchmark's own code (bench/) with tiny sizes and one run each: the result
 * has the documented shape, the report files are written, the call counts are the documented ones,
 * and the three approaches really declare the same segment. No timing is asserted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { apiDefinition, TAGS } from '../bench/definition';
import { accumulate, emptySummary } from '../bench/profile';
import { judgedSizes, writeReport } from '../bench/report';
import { DEFAULT_OPTIONS, runBench } from '../bench/run';
import { APPROACHES, declareSegments } from '../bench/synth';
import type { BenchResults } from '../bench/report';
import { propertiesOf, resourcesOfType } from './support/json';

jest.setTimeout(180_000);

/** Matches any number; held as `unknown`, as every asymmetric matcher may be. */
const aNumber: unknown = expect.any(Number);

let tmp: string;
let results: BenchResults;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
  results = await runBench({
    ...DEFAULT_OPTIONS,
    sizes: [1, 2],
    synthRounds: 1,
    synthWarmupRounds: 0,
    initRuns: 1,
    initWarmup: 0,
    rssRuns: 1,
    massSegments: 2,
    massRuns: 1,
    massWarmupSegments: 1,
    outDir: tmp,
  });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the benchmark, run small', () => {
  it('reports synth figures for every approach at every size', () => {
    expect(results.synth.map((r) => [r.approach, r.segments])).toEqual([1, 2].flatMap((n) => APPROACHES.map((a) => [a, n])));
    for (const row of results.synth) {
      expect(row).toEqual(expect.objectContaining({
        median_ms: aNumber,
        template_bytes: aNumber,
        resources: aNumber,
        iam_statements: aNumber,
      }));
    }
  });

  it('counts resources and IAM statements the way RESULTS.md explains', () => {
    const at = (approach: string, n: number) => results.synth.find((r) => r.approach === approach && r.segments === n)!;
    // CfnApp + N segments + log group, role, function, event invoke config + the grant policy of
    // the one application.
    expect(at('construct', 2).resources).toBe(2 + 6);
    expect(at('construct', 2).resource_types['AWS::IAM::ManagedPolicy']).toBe(1);
    // The grant policy's ManageSegments and CreateSegments, and the role's inline logging statement.
    expect(at('construct', 2).iam_statements).toBe(3);
    expect(at('cfnsegment', 2).resources).toBe(2 + 1);
    expect(at('cfnsegment', 2).iam_statements).toBe(0);
    // CfnApp + N custom resources + N policies + role + function; one statement per SDK call.
    expect(at('awscustomresource', 2).resources).toBe(2 * 2 + 3);
    expect(at('awscustomresource', 2).iam_statements).toBe(2 * 3);
  });

  it('reports the handler figures', () => {
    expect(results.handler).toEqual(expect.objectContaining({
      bundle_bytes: aNumber,
      init_ms: aNumber,
      sdk_init_ms: aNumber,
      init_ratio: aNumber,
      peak_rss_mb: aNumber,
    }));
    expect(results.handler.bundle_bytes).toBeGreaterThan(0);
    expect(results.handler.peak_rss_mb).toBeGreaterThan(0);
  });

  it('counts the documented calls for each event', () => {
    expect(results.calls.operations).toEqual({
      create_new: ['CreateSegment'],
      create_adopted: ['GetSegment', 'UpdateSegment', 'ListTagsForResource', 'TagResource'],
      update_changed: ['GetSegment', 'UpdateSegment', 'ListTagsForResource'],
      update_noop: ['GetSegment', 'ListTagsForResource'],
      delete: ['DeleteSegment'],
      // The adopted segment has the same definition and no ownership tag: one more candidate to confirm.
      create_after_reset: ['CreateSegment', 'GetSegments', 'ListTagsForResource', 'ListTagsForResource'],
      create_redelivered: ['GetSegments', 'ListTagsForResource'],
      delete_after_failed_create: ['GetSegments', 'ListTagsForResource'],
    });
    expect(results.calls).toEqual(expect.objectContaining({
      create_new: 1, create_adopted: 4, update_changed: 3, update_noop: 2, delete: 1, create_new_sends_tags: true, create_new_sends_ownership: true,
    }));
  });

  it('reports a mass deploy in which every Create succeeded', () => {
    expect(results.mass_deploy).toEqual(expect.objectContaining({
      segments: 2,
      succeeded: 2,
      wall_s: aNumber,
      ideal_s: 2 / 25,
      ratio: aNumber,
    }));
  });

  it('judges every target of the issue', () => {
    expect(results.targets.map((t) => t.id)).toEqual([
      'template_bytes_vs_cfnsegment',
      'template_bytes_vs_awscustomresource',
      'resources',
      'synth_time',
      'synth_time_without_validation',
      'init_ratio',
      'update_noop',
      'create_new',
      'mass_deploy',
    ]);
  });

  it('writes results.json, RESULTS.md and the SVG plot', () => {
    const files = writeReport(results, tmp);
    const json = JSON.parse(fs.readFileSync(files.json, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['synth', 'handler', 'calls', 'mass_deploy']));
    const markdown = fs.readFileSync(files.markdown, 'utf8');
    expect(markdown).toContain('](synth-time.svg)');
    expect(markdown).toContain(`Node ${process.version}`);
    const svg = fs.readFileSync(files.plot, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline /g)).toHaveLength(3);
  });
});

describe('the three approaches declare the same segment', () => {
  const template = (approach: (typeof APPROACHES)[number]) => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Same');
    declareSegments(approach, stack, new CfnApp(stack, 'Project', { name: 'p' }).ref, 1);
    return Template.fromStack(stack);
  };
  const expected = apiDefinition(1);

  it('this construct', () => {
    const [resource] = Object.values(template('construct').findResources('Custom::PinpointSegment'));
    expect(resource.Properties).toEqual(expect.objectContaining({ Name: expected.Name, Dimensions: expected.Dimensions, Tags: TAGS }));
  });

  it('CfnSegment', () => {
    const [resource] = Object.values(template('cfnsegment').findResources('AWS::Pinpoint::Segment'));
    expect(resource.Properties).toEqual(expect.objectContaining({ Name: expected.Name, Dimensions: expected.Dimensions, Tags: TAGS }));
  });

  it('AwsCustomResource', () => {
    const [resource] = Object.values(resourcesOfType<{ Create: { 'Fn::Join': [string, unknown[]] } }>(template('awscustomresource'), 'Custom::AWS'));
    // Create is a JSON string joined around the application's Ref.
    const parts = propertiesOf(resource).Create['Fn::Join'][1];
    const create = JSON.parse(parts.map((p) => (typeof p === 'string' ? p : 'APP')).join('')) as { action: string; parameters: { WriteSegmentRequest: unknown } };
    expect(create).toEqual(expect.objectContaining({ action: 'createSegment' }));
    expect(create.parameters.WriteSegmentRequest).toEqual({ ...expected, tags: TAGS });
  });
});

describe('the profile summary (bench/profile.ts)', () => {
  const frame = (functionName: string) => ({ functionName, url: `file:///x/node_modules/pkg/${functionName}.js`, lineNumber: 0 });
  // root -> a -> b -> a (recursion) ; samples: b, a (inner), a (outer), b
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
      { id: 2, callFrame: frame('a'), children: [3] },
      { id: 3, callFrame: frame('b'), children: [4] },
      { id: 4, callFrame: frame('a') },
    ],
    samples: [3, 4, 2, 3],
    timeDeltas: [0, 1000, 2000, 3000],
    startTime: 0,
    endTime: 8000,
  };

  it('gives each sample the time to the next one, and counts a recursive function once per stack', () => {
    const summary = emptySummary();
    accumulate(summary, profile);
    // sample i lasts timeDeltas[i + 1]; the last one the mean interval (8000 / 4 µs).
    expect(summary.sampledMs).toBeCloseTo(1 + 2 + 3 + 2);
    expect(summary.self.get('b pkg/b.js:1')).toBeCloseTo(1 + 2);
    expect(summary.self.get('a pkg/a.js:1')).toBeCloseTo(2 + 3);
    expect(summary.inclusive.get('a pkg/a.js:1')).toBeCloseTo(8);
    expect(summary.inclusive.get('b pkg/b.js:1')).toBeCloseTo(1 + 2 + 2);
    expect(summary.selfByFile.get('pkg/a.js')).toBeCloseTo(5);
  });

  it('judges synth time at 200 and 496 segments, or at the largest size run', () => {
    expect(judgedSizes([1, 50, 200, 496])).toEqual([200, 496]);
    expect(judgedSizes([1, 2])).toEqual([2]);
  });
});
