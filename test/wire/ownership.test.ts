/**
 * Ownership over a stack's whole life, through the real bundled handler and the emulator
 * (issue 10): every created segment carries the reserved ownership tag; create recovery, the
 * Delete after a failed Create, the rollback of a failed replacing Update and a second delivery
 * of one event all find segments by it, never by name or definition; a hand-made twin with the
 * same name and definition, and another stack's twin, are never touched.
 */
import { PinpointClient, SegmentDimensions, UpdateSegmentCommand } from '@aws-sdk/client-pinpoint';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import { expectSuccess, Harness, InvocationResult, operations, REGION, SegmentResourceProps, startHarness } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';
const APP_B = '0a9b8c7d6e5f40312233445566778899';
const goldDimensions: SegmentDimensions = { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const gold: SegmentResourceProps = { ApplicationId: APP, Name: 'Gold', Dimensions: goldDimensions, Tags: { team: 'growth' } };
const goldInB: SegmentResourceProps = { ...gold, ApplicationId: APP_B };

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

const ids = (app: string) => h.emu.state.listSegments(app).map((s) => s.Id!).sort();
const ownerOf = (app: string, id: string) => h.emu.state.tags(h.emu.state.arnOf(app, id))?.[OWNERSHIP_TAG_KEY];
/** A segment made by hand with the same name and definition (and no ownership tag). */
const handMadeTwin = (app: string) => h.emu.seedSegment(app, { Name: 'Gold', Dimensions: goldDimensions, tags: { team: 'growth' } }).Id!;

/** Waits until every CreateSegment the emulator received has been answered (applied). */
async function lateCreatesLanded(): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (h.emu.calls.filter((c) => c.operation === 'CreateSegment').every((c) => c.status !== undefined)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('a CreateSegment never completed');
}

/** A Create whose CreateSegment Pinpoint applies 2.5 s after it arrived, past a 2 s deadline. */
async function lateCreate(send: () => Promise<InvocationResult>): Promise<InvocationResult> {
  h.emu.faults.set('CreateSegment', { delayMs: 2500 });
  const result = await send();
  expect(result.response.Status).toBe('FAILED');
  expect(result.response.Reason).toMatch(/^timed out after 1.5s waiting for Pinpoint/);
  await lateCreatesLanded();
  h.emu.faults.clear();
  return result;
}

describe('the ownership tag', () => {
  it('is sent with CreateSegment, identifies stack, logical resource and request, and survives tag convergence', async () => {
    const first = await h.create(gold, { logicalId: 'Gold' });
    const second = await h.create(gold, { logicalId: 'Silver' });
    const [a, b] = [expectSuccess(first).Data!.SegmentId as string, expectSuccess(second).Data!.SegmentId as string];
    expect(operations(first.calls)).toEqual(['CreateSegment']);
    const ownerA = ownerOf(APP, a)!;
    const ownerB = ownerOf(APP, b)!;
    expect(ownerA).toMatch(/^v1\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
    expect((first.calls[0].body as { tags: Record<string, string> }).tags[OWNERSHIP_TAG_KEY]).toBe(ownerA);
    // Other logical resource: other stack-and-resource part; other request: other request part.
    expect(ownerA.split('.')[1]).not.toBe(ownerB.split('.')[1]);
    expect(ownerA.split('.')[2]).not.toBe(ownerB.split('.')[2]);

    // Dropping every declared tag removes them, never the ownership tag.
    const dropped = await h.update(first.response.PhysicalResourceId, { ...gold, Tags: undefined }, gold, { logicalId: 'Gold' });
    expectSuccess(dropped);
    expect(h.emu.state.tags(h.emu.state.arnOf(APP, a))).toEqual({ [OWNERSHIP_TAG_KEY]: ownerA });
  });
});

describe('create recovery after an ambiguous CreateSegment', () => {
  it('takes the segment carrying this request\'s tag, never another stack\'s twin made just before', async () => {
    // Another stack on the same project creates the very same segment a moment earlier.
    const twin = h.emu.seedSegment(APP, {
      Name: 'Gold',
      Dimensions: goldDimensions,
      tags: { team: 'growth', [OWNERSHIP_TAG_KEY]: 'v1.00000000000000000000000000000000.00000000000000000000000000000000' },
    }).Id!;
    h.emu.faults.resetNext('CreateSegment', 1, 'after');
    const created = expectSuccess(await h.create(gold));
    const mine = created.Data!.SegmentId as string;
    expect(mine).not.toBe(twin);
    expect(ownerOf(APP, mine)).toMatch(/^v1\./);
    expect(ids(APP)).toEqual([mine, twin].sort());

    // Deleting this stack's segment leaves the other stack's alone.
    expectSuccess(await h.remove(created.PhysicalResourceId, gold));
    expect(ids(APP)).toEqual([twin]);
  });
});

describe('a late CreateSegment, then CloudFormation\'s Delete', () => {
  it('deletes exactly the late segment; a hand-made twin and this stack\'s other segment stay', async () => {
    const twin = handMadeTwin(APP);
    const sibling = expectSuccess(await h.create(gold, { logicalId: 'Sibling' })).Data!.SegmentId as string;
    const failed = await lateCreate(() => h.create(gold, { deadlineMs: 2000 }));
    expect(failed.response.PhysicalResourceId).toBe(`create-failed:${failed.requestId}`);
    expect(ids(APP)).toHaveLength(3);

    const deleted = await h.remove(failed.response.PhysicalResourceId, gold);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(ids(APP)).toEqual([sibling, twin].sort());
    expect(operations(deleted.calls).filter((op) => op === 'DeleteSegment')).toHaveLength(1);
  });
});

describe('a late create during a replacing Update, then its rollback', () => {
  it('the rollback deletes the late segment in the other application, and nothing else', async () => {
    const created = expectSuccess(await h.create(gold));
    const original = created.Data!.SegmentId as string;
    const twinInB = handMadeTwin(APP_B);

    // applicationId A -> B; the create in B completes after the handler gave up.
    const failed = await lateCreate(() => h.update(created.PhysicalResourceId, goldInB, gold, { deadlineMs: 2000 }));
    expect(failed.response.PhysicalResourceId).toBe(created.PhysicalResourceId);
    expect(ids(APP_B)).toHaveLength(2);

    // CloudFormation's rollback: an Update back to A, the failed properties as the old ones, the original id.
    const rollback = await h.update(created.PhysicalResourceId, gold, goldInB);
    expect(expectSuccess(rollback).PhysicalResourceId).toBe(created.PhysicalResourceId);
    expect(ids(APP_B)).toEqual([twinInB]);
    expect(ids(APP)).toEqual([original]);
  });

  it('never deletes a segment this resource made and kept in an earlier life (removal policy retain)', async () => {
    // An earlier life of the same logical resource, in B, removed from the template with RETAIN:
    // CloudFormation never calls the handler for it, and the segment stays with this resource's tag.
    const kept = expectSuccess(await h.create({ ...goldInB, RemovalPolicy: 'retain' })).Data!.SegmentId as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The resource comes back, in A; then an update to B creates late and is rolled back.
    const created = expectSuccess(await h.create(gold));
    const failed = await lateCreate(() => h.update(created.PhysicalResourceId, goldInB, gold, { deadlineMs: 2000 }));
    expect(ids(APP_B)).toHaveLength(2);
    expectSuccess(await h.update(failed.response.PhysicalResourceId, gold, goldInB));
    expect(ids(APP_B)).toEqual([kept]);
  });

  it('a rollback after a successful replacement deletes nothing itself (CloudFormation deletes the replacement)', async () => {
    const created = expectSuccess(await h.create(gold));
    const replaced = expectSuccess(await h.update(created.PhysicalResourceId, goldInB, gold));
    const rollback = await h.update(replaced.PhysicalResourceId, gold, goldInB);
    expect(expectSuccess(rollback).PhysicalResourceId).toBe(created.PhysicalResourceId);
    expect(operations(rollback.calls)).not.toContain('DeleteSegment');
    expect(ids(APP_B)).toEqual([replaced.Data!.SegmentId]);
  });
});

describe('a 403 on CreateSegment', () => {
  it('next to a hand-made twin: FAILED with Pinpoint\'s message, and the Delete leaves the twin', async () => {
    const twin = handMadeTwin(APP);
    h.emu.faults.set('CreateSegment', { error: { status: 403, message: 'User is not authorized to perform: mobiletargeting:CreateSegment' } });
    const failed = await h.create(gold, { deadlineMs: 4000 });
    h.emu.faults.clear();
    expect(failed.response.Status).toBe('FAILED');
    expect(failed.response.Reason).toBe('ForbiddenException: User is not authorized to perform: mobiletargeting:CreateSegment');

    const deleted = await h.remove(failed.response.PhysicalResourceId, gold);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(ids(APP)).toEqual([twin]);
    expect(h.emu.state.getSegment(APP, twin)).toMatchObject({ Version: 1, Name: 'Gold' });
  });

  it('that clears within seconds (IAM propagating after a policy change) is retried, and the Create succeeds', async () => {
    h.emu.faults.failNext('CreateSegment', 2, { status: 403, message: 'not authorized yet' });
    const created = await h.create(gold);
    expectSuccess(created);
    expect(operations(created.calls)).toEqual(['CreateSegment', 'CreateSegment', 'CreateSegment']);
    expect(ids(APP)).toHaveLength(1);
  });
});

describe('a second delivery of the same event', () => {
  it('of a Create returns the segment the first delivery made instead of a twin', async () => {
    const first = expectSuccess(await h.create(gold, { requestId: 'same-request' }));
    const again = await h.create(gold, { requestId: 'same-request' });
    expect(expectSuccess(again).PhysicalResourceId).toBe(first.PhysicalResourceId);
    expect(operations(again.calls)).not.toContain('CreateSegment');
    expect(ids(APP)).toEqual([first.Data!.SegmentId]);
  });

  it('of a replacing Update returns the replacement the first delivery made', async () => {
    const created = expectSuccess(await h.create(gold));
    const first = expectSuccess(await h.update(created.PhysicalResourceId, goldInB, gold, { requestId: 'same-update' }));
    const again = await h.update(created.PhysicalResourceId, goldInB, gold, { requestId: 'same-update' });
    expect(expectSuccess(again).PhysicalResourceId).toBe(first.PhysicalResourceId);
    expect(ids(APP_B)).toEqual([first.Data!.SegmentId]);
  });
});

describe('a stale |prev= in the physical id', () => {
  it('a later re-adoption records the live version, so restoreOnDelete keeps a console edit', async () => {
    const seeded = h.emu.seedSegment(APP, { Name: 'Console', Dimensions: { Demographic: { Platform: { Values: ['ios'] } } } });
    const adopting = { ...gold, SegmentId: seeded.Id, RestoreOnDelete: true };
    const adopted = expectSuccess(await h.create(adopting));
    expect(adopted.PhysicalResourceId).toBe(`${APP}:${seeded.Id}:adopted:1`);
    // Drop the segmentId: a created segment replaces the adopted one; its id remembers the adoption.
    const replaced = expectSuccess(await h.update(adopted.PhysicalResourceId, gold, adopting));
    expect(replaced.PhysicalResourceId).toContain(`|prev=${APP}:${seeded.Id}:adopted:1`);
    // The update completes: CloudFormation deletes the old id, which restores version 1.
    expectSuccess(await h.remove(adopted.PhysicalResourceId, adopting));
    // Weeks later someone edits the segment in the console.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const client = new PinpointClient({ endpoint: h.emu.url, region: REGION, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    const edited = { Name: 'Console, edited', Dimensions: { Demographic: { Platform: { Values: ['android'] } } } };
    const { SegmentResponse: afterEdit } = await client.send(
      new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: seeded.Id, WriteSegmentRequest: edited }),
    );
    client.destroy();

    // Re-adopt it: the pre-adoption version is the edited one, not version 1 from the first adoption.
    const readopted = expectSuccess(await h.update(replaced.PhysicalResourceId, adopting, gold));
    expect(readopted.PhysicalResourceId).toBe(`${APP}:${seeded.Id}:adopted:${afterEdit!.Version}`);
    expectSuccess(await h.remove(readopted.PhysicalResourceId, adopting));
    expect(h.emu.state.getSegment(APP, seeded.Id!)).toMatchObject(edited);
  });
});
