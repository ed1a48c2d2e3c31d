/**
 * Cross-stack references in one rehearsal run: a stack rehearsed later reads what an earlier one
 * produced, through `Fn::ImportValue` (same region) or through aws-cdk's cross-region export
 * reader (`crossRegionReferences: true`), and an import nothing in the run produces is an ERROR that
 * names it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { AttributeDimension, GroupType, Include, MetricDimension, PinpointSegment } from '../../lib';
import type { Emulator } from '../../local/emulator';
import { rehearse, RehearsalEvent, RehearsalResult, RehearseOptions } from '../../local/rehearse';
import { ensureBundleFresh, HANDLER_BUNDLE } from '../support/bundle';

const ACCOUNT = '123456789012';

let tmp: string;
beforeAll(() => {
  // The synthesized assembly carries the bundled handler, which the rehearsal runs.
  ensureBundleFresh(HANDLER_BUNDLE);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cross-stack-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface TwoStacks {
  readonly outdir: string;
  /** Logical ids, from the synthesized templates. */
  readonly producerSegment: string;
  readonly consumerSegment: string;
}

function newApp(): { app: App; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(tmp, 'assembly-'));
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } });
  return { app, outdir };
}

function newProject(stack: Stack, name: string): CfnApp {
  const project = new CfnApp(stack, 'Project', { name });
  Validations.of(project).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'Pinpoint is what is under test' });
  return project;
}

/** The producer's project and its segment `Base`, which the consumer reads. */
function newProducer(app: App, crossRegionReferences: boolean): { project: CfnApp; base: PinpointSegment } {
  const producer = new Stack(app, 'Producer', { env: { account: ACCOUNT, region: 'us-east-1' }, crossRegionReferences });
  const project = newProject(producer, 'shared-project');
  const base = new PinpointSegment(producer, 'Base', {
    applicationId: project.ref,
    name: 'Base',
    dimensions: { metrics: { orders: MetricDimension.greaterThan(1) } },
  });
  return { project, base };
}

/**
 * One region. Consumer: a segment in the producer's project, and a segment group whose base
 * segment is the producer's segment; both read across the stack boundary (an export and an import).
 */
function synthSameRegion(): TwoStacks & { readonly consumerGroup: string } {
  const { app, outdir } = newApp();
  const { project, base } = newProducer(app, false);
  const consumer = new Stack(app, 'Consumer', { env: { account: ACCOUNT, region: 'us-east-1' } });
  new PinpointSegment(consumer, 'Gold', {
    applicationId: project.ref,
    name: 'Gold',
    dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
  });
  new PinpointSegment(consumer, 'GoldBase', {
    applicationId: project.ref,
    name: 'Gold within Base',
    segmentGroups: { include: Include.ALL, groups: [{ sourceSegments: [base.asSourceSegment(1)], type: GroupType.ALL }] },
  });
  app.synth();
  return {
    outdir,
    producerSegment: logicalIdOf(outdir, 'Producer', 'Base/Resource'),
    consumerSegment: logicalIdOf(outdir, 'Consumer', 'Gold/Resource'),
    consumerGroup: logicalIdOf(outdir, 'Consumer', 'GoldBase/Resource'),
  };
}

/**
 * Two regions, `crossRegionReferences: true`. A segment must be in its project's region (the
 * construct refuses anything else at synth), so the consumer in us-west-2 has its own project, and
 * what crosses the regions is data in its definition: users whose `homeProject` attribute is the
 * producer's project id and whose `referredBy` attribute is the producer's segment id.
 */
function synthCrossRegion(): TwoStacks {
  const { app, outdir } = newApp();
  const { project, base } = newProducer(app, true);
  const consumer = new Stack(app, 'Consumer', { env: { account: ACCOUNT, region: 'us-west-2' }, crossRegionReferences: true });
  const regional = newProject(consumer, 'regional-project');
  new PinpointSegment(consumer, 'Gold', {
    applicationId: regional.ref,
    name: 'Gold',
    dimensions: { userAttributes: { homeProject: AttributeDimension.inclusive(project.ref), referredBy: AttributeDimension.inclusive(base.segmentId) } },
  });
  app.synth();
  return {
    outdir,
    producerSegment: logicalIdOf(outdir, 'Producer', 'Base/Resource'),
    consumerSegment: logicalIdOf(outdir, 'Consumer', 'Gold/Resource'),
  };
}

