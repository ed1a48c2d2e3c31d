/**
 * Behaviour the wire suite once found wrong, kept as regression tests: a CreateSegment whose
 * answer was lost leaves no twin, restoreOnDelete adds no version when nothing changed, and the
 * emulator's reset() forgets writes still in flight.
 */
import { CreateSegmentCommand, PinpointClient, SegmentDimensions } from '@aws-sdk/client-pinpoint';
import { expectSuccess, Harness, operations, REGION, SegmentResourceProps, startHarness } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';
const goldDimensions: SegmentDimensions = { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const gold: SegmentResourceProps = { ApplicationId: APP, Name: 'Gold', Dimensions: goldDimensions, Tags: { team: 'growth' } };

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

describe('handler', () => {
  it('a CreateSegment whose connection resets after the write leaves no untracked twin', async () => {
    // The write happened, the handler cannot know, and CreateSegment is not idempotent.
    h.emu.faults.resetNext('CreateSegment', 1, 'after');
    const created = await h.create(gold);
    const response = expectSuccess(created);
    // The retry finds the segment the first attempt made instead of creating a second one.
    // ... by its ownership tag, confirmed with ListTagsForResource.
    expect(operations(created.calls)).toEqual(['CreateSegment', 'GetSegments', 'ListTagsForResource']);

    const deleted = await h.remove(response.PhysicalResourceId, gold);
    expect(deleted.response.Status).toBe('SUCCESS');
    // After the stack is gone, nothing it created may remain in the project.
    expect(h.emu.state.listSegments(APP).map((s) => s.Id)).toEqual([]);
  });

  it('restoreOnDelete adds no version when the live definition already is the pre-adoption one', async () => {
    // "No churn": a write whose definition equals the live one adds a version for nothing.
    const seeded = h.emu.seedSegment(APP, { Name: 'Gold', Dimensions: goldDimensions });
    const props = { ...gold, SegmentId: seeded.Id, RestoreOnDelete: true };
    const adopted = await h.create(props);
    expect(operations(adopted.calls)).toEqual(['GetSegment', 'ListTagsForResource', 'TagResource']);

    const deleted = await h.remove(expectSuccess(adopted).PhysicalResourceId, props);
    expect(deleted.response.Status).toBe('SUCCESS');
    expect(h.emu.state.versions(APP, seeded.Id!)).toHaveLength(1);
  });
});

describe('emulator', () => {
  it('reset() forgets a write that was still in flight (delayed) when it was called', async () => {
    // Held until released, so it is surely still in flight when reset() runs, however loaded the machine.
    let release!: () => void;
    h.emu.faults.set('CreateSegment', { until: new Promise<void>((resolve) => (release = resolve)) });
    const client = new PinpointClient({
      endpoint: h.emu.url,
      region: REGION,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    try {
      const pending = client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'Gold', Dimensions: goldDimensions } }));
      // Reset once the request has arrived, not after a fixed sleep: signing and connecting can take
      // longer than any such sleep on a loaded machine, and a request that arrives after the reset is
      // simply a new one.
      while (!h.emu.calls.some((call) => call.operation === 'CreateSegment')) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      h.emu.reset(); // a shared emulator between tests: the previous test's requests must not leak into the next
      release();
      const outcome = await pending.then(() => 'answered', () => 'dropped');
      expect(outcome).toBe('dropped');
      expect(h.emu.state.listSegments(APP)).toEqual([]);
    } finally {
      client.destroy();
    }
  });
});
