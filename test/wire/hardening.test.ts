/**
 * Handler hardening over the wire (issue 10): an unchanged Update writes nothing when Pinpoint
 * echoes the values it filled in, and a stalled connection costs one attempt, not the budget.
 */
import { expectSuccess, Harness, operations, SegmentResourceProps, startHarness } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';

let h: Harness;

beforeAll(async () => {
  // A short per-attempt timeout, so that the stalled-connection case runs in seconds.
  h = await startHarness({ handlerOptions: { attemptTimeoutMs: 1000 } });
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

it('adopting a segment whose live definition carries the service\'s defaults writes nothing', async () => {
  const base = h.emu.seedSegment(APP, { Name: 'Base', Dimensions: { Demographic: { Platform: { Values: ['ios'] } } } });
  // As Pinpoint echoes a definition written without Include, Type, SourceType, a source version or a range.
  const live = h.emu.seedSegment(APP, {
    Name: 'Near Seattle',
    SegmentGroups: {
      Include: 'ALL',
      Groups: [
        {
          Type: 'ALL',
          SourceType: 'ALL',
          SourceSegments: [{ Id: base.Id!, Version: 1 }],
          Dimensions: [{ Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 100 } } }],
        },
      ],
    },
  });
  const declared: SegmentResourceProps = {
    ApplicationId: APP,
    SegmentId: live.Id,
    Name: 'Near Seattle',
    SegmentGroups: {
      Groups: [{ SourceSegments: [{ Id: base.Id }], Dimensions: [{ Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 } } } }] }],
    },
  };
  const adopted = await h.create(declared);
  expectSuccess(adopted);
  expect(operations(adopted.calls)).toEqual(['GetSegment']);
  const redeploy = await h.update(adopted.response.PhysicalResourceId, declared, declared);
  expect(operations(redeploy.calls)).toEqual(['GetSegment']);
  expect(h.emu.state.versions(APP, live.Id!)).toHaveLength(1);
});

it('a GetSegment that stalls once is abandoned after its attempt timeout and retried', async () => {
  const created = expectSuccess(await h.create({ ApplicationId: APP, Name: 'Gold' }));
  h.emu.faults.set('GetSegment', { hang: true });
  const updating = h.update(created.PhysicalResourceId, { ApplicationId: APP, Name: 'Gold v2' }, { ApplicationId: APP, Name: 'Gold' }, { deadlineMs: 20_000 });
  // Once the first GetSegment is stuck, the connection trouble clears.
  for (let waited = 0; !h.emu.calls.some((c) => c.operation === 'GetSegment') && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  h.emu.faults.clear('GetSegment');
  const updated = await updating;
  expect(expectSuccess(updated).Data).toMatchObject({ Version: 2 });
  expect(operations(updated.calls)).toEqual(['GetSegment', 'GetSegment', 'UpdateSegment']);
  // One attempt's worth, not the 15 s budget.
  expect(updated.elapsedMs).toBeLessThan(8000);
});
