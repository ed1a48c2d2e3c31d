/**
 * Throttling and server errors over the wire: retried with jittered backoff within the deadline,
 * and still exactly one response per event.
 */
import { expectSuccess, Harness, operations, SegmentResourceProps, startHarness } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';
const gold: SegmentResourceProps = {
  ApplicationId: APP,
  Name: 'Gold',
  Dimensions: { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } },
  Tags: { team: 'growth' },
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

it('60 concurrent Creates against a 25/s, burst 25 quota all succeed, each with exactly one response', async () => {
  h.emu.faults.set('*', { throttle: { rate: 25, burst: 25 } });
  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: 60 }, (_, i) => h.create({ ...gold, Name: `Gold ${i}` }, { logicalId: `Gold${i}Segment` })),
  );
  const elapsedMs = Date.now() - started;

  for (const result of results) {
    expect(result.returned).toBe(true);
    expect(result.responses).toHaveLength(1);
    expectSuccess(result);
  }
  const segmentIds = new Set(results.map((r) => r.response.Data!.SegmentId));
  expect(segmentIds.size).toBe(60);
  expect(h.emu.state.listSegments(APP)).toHaveLength(60);
  expect(h.emu.state.listSegments(APP).map((s) => s.Name).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `Gold ${i}`).sort());

  const creates = h.emu.calls.filter((c) => c.operation === 'CreateSegment');
  const throttled = creates.filter((c) => c.fault === 'throttled');
  expect(throttled.length).toBeGreaterThan(0);
  expect(throttled.every((c) => c.status === 429)).toBe(true);
  expect(creates.filter((c) => c.status === 201)).toHaveLength(60);
  // 35 creates beyond the burst at 25 per second: at least 1.4 s, well within the deadline.
  expect(elapsedMs).toBeGreaterThanOrEqual(1000);
  expect(elapsedMs).toBeLessThan(20_000);
});

it('an UpdateSegment that answers 500 twice is retried and then succeeds', async () => {
  const created = expectSuccess(await h.create(gold));
  const segmentId = created.Data!.SegmentId as string;
  h.emu.faults.failNext('UpdateSegment', 2, { status: 500 });

  const updated = await h.update(created.PhysicalResourceId, { ...gold, Name: 'Gold, renamed' }, gold);
  expect(updated.responses).toHaveLength(1);
  expect(expectSuccess(updated).Data).toMatchObject({ SegmentId: segmentId, Version: 2 });
  expect(operations(updated.calls)).toEqual(['GetSegment', 'UpdateSegment', 'UpdateSegment', 'UpdateSegment', 'ListTagsForResource']);
  expect(updated.calls.slice(1, 4).map((c) => c.status)).toEqual([500, 500, 200]);
  expect(h.emu.state.versions(APP, segmentId)).toHaveLength(2);
  expect(h.emu.state.getSegment(APP, segmentId)?.Name).toBe('Gold, renamed');
  expect(updated.logs.filter((line) => /UpdateSegment .* failed, retrying/.test(line))).toHaveLength(2);
});

it('a 503 on CreateSegment is retried, and the segment is created once', async () => {
  h.emu.faults.failNext('CreateSegment', 1, { status: 503 });
  const created = await h.create(gold);
  expectSuccess(created);
  expect(created.calls.map((c) => [c.operation, c.status])).toEqual([['CreateSegment', 503], ['GetSegments', 200], ['CreateSegment', 201]]);
  expect(h.emu.state.listSegments(APP)).toHaveLength(1);
});
