/**
 * The fault matrix: every event answered once, nothing lost, through the real bundled handler
 * (exactly what Lambda runs, default retry policy and all) and the loopback Pinpoint emulator.
 * See test/faults/fault-kit.ts for the three assertions every case is held to, and
 * README.md, "Failure behaviour" for what a user sees for each fault class.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeDimension, GpsPoint, PinpointSegmentProps } from '../../lib';
import type { InjectedError } from '../../local/emulator';
import { Harness, operations, propsFromConstruct, SegmentResourceProps, startHarness, withoutOwnership } from '../support/cfn-harness';
import { ResponseProxy, startResponseProxy } from '../support/response-proxy';
import { APP, CaseContext, CaseRecord, CONSOLE_DIMENSIONS, definitionOf, keyOf, OTHER_APP, summarize } from './fault-kit';

/** A short simulated Lambda deadline: the handler keeps min(5 s, a quarter) = 2 s back, so it gives up at 6 s. */
const SHORT_DEADLINE_MS = 8000;
/**
 * For 403 cases: a 403 is retried for a short window (IAM propagation), at most half the budget
 * left; a 4 s deadline (3 s budget) keeps that window at 1.5 s.
 */
const FORBIDDEN_DEADLINE_MS = 4000;

/**
 * `operation` answers `error`: once, or (a 403, which is retried briefly) on every call until
 * `h.emu.faults.clear(operation)`.
 */
function refuse(operation: Parameters<Harness['emu']['faults']['failNext']>[0], error: InjectedError): void {
  if (error.status === 403) h.emu.faults.set(operation, { error });
  else h.emu.faults.failNext(operation, 1, error);
}

/** Event options for a case whose fault is `error`. */
function deadlineFor(error: InjectedError): { deadlineMs?: number } {
  return error.status === 403 ? { deadlineMs: FORBIDDEN_DEADLINE_MS } : {};
}
const ADOPTED_ID = 'ad0ba7ed00000000000000000000cafe';

// ---------------------------------------------------------------------------------------------
// Definitions, rendered by the real construct (then stringified by the harness, as CloudFormation does)

const goldProps: PinpointSegmentProps = {
  applicationId: APP,
  name: 'Gold near Seattle',
  dimensions: {
    userAttributes: { plan: AttributeDimension.inclusive('gold') },
    location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) },
  },
  tags: { team: 'growth' },
};
const GOLD = propsFromConstruct(goldProps);
const PLATINUM = propsFromConstruct({
  ...goldProps,
  name: 'Platinum near Seattle',
  dimensions: { userAttributes: { plan: AttributeDimension.inclusive('platinum') } },
  tags: { team: 'growth', tier: 'top' },
});
const GOLD_RETAIN = propsFromConstruct({ ...goldProps, removalPolicy: RemovalPolicy.RETAIN });
const GOLD_OTHER_APP = propsFromConstruct({ ...goldProps, applicationId: OTHER_APP });
const adoptedProps = (restoreOnDelete: boolean): SegmentResourceProps =>
  propsFromConstruct({ ...goldProps, segmentId: ADOPTED_ID, name: 'Lapsed gold', restoreOnDelete });

/** Pinpoint-style errors, with messages as the service words them. */
const PINPOINT_ERRORS: Record<400 | 403 | 404, InjectedError & { type: string; message: string }> = {
  400: { status: 400, type: 'BadRequestException', message: 'Segment dimensions are invalid: Values must not be empty' },
  403: {
    status: 403,
    type: 'ForbiddenException',
    message: 'User: arn:aws:sts::123456789012:assumed-role/Handler/fn is not authorized to perform this action',
  },
  404: { status: 404, type: 'NotFoundException', message: 'Resource not found' },
};
const reasonOf = (error: { type: string; message: string }) => `${error.type}: ${error.message}`;

// ---------------------------------------------------------------------------------------------
// The runner

let h: Harness;
let proxy: ResponseProxy;
const records: CaseRecord[] = [];

beforeAll(async () => {
  h = await startHarness();
  proxy = await startResponseProxy();
});

afterAll(async () => {
  await proxy?.stop();
  await h?.stop();
  // The suite's summary: cases, faults survived, anything lost.
  process.stdout.write(`\n${summarize(records)}\n\n`);
});

interface FaultCase {
  readonly name: string;
  readonly faultClass: string;
  readonly run: (c: CaseContext) => Promise<void>;
  /** Leaks this case documents as current behaviour (README.md, "Failure behaviour"). */
  readonly expectedLeaks?: number;
}

