/**
 * Segment lifecycles over the wire: the real bundled handler, its real SDK client, the loopback
 * emulator, and CloudFormation's event semantics (test/support/cfn-harness.ts).
 */
import type { SegmentDimensions } from '@aws-sdk/client-pinpoint';
import { expectSuccess, Harness, operations, SegmentResourceProps, startHarness, withoutOwnership } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';
const APP2 = '0a9b8c7d6e5f40312233445566778899';

const goldDimensions = { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const platinumDimensions = { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold', 'platinum'] } } };
const consoleDimensions: SegmentDimensions = { Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } } };

const gold: SegmentResourceProps = { ApplicationId: APP, Name: 'Gold', Dimensions: goldDimensions, Tags: { team: 'growth' } };
const platinum: SegmentResourceProps = { ...gold, Name: 'Gold and platinum', Dimensions: platinumDimensions };

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

/** Name and definition of a segment or version, for comparing definitions. */
function definition(segment: { Name?: string; Dimensions?: unknown; SegmentGroups?: unknown } | undefined) {
  return segment && { Name: segment.Name, Dimensions: segment.Dimensions, SegmentGroups: segment.SegmentGroups };
}

function seedConsoleSegment(name = 'Made in the console') {
  return h.emu.seedSegment(APP, { Name: name, Dimensions: consoleDimensions, tags: { owner: 'console' } });
}

describe('a segment the stack creates', () => {
  it('goes through Create, a changed Update, a no-op Update and Delete', async () => {
    const created = await h.create(gold);
    const createResponse = expectSuccess(created);
    const segmentId = createResponse.Data!.SegmentId as string;
    expect(segmentId).toMatch(/^[0-9a-f]{32}$/);
    const physicalId = createResponse.PhysicalResourceId;
    expect(physicalId).toBe(`${APP}:${segmentId}`);
    expect(operations(created.calls)).toEqual(['CreateSegment']);
    expect(createResponse.Data).toEqual({ SegmentId: segmentId, Arn: h.emu.state.arnOf(APP, segmentId), Version: 1, ApplicationId: APP });
    expect(definition(h.emu.state.getSegment(APP, segmentId))).toEqual({ Name: 'Gold', Dimensions: goldDimensions, SegmentGroups: undefined });
    expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, segmentId)))).toEqual({ team: 'growth' });

    const changed = await h.update(physicalId, platinum, gold);
    const changedResponse = expectSuccess(changed);
    expect(changedResponse.PhysicalResourceId).toBe(physicalId);
    expect(operations(changed.calls)).toEqual(['GetSegment', 'UpdateSegment', 'ListTagsForResource']);
    expect(changedResponse.Data).toMatchObject({ SegmentId: segmentId, Version: 2 });
    expect(h.emu.state.getSegment(APP, segmentId)).toMatchObject({ Version: 2, Name: 'Gold and platinum', Dimensions: platinumDimensions });

    const noop = await h.update(physicalId, platinum, platinum);
    expect(expectSuccess(noop).PhysicalResourceId).toBe(physicalId);
    expect(operations(noop.calls)).toEqual(['GetSegment', 'ListTagsForResource']);
    expect(noop.response.Data).toMatchObject({ SegmentId: segmentId, Version: 2 });
    expect(h.emu.state.versions(APP, segmentId)).toHaveLength(2);

    const deleted = await h.remove(physicalId, platinum);
    expect(expectSuccess(deleted).PhysicalResourceId).toBe(physicalId);
    expect(operations(deleted.calls)).toEqual(['DeleteSegment']);
    expect(h.emu.state.getSegment(APP, segmentId)).toBeUndefined();
    expect(h.emu.state.listSegments(APP)).toEqual([]);
  });

  it('keeps the segment on Delete when the removal policy is retain', async () => {
    const props = { ...gold, RemovalPolicy: 'retain' };
    const created = expectSuccess(await h.create(props));
    const deleted = await h.remove(created.PhysicalResourceId, props);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(deleted.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, created.Data!.SegmentId as string)).toBeDefined();
  });

  it('counts a Delete of a segment that is already gone as done', async () => {
    const created = expectSuccess(await h.create(gold));
    h.emu.reset();
    const deleted = await h.remove(created.PhysicalResourceId, gold);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(deleted.calls.map((c) => [c.operation, c.status])).toEqual([['DeleteSegment', 404]]);
  });
});

