// The example app declares each Pinpoint segment and its Customer Profiles segment definition side
// by side (README: "Moving to Customer Profiles"). The rehearsal plays the Pinpoint segments and
// reports the AWS::CustomerProfiles::SegmentDefinition resources as not rehearsed: they are no
// failure, and CloudFormation deploys them.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { ExampleStack } from '../../bin/example-stack';
import { rehearse } from '../../local/rehearse';
import { ensureBundleFresh, HANDLER_BUNDLE } from '../support/bundle';

const dirs: string[] = [];

/** The example app in a cloud assembly of its own, with extra context. */
function synthExample(context: Record<string, string> = {}): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cp-'));
  dirs.push(outdir);
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true, ...context } });
  new ExampleStack(app, 'Example');
  app.synth();
  return outdir;
}

beforeAll(() => ensureBundleFresh(HANDLER_BUNDLE));

afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

test('the example with both kinds of segment rehearses; the Customer Profiles ones are reported as not rehearsed', async () => {
  let printed = '';
  const result = await rehearse({ assemblyDir: synthExample(), write: (text) => (printed += text), color: false });

  expect(result.exitCode).toBe(0);
  expect(result.notRehearsed.map((r) => ({ type: r.type, logicalId: r.logicalId.replace(/[0-9A-F]{8}$/, '') }))).toEqual([
    { type: 'AWS::CustomerProfiles::SegmentDefinition', logicalId: 'GoldNearSeattleProfiles' },
    { type: 'AWS::CustomerProfiles::SegmentDefinition', logicalId: 'LapsedGoldProfiles' },
  ]);
  expect(result.events.every((e) => e.status === 'SUCCESS')).toBe(true);
  expect(result.events.length).toBeGreaterThan(0);
  expect(printed).toContain('2 not rehearsed (AWS::CustomerProfiles::SegmentDefinition)');
  expect(printed).toContain('Rehearsal passed.');
});

test('step 4 of the move (-c retirePinpoint=true): leaving the stack, the Pinpoint segments are kept and Pinpoint is not called', async () => {
  let printed = '';
  const result = await rehearse({ assemblyDir: synthExample({ retirePinpoint: 'true' }), write: (text) => (printed += text), color: false });

  expect(result.exitCode).toBe(0);
  expect(result.callCounts.DeleteSegment ?? 0).toBe(0);
  expect(result.callCounts.GetSegmentVersion ?? 0).toBe(0);
  expect(result.segments).toHaveLength(2);
  expect(printed).toMatch(/DELETE SKIPPED .*GoldNearSeattle.*DeletionPolicy Retain/);
});
