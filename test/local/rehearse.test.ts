import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { expect } from '@jest/globals';
import { App, CfnParameter, CfnResource, Fn, RemovalPolicy, Stack, Stage, Token, Validations } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { Construct } from 'constructs';
import {
  AttributeDimension,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  PinpointSegment,
} from '../../lib';
import { ExampleStack, PLACEHOLDER_ADOPTED_SEGMENT_ID } from '../../bin/example-stack';
import { fakeApplicationId, parseArgs, rehearse, RehearsalEvent, RehearsalResult, RehearseOptions } from '../../local/rehearse';
import { ensureBundleFresh, HANDLER_BUNDLE, REHEARSE_BUNDLE } from '../support/bundle';
import { CfnTemplate, readTemplateFile, Stringified } from '../support/json';

const ROOT = path.join(__dirname, '..', '..');
const STACK = 'Rehearsed';
const ADOPTED_ID = PLACEHOLDER_ADOPTED_SEGMENT_ID;

let tmp: string;

beforeAll(() => {
  // The rehearsal runs the real bundled handler, as a deployed stack would; rebuilt (under the
  // cross-worker lock) if a source is newer.
  ensureBundleFresh(HANDLER_BUNDLE);
  ensureBundleFresh(REHEARSE_BUNDLE);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-test-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

let counter = 0;

/** Synthesizes one stack with a Pinpoint project into its own cloud assembly directory. */
function synth(build: (stack: Stack, project: CfnApp) => void): string {
  const outdir = path.join(tmp, `assembly-${++counter}`);
  // Path and asset metadata, as the CDK CLI turns them on, so tests can find resources and assets.
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } });
  const stack = new Stack(app, STACK);
  const project = new CfnApp(stack, 'Project', { name: 'rehearsal-test' });
  Validations.of(project).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'Pinpoint is what is under test' });
  build(stack, project);
  app.synth();
  return outdir;
}

function template(outdir: string): CfnTemplate {
  return readTemplateFile(path.join(outdir, `${STACK}.template.json`));
}

function logicalIdOf(outdir: string, constructPath: string): string {
  const resources = template(outdir).Resources;
  const found = Object.entries(resources).find(([, r]) => r.Metadata?.['aws:cdk:path'] === `${STACK}/${constructPath}/Resource`);
  if (!found) throw new Error(`no resource at ${constructPath}`);
  return found[0];
}

/** Segment properties as the handler received them: stringified by CloudFormation. */
type DeliveredProps = Stringified<WriteSegmentRequest & { readonly RestoreOnDelete?: boolean }>;

/** The parts of a played event these tests read. */
interface PlayedEvent {
  readonly ResponseURL: string;
  readonly ResourceProperties: DeliveredProps;
  readonly OldResourceProperties?: DeliveredProps;
}

/** The CloudFormation event the rehearsal sent for `event`; throws if it sent none. */
function sentEvent(event: RehearsalEvent): PlayedEvent {
  if (event.event === undefined) throw new Error(`no event was sent for ${event.phase} ${event.logicalId}`);
  return event.event;
}

async function run(options: Omit<RehearseOptions, 'write' | 'color'>): Promise<RehearsalResult & { printed: string }> {
  let printed = '';
  const result = await rehearse({ ...options, write: (text) => (printed += text), color: false });
  return { ...result, printed };
}

function summary(events: RehearsalEvent[]): string[] {
  return events.map((e) => `${e.phase} ${e.requestType} ${e.status} ${e.logicalId}`);
}

/** The example app itself (bin/example-stack.ts), in its own cloud assembly directory. */
function synthExample(): string {
  const outdir = path.join(tmp, `assembly-${++counter}`);
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } });
  new ExampleStack(app, STACK);
  app.synth();
  return outdir;
}