describe('an adopted segment', () => {
  it('keeps its id, records the pre-adoption version, converges on Update and is left in place on Delete', async () => {
    const seeded = seedConsoleSegment();
    const props = { ApplicationId: APP, SegmentId: seeded.Id, Name: 'Gold, adopted', Dimensions: goldDimensions };

    const created = await h.create(props);
    const createResponse = expectSuccess(created);
    const physicalId = createResponse.PhysicalResourceId;
    expect(physicalId).toBe(`${APP}:${seeded.Id}:adopted:1`);
    expect(operations(created.calls)).toEqual(['GetSegment', 'UpdateSegment']);
    expect(createResponse.Data).toEqual({ SegmentId: seeded.Id, Arn: seeded.Arn, Version: 2, ApplicationId: APP });
    expect(h.emu.state.listSegments(APP)).toHaveLength(1);
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toMatchObject({ Version: 2, Name: 'Gold, adopted', Dimensions: goldDimensions });

    const next = { ...props, Dimensions: platinumDimensions };
    const updated = await h.update(physicalId, next, props);
    expect(expectSuccess(updated).PhysicalResourceId).toBe(physicalId);
    expect(operations(updated.calls)).toEqual(['GetSegment', 'UpdateSegment']);
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toMatchObject({ Version: 3, Dimensions: platinumDimensions });

    const deleted = await h.remove(physicalId, next);
    expect(expectSuccess(deleted).PhysicalResourceId).toBe(physicalId);
    expect(deleted.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toMatchObject({ Version: 3, Dimensions: platinumDimensions, tags: { owner: 'console' } });
  });

  it('adopts a segment that already matches without writing a version', async () => {
    const seeded = seedConsoleSegment('Lapsed');
    const created = await h.create({ ApplicationId: APP, SegmentId: seeded.Id, Name: 'Lapsed', Dimensions: consoleDimensions });
    expect(expectSuccess(created).PhysicalResourceId).toBe(`${APP}:${seeded.Id}:adopted:1`);
    expect(operations(created.calls)).toEqual(['GetSegment']);
    expect(h.emu.state.versions(APP, seeded.Id!)).toHaveLength(1);
  });

  it('with restoreOnDelete, puts back the pre-adoption definition on Delete, as a new version', async () => {
    const seeded = seedConsoleSegment();
    const before = definition(h.emu.state.getSegment(APP, seeded.Id!));
    const props = { ApplicationId: APP, SegmentId: seeded.Id, Name: 'Gold, adopted', Dimensions: goldDimensions, RestoreOnDelete: true };
    const physicalId = expectSuccess(await h.create(props)).PhysicalResourceId;
    const next = { ...props, Name: 'Gold and platinum, adopted', Dimensions: platinumDimensions };
    expectSuccess(await h.update(physicalId, next, props));
    expect(h.emu.state.versions(APP, seeded.Id!)).toHaveLength(3);

    const deleted = await h.remove(physicalId, next);
    expect(expectSuccess(deleted).PhysicalResourceId).toBe(physicalId);
    expect(operations(deleted.calls)).toEqual(['GetSegmentVersion', 'GetSegment', 'UpdateSegment']);
    expect(deleted.calls[0].params).toMatchObject({ SegmentId: seeded.Id, Version: '1' });
    const versions = h.emu.state.versions(APP, seeded.Id!);
    expect(versions).toHaveLength(4);
    expect(definition(h.emu.state.getSegment(APP, seeded.Id!))).toEqual(before);
    expect(h.emu.state.getSegment(APP, seeded.Id!)?.Version).toBe(4);
  });

  it('a failed adoption leaves the segment as found, and the Delete that follows touches nothing', async () => {
    const seeded = seedConsoleSegment();
    const props = { ApplicationId: APP, SegmentId: seeded.Id, Name: 'Gold, adopted', Dimensions: goldDimensions };
    // Standing: a 403 is retried briefly (IAM propagation); a short deadline keeps that brief.
    h.emu.faults.set('UpdateSegment', { error: { status: 403, message: 'User is not authorized to update this segment' } });
    const created = await h.create(props, { deadlineMs: 4000 });
    h.emu.faults.clear();
    expect(created.response.Status).toBe('FAILED');
    expect(created.response.Reason).toContain('User is not authorized to update this segment');
    expect(created.response.PhysicalResourceId).toBe(`create-failed:${created.requestId}`);
    expect(h.emu.state.versions(APP, seeded.Id!)).toHaveLength(1);

    const deleted = await h.remove(created.response.PhysicalResourceId, props);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(deleted.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toMatchObject({ Version: 1, Name: 'Made in the console' });
  });
});

describe('rollback', () => {
  it('an Update with old and new properties swapped converges back to the old definition and tags', async () => {
    const before = { ...gold, Tags: { team: 'growth' } };
    const after = { ...platinum, Tags: { team: 'growth', env: 'prod' } };
    const created = expectSuccess(await h.create(before));
    const segmentId = created.Data!.SegmentId as string;
    const physicalId = created.PhysicalResourceId;
    expectSuccess(await h.update(physicalId, after, before));
    expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, segmentId)))).toEqual({ team: 'growth', env: 'prod' });

    const rollback = await h.update(physicalId, before, after);
    expect(expectSuccess(rollback).PhysicalResourceId).toBe(physicalId);
    expect(operations(rollback.calls)).toEqual(['GetSegment', 'UpdateSegment', 'ListTagsForResource', 'UntagResource']);
    expect(definition(h.emu.state.getSegment(APP, segmentId))).toEqual(definition({ Name: 'Gold', Dimensions: goldDimensions }));
    expect(withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, segmentId)))).toEqual({ team: 'growth' });
    expect(h.emu.state.listSegments(APP)).toHaveLength(1);
  });

  it('a rollback of an Update that failed before writing changes nothing', async () => {
    const created = expectSuccess(await h.create(gold));
    const segmentId = created.Data!.SegmentId as string;
    h.emu.faults.failNext('UpdateSegment', 1, { status: 400, message: 'rejected by the test' });
    const failed = await h.update(created.PhysicalResourceId, platinum, gold);
    expect(failed.response.Status).toBe('FAILED');
    expect(failed.response.PhysicalResourceId).toBe(created.PhysicalResourceId);

    const rollback = await h.update(created.PhysicalResourceId, gold, platinum);
    expect(expectSuccess(rollback).PhysicalResourceId).toBe(created.PhysicalResourceId);
    expect(operations(rollback.calls)).toEqual(['GetSegment', 'ListTagsForResource']);
    expect(h.emu.state.versions(APP, segmentId)).toHaveLength(1);
  });
});

