/**
 * CloudFormation's protocol over the wire: string properties coerced back to JSON numbers, the
 * response's shape and size, Pinpoint's own message in FAILED reasons, the deadline, and the
 * presigned ResponseURL never logged.
 */
import type { WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { expectSuccess, Harness, InvocationResult, operations, SegmentResourceProps, startHarness } from '../support/cfn-harness';
import { Stringified } from '../support/json';

const APP = 'f1e2d3c4b5a697881726354453627180';

const nearSeattle = {
  Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 50 } },
  Metrics: { orders: { ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: 5 } },
  UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
  Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios', 'android'] } },
};
const rich: SegmentResourceProps = { ApplicationId: APP, Name: 'Gold near Seattle', Dimensions: nearSeattle, Tags: { team: 'growth' } };

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

describe('numbers', () => {
  it('arrive as strings and reach Pinpoint as JSON numbers, in Dimensions', async () => {
    const created = await h.create(rich);
    expectSuccess(created);
    // What CloudFormation delivered: strings.
    const delivered = created.event.ResourceProperties as Stringified<WriteSegmentRequest>;
    expect(delivered.Dimensions?.Location?.GPSPoint?.Coordinates?.Latitude).toBe('47.6');
    expect(delivered.Dimensions?.Metrics?.orders.Value).toBe('5');

    const body = created.calls[0].body as WriteSegmentRequest;
    expect(created.calls[0].operation).toBe('CreateSegment');
    expect(body.Dimensions?.Location?.GPSPoint?.Coordinates).toEqual({ Latitude: 47.6, Longitude: -122.3 });
    expect(typeof body.Dimensions?.Location?.GPSPoint?.Coordinates?.Latitude).toBe('number');
    expect(body.Dimensions?.Location?.GPSPoint?.RangeInKilometers).toBe(50);
    expect(body.Dimensions?.Metrics?.orders.Value).toBe(5);
    expect(typeof body.Dimensions?.Metrics?.orders.Value).toBe('number');
  });

  it('arrive as strings and reach Pinpoint as JSON numbers, in SegmentGroups (source Version included)', async () => {
    const source = h.emu.seedSegment(APP, { Name: 'Base', Dimensions: { UserAttributes: { plan: { Values: ['gold'] } } } });
    const props = {
      ApplicationId: APP,
      Name: 'Lapsed near Seattle',
      SegmentGroups: {
        Include: 'ALL',
        Groups: [{
          SourceSegments: [{ Id: source.Id, Version: 1 }],
          SourceType: 'ANY',
          Type: 'ALL',
          Dimensions: [{ Location: nearSeattle.Location, Metrics: { orders: { ComparisonOperator: 'LESS_THAN', Value: 2.5 } } }],
        }],
      },
    };
    const created = await h.create(props);
    expectSuccess(created);
    const delivered = created.event.ResourceProperties as Stringified<WriteSegmentRequest>;
    expect(delivered.SegmentGroups?.Groups?.[0].SourceSegments?.[0].Version).toBe('1');
    const group = (created.calls[0].body as WriteSegmentRequest).SegmentGroups?.Groups?.[0];
    expect(group?.SourceSegments).toEqual([{ Id: source.Id, Version: 1 }]);
    expect(group?.Dimensions?.[0].Location?.GPSPoint?.Coordinates?.Latitude).toBe(47.6);
    expect(group?.Dimensions?.[0].Metrics?.orders.Value).toBe(2.5);

    // And the stored definition compares equal to the stringified one: no churn.
    const noop = await h.update(created.response.PhysicalResourceId, props, props);
    expect(operations(noop.calls)).toEqual(['GetSegment']);
  });

  it('a value that is not a number fails naming the path, before any call', async () => {
    const bad = { ...rich, Dimensions: { ...nearSeattle, Metrics: { orders: { ComparisonOperator: 'GREATER_THAN', Value: 'five' } } } };
    const created = await h.create(bad);
    expect(created.response.Status).toBe('FAILED');
    expect(created.response.Reason).toContain('Dimensions.Metrics.orders.Value');
    expect(created.calls).toEqual([]);
  });
});

describe('no churn', () => {
  it('a no-op Update of a rich definition adds no version and calls only GetSegment', async () => {
    const created = expectSuccess(await h.create(rich));
    const segmentId = created.Data!.SegmentId as string;
    for (let i = 0; i < 3; i++) {
      const noop = await h.update(created.PhysicalResourceId, rich, rich);
      expect(expectSuccess(noop).PhysicalResourceId).toBe(created.PhysicalResourceId);
      expect(operations(noop.calls).filter((op) => op !== 'ListTagsForResource')).toEqual(['GetSegment']);
    }
    expect(h.emu.state.versions(APP, segmentId)).toHaveLength(1);
  });
});

