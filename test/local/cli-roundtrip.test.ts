// The import/drift round trip, end to end, through the bundled CLI (assets/cli/pinpoint-segment.js)
// against the emulator and a loopback CloudFormation stub:
// 1. ~30 live segments covering every dimension family, groups with source segments, tags (with the
//    ownership tag) and one import segment; `import` writes a module;
// 2. the module type-checks under the project's strict settings and synthesizes in a stack;
// 3. each segment's Create, through the bundled handler, writes nothing;
// 4. `drift` says IN_SYNC for all; after a console edit and a removed tag it names exactly those
//    paths and exits 1; `drift --repair` re-converges them through the handler's Update path.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PinpointClient, UntagResourceCommand, UpdateSegmentCommand } from '@aws-sdk/client-pinpoint';
import { App, Stack } from 'aws-cdk-lib';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import { CloudFormationStub, startCloudFormationStub, StubResource } from '../../local/cloudformation-stub';
import { CliResult, ensureCliBundle, ROOT, runCli } from '../support/cli';
import { ACCOUNT, expectSuccess, Harness, REGION, startHarness } from '../support/cfn-harness';
import { SeededProject, seedProject } from '../support/segment-seeds';

jest.setTimeout(120_000);

const APP = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const STACK = 'ImportedSegmentsStack';
/** `drift --json`, as far as these tests read it. */
interface DriftJson {
  readonly segments: Array<{ status: string; differences?: Array<{ path: string }> }>;
  readonly summary: Record<string, number>;
}

const WRITES = new Set(['CreateSegment', 'UpdateSegment', 'DeleteSegment', 'TagResource', 'UntagResource']);

/**
 * Type-checks `file` with tsconfig.dev.json's strict options, the package name pointing at lib/, in
 * a child `tsc` (it parses all of aws-cdk-lib's types, so it runs while the rest of the test does).
 */
function typeCheck(file: string): Promise<CliResult> {
  const dir = path.dirname(file);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    extends: path.relative(dir, path.join(ROOT, 'tsconfig.dev.json')),
    compilerOptions: { noEmit: true, types: ['node'], paths: { 'cdk-pinpoint-segment': [path.relative(dir, path.join(ROOT, 'lib', 'index.ts'))] } },
    include: [],
    files: [path.basename(file)],
  }));
  return new Promise((resolve) => {
    execFile(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

/** Replaces `Fn::GetAtt [X, SegmentId]` with the segment id X's Create answered. */
function resolveGetAtts(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveGetAtts(v, ids));
  if (typeof value !== 'object' || value === null) return value;
  const getAtt = (value as Record<string, unknown>)['Fn::GetAtt'];
  if (Array.isArray(getAtt)) {
    const id = ids.get(getAtt[0] as string);
    if (getAtt[1] !== 'SegmentId' || id === undefined) throw new Error(`unresolvable ${JSON.stringify(value)}`);
    return id;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveGetAtts(v, ids)]));
}

