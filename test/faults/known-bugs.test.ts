/**
 * Bugs the fault matrix found, each as a test of the behaviour the design promises. All four are
 * fixed: lambda/pinpoint.ts searches for the segment an ambiguous CreateSegment made (by its
 * request's ownership tag); the failed adoption's undo compares with the live segment, and after a
 * timeout it still runs, on the protocol's undo signal, once FAILED has been answered; and the
 * Delete after a failed Create deletes what carries that Create's ownership tag (the late
 * segment of 2). No open entry is left; see README.md, "Failure behaviour", "Known gaps".
 *
 * All three are about writes that Pinpoint applied while the handler could not know it (the
 * connection was reset after the write, or the answer came after the deadline):
 * 1. a CreateSegment retried after such a failure makes a twin; the first segment is leaked;
 * 2. a CreateSegment that completes after the deadline leaves a segment that the Delete after the
 *    failed Create (which "touches nothing") can never clean up;
 * 3. a failed adoption does not put back the pre-adoption definition when its UpdateSegment was
 *    applied but answered with a reset, and the retry then failed;
 * 4. nor when the deadline passes after its UpdateSegment was applied (the undo runs on an aborted
 *    signal, so it cannot call Pinpoint), and the Delete after the failed Create touches nothing.
 */
import type { Faults } from '../../local/emulator';
import { Harness, operations, propsFromConstruct, startHarness } from '../support/cfn-harness';
import { AttributeDimension } from '../../lib';
import { APP, CONSOLE_DIMENSIONS, definitionOf } from './fault-kit';

const GOLD = propsFromConstruct({
  applicationId: APP,
  name: 'Gold',
  dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
  tags: { team: 'growth' },
});
const ADOPTED_ID = 'ad0ba7ed00000000000000000000beef';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

const segmentIds = () => h.emu.state.listSegments(APP).map((s) => s.Id!);

describe('writes Pinpoint applied while the handler could not know it', () => {
  test('1. a connection reset after CreateSegment was applied must not leave a twin behind', async () => {
    h.emu.faults.resetNext('CreateSegment', 1, 'after');
    const created = await h.create(GOLD);
    expect(created.response.Status).toBe('SUCCESS');
    // The retry looks before it creates again, and finds the segment the reset call made.
    expect(created.calls.map((c) => [c.operation, c.fault ?? c.status])).toEqual([
      ['CreateSegment', 'reset-after'],
      ['GetSegments', 200],
      ['ListTagsForResource', 200],
    ]);
    // One segment, the one the stack tracks: no twin known to nobody.
    expect(segmentIds()).toEqual([created.response.Data!.SegmentId]);
  });

  test('2. a CreateSegment that completes after the deadline must not leave a segment behind', async () => {
    // Pinpoint applies the write 2.5 s after it arrived; the handler gives up at 1.5 s (2 s deadline).
    h.emu.faults.set('CreateSegment', { delayMs: 2500 });
    const created = await h.create(GOLD, { deadlineMs: 2000 });
    expect(created.response.Status).toBe('FAILED');
    expect(created.response.Reason).toMatch(/^timed out after 1.5s waiting for Pinpoint/);
    // Wait until Pinpoint has finished the write the handler gave up on.
    const createCall = h.emu.calls.find((c) => c.operation === 'CreateSegment')!;
    for (let waited = 0; createCall.status === undefined && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(createCall.status).toBe(201);
    h.emu.faults.clear();
    // CloudFormation's rollback: the Delete after the failed Create.
    const deleted = await h.remove(created.response.PhysicalResourceId, GOLD);
    expect(deleted.response.Status).toBe('SUCCESS');
    // Nothing left: the Delete found the late segment by the failed request's ownership tag.
    expect(segmentIds()).toEqual([]);
    expect(operations(deleted.calls)).toEqual(['GetSegments', 'ListTagsForResource', 'DeleteSegment']);
  });

  test('3. a failed adoption puts back the pre-adoption definition even if the UpdateSegment answer was lost', async () => {
    const seeded = h.emu.seedSegment(APP, { Id: ADOPTED_ID, Name: 'Lapsed (console)', Dimensions: CONSOLE_DIMENSIONS });
    // The first UpdateSegment is applied, then its connection is reset; the retries are refused
    // (403) for as long as the brief 403 retry lasts with a 3 s budget (1.5 s: three attempts), then
    // the undo's UpdateSegment goes through.
    const faults: Faults = h.emu.faults;
    const nextReset = faults.nextReset.bind(faults);
    faults.nextReset = (operation: string) => {
      const when = nextReset(operation);
      if (operation === 'UpdateSegment' && when === 'after') faults.failNext('UpdateSegment', 3, { status: 403, message: 'not authorized' });
      return when;
    };
    try {
      faults.resetNext('UpdateSegment', 1, 'after');
      const adopted = await h.create({ ...GOLD, SegmentId: ADOPTED_ID, Name: 'Lapsed gold' }, { deadlineMs: 4000 });
      faults.clear('UpdateSegment');
      expect(adopted.response.Status).toBe('FAILED');
      expect(adopted.response.Reason).toBe('ForbiddenException: not authorized');
      // Expected (DESIGN: a failed Create leaves an adopted segment as it found it): the console
      // definition. Today: 'Lapsed gold', the definition of an adoption that failed.
      expect(definitionOf(h.emu.state.getSegment(APP, ADOPTED_ID))).toEqual(definitionOf(seeded));
    } finally {
      faults.nextReset = nextReset;
    }
  });

  test('4. an adoption that times out after its UpdateSegment puts back the pre-adoption definition', async () => {
    const seeded = h.emu.seedSegment(APP, { Id: ADOPTED_ID, Name: 'Lapsed (console)', Dimensions: CONSOLE_DIMENSIONS });
    h.emu.faults.set('TagResource', { hang: true });
    const props = { ...GOLD, SegmentId: ADOPTED_ID, Name: 'Lapsed gold' };
    const adopted = await h.create(props, { deadlineMs: 2000 });
    expect(adopted.response.Status).toBe('FAILED');
    expect(adopted.response.Reason).toBe('timed out after 1.5s waiting for Pinpoint');
    h.emu.faults.clear();
    const deleted = await h.remove(adopted.response.PhysicalResourceId, props);
    expect(deleted.response.Status).toBe('SUCCESS');
    // Expected: the console definition, after the failed Create and its Delete. Today: 'Lapsed gold'.
    expect(definitionOf(h.emu.state.getSegment(APP, ADOPTED_ID))).toEqual(definitionOf(seeded));
  });
});
