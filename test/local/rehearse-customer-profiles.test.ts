// The example app declares each Pinpoint segment and its Customer Profiles segment definition side
// by side (README: "Moving to Customer Profiles"). The rehearsal plays the Pinpoint segments and
// reports the AWS::CustomerProfiles::SegmentDefinition resources as not rehearsed: they are no
// failure, and CloudFormation deploys them.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { ExampleStack } from '../../bin/example-stack';
import { rehearse } from '../../local/rehearse';

const ROOT = path.join(__dirname, '..', '..');
let outdir: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'assets/handler/index.js'))) {
    execFileSync('node', ['scripts/bundle.js'], { cwd: ROOT, stdio: 'pipe' });
  }
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cp-'));
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } });
  new ExampleStack(app, 'Example');
  app.synth();
});

afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

test('the example with both kinds of segment rehearses; the Customer Profiles ones are reported as not rehearsed', async () => {
  let printed = '';
  const result = await rehearse({ assemblyDir: outdir, write: (text) => (printed += text), color: false });

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