describe('the response', () => {
  function expectWellFormed(result: InvocationResult): void {
    expect(result.responses).toHaveLength(1);
    const { raw, bytes } = result.response;
    expect(bytes).toBeLessThanOrEqual(4096);
    expect(raw.headers['content-type']).toBe('');
    expect(Number(raw.headers['content-length'])).toBe(bytes);
    expect(result.response).toMatchObject({ StackId: h.stackId, RequestId: result.requestId, LogicalResourceId: 'GoldSegment' });
  }

  it('is at most 4096 bytes and carries Data with exactly SegmentId, Arn, Version and ApplicationId', async () => {
    const created = await h.create(rich);
    expectWellFormed(created);
    const data = expectSuccess(created).Data!;
    expect(Object.keys(data).sort()).toEqual(['ApplicationId', 'Arn', 'SegmentId', 'Version']);
    expect(data).toEqual({ SegmentId: data.SegmentId, Arn: h.emu.state.arnOf(APP, data.SegmentId as string), Version: 1, ApplicationId: APP });

    const updated = await h.update(created.response.PhysicalResourceId, { ...rich, Name: 'Renamed' }, rich);
    expectWellFormed(updated);
    expect(Object.keys(updated.response.Data!).sort()).toEqual(['ApplicationId', 'Arn', 'SegmentId', 'Version']);
    expect(updated.response.Data!.Version).toBe(2);

    const deleted = await h.remove(created.response.PhysicalResourceId, rich);
    expectWellFormed(deleted);
  });

  it('stays within 4096 bytes with a long application id and a huge Pinpoint message', async () => {
    const longApp = 'a'.repeat(900);
    const created = await h.create({ ...rich, ApplicationId: longApp });
    expectWellFormed(created);
    expect(created.response.PhysicalResourceId).toBe(`${longApp}:${String(created.response.Data!.SegmentId)}`);

    h.emu.faults.failNext('CreateSegment', 1, { status: 400, message: `the definition is wrong: ${'é'.repeat(6000)}` });
    const failed = await h.create({ ...rich, ApplicationId: longApp });
    expectWellFormed(failed);
    expect(failed.response.Status).toBe('FAILED');
    expect(failed.response.Reason).toMatch(/^BadRequestException: the definition is wrong: é+ \[truncated\]$/);
  });

  it('FAILED carries Pinpoint\'s own message for a definition the emulator rejects', async () => {
    const outOfRange = {
      ...rich,
      Dimensions: { Location: { GPSPoint: { Coordinates: { Latitude: 95, Longitude: -122.3 }, RangeInKilometers: 50 } } },
    };
    const created = await h.create(outOfRange);
    expectWellFormed(created);
    expect(created.response.Status).toBe('FAILED');
    expect(created.response.Reason).toContain('BadRequestException');
    expect(created.response.Reason).toContain('Dimensions.Location.GPSPoint.Coordinates.Latitude: 95 is outside -90..90');
    expect(created.calls.map((c) => [c.operation, c.status])).toEqual([['CreateSegment', 400]]);
    expect(h.emu.state.listSegments(APP)).toEqual([]);
  });

  it('FAILED comes before the function\'s deadline when Pinpoint hangs', async () => {
    h.emu.faults.set('CreateSegment', { hang: true });
    // A quarter of the 4 s is kept for the answer: it is due at 3 s, a full second before the deadline.
    const created = await h.create(rich, { deadlineMs: 4000 });
    expect(created.returned).toBe(true);
    expect(created.elapsedMs).toBeLessThan(4000);
    expectWellFormed(created);
    expect(created.response.Status).toBe('FAILED');
    expect(created.response.Reason).toMatch(/timed out after 3s waiting for Pinpoint/);
    expect(created.response.PhysicalResourceId).toBe(`create-failed:${created.requestId}`);
  });
});

describe('the presigned ResponseURL', () => {
  it('never has its query string logged, at DEBUG, on success, failure, and a refused response PUT', async () => {
    const previous = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'DEBUG';
    const results: InvocationResult[] = [];
    try {
      const created = await h.create(rich);
      results.push(created);
      const id = created.response.PhysicalResourceId;
      results.push(await h.update(id, { ...rich, Name: 'Renamed' }, rich));
      h.emu.faults.failNext('GetSegment', 1, { status: 400, message: 'no' });
      results.push(await h.update(id, rich, { ...rich, Name: 'Renamed' }));
      results.push(await h.remove(id, rich));
      // A PUT that S3 refuses (the signature was altered): the handler retries and logs errors.
      const refused = await h.create(rich, {
        mutate: (event) => ({ ...event, ResponseURL: String(event.ResponseURL).replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=0badc0de0badc0de') }),
      });
      expect(refused.responses).toEqual([]);
      expect(refused.rejectedPuts.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
      results.push(refused);
    } finally {
      if (previous === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = previous;
    }
    expect(results.map((r) => r.parsedResponses.map((p) => p.Status).join())).toEqual(['SUCCESS', 'SUCCESS', 'FAILED', 'SUCCESS', '']);
    for (const result of results) {
      const url = new URL(String(result.event.ResponseURL));
      const secrets = [url.search, url.search.slice(1), url.searchParams.get('X-Amz-Signature')!, url.searchParams.get('X-Amz-Credential')!, 'X-Amz-'];
      expect(result.logs.length).toBeGreaterThan(2);
      expect(result.logs.some((line) => line.includes('DEBUG'))).toBe(true);
      for (const line of [...result.logs, ...h.orphanLogs]) {
        for (const secret of secrets) expect(line).not.toContain(secret);
      }
      // The URL's path (no secret) is logged, so the test does look at the right lines.
      expect(result.logs.join('\n')).toContain(url.pathname);
    }
  });
});
