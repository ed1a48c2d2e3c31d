// `pinpoint-segment drift` in process, against the emulator and the CloudFormation stub: every
// status, references resolved through the deployed stack, the differences the handler's own
// comparison finds, and the command line's exit codes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SegmentDimensions } from '@aws-sdk/client-pinpoint';
import { App, Stack } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { parseDesiredSegment } from '../../lambda/properties';
import { AttributeDimension, PinpointSegment } from '../../lib';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import { parseArgs, UsageError } from '../../local/cli/args';
import { Aws, RateLimiter } from '../../local/cli/aws';
import { drift, formatReport } from '../../local/cli/drift';
import { differences } from '../../local/cli/drift-compare';
import { main } from '../../local/cli/main';
import { CloudFormationStub, startCloudFormationStub } from '../../local/cloudformation-stub';
import { Emulator, startEmulator } from '../../local/emulator';

const APP = '0123456789abcdef0123456789abcdef';
const STACK = 'DriftStack';
const GOLD_DIMENSIONS: SegmentDimensions = { Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };

describe('drift against a deployed stack', () => {
  let emu: Emulator;
  let cfn: CloudFormationStub;
  let outdir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    emu = await startEmulator();
    cfn = await startCloudFormationStub({ pageSize: 2 });
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_PINPOINT: emu.url,
      AWS_ENDPOINT_URL_CLOUDFORMATION: cfn.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });

    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-drift-'));
    const app = new App({ outdir, builtinCloudFormationValidation: false });
    const stack = new Stack(app, STACK);
    const project = new CfnApp(stack, 'Project', { name: 'p' });
    const gold = new PinpointSegment(stack, 'Gold', {
      applicationId: project.ref,
      segmentId: 'gold0001',
      name: 'Gold',
      dimensions: { attributes: { plan: AttributeDimension.inclusive('gold') } },
    });
    new PinpointSegment(stack, 'Group', {
      applicationId: project.ref,
      segmentId: 'grp00001',
      name: 'Group',
      segmentGroups: { groups: [{ sourceSegments: [{ id: gold.segmentId }] }] },
      tags: { team: 'growth' },
    });
    new PinpointSegment(stack, 'Gone', { applicationId: project.ref, segmentId: 'gone0001', name: 'Gone' });
    new PinpointSegment(stack, 'Later', { applicationId: project.ref, name: 'Later' });
    const template = app.synth().getStackByName(STACK).template as { Resources: Record<string, { Type: string }> };
    const logicalId = (prefix: string) => Object.keys(template.Resources).find((id) => id.startsWith(prefix) && template.Resources[id].Type === 'Custom::PinpointSegment')!;

    emu.seedSegment(APP, { Id: 'gold0001', Name: 'Gold', Dimensions: GOLD_DIMENSIONS, tags: { [OWNERSHIP_TAG_KEY]: 'ignored', other: 'undeclared' } });
    emu.seedSegment(APP, { Id: 'grp00001', Name: 'Group', SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'gold0001' }] }] }, tags: { team: 'growth' } });
    cfn.putStack(STACK, [
      { LogicalResourceId: 'Project', PhysicalResourceId: APP, ResourceType: 'AWS::Pinpoint::App' },
      { LogicalResourceId: logicalId('Gold'), PhysicalResourceId: `${APP}:gold0001:adopted:1`, ResourceType: 'Custom::PinpointSegment' },
      { LogicalResourceId: logicalId('Group'), PhysicalResourceId: `${APP}:grp00001:adopted:1`, ResourceType: 'Custom::PinpointSegment' },
      { LogicalResourceId: logicalId('Gone'), PhysicalResourceId: `${APP}:gone0001:adopted:1`, ResourceType: 'Custom::PinpointSegment' },
    ]);
  });

  afterAll(async () => {
    process.env = saved;
    await cfn?.stop();
    await emu?.stop();
    if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
  });

  async function run(repair = false) {
    const aws = new Aws({ region: 'us-east-1' });
    try {
      return await drift({ stack: STACK, app: outdir, json: false, repair }, aws);
    } finally {
      aws.destroy();
    }
  }

  test('IN_SYNC, DELETED and NOT_DEPLOYED, with Ref and Fn::GetAtt resolved from the stack', async () => {
    const report = await run();
    // A programmatic App writes no path metadata (the cdk CLI does): segments go by logical id.
    expect(report.segments.map((s) => [s.path.replace(/[0-9A-F]{8}$/, ''), s.status])).toEqual([
      ['Gold', 'IN_SYNC'],
      ['Group', 'IN_SYNC'],
      ['Gone', 'DELETED'],
      ['Later', 'NOT_DEPLOYED'],
    ]);
    expect(report.exitCode).toBe(1);
    expect(formatReport(report).trim().split('\n').pop()).toBe(`${STACK}: 4 segments: 2 IN_SYNC, 0 MODIFIED, 1 DELETED, 1 NOT_DEPLOYED`);
    // Two resources a page: every page was read.
    expect(cfn.calls.filter((c) => c.action === 'ListStackResources').length).toBeGreaterThanOrEqual(2);
    // Only reads.
    expect(new Set(emu.calls.map((c) => c.operation))).toEqual(new Set(['GetSegment', 'ListTagsForResource']));
  });

  test('--repair leaves DELETED and NOT_DEPLOYED to a deploy and still exits 1', async () => {
    const before = emu.calls.length;
    const report = await run(true);
    expect(report.exitCode).toBe(1);
    expect(emu.calls.slice(before).filter((c) => !c.operation.startsWith('Get') && c.operation !== 'ListTagsForResource')).toEqual([]);
  });
});

