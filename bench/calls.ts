/**
 * Calls per event: how many Pinpoint requests the bundled handler makes for each kind of event,
 * counted by the emulator. Events run one at a time, so each invocation's calls are its own.
 *
 * Besides the five lifecycle events, the ownership paths (issue 10): a Create whose CreateSegment
 * reset after the write (recovery by the request's ownership tag), a second delivery of a Create
 * (found by its ownership tag instead of making a twin), and the Delete after a failed Create
 * (which looks for what that Create made). Each ownership search costs one GetSegments per 100
 * segments of the application plus one ListTagsForResource per candidate (a segment carrying the
 * sought tag, or one listed without an ownership tag and with the same definition); here the
 * application holds a few segments, one of them the adopted segment with the declared definition.
 */
import { isDeepStrictEqual } from 'util';
import type { SeedSegment } from '../local/emulator';
import { OWNERSHIP_TAG_KEY } from '../lib/ownership';
import { expectSuccess, InvocationResult, operations, withoutOwnership } from '../test/support/cfn-harness';
import { apiDefinition, constructProps, TAGS } from './definition';
import { Harness, segmentPropertiesOf } from './lambda';

export const CALL_EVENTS = [
  'create_new',
  'create_adopted',
  'update_changed',
  'update_noop',
  'delete',
  'create_after_reset',
  'create_redelivered',
  'delete_after_failed_create',
] as const;
export type CallEvent = (typeof CALL_EVENTS)[number];

export type CallCounts = Record<CallEvent, number>;

export interface CallsResult extends CallCounts {
  /** The operations of each event, in order. */
  readonly operations: Record<CallEvent, string[]>;
  /** The CreateSegment request of `create_new` carried the declared tags (and, besides them, the ownership tag only). */
  readonly create_new_sends_tags: boolean;
  /** The CreateSegment request of `create_new` carried the ownership tag. */
  readonly create_new_sends_ownership: boolean;
}

const APPLICATION_ID = 'b3c1d2e4f5a6978899aabbccddeeff00';

/** Runs the five events against a fresh emulator state and counts the calls of each. */
export async function measureCalls(harness: Harness): Promise<CallsResult> {
  harness.emu.reset();
  const seen = {} as Record<CallEvent, InvocationResult>;
  const run = async (event: CallEvent, invocation: Promise<InvocationResult>) => {
    const result = await invocation;
    expectSuccess(result);
    seen[event] = result;
    return result.response;
  };

  // Definition 2 differs from definition 1 in its name and metric threshold; tags are the same.
  const [declared, changed] = segmentPropertiesOf([constructProps(APPLICATION_ID, 1), constructProps(APPLICATION_ID, 2)]);

  const created = await run('create_new', harness.create(declared));
  const physicalId = created.PhysicalResourceId;
  await run('update_changed', harness.update(physicalId, changed, declared));
  // The definition and tags already match the live segment: nothing may be written.
  await run('update_noop', harness.update(physicalId, changed, changed));
  await run('delete', harness.remove(physicalId, changed));

  // A segment made in the console, with another definition and no tags, then adopted.
  const made = apiDefinition(3);
  const seeded = harness.emu.seedSegment(APPLICATION_ID, {
    Name: `${made.Name} (console)`,
    Dimensions: made.Dimensions as SeedSegment['Dimensions'],
  });
  const [adopting] = segmentPropertiesOf([{ ...constructProps(APPLICATION_ID, 1), segmentId: seeded.Id }]);
  await run('create_adopted', harness.create(adopting));

  // Recovery: the first CreateSegment is applied, then its connection reset.
  harness.emu.faults.resetNext('CreateSegment', 1, 'after');
  await run('create_after_reset', harness.create(declared));
  // A second delivery of one Create event (same RequestId, same container).
  const requestId = 'bench-redelivered-create';
  await harness.create(changed, { requestId });
  await run('create_redelivered', harness.create(changed, { requestId }));
  // A Create refused by Pinpoint, then CloudFormation's Delete of `create-failed:<RequestId>`.
  harness.emu.faults.failNext('CreateSegment', 1, { status: 400, message: 'refused by the benchmark' });
  const failed = await harness.create(declared);
  harness.emu.faults.clear();
  await run('delete_after_failed_create', harness.remove(failed.response.PhysicalResourceId, declared));

  const createRequest = seen.create_new.calls.find((c) => c.operation === 'CreateSegment');
  const sentTags = (createRequest?.body as { tags?: Record<string, string> } | undefined)?.tags;
  const ops = Object.fromEntries(CALL_EVENTS.map((e) => [e, operations(seen[e].calls)])) as Record<CallEvent, string[]>;
  return {
    ...(Object.fromEntries(CALL_EVENTS.map((e) => [e, ops[e].length])) as CallCounts),
    operations: ops,
    create_new_sends_tags: isDeepStrictEqual(withoutOwnership(sentTags), TAGS),
    create_new_sends_ownership: typeof sentTags?.[OWNERSHIP_TAG_KEY] === 'string',
  };
}