interface Template {
  readonly Resources: Record<string, { readonly Type: string; readonly Properties?: Record<string, unknown>; readonly Metadata?: Record<string, unknown> }>;
  readonly Outputs?: Record<string, { readonly Export?: { readonly Name?: unknown } }>;
}

function template(outdir: string, stack: string): Template {
  return JSON.parse(fs.readFileSync(path.join(outdir, `${stack}.template.json`), 'utf8')) as Template;
}

function logicalIdOf(outdir: string, stack: string, constructPath: string): string {
  const found = Object.entries(template(outdir, stack).Resources).find(([, r]) => r.Metadata?.['aws:cdk:path'] === `${stack}/${constructPath}`);
  if (!found) throw new Error(`no resource at ${stack}/${constructPath}`);
  return found[0];
}

async function run(options: Omit<RehearseOptions, 'write' | 'color'>): Promise<RehearsalResult> {
  return rehearse({ ...options, write: () => undefined, color: false });
}

function eventOf(result: RehearsalResult, stack: string, logicalId: string, phase = 'create'): RehearsalEvent {
  const found = result.events.find((e) => e.stack === stack && e.logicalId === logicalId && e.phase === phase);
  if (!found) throw new Error(`no ${phase} event for ${stack}/${logicalId}: ${result.events.map((e) => `${e.phase} ${e.resource}`).join(', ')}`);
  return found;
}

function sentProperties(event: RehearsalEvent): Record<string, unknown> {
  const properties: unknown = event.event?.ResourceProperties;
  if (typeof properties !== 'object' || properties === null) throw new Error(`${event.resource} was sent no ResourceProperties`);
  return properties as Record<string, unknown>;
}

/** The base segment ids of a sent segment group. */
function sourceSegmentIds(properties: Record<string, unknown>): unknown[] {
  const groups = (properties.SegmentGroups as { Groups: Array<{ SourceSegments: Array<{ Id: unknown }> }> }).Groups;
  return groups.flatMap((g) => g.SourceSegments.map((s) => s.Id));
}

/** The consumer's raw template value behind a property: the reference that had to be resolved. */
function rawProperty(outdir: string, logicalId: string, property: string): unknown {
  return template(outdir, 'Consumer').Resources[logicalId].Properties?.[property];
}

describe('stacks in an environment of their own', () => {
  const existing = 'fedcba9876543210fedcba9876543210';
  test.each([
    ['a project the stack declares', 'eu-west-1', ACCOUNT, false],
    ['an existing project no stack declares (a plain application id)', 'eu-west-1', ACCOUNT, true],
    ['a project the stack declares, in another account', 'eu-central-1', '111122223333', false],
    ['an existing project no stack declares, in another account', 'eu-central-1', '111122223333', true],
  ])('%s: the stack\'s policy, which names its region and account, lets the handler in, and ARNs carry them', async (_case, region, account, existingProject) => {
    const { app, outdir } = newApp();
    const stack = new Stack(app, 'Placed', { env: { account, region } });
    const applicationId = existingProject ? existing : newProject(stack, 'placed-project').ref;
    new PinpointSegment(stack, 'Gold', { applicationId, name: 'Gold', dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } } });
    app.synth();
    expect(JSON.stringify(template(outdir, 'Placed'))).toContain(`:mobiletargeting:${region}:${account}:`);
    let emulator: Emulator | undefined;

    const result = await run({ assemblyDir: outdir, update: false, delete: false, onEmulator: (started) => void (emulator = started) });

    const gold = eventOf(result, 'Placed', logicalIdOf(outdir, 'Placed', 'Gold/Resource'));
    expect(gold.accessDenied ?? []).toEqual([]);
    expect(gold).toMatchObject({ status: 'SUCCESS', calls: ['CreateSegment'] });
    expect(result.exitCode).toBe(0);
    if (existingProject) expect(gold.applicationId).toBe(existing);
    expect(gold.event?.StackId).toMatch(new RegExp(`^arn:aws:cloudformation:${region}:${account}:stack/Placed/`));
    expect(emulator?.state.arnOf(gold.applicationId!, gold.segmentId!)).toMatch(new RegExp(`^arn:aws:mobiletargeting:${region}:${account}:apps/[0-9a-f]{32}/segments/[0-9a-f]{32}$`));
  });
});