describe('replacement', () => {
  it('a new ApplicationId gives a new segment and physical id; the Delete of the old id deletes the old segment', async () => {
    const created = expectSuccess(await h.create(gold));
    const oldId = created.PhysicalResourceId;
    const oldSegment = created.Data!.SegmentId as string;
    const moved = { ...gold, ApplicationId: APP2 };

    const replaced = await h.update(oldId, moved, gold);
    const replacedResponse = expectSuccess(replaced);
    const newSegment = replacedResponse.Data!.SegmentId as string;
    expect(newSegment).not.toBe(oldSegment);
    expect(replacedResponse.PhysicalResourceId).toBe(`${APP2}:${newSegment}|prev=${oldId}`);
    expect(replacedResponse.Data).toMatchObject({ ApplicationId: APP2, Version: 1 });
    expect(operations(replaced.calls)).toEqual(['CreateSegment']);
    expect(h.emu.state.getSegment(APP2, newSegment)).toMatchObject({ Name: 'Gold', Dimensions: goldDimensions });
    expect(h.emu.state.getSegment(APP, oldSegment)).toBeDefined();

    // CloudFormation's cleanup: Delete of the old physical id, with the old properties.
    const cleanup = await h.remove(oldId, gold);
    expect(expectSuccess(cleanup).PhysicalResourceId).toBe(oldId);
    expect(cleanup.calls.map((c) => [c.operation, c.params.ApplicationId, c.params.SegmentId])).toEqual([['DeleteSegment', APP, oldSegment]]);
    expect(h.emu.state.getSegment(APP, oldSegment)).toBeUndefined();
    expect(h.emu.state.getSegment(APP2, newSegment)).toBeDefined();
  });

  it('adding a segmentId adopts that segment; the Delete of the old id deletes the created one, not the adopted one', async () => {
    const created = expectSuccess(await h.create(gold));
    const createdSegment = created.Data!.SegmentId as string;
    const seeded = seedConsoleSegment();
    const adopting = { ...gold, SegmentId: seeded.Id };

    const replaced = await h.update(created.PhysicalResourceId, adopting, gold);
    expect(expectSuccess(replaced).PhysicalResourceId).toBe(`${APP}:${seeded.Id}:adopted:1|prev=${created.PhysicalResourceId}`);
    expect(replaced.response.Data).toMatchObject({ SegmentId: seeded.Id, Version: 2 });

    const cleanup = await h.remove(created.PhysicalResourceId, gold);
    expect(cleanup.response.Status).toBe('SUCCESS');
    expect(operations(cleanup.calls)).toEqual(['DeleteSegment']);
    expect(h.emu.state.getSegment(APP, createdSegment)).toBeUndefined();
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toMatchObject({ Version: 2, Name: 'Gold' });
  });

  it('moving from one adopted segment to another never deletes the first', async () => {
    const first = seedConsoleSegment('First');
    const second = seedConsoleSegment('Second');
    const firstProps = { ...gold, SegmentId: first.Id };
    const secondProps = { ...gold, SegmentId: second.Id };
    const adopted = expectSuccess(await h.create(firstProps));
    const replaced = expectSuccess(await h.update(adopted.PhysicalResourceId, secondProps, firstProps));
    expect(replaced.PhysicalResourceId).toBe(`${APP}:${second.Id}:adopted:1|prev=${adopted.PhysicalResourceId}`);

    const cleanup = await h.remove(adopted.PhysicalResourceId, firstProps);
    expect(cleanup.response.Status).toBe('SUCCESS');
    expect(cleanup.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, first.Id!)).toBeDefined();
    expect(h.emu.state.getSegment(APP, second.Id!)).toBeDefined();
  });

  it('dropping the segmentId of an adopted segment creates a new one; the Delete of the old id leaves the adopted one', async () => {
    const seeded = seedConsoleSegment();
    const adoptedProps = { ...gold, SegmentId: seeded.Id };
    const adopted = expectSuccess(await h.create(adoptedProps));
    const replaced = expectSuccess(await h.update(adopted.PhysicalResourceId, gold, adoptedProps));
    const newSegment = replaced.Data!.SegmentId as string;
    expect(newSegment).not.toBe(seeded.Id);
    expect(replaced.PhysicalResourceId).toBe(`${APP}:${newSegment}|prev=${adopted.PhysicalResourceId}`);

    const cleanup = await h.remove(adopted.PhysicalResourceId, adoptedProps);
    expect(cleanup.response.Status).toBe('SUCCESS');
    expect(cleanup.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toBeDefined();
  });

  it('a rollback of a replacement returns the previous physical id and creates no twin', async () => {
    const created = expectSuccess(await h.create(gold));
    const oldId = created.PhysicalResourceId;
    const oldSegment = created.Data!.SegmentId as string;
    const moved = { ...gold, ApplicationId: APP2 };
    const replaced = expectSuccess(await h.update(oldId, moved, gold));
    const newId = replaced.PhysicalResourceId;
    const newSegment = replaced.Data!.SegmentId as string;

    // The stack fails later on: CloudFormation rolls this resource back, old and new swapped.
    const rollback = await h.update(newId, gold, moved);
    expect(expectSuccess(rollback).PhysicalResourceId).toBe(oldId);
    expect(rollback.response.Data).toMatchObject({ SegmentId: oldSegment, ApplicationId: APP, Version: 1 });
    expect(operations(rollback.calls)).toEqual(['GetSegment', 'ListTagsForResource']);
    expect(h.emu.state.listSegments(APP).map((s) => s.Id)).toEqual([oldSegment]);

    // Then it cleans up the replacement: Delete of the new physical id, with the new properties.
    const cleanup = await h.remove(newId, moved);
    expect(cleanup.response.Status).toBe('SUCCESS');
    expect(cleanup.calls.map((c) => [c.operation, c.params.ApplicationId, c.params.SegmentId])).toEqual([['DeleteSegment', APP2, newSegment]]);
    expect(h.emu.state.listSegments(APP2)).toEqual([]);
    expect(h.emu.state.listSegments(APP).map((s) => s.Id)).toEqual([oldSegment]);
  });
});