function dependencies(value: unknown): string[] {
  return JSON.stringify(value).match(/"Fn::GetAtt":\["[^"]+"/g)?.map((m) => m.slice('"Fn::GetAtt":["'.length, -1)) ?? [];
}

describe('pinpoint-segment import and drift, round trip', () => {
  let h: Harness;
  let cfn: CloudFormationStub;
  let work: string;
  let seeded: SeededProject;
  let client: PinpointClient;
  let env: Record<string, string>;
  const physicalIds = new Map<string, string>();
  let source = '';

  beforeAll(async () => {
    ensureCliBundle();
    h = await startHarness();
    cfn = await startCloudFormationStub({ pageSize: 7 });
    seeded = seedProject(h.emu, APP);
    // Inside the project, so that the generated module resolves `constructs` and `aws-cdk-lib`.
    work = fs.mkdtempSync(path.join(ROOT, '.cli-roundtrip-'));
    env = { AWS_ENDPOINT_URL_CLOUDFORMATION: cfn.url };
    client = new PinpointClient({ endpoint: h.emu.url, region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  });

  afterAll(async () => {
    client?.destroy();
    await cfn?.stop();
    await h?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('import writes a module that compiles, synthesizes, and whose first deploy writes nothing', async () => {
    const out = path.join(work, 'imported-segments.ts');
    const result = await runCli(['import', '--application-id', APP, '--out', out], env);
    expect(result).toMatchObject({ code: 0 });
    source = fs.readFileSync(out, 'utf8');
    const typeChecked = typeCheck(out);

    // Every dimensional segment is adopted by id; the import segment is only named in a comment.
    const dimensional = seeded.segments.map((s) => s.Id!);
    for (const id of dimensional) expect(source).toContain(`segmentId: '${id}'`);
    expect(source).not.toContain(`segmentId: '${seeded.importSegmentId}'`);
    expect(source).toMatch(/\/\/ - "Newsletter list \(imported\)" \([0-9a-f]+\): it is an import segment/);
    // Factories and enums where they mean the same; declared sources by reference, not raw id.
    expect(source).toContain("AttributeDimension.between('2024-01-01T00:00:00Z', '2024-03-31T23:59:59+02:00')");
    expect(source).toContain('MetricDimension.greaterThan(1000.5)');
    expect(source).toContain('Recency.inactiveWithin(RecencyDuration.DAY_30)');
    expect(source).toContain('GpsPoint.within(47.6062, -122.3321, 25)');
    expect(source).toContain('Values.including(ChannelType.EMAIL, ChannelType.SMS)');
    expect(source).toContain('{ id: this.goldPlan.segmentId }');
    expect(source).toContain('{ id: this.bigSpenders.segmentId, version: 1 }');
    expect(source).not.toContain(OWNERSHIP_TAG_KEY);
    // Readable, unique construct ids from the names.
    expect(source).toContain("new PinpointSegment(this, 'GoldPlan', {");
    expect(source).toContain("new PinpointSegment(this, 'GoldPlan2', {");
    expect(source).toContain("new PinpointSegment(this, 'Segment2024Cohort', {");


    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the module the CLI generated, at a path known only at run time
    const { ImportedSegments } = require(out) as { ImportedSegments: new (scope: Stack, id: string, props?: { applicationId?: string }) => unknown };
    // CloudFormation's own template linting (a WebAssembly cfn-lint, seconds per synth) is not what
    // this test is about; the construct's synth-time validation runs in the constructor.
    const app = new App({ outdir: path.join(work, 'cdk.out'), builtinCloudFormationValidation: false });
    const stack = new Stack(app, STACK, { env: { account: ACCOUNT, region: REGION } });
    new ImportedSegments(stack, 'Segments');
    const template = app.synth().getStackByName(STACK).template as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const segments = Object.entries(template.Resources).filter(([, r]) => r.Type === 'Custom::PinpointSegment');
    expect(segments).toHaveLength(dimensional.length);

    // Play each Create through the bundled handler, sources first.
    const firstCall = h.emu.calls.length;
    const versionsBefore = dimensional.map((id) => h.emu.state.versions(APP, id).length);
    const segmentIds = new Map<string, string>();
    const pending = new Map(segments);
    while (pending.size > 0) {
      const ready = [...pending].filter(([, r]) => dependencies({ ...r.Properties, ServiceToken: undefined }).every((d) => segmentIds.has(d)));
      expect(ready.length).toBeGreaterThan(0);
      for (const [logicalId, resource] of ready) {
        const props = { ...resource.Properties, ServiceToken: undefined };
        const response = expectSuccess(await h.create(resolveGetAtts(props, segmentIds) as Record<string, unknown>, { logicalId }));
        segmentIds.set(logicalId, response.Data!.SegmentId as string);
        physicalIds.set(logicalId, response.PhysicalResourceId);
        pending.delete(logicalId);
      }
    }
    const calls = h.emu.calls.slice(firstCall);
    expect(calls.filter((c) => WRITES.has(c.operation)).map((c) => `${c.operation} ${c.path}`)).toEqual([]);
    expect(dimensional.map((id) => h.emu.state.versions(APP, id).length)).toEqual(versionsBefore);
    expect([...segmentIds.values()].sort()).toEqual([...dimensional].sort());

    // The deployed stack, as CloudFormation lists it: the segments among the provider's resources.
    const others: StubResource[] = Object.entries(template.Resources)
      .filter(([, r]) => r.Type !== 'Custom::PinpointSegment')
      .map(([logicalId, r]) => ({ LogicalResourceId: logicalId, PhysicalResourceId: `${logicalId}-physical`, ResourceType: r.Type }));
    cfn.putStack(STACK, [...others, ...[...physicalIds].map(([logicalId, physical]) => ({
      LogicalResourceId: logicalId,
      PhysicalResourceId: physical,
      ResourceType: 'Custom::PinpointSegment',
    }))]);

    const checked = await typeChecked;
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  test('drift reports every segment IN_SYNC and exits 0, reading every page of the stack', async () => {
    expect(physicalIds.size).toBeGreaterThan(0);
    const pagesBefore = cfn.calls.length;
    const result = await runCli(['drift', '--stack', STACK, '--app', path.join(work, 'cdk.out'), '--json'], env);
    expect(result.stderr).not.toMatch(/Error|at .*\.js/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DriftJson;
    expect(report.segments).toHaveLength(physicalIds.size);
    expect(report.segments.every((s) => s.status === 'IN_SYNC')).toBe(true);
    expect(report.summary).toMatchObject({ IN_SYNC: physicalIds.size, MODIFIED: 0, DELETED: 0, NOT_DEPLOYED: 0 });
    // More than 7 resources at 7 a page: every page was read.
    const pages = cfn.calls.slice(pagesBefore).filter((c) => c.action === 'ListStackResources');
    expect(pages.length).toBe(Math.ceil((physicalIds.size + 4) / 7) > 1 ? pages.length : 1);
    expect(pages.length).toBeGreaterThan(1);
    // More than 20 segments: progress on stderr.
    expect(result.stderr).toMatch(/drift: segments checked: \d+\/\d+/);
  });

  test('after a console edit and a removed tag, drift names exactly those paths and exits 1; --repair re-converges', async () => {
    const gold = seeded.segments.find((s) => s.Name === 'Gold plan')!;
    const spenders = seeded.segments.find((s) => s.Name === 'Big spenders')!;
    await client.send(new UpdateSegmentCommand({
      ApplicationId: APP,
      SegmentId: gold.Id!,
      WriteSegmentRequest: { Name: 'Gold plan', Dimensions: { Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } } },
    }));
    await client.send(new UntagResourceCommand({ ResourceArn: spenders.Arn!, TagKeys: ['team'] }));

    const appDir = path.join(work, 'cdk.out');
    const text = await runCli(['drift', '--stack', STACK, '--app', appDir], env);
    expect(text.code).toBe(1);
    const lines = text.stdout.trim().split('\n');
    const modified = lines.filter((l) => l.startsWith('MODIFIED'));
    expect(modified).toHaveLength(2);
    expect(modified.find((l) => l.includes(gold.Id!))).toContain('Dimensions.Attributes.plan.Values declared ["gold","platinum"] live ["gold"]');
    expect(modified.find((l) => l.includes(spenders.Id!))).toMatch(/: Tags\.team declared "growth" live \(absent\)$/);
    expect(lines.filter((l) => l.startsWith('IN_SYNC'))).toHaveLength(physicalIds.size - 2);
    expect(lines[lines.length - 1]).toBe(`${STACK}: ${physicalIds.size} segments: ${physicalIds.size - 2} IN_SYNC, 2 MODIFIED, 0 DELETED, 0 NOT_DEPLOYED`);

    const json = JSON.parse((await runCli(['drift', '--stack', STACK, '--app', appDir, '--json'], env)).stdout) as DriftJson;
    const differing = json.segments.filter((s) => s.status === 'MODIFIED').flatMap((s) => (s.differences ?? []).map((d) => d.path)).sort();
    expect(differing).toEqual(['Dimensions.Attributes.plan.Values', 'Tags.team']);

    const firstCall = h.emu.calls.length;
    const repair = await runCli(['drift', '--stack', STACK, '--app', appDir, '--repair'], env);
    expect(repair.code).toBe(0);
    expect(repair.stdout).toContain('2 repaired');
    const writes = h.emu.calls.slice(firstCall).filter((c) => WRITES.has(c.operation));
    expect(writes.map((c) => `${c.operation} ${c.params.SegmentId ?? c.params.ResourceArn}`).sort()).toEqual([
      `TagResource ${spenders.Arn}`,
      `UpdateSegment ${gold.Id}`,
    ]);
    expect(h.emu.state.getSegment(APP, gold.Id!)?.Dimensions).toEqual(gold.Dimensions);
    expect(h.emu.state.tags(spenders.Arn!)).toMatchObject({ team: 'growth' });

    const after = await runCli(['drift', '--stack', STACK, '--app', appDir], env);
    expect(after.code).toBe(0);
  });
});