/** Fault classes whose fault is the event or the state, not (only) an emulator fault. */
const EVENT_FAULT_CLASSES = new Set(['malformed event', 'foreign physical id', 'update rollback', 'adopted delete', 'removed by hand', 'retain on delete']);

async function runCase(fc: FaultCase): Promise<void> {
  h.emu.reset();
  proxy.clear();
  const record: CaseRecord = {
    name: fc.name,
    faultClass: fc.faultClass,
    faultsFired: {},
    eventFault: EVENT_FAULT_CLASSES.has(fc.faultClass),
    answered: false,
    passed: false,
    lost: [],
    leaked: [],
    expectedLeaks: 0,
    ms: 0,
  };
  records.push(record);
  const started = Date.now();
  const c = new CaseContext(h, proxy, record);
  // Someone else's segments, in both applications: no case may touch them.
  c.seedBystander(APP);
  c.seedBystander(OTHER_APP, 'Another team');
  try {
    await fc.run(c);
  } finally {
    h.emu.faults.clear();
    proxy.clear();
    record.faultsFired = c.faultsFired();
    record.ms = Date.now() - started;
    c.assessState(fc.expectedLeaks ?? 0);
  }
  if (c.answers === 0) throw new Error('the case never checked an answer');
  c.expectNothingLost();
  record.passed = true;
}

/** A created segment (Create through the handler, fault-free), ready for the faulty event. */
async function created(c: CaseContext, props: SegmentResourceProps = GOLD) {
  const response = await c.setup(() => h.create(props));
  const segmentId = response.Data!.SegmentId as string;
  return { physicalId: response.PhysicalResourceId, segmentId, applicationId: String(props.ApplicationId) };
}

/** An adopted segment (seeded in the console at version 1, then adopted through the handler). */
async function adopted(c: CaseContext, restoreOnDelete: boolean) {
  c.seedAdopted(ADOPTED_ID);
  const props = adoptedProps(restoreOnDelete);
  const response = await c.setup(() => h.create(props));
  return { physicalId: response.PhysicalResourceId, props };
}

const segment = (applicationId: string, id: string) => h.emu.state.getSegment(applicationId, id);
const created32 = /^create-failed:[0-9a-f-]{36}$/;

// ---------------------------------------------------------------------------------------------
// Transient faults: retried within the deadline