describe('differences', () => {
  const desired = parseDesiredSegment({
    ApplicationId: 'a',
    Name: 'N',
    Dimensions: {
      Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
      Metrics: { spend: { ComparisonOperator: 'GREATER_THAN', Value: '10' } },
    },
    Tags: { team: 'growth' },
  });

  test('none when only normalisation tells them apart (INCLUSIVE by default, numbers as numbers)', () => {
    const live = { Name: 'N', Dimensions: { Attributes: { plan: { Values: ['gold'] } }, Metrics: { spend: { ComparisonOperator: 'GREATER_THAN', Value: 10 } } } };
    expect(differences(desired, live as never, { team: 'growth', other: 'x', [OWNERSHIP_TAG_KEY]: 'y' })).toEqual([]);
  });

  test('each differing leaf by path, with the declared value even where normalisation dropped it', () => {
    const live = { Name: 'M', Dimensions: { Attributes: { plan: { AttributeType: 'EXCLUSIVE', Values: ['gold'] } }, Metrics: { spend: { ComparisonOperator: 'GREATER_THAN', Value: 11 } } } };
    expect(differences(desired, live as never, {})).toEqual([
      { path: 'Dimensions.Attributes.plan.AttributeType', declared: 'INCLUSIVE', live: 'EXCLUSIVE' },
      { path: 'Dimensions.Metrics.spend.Value', declared: 10, live: 11 },
      { path: 'Name', declared: 'N', live: 'M' },
      { path: 'Tags.team', declared: 'growth', live: undefined },
    ]);
  });
});

describe('the command line', () => {
  let stderr: string[];
  let stdout: string[];
  beforeEach(() => {
    stderr = [];
    stdout = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  test.each([
    [['drift'], 'pinpoint-segment drift: --stack is required (see pinpoint-segment drift --help)'],
    [['import', '--application-id'], 'pinpoint-segment import: --application-id needs a value (see pinpoint-segment import --help)'],
    [['drift', '--stack', 'S', '--bogus'], 'pinpoint-segment drift: unknown option --bogus (see pinpoint-segment drift --help)'],
    [['frob'], 'pinpoint-segment: unknown command "frob"; expected rehearse, drift or import (see pinpoint-segment --help)'],
    [['drift', '--stack', 'S', '--app', '/nonexistent'], expect.stringMatching(/^pinpoint-segment drift: \/nonexistent is not a cloud assembly/)],
  ])('%j exits 2 with one line', async (argv, message) => {
    expect(await main(argv)).toBe(2);
    expect(stderr.join('').trimEnd().split('\n')).toEqual([message]);
    expect(stdout).toEqual([]);
  });

  test.each([['drift'], ['import'], ['rehearse']])('%s --help prints usage and exits 0', async (command) => {
    expect(await main([command, '--help'])).toBe(0);
    expect(stdout.join('')).toMatch(/^Usage: pinpoint-segment/);
  });

  test('option parsing', () => {
    const args = parseArgs(['--stack=S', '--json', '--app', 'out'], { values: ['stack', 'app'], flags: ['json'] });
    expect([args.string('stack'), args.string('app'), args.flag('json')]).toEqual(['S', 'out', true]);
    expect(() => parseArgs(['--json=yes'], { values: [], flags: ['json'] })).toThrow(UsageError);
    expect(() => parseArgs(['--rate', '0'], { values: [] }).clientOptions()).toThrow('--rate needs a positive number');
  });
});

describe('RateLimiter', () => {
  test('lets a burst through at once, then one request per 1/rate seconds', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new RateLimiter(25, 25, () => now, (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    });
    for (let i = 0; i < 25; i++) await limiter.take();
    expect(now).toBe(0);
    for (let i = 0; i < 50; i++) await limiter.take();
    expect(now).toBe(2000);
    expect(slept.every((ms) => ms === 40)).toBe(true);
  });
});
