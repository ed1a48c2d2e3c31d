/**
 * The PascalCase adoption case from issue 11, played end to end. A JavaScript caller adopts a
 * console segment and writes the API's casing (`Dimensions: { Demographic: ... }`). Before, the
 * construct dropped the unknown key and the adoption rewrote the console segment with empty
 * dimensions: every endpoint. Now synth refuses it before any cloud assembly exists; and if such a
 * shape reaches the handler anyway (an escape hatch, a hand-written template), the rehearsal shows
 * the handler refusing it before any write, the console segment untouched.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { AttributeDimension, PinpointSegment, PinpointSegmentProps } from '../lib';
import { rehearse } from '../local/rehearse';
import { ensureBundleFresh, HANDLER_BUNDLE } from './support/bundle';

const CONSOLE_SEGMENT = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

let tmp: string;

beforeAll(() => {
  // The rehearsal runs the real bundled handler; rebuilt (under the cross-worker lock) if a source is newer.
  ensureBundleFresh(HANDLER_BUNDLE);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'validation-rehearsal-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function appIn(outdir: string): { app: App; stack: Stack; project: CfnApp } {
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true } });
  const stack = new Stack(app, 'Adoption');
  const project = new CfnApp(stack, 'Project', { name: 'adoption' });
  Validations.of(project).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'Pinpoint is what is under test' });
  return { app, stack, project };
}

test('synth refuses the PascalCase adoption, and no cloud assembly is written', () => {
  const outdir = path.join(tmp, 'refused');
  const { app, project, stack } = appIn(outdir);
  const javascriptProps: unknown = {
    applicationId: project.ref,
    segmentId: CONSOLE_SEGMENT,
    name: 'iOS customers',
    Dimensions: { Demographic: { Platform: { Values: ['ios'] } } },
  };
  expect(() => {
    new PinpointSegment(stack, 'IosCustomers', javascriptProps as PinpointSegmentProps);
    app.synth();
  }).toThrow(new Error('Adoption/IosCustomers: Dimensions: unknown key (did you mean `dimensions`?)'));
  expect(fs.existsSync(path.join(outdir, 'manifest.json'))).toBe(false);
});

test('the handler refuses the shape if it reaches the template, and the console segment is not written', async () => {
  const outdir = path.join(tmp, 'escaped');
  const { app, project, stack } = appIn(outdir);
  const segment = new PinpointSegment(stack, 'IosCustomers', {
    applicationId: project.ref,
    segmentId: CONSOLE_SEGMENT,
    name: 'iOS customers',
    dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
  });
  // What a renderer that passed unknown keys through would have written: the API's casing on the
  // outside, the caller's on the inside. Pinpoint would ignore `platform` and store no criterion.
  (segment.node.defaultChild as CfnResource).addPropertyOverride('Dimensions', { Demographic: { platform: { values: ['ios'] } } });
  app.synth();

  const result = await rehearse({ assemblyDir: outdir, write: () => undefined, color: false, update: false, delete: false });

  expect(result.exitCode).not.toBe(0);
  const create = result.events.find((e) => e.requestType === 'Create')!;
  expect(create.status).toBe('FAILED');
  expect(create.reason).toContain('Dimensions.Demographic.platform: unknown field (did you mean Platform?); nothing was written');
  expect(create.calls).toEqual([]);
  expect(result.callCounts.UpdateSegment ?? 0).toBe(0);
  // The seeded console segment is still at its first version.
  expect(result.segments.find((s) => s.segmentId === CONSOLE_SEGMENT)?.version).toBe(1);
});
