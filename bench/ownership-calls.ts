/**
 * The call cost of the ownership paths (issue 10), printed: the calls benchmark (bench/calls.ts),
 * then the same searches in an application that holds 450 other segments (GetSegments pages 100
 * at a time). Run after `npm run build`:
 *
 *   node -r ts-node/register/transpile-only bench/ownership-calls.ts
 */
import { measureCalls } from './calls';
import { HARNESS_OPTIONS } from './lambda';
import { operations, startHarness } from '../test/support/cfn-harness';
const count = (ops: string[]) => [...new Set(ops)].map((o) => `${o} x${ops.filter((x) => x === o).length}`).join(', ');

void (async () => {
  const h = await startHarness(HARNESS_OPTIONS);
  try {
    const r = await measureCalls(h);
    for (const [k, v] of Object.entries(r.operations)) console.log(`${k}: ${v.length} (${v.join(', ')})`);
    console.log('sends tags', r.create_new_sends_tags, 'ownership', r.create_new_sends_ownership);
    // Scale: an application holding 450 other segments.
    h.emu.reset();
    const APP = 'b3c1d2e4f5a6978899aabbccddeeff00';
    for (let i = 0; i < 450; i++) h.emu.seedSegment(APP, { Name: `other ${i}` });
    const props = { ApplicationId: APP, Name: 'Gold', Tags: { team: 'growth' } };
    const first = await h.create(props);
    console.log(`create_new (450 others): ${operations(first.calls).join(', ')}`);
    const again = await h.create(props, { requestId: first.requestId });
    console.log(`create_redelivered (450 others): ${operations(again.calls).length} (${count(operations(again.calls))})`);
    h.emu.faults.failNext('CreateSegment', 1, { status: 400 });
    const failed = await h.create(props);
    const del = await h.remove(failed.response.PhysicalResourceId, props);
    console.log(`delete_after_failed_create (451 others): ${operations(del.calls).length} (${count(operations(del.calls))})`);
  } finally {
    await h.stop();
  }
})();