const TRANSIENT: FaultCase[] = [
  {
    name: 'Create: a throttling burst of 5 (longer than one retry)',
    faultClass: 'throttling',
    async run(c) {
      h.emu.faults.failNext('CreateSegment', 5, { status: 429 });
      const r = await c.send(() => h.create(GOLD));
      const response = c.answer(r, { status: 'SUCCESS', physicalId: new RegExp(`^${APP}:[0-9a-f]{32}$`) });
      expect(r.calls.filter((call) => call.fault === 'throttled' || call.status === 429)).toHaveLength(5);
      expect(operations(r.calls)).toEqual(Array(6).fill('CreateSegment'));
      expect(definitionOf(segment(APP, response.Data!.SegmentId as string))?.Name).toBe('Gold near Seattle');
    },
  },
  {
    name: 'Update: a token-bucket throttle (rate 2/s, burst 1) on every operation',
    faultClass: 'throttling',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.set('*', { throttle: { rate: 2, burst: 1 } });
      const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Platinum near Seattle', Version: 2 });
      expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, seg.segmentId)))).toEqual({ team: 'growth', tier: 'top' });
    },
  },
  {
    name: 'Update: UpdateSegment answers 500 three times',
    faultClass: '5xx',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.failNext('UpdateSegment', 3, { status: 500 });
      const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      // The failed attempts wrote nothing: exactly one new version.
      expect(h.emu.state.versions(APP, seg.segmentId)).toHaveLength(2);
    },
  },
  {
    name: 'Delete: DeleteSegment answers 503 three times',
    faultClass: '5xx',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.failNext('DeleteSegment', 3, { status: 503 });
      const r = await c.send(() => h.remove(seg.physicalId, GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(segment(APP, seg.segmentId)).toBeUndefined();
    },
  },
  {
    name: 'Create (adopt): GetSegment answers 503 twice',
    faultClass: '5xx',
    async run(c) {
      c.seedAdopted(ADOPTED_ID);
      h.emu.faults.failNext('GetSegment', 2, { status: 503 });
      const r = await c.send(() => h.create(adoptedProps(true)));
      c.answer(r, { status: 'SUCCESS', physicalId: `${APP}:${ADOPTED_ID}:adopted:1` });
      expect(segment(APP, ADOPTED_ID)).toMatchObject({ Name: 'Lapsed gold', Version: 2 });
    },
  },
  {
    name: 'Create: the connection is reset twice before CreateSegment is applied',
    faultClass: 'reset connection',
    async run(c) {
      h.emu.faults.resetNext('CreateSegment', 2, 'before');
      const r = await c.send(() => h.create(GOLD));
      c.answer(r, { status: 'SUCCESS' });
      // No twin: the reset requests were never applied.
      expect(h.emu.state.listSegments(APP)).toHaveLength(2);
    },
  },
  {
    name: 'Update: the connection is reset after UpdateSegment is applied',
    faultClass: 'reset connection',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.resetNext('UpdateSegment', 1, 'after');
      const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      // The retry re-applies the same definition (an extra version, harmless).
      expect(definitionOf(segment(APP, seg.segmentId))?.Name).toBe('Platinum near Seattle');
    },
  },
  {
    name: 'Delete: the connection is reset after DeleteSegment is applied',
    faultClass: 'reset connection',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.resetNext('DeleteSegment', 1, 'after');
      const r = await c.send(() => h.remove(seg.physicalId, GOLD));
      // The retry meets NotFound, which counts as deleted.
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(r.calls.map((call) => call.status ?? call.fault)).toEqual(['reset-after', 404]);
      expect(segment(APP, seg.segmentId)).toBeUndefined();
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The deadline: a short simulated Lambda deadline (8 s), the handler gives up at 6 s

const DEADLINE: FaultCase[] = [
  {
    name: 'Create: CreateSegment hangs past the deadline; then the Delete after the failed Create',
    faultClass: 'hang past the deadline',
    async run(c) {
      h.emu.faults.set('CreateSegment', { hang: true });
      const r = await c.send(() => h.create(GOLD, { deadlineMs: SHORT_DEADLINE_MS }));
      const response = c.answer(r, { status: 'FAILED', reason: 'timed out after 6s waiting for Pinpoint', physicalId: created32 });
      // Timers never fire early (the lower bound is safe); the upper bound is the deadline itself, 2 s
      // after the answer is due, not a margin that a loaded machine can eat.
      expect(r.elapsedMs).toBeGreaterThanOrEqual(5900);
      expect(r.elapsedMs).toBeLessThan(SHORT_DEADLINE_MS);
      h.emu.faults.clear();
      // CloudFormation's rollback: the Delete of the failed Create looks for what it made; it made nothing.
      const del = await c.send(() => h.remove(response.PhysicalResourceId, GOLD));
      c.answer(del, { status: 'SUCCESS', physicalId: response.PhysicalResourceId });
      expect(operations(del.calls)).toEqual(['GetSegments']);
    },
  },
  {
    name: 'Update: GetSegment hangs past the deadline',
    faultClass: 'hang past the deadline',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.set('GetSegment', { hang: true });
      const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD, { deadlineMs: SHORT_DEADLINE_MS }));
      c.answer(r, { status: 'FAILED', reason: 'timed out after 6s waiting for Pinpoint', physicalId: seg.physicalId });
      expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Gold near Seattle', Version: 1 });
    },
  },
  {
    name: 'Update: UpdateSegment answers 500 until the deadline',
    faultClass: '5xx',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.set('UpdateSegment', { error: { status: 500, message: 'Internal server error' } });
      const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD, { deadlineMs: SHORT_DEADLINE_MS }));
      // The reason says what it waited for, with Pinpoint's last message.
      c.answer(r, {
        status: 'FAILED',
        reason: 'timed out after 6s waiting for Pinpoint: InternalServerErrorException: Internal server error',
        physicalId: seg.physicalId,
      });
      expect(r.calls.filter((call) => call.operation === 'UpdateSegment').length).toBeGreaterThan(3);
      expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Gold near Seattle', Version: 1 });
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 400, 403 and 404 on the calls each event makes