/** A one-segment assembly in `region` whose function answers SUCCESS with the region it runs in. */
function regionReportingAssembly(region: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'assembly-'));
  fs.mkdirSync(path.join(dir, 'fn'));
  fs.writeFileSync(path.join(dir, 'fn', 'index.js'), `
    const loadedIn = process.env.AWS_REGION;
    exports.handler = async (event, context) => {
      const Data = { Region: process.env.AWS_REGION, DefaultRegion: process.env.AWS_DEFAULT_REGION, LoadedIn: loadedIn, Arn: context.invokedFunctionArn };
      const body = JSON.stringify({ Status: 'SUCCESS', PhysicalResourceId: 'app:seg', StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data });
      await fetch(event.ResponseURL, { method: 'PUT', body });
    };`);
  const resources = {
    Fn: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'index.handler', Timeout: 10, Code: { S3Bucket: 'b', S3Key: 'k.zip' } }, Metadata: { 'aws:asset:path': 'fn' } },
    Seg: { Type: 'Custom::PinpointSegment', Properties: { ServiceToken: { 'Fn::GetAtt': ['Fn', 'Arn'] }, ApplicationId: 'app', Name: 'S' } },
  };
  fs.writeFileSync(path.join(dir, 'Regional.template.json'), JSON.stringify({ Resources: resources }));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    version: '48.0.0',
    artifacts: { Regional: { type: 'aws:cloudformation:stack', environment: `aws://${ACCOUNT}/${region}`, properties: { templateFile: 'Regional.template.json' } } },
  }));
  return dir;
}

describe('the handler\'s region', () => {
  test.each([['in a child process', undefined], ['in this process', 'in-process']])('is its stack\'s region, %s', async (_where, node) => {
    const result = await run({ assemblyDir: regionReportingAssembly('ap-southeast-2'), update: false, delete: false, node });
    expect(result.exitCode).toBe(0);
    expect(result.events[0].data).toEqual({
      Region: 'ap-southeast-2',
      DefaultRegion: 'ap-southeast-2',
      LoadedIn: 'ap-southeast-2',
      Arn: expect.stringMatching(/^arn:aws:lambda:ap-southeast-2:123456789012:function:/) as unknown,
    });
  });
});

