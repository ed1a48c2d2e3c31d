/**
 * Calls per event: how many Pinpoint requests the bundled handler makes for each kind of event,
 * counted by the emulator. Events run one at a time, so each invocation's calls are its own.
 */
import { isDeepStrictEqual } from 'util';
import type { SeedSegment } from '../local/emulator';
import { expectSuccess, InvocationResult, operations } from '../test/support/cfn-harness';
import { apiDefinition, constructProps, TAGS } from './definition';
import { Harness, segmentPropertiesOf } from './lambda';

export const CALL_EVENTS = ['create_new', 'create_adopted', 'update_changed', 'update_noop', 'delete'] as const;
export type CallEvent = (typeof CALL_EVENTS)[number];

export type CallCounts = Record<CallEvent, number>;

export interface CallsResult extends CallCounts {
  /** The operations of each event, in order. */
  readonly operations: Record<CallEvent, string[]>;
  /** The CreateSegment request of `create_new` carried the declared tags. */
  readonly create_new_sends_tags: boolean;
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

  const createRequest = seen.create_new.calls.find((c) => c.operation === 'CreateSegment');
  const ops = Object.fromEntries(CALL_EVENTS.map((e) => [e, operations(seen[e].calls)])) as Record<CallEvent, string[]>;
  return {
    ...(Object.fromEntries(CALL_EVENTS.map((e) => [e, ops[e].length])) as CallCounts),
    operations: ops,
    create_new_sends_tags: isDeepStrictEqual((createRequest?.body as { tags?: unknown } | undefined)?.tags, TAGS),
  };
}