const CLIENT_ERRORS: FaultCase[] = ([400, 403, 404] as const).flatMap((status): FaultCase[] => {
  const error = PINPOINT_ERRORS[status];
  return [
    {
      name: `Create: CreateSegment answers ${status}; then the Delete after the failed Create`,
      faultClass: `${status} on Create`,
      async run(c) {
        refuse('CreateSegment', error);
        const r = await c.send(() => h.create(GOLD, deadlineFor(error)));
        const response = c.answer(r, { status: 'FAILED', reason: reasonOf(error), physicalId: created32 });
        // A 400 or 404 is an answer, not retried; a 403 is retried briefly (IAM propagation).
        expect(new Set(operations(r.calls))).toEqual(new Set(['CreateSegment']));
        expect(r.calls.length > 1).toBe(status === 403);
        h.emu.faults.clear('CreateSegment');
        const del = await c.send(() => h.remove(response.PhysicalResourceId, GOLD));
        c.answer(del, { status: 'SUCCESS', physicalId: response.PhysicalResourceId });
        expect(operations(del.calls)).toEqual(['GetSegments']);
      },
    },
    {
      name: `Update: ${status === 403 ? 'GetSegment' : 'UpdateSegment'} answers ${status}`,
      faultClass: `${status} on Update`,
      async run(c) {
        const seg = await created(c);
        // A 404 from GetSegment means "removed by hand" (its own case below); here it is UpdateSegment's.
        refuse(status === 403 ? 'GetSegment' : 'UpdateSegment', error);
        const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD, deadlineFor(error)));
        c.answer(r, { status: 'FAILED', reason: reasonOf(error), physicalId: seg.physicalId });
        expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Gold near Seattle', Version: 1 });
        expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, seg.segmentId)))).toEqual({ team: 'growth' });
      },
    },
    status === 404
      ? {
          name: 'Delete: DeleteSegment answers 404 (counts as deleted)',
          faultClass: '404 on Delete',
          async run(c) {
            const seg = await created(c);
            h.emu.faults.failNext('DeleteSegment', 1, error);
            const r = await c.send(() => h.remove(seg.physicalId, GOLD));
            c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
            expect(operations(r.calls)).toEqual(['DeleteSegment']);
          },
        }
      : {
          name: `Delete: DeleteSegment answers ${status}`,
          faultClass: `${status} on Delete`,
          async run(c) {
            const seg = await created(c);
            refuse('DeleteSegment', error);
            const r = await c.send(() => h.remove(seg.physicalId, GOLD, deadlineFor(error)));
            c.answer(r, { status: 'FAILED', reason: reasonOf(error), physicalId: seg.physicalId });
            expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Gold near Seattle' });
          },
        },
  ];
});