describe('rehearse', () => {
  test('the example-like app plays Create, a no-op Update and Delete to SUCCESS, with CloudFormation-shaped events', async () => {
    const outdir = synthExample();
    const gold = logicalIdOf(outdir, 'GoldNearSeattle');
    const lapsed = logicalIdOf(outdir, 'LapsedGold');

    const environment = { ...process.env };
    const result = await run({ assemblyDir: outdir });
    // The fake endpoint, region and credentials were set for the handler only.
    expect(process.env).toEqual(environment);

    expect(result.exitCode).toBe(0);
    expect(summary(result.events)).toEqual([
      `create Create SUCCESS ${gold}`,
      `create Create SUCCESS ${lapsed}`,
      `update Update SUCCESS ${gold}`,
      `update Update SUCCESS ${lapsed}`,
      `delete Delete SUCCESS ${lapsed}`,
      `delete Delete SUCCESS ${gold}`,
    ]);
    const [createGold, createLapsed, updateGold, updateLapsed, deleteLapsed, deleteGold] = result.events;

    // CloudFormation semantics: every scalar is a string, ServiceToken included; keys untouched.
    const sent = createGold.event!;
    expect(sent).toMatchObject({
      RequestType: 'Create',
      LogicalResourceId: gold,
      ResourceType: 'Custom::PinpointSegment',
      StackId: expect.stringMatching(new RegExp(`^arn:aws:cloudformation:us-east-1:123456789012:stack/${STACK}/[0-9a-f-]{36}$`)),
      RequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ResponseURL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/.*\?X-Amz-Algorithm=AWS4-HMAC-SHA256&.*X-Amz-Signature=[0-9a-f]{64}$/),
    });
    expect(sent.PhysicalResourceId).toBeUndefined();
    expect(sent.ResourceProperties).toMatchObject({
      ServiceToken: expect.stringMatching(/^arn:aws:lambda:us-east-1:123456789012:function:Rehearsed-PinpointSegmentProviderHandler/),
      ServiceTimeout: '300',
      ApplicationId: fakeApplicationId(STACK, 'Project'),
      Dimensions: {
        Location: { GPSPoint: { Coordinates: { Latitude: '47.6', Longitude: '-122.3' }, RangeInKilometers: '50' } },
        Metrics: { orders: { ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: '5' } },
      },
      Tags: { team: 'growth' },
    });
    expect(sentEvent(createLapsed).ResourceProperties.RestoreOnDelete).toBe('true');

    // The adoption was real: the seeded console segment went from v1 to v2 and kept its id.
    expect(createLapsed).toMatchObject({ segmentId: ADOPTED_ID, version: 2 });
    expect(createLapsed.physicalResourceId).toMatch(new RegExp(`:${ADOPTED_ID}:adopted:1$`));
    expect(result.printed).toMatch(new RegExp(`SEED\\s+${STACK}/${lapsed}\\s+console segment ${ADOPTED_ID} v1`));
    expect(createLapsed.line).toContain('(adopted at v1)');

    // The no-op Update carries the same properties as OldResourceProperties and adds no version.
    expect(updateGold.event!.OldResourceProperties).toEqual(updateGold.event!.ResourceProperties);
    expect(updateGold.event!.PhysicalResourceId).toBe(createGold.physicalResourceId);
    expect(updateGold.version).toBe(createGold.version);
    expect(updateLapsed.version).toBe(2);
    expect(updateGold.line).toMatch(new RegExp(`UPDATE SUCCESS\\s+${STACK}/${gold}\\s+segment [0-9a-f]{32} v1 \\(unchanged\\)`));
    expect(updateGold.calls).toEqual(['GetSegment', 'ListTagsForResource']);

    // Delete: the created segment is gone, the adopted one is kept (and its console definition restored).
    expect(deleteGold.event!.PhysicalResourceId).toBe(createGold.physicalResourceId);
    expect(deleteGold.segmentExists).toBe(false);
    expect(deleteLapsed).toMatchObject({ segmentExists: true, version: 3, restoredVersion: 1 });
    expect(deleteLapsed.line).toContain(`segment ${ADOPTED_ID} kept at v3 (definition of v1 restored)`);
    expect(deleteGold.line).toMatch(/DELETE SUCCESS\s+.*deleted/);
    expect(result.segments).toEqual([expect.objectContaining({ segmentId: ADOPTED_ID, name: 'Made in the console' })]);

    expect(result.printed).toContain('6 events played, 0 failed');
    expect(result.printed).toContain('Rehearsal passed.');
    expect(result.printed).not.toMatch(/\u001b\[/); // no colors when not asked for
  });

  test('a segment that is invalid only at deploy time fails its Create with Pinpoint\'s message, and the stack rolls back', async () => {
    let good = '';
    const outdir = synth((stack, project) => {
      // Validation skips tokens, so latitude 95 slips past synth inside a parameter default.
      const latitude = Token.asNumber(new CfnParameter(stack, 'Lat', { type: 'Number', default: 95 }).valueAsNumber);
      const first = new PinpointSegment(stack, 'Fine', {
        applicationId: project.ref,
        name: 'Fine',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
      });
      good = first.node.id;
      new PinpointSegment(stack, 'FarNorth', {
        applicationId: project.ref,
        name: 'Beyond the pole',
        dimensions: { location: { gpsPoint: GpsPoint.within(latitude, 10, 5) } },
      });
    });
    const fine = logicalIdOf(outdir, good);
    const farNorth = logicalIdOf(outdir, 'FarNorth');

    const result = await run({ assemblyDir: outdir });

    expect(result.exitCode).not.toBe(0);
    // CloudFormation rolls back: the failed resource first, under the physical id it answered with,
    // then what was created, newest first. No Update and no stack Delete follow.
    expect(summary(result.events)).toEqual([
      `create Create SUCCESS ${fine}`,
      `create Create FAILED ${farNorth}`,
      `rollback Delete SUCCESS ${farNorth}`,
      `rollback Delete SUCCESS ${fine}`,
    ]);
    const failed = result.events[1];
    expect(sentEvent(failed).ResourceProperties.Dimensions?.Location?.GPSPoint?.Coordinates?.Latitude).toBe('95');
    expect(failed.reason).toMatch(/BadRequestException/);
    expect(failed.reason).toContain('Dimensions.Location.GPSPoint.Coordinates.Latitude: 95 is outside -90..90');
    expect(failed.calls).toEqual(['CreateSegment 400']);
    expect(result.events[2].event!.PhysicalResourceId).toBe(failed.physicalResourceId);
    // A Delete after a failed Create looks for what that Create made (by its ownership tag): nothing.
    expect(result.events[2].calls).toEqual(['GetSegments']);
    expect(result.segments).toEqual([]);

    const line = result.printed.split('\n').find((l) => l.includes('CREATE FAILED'));
    expect(line).toContain(`${STACK}/${farNorth}`);
    expect(line).toContain('95 is outside -90..90');
    expect(result.printed).toContain('Rehearsal FAILED.');
  });

  test('a dependency on another segment is resolved from its response Data and ordered before it', async () => {
    const outdir = synth((stack, project) => {
      // The dependent is declared first in the tree, so it comes first in the template.
      const first = new Construct(stack, 'First');
      const second = new Construct(stack, 'Second');
      const base = new PinpointSegment(second, 'Base', {
        applicationId: project.ref,
        name: 'Base',
        dimensions: { metrics: { orders: MetricDimension.greaterThan(1) } },
      });
      new PinpointSegment(first, 'Dependent', {
        applicationId: project.ref,
        name: 'Dependent',
        segmentGroups: { include: Include.ALL, groups: [{ sourceSegments: [{ id: base.segmentId, version: 1 }], type: GroupType.ALL }] },
      });
    });
    const base = logicalIdOf(outdir, 'Second/Base');
    const dependent = logicalIdOf(outdir, 'First/Dependent');
    const templateOrder = Object.keys(template(outdir).Resources);
    expect(templateOrder.indexOf(dependent)).toBeLessThan(templateOrder.indexOf(base));

    const result = await run({ assemblyDir: outdir, update: false });

    expect(result.exitCode).toBe(0);
    expect(summary(result.events)).toEqual([
      `create Create SUCCESS ${base}`,
      `create Create SUCCESS ${dependent}`,
      `delete Delete SUCCESS ${dependent}`,
      `delete Delete SUCCESS ${base}`,
    ]);
    const baseId = result.events[0].data!.SegmentId;
    expect(baseId).toMatch(/^[0-9a-f]{32}$/);
    expect(sentEvent(result.events[1]).ResourceProperties.SegmentGroups?.Groups?.[0].SourceSegments?.[0]).toEqual({ Id: baseId, Version: '1' });
  });

  test('DeletionPolicy Retain: CloudFormation sends no Delete, and the segment stays', async () => {
    const outdir = synth((stack, project) => {
      new PinpointSegment(stack, 'Kept', {
        applicationId: project.ref,
        name: 'Kept',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
        removalPolicy: RemovalPolicy.RETAIN,
      });
    });
    const kept = logicalIdOf(outdir, 'Kept');
    expect(template(outdir).Resources[kept].DeletionPolicy).toBe('Retain');

    const result = await run({ assemblyDir: outdir, update: false });

    expect(result.exitCode).toBe(0);
    expect(summary(result.events)).toEqual([`create Create SUCCESS ${kept}`, `delete Delete SKIPPED ${kept}`]);
    expect(result.events[1].event).toBeUndefined();
    expect(result.printed).toMatch(new RegExp(`DELETE SKIPPED\\s+${STACK}/${kept}\\s+\\(DeletionPolicy Retain\\)`));
    expect(result.segments).toEqual([expect.objectContaining({ segmentId: result.events[0].data!.SegmentId, name: 'Kept' })]);
  });

  test('the ResponseURL\'s presigned query string appears in no output, while the handler\'s logs are captured', async () => {
    const outdir = synthExample();
    const written: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }));
    let result: RehearsalResult & { printed: string };
    try {
      result = await run({ assemblyDir: outdir, handlerLogs: 'all', logLevel: 'DEBUG' });
    } finally {
      spies.forEach((s) => s.mockRestore());
    }

    expect(result.exitCode).toBe(0);
    const everything = [result.printed, result.output, ...written, ...result.events.flatMap((e) => e.logs)].join('\n');
    for (const event of result.events) {
      const url = new URL(sentEvent(event).ResponseURL);
      expect(event.leaked).toBe(false);
      expect(everything).not.toContain(url.search.slice(1));
      expect(everything).not.toContain(url.searchParams.get('X-Amz-Signature'));
      // The check is meaningful: the handler did log, and mentioned where it responded.
      expect(event.logs.join('\n')).toContain(`${url.origin}${url.pathname}`);
    }
    expect(result.printed).toContain('│ INFO received Create event');
  });

  test('CloudFormation\'s view of a broken handler: a logged ResponseURL, two responses, no response', async () => {
    const outdir = synth((stack, project) => {
      new PinpointSegment(stack, 'Only', {
        applicationId: project.ref,
        name: 'Only',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
      });
    });
    const fnId = Object.entries(template(outdir).Resources).find(([, r]) => r.Type === 'AWS::Lambda::Function')![0];
    const assetDir = path.join(outdir, template(outdir).Resources[fnId].Metadata?.['aws:asset:path'] as string);

    // Logs the whole event (the presigned URL with it) and answers twice.
    fs.writeFileSync(path.join(assetDir, 'index.js'), `
      exports.handler = async (event) => {
        console.log('event', JSON.stringify(event));
        const body = JSON.stringify({ Status: 'SUCCESS', PhysicalResourceId: 'x', StackId: event.StackId,
          RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data: { SegmentId: 'x' } });
        for (let i = 0; i < 2; i++) {
          await fetch(event.ResponseURL, { method: 'PUT', body, headers: { 'content-type': '' } });
        }
      };`);
    const noisy = await run({ assemblyDir: outdir, update: false, handlerLogs: 'all' });
    expect(noisy.exitCode).toBe(1);
    expect(noisy.events[0]).toMatchObject({ status: 'DUPLICATE RESPONSES', leaked: true, responses: 2 });
    expect(noisy.events[0].line).toContain('LEAKED RESPONSE URL');
    // The leak is reported, but the deploy log itself shows the logs redacted.
    const signature = new URL(sentEvent(noisy.events[0]).ResponseURL).searchParams.get('X-Amz-Signature')!;
    expect(noisy.events[0].logs.join('\n')).toContain(signature);
    expect(noisy.printed).not.toContain(signature);
    expect(noisy.printed).toContain('<redacted>');

    // Returns without ever responding: CloudFormation would wait until ServiceTimeout.
    fs.writeFileSync(path.join(assetDir, 'index.js'), 'exports.handler = async () => {};');
    const silent = await run({ assemblyDir: outdir, update: false, delete: false, timeoutSeconds: 1, graceMs: 200 });
    expect(silent.exitCode).toBe(1);
    expect(silent.events[0]).toMatchObject({ requestType: 'Create', status: 'NO RESPONSE', responses: 0 });
    expect(silent.events[0].reason).toContain('returned without responding');
    // The rollback Delete goes to a physical id CloudFormation made up, and gets no answer either.
    expect(silent.events[1]).toMatchObject({ phase: 'rollback', requestType: 'Delete', status: 'NO RESPONSE' });
    expect(silent.events[1].event!.PhysicalResourceId).toMatch(new RegExp(`^${STACK}-`));

    // Answers without a PhysicalResourceId: CloudFormation rejects the response.
    fs.writeFileSync(path.join(assetDir, 'index.js'), `
      exports.handler = async (event) => {
        const body = JSON.stringify({ Status: 'SUCCESS', StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId });
        await fetch(event.ResponseURL, { method: 'PUT', body });
      };`);
    const invalid = await run({ assemblyDir: outdir, update: false });
    expect(invalid.events[0]).toMatchObject({ status: 'INVALID RESPONSE', reason: expect.stringContaining('PhysicalResourceId is missing') });
    expect(invalid.exitCode).toBe(1);
  });

  test('an intrinsic the rehearsal cannot resolve fails that resource, naming the path, not the whole run', async () => {
    const outdir = synth((stack, project) => {
      new PinpointSegment(stack, 'Imported', {
        applicationId: Fn.importValue('shared-pinpoint-app'),
        name: 'Imported',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
      });
      new PinpointSegment(stack, 'Local', {
        applicationId: project.ref,
        name: 'Local',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('silver') } },
      });
    });
    const imported = logicalIdOf(outdir, 'Imported');
    const local = logicalIdOf(outdir, 'Local');

    const result = await run({ assemblyDir: outdir, update: false });
    expect(result.exitCode).toBe(1);
    expect(summary(result.events)).toEqual([
      `create Create ERROR ${imported}`,
      `create Create SUCCESS ${local}`,
      `delete Delete SUCCESS ${local}`,
    ]);
    expect(result.events[0].reason).toContain('Properties.ApplicationId.Fn::ImportValue');
    expect(result.events[0].reason).toContain('--import shared-pinpoint-app=');

    const withImport = await run({ assemblyDir: outdir, update: false, imports: { 'shared-pinpoint-app': 'feedfacefeedfacefeedfacefeedface' } });
    expect(withImport.exitCode).toBe(0);
    expect(withImport.events[0]).toMatchObject({ logicalId: imported, status: 'SUCCESS', applicationId: 'feedfacefeedfacefeedfacefeedface' });
  });

  test('--update-to plays a real Update to another assembly; unchanged segments get no event', async () => {
    const version = (orders: number) => (stack: Stack, project: CfnApp) => {
      new PinpointSegment(stack, 'Changing', {
        applicationId: project.ref,
        name: 'Changing',
        dimensions: { metrics: { orders: MetricDimension.greaterThan(orders) } },
      });
      new PinpointSegment(stack, 'Steady', {
        applicationId: project.ref,
        name: 'Steady',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
      });
    };
    const before = synth(version(1));
    const after = synth(version(7));
    const changing = logicalIdOf(before, 'Changing');
    const steady = logicalIdOf(before, 'Steady');

    const result = await run({ assemblyDir: before, updateTo: after, update: false });

    expect(result.exitCode).toBe(0);
    expect(summary(result.events)).toEqual([
      `create Create SUCCESS ${changing}`,
      `create Create SUCCESS ${steady}`,
      `update-to Update SUCCESS ${changing}`,
      `delete Delete SUCCESS ${steady}`,
      `delete Delete SUCCESS ${changing}`,
    ]);
    const update = result.events[2];
    expect(sentEvent(update).OldResourceProperties?.Dimensions?.Metrics?.orders.Value).toBe('1');
    expect(sentEvent(update).ResourceProperties.Dimensions?.Metrics?.orders.Value).toBe('7');
    expect(update).toMatchObject({ previousVersion: 1, version: 2 });
    expect(update.line).toContain('v2 (was v1)');
    expect(result.printed).toMatch(new RegExp(`UPDATE SKIPPED\\s+${STACK}/${steady}\\s+\\(no change`));
    // The update line says what changed; the summary counts the UPDATE SKIPPED line it printed.
    expect(update.changedPaths).toEqual(['Dimensions.Metrics.orders.Value']);
    expect(update.line).toContain('changed: Dimensions.Metrics.orders.Value');
    const skippedLines = result.printed.split('\n').filter((l) => /^\s+\S* ?SKIPPED\s/.test(l)).length;
    expect(skippedLines).toBe(1);
    expect(result.printed).toContain(`5 events played, 0 failed, ${skippedLines} skipped`);
  });
});