describe('cross-stack references in one rehearsal run', () => {
  test('Fn::ImportValue reads the export of a stack rehearsed earlier: the application id and a segment id', async () => {
    const stacks = synthSameRegion();
    // The reference really crosses the stack boundary as an export and an import.
    const reference = rawProperty(stacks.outdir, stacks.consumerSegment, 'ApplicationId') as Record<string, unknown>;
    expect(Object.keys(reference)).toEqual(['Fn::ImportValue']);
    expect(reference['Fn::ImportValue']).toContain('Producer');
    expect(Object.keys(template(stacks.outdir, 'Producer').Outputs ?? {})).toHaveLength(2);

    const result = await run({ assemblyDir: stacks.outdir, update: false, delete: false });

    expect(result.exitCode).toBe(0);
    const base = eventOf(result, 'Producer', stacks.producerSegment);
    const gold = eventOf(result, 'Consumer', stacks.consumerSegment);
    const group = eventOf(result, 'Consumer', stacks.consumerGroup);
    expect(result.events.indexOf(base)).toBeLessThan(result.events.indexOf(gold));
    const applicationId = base.applicationId;
    expect(applicationId).toMatch(/^[0-9a-f]{32}$/);
    const baseSegmentId = base.segmentId;
    expect(baseSegmentId).toMatch(/^[0-9a-f]{32}$/);

    // What CloudFormation would send stack B, and what its handler then created, is what A produced.
    expect(sentProperties(gold).ApplicationId).toBe(applicationId);
    expect(sentProperties(group).ApplicationId).toBe(applicationId);
    expect(sourceSegmentIds(sentProperties(group))).toEqual([baseSegmentId]);
    expect(gold).toMatchObject({ status: 'SUCCESS', applicationId });
    expect(gold.calls).toContain('CreateSegment');
    expect(group).toMatchObject({ status: 'SUCCESS', applicationId });
    const created = result.segments.filter((s) => s.applicationId === applicationId).map((s) => s.name).sort();
    expect(created).toEqual(['Base', 'Gold', 'Gold within Base']);
  });

  test('a cross-region export reader reads what the other region\'s export writer wrote earlier in the run', async () => {
    const stacks = synthCrossRegion();
    const consumer = template(stacks.outdir, 'Consumer');
    const producer = template(stacks.outdir, 'Producer');
    // aws-cdk turned the references into a writer in the producer and a reader in the consumer, not exports.
    expect(Object.values(producer.Resources).map((r) => r.Type)).toContain('Custom::CrossRegionExportWriter');
    expect(Object.values(consumer.Resources).map((r) => r.Type)).toContain('Custom::CrossRegionExportReader');
    expect(JSON.stringify(consumer)).not.toContain('Fn::ImportValue');
    expect(JSON.stringify(rawProperty(stacks.outdir, stacks.consumerSegment, 'Dimensions'))).toContain('"Fn::GetAtt"');

    const result = await run({ assemblyDir: stacks.outdir, update: false, delete: false });

    expect(result.exitCode).toBe(0);
    const base = eventOf(result, 'Producer', stacks.producerSegment);
    const gold = eventOf(result, 'Consumer', stacks.consumerSegment);
    expect(result.events.indexOf(base)).toBeLessThan(result.events.indexOf(gold));
    expect(base.applicationId).toMatch(/^[0-9a-f]{32}$/);
    expect(base.segmentId).toMatch(/^[0-9a-f]{32}$/);
    expect(gold.status).toBe('SUCCESS');
    expect(gold.calls).toContain('CreateSegment');
    expect(gold.applicationId).not.toBe(base.applicationId);
    const attributes = (sentProperties(gold).Dimensions as { UserAttributes: Record<string, { Values: unknown[] }> }).UserAttributes;
    expect(attributes.homeProject.Values).toEqual([base.applicationId]);
    expect(attributes.referredBy.Values).toEqual([base.segmentId]);
  });

  test('an import no stack earlier in the run exports is an ERROR naming the export, not a crash', async () => {
    const stacks = synthSameRegion();
    const importName = (rawProperty(stacks.outdir, stacks.consumerSegment, 'ApplicationId') as { 'Fn::ImportValue': string })['Fn::ImportValue'];

    // The consumer alone: the producer, whose exports it reads, is not in this run.
    const result = await run({ assemblyDir: stacks.outdir, stacks: ['Consumer'], update: false, delete: false });

    expect(result.exitCode).toBe(1);
    const gold = eventOf(result, 'Consumer', stacks.consumerSegment);
    expect(gold.status).toBe('ERROR');
    expect(gold.reason).toContain(`Fn::ImportValue ${JSON.stringify(importName)} cannot be resolved offline`);
    expect(gold.reason).toContain(`--import ${importName}=`);
    expect(gold.calls).toEqual([]);
    // Every segment that reads it is reported the same way; the run finishes and prints its summary.
    const group = eventOf(result, 'Consumer', stacks.consumerGroup);
    expect(group.status).toBe('ERROR');
    expect(group.reason).toContain(importName);
    expect(result.output).toContain('Rehearsal FAILED.');
  });

  test('a cross-region reader whose writer is not in the run is an ERROR naming the parameter', async () => {
    const stacks = synthCrossRegion();
    const dimensions = JSON.stringify(rawProperty(stacks.outdir, stacks.consumerSegment, 'Dimensions'));
    const parameter = /"(\/cdk\/exports\/Consumer\/[^"]+)"/.exec(dimensions)?.[1];
    expect(parameter).toBeDefined();

    const result = await run({ assemblyDir: stacks.outdir, stacks: ['Consumer'], update: false, delete: false });

    expect(result.exitCode).toBe(1);
    const gold = eventOf(result, 'Consumer', stacks.consumerSegment);
    expect(gold.status).toBe('ERROR');
    expect(gold.reason).toContain('no stack rehearsed earlier in this run writes the cross-region export /cdk/exports/Consumer/');
    expect(gold.reason).toContain(parameter);
    expect(gold.calls).toEqual([]);
  });
});