const ADOPTION_ERRORS: FaultCase[] = [
  {
    name: 'Create (adopt): UpdateSegment answers 400; the adopted segment is left as found',
    faultClass: '400 on Create',
    async run(c) {
      c.seedAdopted(ADOPTED_ID);
      h.emu.faults.failNext('UpdateSegment', 1, PINPOINT_ERRORS[400]);
      const r = await c.send(() => h.create(adoptedProps(false)));
      c.answer(r, { status: 'FAILED', reason: reasonOf(PINPOINT_ERRORS[400]), physicalId: created32 });
      expect(segment(APP, ADOPTED_ID)).toMatchObject({ Name: 'Lapsed (console)', Version: 1 });
    },
  },
  {
    name: 'Create (adopt): TagResource answers 403 after the update; the pre-adoption definition is put back',
    faultClass: '403 on Create',
    async run(c) {
      const seeded = c.seedAdopted(ADOPTED_ID);
      refuse('TagResource', PINPOINT_ERRORS[403]);
      const r = await c.send(() => h.create(adoptedProps(false), deadlineFor(PINPOINT_ERRORS[403])));
      c.answer(r, { status: 'FAILED', reason: reasonOf(PINPOINT_ERRORS[403]), physicalId: created32 });
      const ops = operations(r.calls).filter((op, i, all) => op !== 'TagResource' || all[i - 1] !== 'TagResource');
      expect(ops).toEqual(['GetSegment', 'UpdateSegment', 'ListTagsForResource', 'TagResource', 'GetSegmentVersion', 'GetSegment', 'UpdateSegment']);
      expect(definitionOf(segment(APP, ADOPTED_ID))).toEqual(definitionOf(seeded));
    },
  },
  {
    name: 'Delete (adopted, restoreOnDelete): the restoring UpdateSegment answers 403',
    faultClass: '403 on Delete',
    async run(c) {
      const seg = await adopted(c, true);
      refuse('UpdateSegment', PINPOINT_ERRORS[403]);
      const r = await c.send(() => h.remove(seg.physicalId, seg.props, deadlineFor(PINPOINT_ERRORS[403])));
      c.answer(r, { status: 'FAILED', reason: reasonOf(PINPOINT_ERRORS[403]), physicalId: seg.physicalId });
      expect(segment(APP, ADOPTED_ID)).toMatchObject({ Name: 'Lapsed gold' });
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The response URL

const RESPONSE_URL: FaultCase[] = [
  {
    name: 'the response PUT fails twice (500, then a reset), then succeeds',
    faultClass: 'response PUT fails',
    async run(c) {
      proxy.failNext(1, 'http-500');
      proxy.failNext(1, 'reset');
      const r = await c.send(() => h.create(GOLD, { mutate: proxy.route }));
      c.answer(r, { status: 'SUCCESS' });
      const attempts = proxy.attemptsFor(r.requestId);
      expect(attempts.map((a) => a.outcome)).toEqual([{ failed: 'http-500' }, { failed: 'reset' }, { forwarded: 200 }]);
      expect(r.logs.filter((line) => line.startsWith('WARN sending the response'))).toHaveLength(2);
    },
  },
  {
    name: 'the response PUT always fails: a clear error, a normal return, no crash loop',
    faultClass: 'response PUT fails',
    // The new segment: CloudFormation never learns its id (see README.md, "Failure behaviour").
    expectedLeaks: 1,
    async run(c) {
      proxy.failAlways('http-503');
      const r = await c.send(() => h.create(GOLD, { mutate: proxy.route }));
      // No response can arrive; the handler must still return normally (a throw would make Lambda
      // retry the whole event) and say why in the log.
      expect({ responses: r.parsedResponses.length, returned: r.returned, threw: r.error }).toEqual({ responses: 0, returned: true, threw: undefined });
      expect(r.elapsedMs).toBeLessThan(r.deadlineMs);
      const attempts = proxy.attemptsFor(r.requestId);
      expect(attempts).toHaveLength(5);
      expect(attempts.every((a) => 'failed' in a.outcome)).toBe(true);
      const errors = r.logs.filter((line) => line.startsWith('ERROR'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^ERROR could not deliver the response to http:\/\/\S+ after 5 attempts; CloudFormation will wait for its timeout/);
      expect(errors[0]).toContain('HTTP 503');
      // Then CloudFormation times the resource out (ServiceTimeout) and rolls back with a Delete
      // whose physical id the handler never issued: nothing is deleted.
      proxy.clear();
      const del = await c.send(() => h.remove(`GoldSegment-${r.requestId}`, GOLD));
      c.answer(del, { status: 'SUCCESS' });
      expect(del.calls).toEqual([]);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Malformed events

const MALFORMED: FaultCase[] = [
  {
    name: 'malformed: a Create without ResourceProperties',
    faultClass: 'malformed event',
    async run(c) {
      const event = h.event('Create', { props: GOLD }, { mutate: (e) => ({ ...e, ResourceProperties: undefined }) });
      const r = await c.send(() => h.send(event));
      c.answer(r, { status: 'FAILED', reason: 'ResourceProperties is missing', physicalId: created32 });
      expect(r.calls).toEqual([]);
    },
  },
  {
    name: 'malformed: a Create without Name',
    faultClass: 'malformed event',
    async run(c) {
      const noName = { ...GOLD };
      delete noName.Name;
      const r = await c.send(() => h.create(noName));
      c.answer(r, { status: 'FAILED', reason: 'Name is required', physicalId: created32 });
      expect(r.calls).toEqual([]);
    },
  },
  {
    name: 'malformed: an unknown RequestType',
    faultClass: 'malformed event',
    async run(c) {
      const event = h.event('Create', { props: GOLD }, { mutate: (e) => ({ ...e, RequestType: 'Upsert' }) });
      const r = await c.send(() => h.send(event));
      c.answer(r, { status: 'FAILED', reason: 'unknown RequestType "Upsert"; expected Create, Update or Delete' });
      expect(r.calls).toEqual([]);
    },
  },
  {
    name: 'malformed: Dimensions is the string "not json"',
    faultClass: 'malformed event',
    async run(c) {
      const r = await c.send(() => h.create({ ...GOLD, Dimensions: 'not json' }));
      c.answer(r, { status: 'FAILED', reason: 'Dimensions: expected an object, got "not json"', physicalId: created32 });
      expect(r.calls).toEqual([]);
    },
  },
  {
    name: 'malformed: an Update whose Latitude is "north"',
    faultClass: 'malformed event',
    async run(c) {
      const seg = await created(c);
      const dims = GOLD.Dimensions as { Location: { GPSPoint: { Coordinates: object } } };
      const north = {
        ...PLATINUM,
        Dimensions: { Location: { GPSPoint: { ...dims.Location.GPSPoint, Coordinates: { Latitude: 'north', Longitude: '-122.3' } } } },
      };
      const r = await c.send(() => h.update(seg.physicalId, north, GOLD));
      c.answer(r, {
        status: 'FAILED',
        reason: 'Dimensions.Location.GPSPoint.Coordinates.Latitude: "north" is not a number',
        physicalId: seg.physicalId,
      });
      expect(r.calls).toEqual([]);
      expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Gold near Seattle', Version: 1 });
    },
  },
  {
    name: 'malformed: a Delete without PhysicalResourceId',
    faultClass: 'malformed event',
    async run(c) {
      const seg = await created(c);
      const event = h.event('Delete', { props: GOLD, physicalId: seg.physicalId }, { mutate: (e) => ({ ...e, PhysicalResourceId: undefined }) });
      const r = await c.send(() => h.send(event));
      c.answer(r, { status: 'FAILED', reason: 'the Delete event has no PhysicalResourceId' });
      expect(r.calls).toEqual([]);
      expect(segment(APP, seg.segmentId)).toBeDefined();
    },
  },
  {
    name: 'malformed: a Delete whose properties have no ApplicationId deletes nothing',
    faultClass: 'malformed event',
    async run(c) {
      const seg = await created(c);
      const noApp = { ...GOLD };
      delete noApp.ApplicationId;
      const r = await c.send(() => h.remove(seg.physicalId, noApp));
      // Without readable properties ownership cannot be verified: deleting nothing loses nothing.
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(r.calls).toEqual([]);
      expect(r.logs.join('\n')).toMatch(/cannot verify that the stack owns this segment \(ApplicationId is required\); nothing deleted/);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Physical ids the handler did not issue

const NOT_OURS: FaultCase[] = [
  {
    name: 'Delete of a physical id in no known form',
    faultClass: 'foreign physical id',
    async run(c) {
      const r = await c.send(() => h.remove('arn:aws:something:else/Gold-1A2B3C', GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId: 'arn:aws:something:else/Gold-1A2B3C' });
      expect(r.calls).toEqual([]);
    },
  },
  {
    name: "Delete of a physical id naming another application's segment",
    faultClass: 'foreign physical id',
    async run(c) {
      const [other] = h.emu.state.listSegments(OTHER_APP);
      const physicalId = `${OTHER_APP}:${other.Id}`;
      const r = await c.send(() => h.remove(physicalId, GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId });
      expect(r.calls).toEqual([]);
    },
  },
  {
    name: 'Delete of an adopted-form physical id whose segment the properties do not adopt',
    faultClass: 'foreign physical id',
    async run(c) {
      const [bystander] = h.emu.state.listSegments(APP);
      const physicalId = `${APP}:${bystander.Id}:adopted:1`;
      const r = await c.send(() => h.remove(physicalId, adoptedProps(true)));
      c.answer(r, { status: 'SUCCESS', physicalId });
      expect(r.calls).toEqual([]);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Rollbacks

const ROLLBACK: FaultCase[] = [
  {
    name: 'rollback after a failed Update (UpdateSegment 400): converges back with no write',
    faultClass: 'update rollback',
    async run(c) {
      const seg = await created(c);
      h.emu.faults.failNext('UpdateSegment', 1, PINPOINT_ERRORS[400]);
      const failed = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD));
      c.answer(failed, { status: 'FAILED', reason: reasonOf(PINPOINT_ERRORS[400]), physicalId: seg.physicalId });
      // CloudFormation rolls back: old and new swapped, same physical id.
      const rollback = await c.send(() => h.update(seg.physicalId, GOLD, PLATINUM));
      c.answer(rollback, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(operations(rollback.calls)).toEqual(['GetSegment', 'ListTagsForResource']);
      expect(h.emu.state.versions(APP, seg.segmentId)).toHaveLength(1);
    },
  },
  {
    name: 'rollback after an Update that succeeded (another resource failed): definition and tags go back',
    faultClass: 'update rollback',
    async run(c) {
      const seg = await created(c);
      const forward = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD));
      c.answer(forward, { status: 'SUCCESS', physicalId: seg.physicalId });
      h.emu.faults.failNext('GetSegment', 2, { status: 503 });
      const rollback = await c.send(() => h.update(seg.physicalId, GOLD, PLATINUM));
      c.answer(rollback, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(definitionOf(segment(APP, seg.segmentId))).toEqual(definitionOf(h.emu.state.versions(APP, seg.segmentId)[0]));
      expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, seg.segmentId)))).toEqual({ team: 'growth' });
    },
  },
  {
    name: 'rollback of a replacement (new applicationId): back to the original, no twin; cleanup deletes the replacement',
    faultClass: 'update rollback',
    async run(c) {
      const seg = await created(c);
      const replace = await c.send(() => h.update(seg.physicalId, GOLD_OTHER_APP, GOLD));
      const replacement = c.answer(replace, { status: 'SUCCESS', physicalId: new RegExp(`^${OTHER_APP}:[0-9a-f]{32}\\|prev=${seg.physicalId}$`) });
      const rollback = await c.send(() => h.update(replacement.PhysicalResourceId, GOLD, GOLD_OTHER_APP));
      c.answer(rollback, { status: 'SUCCESS', physicalId: seg.physicalId });
      // UPDATE_ROLLBACK_COMPLETE_CLEANUP: CloudFormation deletes the replacement.
      const cleanup = await c.send(() => h.remove(replacement.PhysicalResourceId, GOLD_OTHER_APP));
      c.answer(cleanup, { status: 'SUCCESS', physicalId: replacement.PhysicalResourceId });
      expect(segment(OTHER_APP, replacement.Data!.SegmentId as string)).toBeUndefined();
      expect(segment(APP, seg.segmentId)).toMatchObject({ Name: 'Gold near Seattle', Version: 1 });
      expect(h.emu.state.listSegments(APP)).toHaveLength(2); // the original and the bystander: no twin
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Adopted segments whose stack is deleted

const ADOPTED_DELETE: FaultCase[] = [
  {
    name: 'adopted segment, stack deleted without restoreOnDelete: left as last deployed',
    faultClass: 'adopted delete',
    async run(c) {
      const seg = await adopted(c, false);
      h.emu.faults.set('*', { error: { status: 500, message: 'no call should be made' } });
      const r = await c.send(() => h.remove(seg.physicalId, seg.props));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(r.calls).toEqual([]);
      expect(segment(APP, ADOPTED_ID)).toMatchObject({ Name: 'Lapsed gold', Version: 2 });
    },
  },
  {
    name: 'adopted segment, stack deleted with restoreOnDelete (under throttling): pre-adoption definition back',
    faultClass: 'adopted delete',
    async run(c) {
      const seg = await adopted(c, true);
      const preAdoption = h.emu.state.versions(APP, ADOPTED_ID)[0];
      h.emu.faults.failNext('UpdateSegment', 3, { status: 429 });
      const r = await c.send(() => h.remove(seg.physicalId, seg.props));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(definitionOf(segment(APP, ADOPTED_ID))).toEqual(definitionOf(preAdoption));
      expect(segment(APP, ADOPTED_ID)?.Version).toBe(3);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Segments removed from Pinpoint by hand

const REMOVED_BY_HAND: FaultCase[] = [
  {
    name: 'created segment removed by hand before Update: a new one; CloudFormation then deletes the old id',
    faultClass: 'removed by hand',
    async run(c) {
      const seg = await created(c);
      await removeByHand(APP, seg.segmentId);
      const r = await c.send(() => h.update(seg.physicalId, PLATINUM, GOLD));
      const response = c.answer(r, { status: 'SUCCESS', physicalId: new RegExp(`^${APP}:[0-9a-f]{32}$`) });
      expect(response.PhysicalResourceId).not.toBe(seg.physicalId);
      expect(segment(APP, response.Data!.SegmentId as string)).toMatchObject({ Name: 'Platinum near Seattle' });
      // The physical id changed, so CloudFormation deletes the old one: already gone, done.
      const cleanup = await c.send(() => h.remove(seg.physicalId, GOLD));
      c.answer(cleanup, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(cleanup.calls.map((call) => call.status)).toEqual([404]);
    },
  },
  {
    name: 'adopted segment removed by hand before Update: UpdateSegment puts back the same id',
    faultClass: 'removed by hand',
    async run(c) {
      const seg = await adopted(c, true);
      await removeByHand(APP, ADOPTED_ID);
      const newProps = { ...seg.props, Name: 'Lapsed platinum' };
      const r = await c.send(() => h.update(seg.physicalId, newProps, seg.props));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(segment(APP, ADOPTED_ID)).toMatchObject({ Name: 'Lapsed platinum' });
    },
  },
  {
    name: 'created segment removed by hand before Delete',
    faultClass: 'removed by hand',
    async run(c) {
      const seg = await created(c);
      await removeByHand(APP, seg.segmentId);
      const r = await c.send(() => h.remove(seg.physicalId, GOLD));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
    },
  },
  {
    name: 'adopted segment (restoreOnDelete) removed by hand before Delete: nothing recreated',
    faultClass: 'removed by hand',
    async run(c) {
      const seg = await adopted(c, true);
      await removeByHand(APP, ADOPTED_ID);
      c.mustExist.delete(keyOf(APP, ADOPTED_ID)); // removed by hand, on purpose
      const r = await c.send(() => h.remove(seg.physicalId, seg.props));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(operations(r.calls)).toEqual(['GetSegmentVersion']);
      expect(segment(APP, ADOPTED_ID)).toBeUndefined();
    },
  },
  {
    name: 'RETAIN segment, stack deleted while every call would fail: no call at all',
    faultClass: 'retain on delete',
    async run(c) {
      const seg = await created(c, GOLD_RETAIN);
      h.emu.faults.set('*', { error: { status: 403 } });
      const r = await c.send(() => h.remove(seg.physicalId, GOLD_RETAIN));
      c.answer(r, { status: 'SUCCESS', physicalId: seg.physicalId });
      expect(r.calls).toEqual([]);
      expect(segment(APP, seg.segmentId)).toBeDefined();
    },
  },
];

/** Deletes a segment the way a user would in the console: through the API, outside the handler. */
async function removeByHand(applicationId: string, segmentId: string): Promise<void> {
  const response = await fetch(`${h.emu.url}/v1/apps/${applicationId}/segments/${segmentId}`, { method: 'DELETE' });
  if (response.status !== 200) throw new Error(`removing ${segmentId} by hand answered ${response.status}`);
}

// ---------------------------------------------------------------------------------------------
// Concurrency

const CONCURRENCY: FaultCase[] = [
  {
    name: '50 concurrent Updates under Pinpoint throttling (25/s, burst 25)',
    faultClass: 'concurrency and throttling',
    async run(c) {
      const seeded = Array.from({ length: 50 }, (_, i) =>
        h.emu.seedSegment(APP, { Name: `Segment ${i}`, Dimensions: CONSOLE_DIMENSIONS, tags: { n: String(i) } }),
      );
      const oldProps = (i: number): SegmentResourceProps => ({ ApplicationId: APP, Name: `Segment ${i}`, Dimensions: CONSOLE_DIMENSIONS, Tags: { n: String(i) } });
      const newProps = (i: number): SegmentResourceProps => ({ ...GOLD, Name: `Segment ${i} v2`, Tags: { n: String(i), wave: '2' } });
      seeded.forEach((s) => c.declare(APP, s.Id!));
      c.snapshot();
      h.emu.faults.set('*', { throttle: { rate: 25, burst: 25 } });
      const results = await Promise.all(
        seeded.map((s, i) => c.send(() => h.update(`${APP}:${s.Id}`, newProps(i), oldProps(i), { logicalId: `Segment${i}` }))),
      );
      results.forEach((r, i) => c.answer(r, { status: 'SUCCESS', physicalId: `${APP}:${seeded[i].Id}` }));
      expect(h.emu.calls.filter((call) => call.fault === 'throttled').length).toBeGreaterThan(0);
      seeded.forEach((s, i) => {
        // Exactly one write each: throttled attempts wrote nothing.
        expect(segment(APP, s.Id!)).toMatchObject({ Name: `Segment ${i} v2`, Version: 2 });
        expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, s.Id!)))).toEqual({ n: String(i), wave: '2' });
      });
    },
  },
];

// ---------------------------------------------------------------------------------------------

const ALL: FaultCase[] = [
  ...TRANSIENT,
  ...DEADLINE,
  ...CLIENT_ERRORS,
  ...ADOPTION_ERRORS,
  ...RESPONSE_URL,
  ...MALFORMED,
  ...NOT_OURS,
  ...ROLLBACK,
  ...ADOPTED_DELETE,
  ...REMOVED_BY_HAND,
  ...CONCURRENCY,
];

describe('fault matrix: every event answered once, nothing lost', () => {
  test('has at least 20 distinct cases', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ALL.map((fc) => fc.name)).size).toBe(ALL.length);
  });

  it.each(ALL.map((fc) => [fc.name, fc] as const))('%s', async (_name, fc) => {
    await runCase(fc);
  });
});