describe('parseArgs', () => {
  test('flags map to options', () => {
    expect(parseArgs([])).toEqual({ assemblyDir: 'cdk.out' });
    expect(parseArgs([
      'out', '--no-update', '--no-delete', '--no-seed', '--update-to=next', '--timeout', '5',
      '--parameter', 'Lat=10', '--import', 'x=y', '--stack', 'A*', '--throttle', '10/2', '--logs', '--no-color',
    ])).toEqual({
      assemblyDir: 'out',
      update: false,
      delete: false,
      seed: false,
      updateTo: 'next',
      timeoutSeconds: 5,
      parameters: { Lat: '10' },
      imports: { x: 'y' },
      stacks: ['A*'],
      faults: { '*': { throttle: { rate: 10, burst: 2 } } },
      handlerLogs: 'all',
      color: false,
    });
    expect(parseArgs(['--help'])).toBe('help');
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option --bogus/);
    expect(() => parseArgs(['--parameter', 'novalue'])).toThrow(/Name=Value/);
  });
});

describe('rehearse --update-to, when the update fails', () => {
  test('CloudFormation rolls back with Updates that swap old and new properties, then the stack is deleted', async () => {
    const version = (latitude: number, orders: number) => (stack: Stack, project: CfnApp) => {
      const lat = Token.asNumber(new CfnParameter(stack, 'Lat', { type: 'Number', default: latitude }).valueAsNumber);
      new PinpointSegment(stack, 'Orders', {
        applicationId: project.ref,
        name: 'Orders',
        dimensions: { metrics: { orders: MetricDimension.greaterThan(orders) } },
      });
      new PinpointSegment(stack, 'Near', {
        applicationId: project.ref,
        name: 'Near',
        dimensions: { location: { gpsPoint: GpsPoint.within(lat, 10, 5) } },
      });
    };
    const before = synth(version(45, 1));
    const after = synth(version(95, 2));
    const orders = logicalIdOf(before, 'Orders');
    const near = logicalIdOf(before, 'Near');

    const result = await run({ assemblyDir: before, updateTo: after, update: false });

    expect(result.exitCode).toBe(1);
    expect(summary(result.events)).toEqual([
      `create Create SUCCESS ${orders}`,
      `create Create SUCCESS ${near}`,
      `update-to Update SUCCESS ${orders}`,
      `update-to Update FAILED ${near}`,
      `rollback Update SUCCESS ${orders}`,
      `rollback Update SUCCESS ${near}`,
      `delete Delete SUCCESS ${near}`,
      `delete Delete SUCCESS ${orders}`,
    ]);
    const [, , forward, failed, back, backFailed] = result.events;
    expect(failed.reason).toContain('95 is outside -90..90');
    // A rollback is an Update with the old and new properties swapped.
    expect(back.event!.ResourceProperties).toEqual(forward.event!.OldResourceProperties);
    expect(back.event!.OldResourceProperties).toEqual(forward.event!.ResourceProperties);
    expect(back.event!.PhysicalResourceId).toBe(forward.physicalResourceId);
    expect(back).toMatchObject({ previousVersion: 2, version: 3 });
    expect(sentEvent(backFailed).ResourceProperties.Dimensions?.Location?.GPSPoint?.Coordinates?.Latitude).toBe('45');
    expect(sentEvent(backFailed).OldResourceProperties?.Dimensions?.Location?.GPSPoint?.Coordinates?.Latitude).toBe('95');
    expect(backFailed).toMatchObject({ previousVersion: 1, version: 1 }); // the failed update changed nothing
  });
});