describe('a Delete after a failed Create', () => {
  it('answers SUCCESS and, finding nothing with that request\'s ownership tag, deletes nothing', async () => {
    h.emu.faults.failNext('CreateSegment', 1, { status: 400, message: 'Segment name is reserved by the test' });
    const created = await h.create(gold);
    expect(created.response.Status).toBe('FAILED');
    expect(created.response.Reason).toContain('Segment name is reserved by the test');
    const physicalId = created.response.PhysicalResourceId;
    expect(physicalId).toBe(`create-failed:${created.requestId}`);
    expect(h.emu.state.listSegments(APP)).toEqual([]);

    const deleted = await h.remove(physicalId, gold);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(deleted.response.PhysicalResourceId).toBe(physicalId);
    expect(operations(deleted.calls)).toEqual(['GetSegments']);
  });
});

describe('a Delete whose physical id these properties do not manage', () => {
  it('touches nothing when the application differs', async () => {
    const created = expectSuccess(await h.create(gold));
    const deleted = await h.remove(created.PhysicalResourceId, { ...gold, ApplicationId: APP2 });
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(deleted.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, created.Data!.SegmentId as string)).toBeDefined();
  });

  it('never deletes an adopted segment, even when the properties lost their SegmentId', async () => {
    const seeded = seedConsoleSegment();
    const adoptedProps = { ...gold, SegmentId: seeded.Id };
    const adopted = expectSuccess(await h.create(adoptedProps));
    const deleted = await h.remove(adopted.PhysicalResourceId, gold);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(deleted.calls).toEqual([]);
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toBeDefined();
  });
});