describe('rehearse, several stacks', () => {
  test('stacks in a stage (a nested assembly) each get their own function and application', async () => {
    const outdir = path.join(tmp, 'staged');
    const app = new App({ outdir });
    const stage = new Stage(app, 'Prod');
    for (const name of ['A', 'B']) {
      const stack = new Stack(stage, name);
      const project = new CfnApp(stack, 'Project', { name });
      Validations.of(project).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'Pinpoint is what is under test' });
      new PinpointSegment(stack, 'Seg', {
        applicationId: project.ref,
        name: `segment of ${name}`,
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive(name) } },
      });
    }
    app.synth();

    const result = await run({ assemblyDir: outdir, update: false, stacks: ['Prod-B'] });
    expect(result.exitCode).toBe(0);
    expect(result.events.map((e) => `${e.requestType} ${e.status} ${e.stack}`)).toEqual(['Create SUCCESS Prod-B', 'Delete SUCCESS Prod-B']);

    const all = await run({ assemblyDir: outdir, update: false, delete: false });
    expect(all.exitCode).toBe(0);
    expect(all.events.map((e) => `${e.requestType} ${e.status} ${e.stack}`)).toEqual(['Create SUCCESS Prod-A', 'Create SUCCESS Prod-B']);
    expect(all.events[0].event!.ServiceToken).not.toBe(all.events[1].event!.ServiceToken);
    expect(all.segments.map((s) => [s.applicationId, s.name])).toEqual([
      [fakeApplicationId('Prod-A', 'Project'), 'segment of A'],
      [fakeApplicationId('Prod-B', 'Project'), 'segment of B'],
    ]);
  });
});

describe('the bundled CLI', () => {
  const cli = path.join(ROOT, 'assets', 'cli', 'rehearse.js');

  test('prints the deploy log and exits 0 when every event succeeds', () => {
    const outdir = synthExample();
    const result = spawnSync(process.execPath, [cli, outdir], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/CREATE SUCCESS\s+Rehearsed\/GoldNearSeattle/);
    expect(result.stdout).toMatch(/DELETE SUCCESS\s+Rehearsed\/LapsedGold/);
    expect(result.stdout).toContain('Rehearsal passed.');
    expect(result.stdout).not.toMatch(/\u001b\[/); // not a TTY: no colors
    expect(result.stdout).not.toContain('X-Amz-Signature');
  });

  test('exits non-zero when an event fails, and 2 for a usage error', () => {
    const outdir = synth((stack, project) => {
      const latitude = Token.asNumber(new CfnParameter(stack, 'Lat', { type: 'Number', default: 95 }).valueAsNumber);
      new PinpointSegment(stack, 'FarNorth', {
        applicationId: project.ref,
        name: 'Beyond the pole',
        dimensions: { location: { gpsPoint: GpsPoint.within(latitude, 10, 5) } },
      });
    });
    const failed = spawnSync(process.execPath, [cli, outdir, '--no-logs'], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/CREATE FAILED\s+Rehearsed\/FarNorth\w+\s+— BadRequestException: .*95 is outside -90\.\.90/);

    // With a parameter override the same assembly deploys.
    const fixed = spawnSync(process.execPath, [cli, outdir, '--parameter', 'Lat=47.6'], { encoding: 'utf8' });
    expect(fixed.status).toBe(0);

    const usage = spawnSync(process.execPath, [cli, '--no-such-flag'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('unknown option --no-such-flag');
  });
});

describe('rehearse --seed', () => {
  test('the README\'s segment group, whose source segment exists outside the app, rehearses once seeded; other types are not rehearsed', async () => {
    const EXISTING = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const outdir = synth((stack, project) => {
      const gold = new PinpointSegment(stack, 'Gold', {
        applicationId: project.ref,
        name: 'Gold',
        dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
      });
      new PinpointSegment(stack, 'GoldOrVipOnIos', {
        applicationId: project.ref,
        name: 'Gold or VIP customers on iOS',
        segmentGroups: {
          include: Include.ALL,
          groups: [{ sourceSegments: [{ id: gold.segmentId }, { id: EXISTING, version: 3 }], type: GroupType.ALL }],
        },
      });
      new CfnResource(stack, 'Profiles', { type: 'AWS::CustomerProfiles::SegmentDefinition', properties: { DomainName: 'd', SegmentDefinitionName: 's', DisplayName: 's' } });
    });
    const group = logicalIdOf(outdir, 'GoldOrVipOnIos');

    const unseeded = await run({ assemblyDir: outdir, update: false, delete: false });
    expect(unseeded.exitCode).toBe(1);
    expect(unseeded.events.find((e) => e.logicalId === group)).toMatchObject({ status: 'FAILED', reason: expect.stringContaining(EXISTING) });

    const seeded = await run({ assemblyDir: outdir, update: false, seeds: { [EXISTING]: {} } });
    expect(seeded.exitCode).toBe(0);
    expect(seeded.events.map((e) => `${e.requestType} ${e.status}`)).toEqual(['Create SUCCESS', 'Create SUCCESS', 'Delete SUCCESS', 'Delete SUCCESS']);
    // Seeded at the version the group pins, and left in place: it is not the stack's.
    expect(seeded.printed).toMatch(new RegExp(`SEED\\s+${STACK}/${group}\\s+existing segment ${EXISTING} v3`));
    expect(seeded.segments).toEqual([expect.objectContaining({ segmentId: EXISTING, version: 3 })]);
    expect(seeded.notRehearsed).toEqual([{ stack: STACK, logicalId: 'Profiles', type: 'AWS::CustomerProfiles::SegmentDefinition' }]);
    expect(seeded.printed).toMatch(new RegExp(`NOT REHEARSED\\s+${STACK}/Profiles`));
    expect(seeded.printed).toContain('4 events played, 0 failed, 0 skipped, 1 not rehearsed');

    expect(parseArgs(['--seed', EXISTING, '--seed', `other=${path.join(tmp, 'nope.json')}`].slice(0, 2))).toMatchObject({ seeds: { [EXISTING]: {} } });
    const file = path.join(tmp, 'seed.json');
    fs.writeFileSync(file, JSON.stringify({ Name: 'VIP', Version: 2 }));
    expect(parseArgs([`--seed=${EXISTING}=${file}`])).toMatchObject({ seeds: { [EXISTING]: { Name: 'VIP', Version: 2 } } });
    expect(() => parseArgs(['--seed', `x=${path.join(tmp, 'missing.json')}`])).toThrow(/cannot read/);
  });
});
