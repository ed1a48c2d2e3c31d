/**
 * The refactors of issue 10, defect 1: after each, CloudFormation's cleanup deletes (or restores)
 * a segment the new template no longer declares, under the policy in force at that moment.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { AttributeDimension, PinpointSegment } from '../../lib';

export const STACK = 'Refactored';
export const ADOPTED_BEFORE = 'feed0000000000000000000000000001';
export const ADOPTED_AFTER = 'feed0000000000000000000000000002';

type Build = (stack: Stack, apps: { a: CfnApp; b: CfnApp }) => void;

const dimensions = { userAttributes: { plan: AttributeDimension.inclusive('gold') } };

function segment(stack: Stack, id: string, applicationId: string, adopt?: { segmentId: string; restoreOnDelete?: boolean }): void {
  new PinpointSegment(stack, id, { applicationId, name: id, dimensions, ...adopt });
}

/** Each refactor as the app before and after it. */
export const SCENARIOS: Record<string, { readonly before: Build; readonly after: Build }> = {
  'application-changed': {
    before: (stack, { a }) => segment(stack, 'Gold', a.ref),
    after: (stack, { b }) => segment(stack, 'Gold', b.ref),
  },
  'last-segment-of-app-removed': {
    before: (stack, { a, b }) => {
      segment(stack, 'Gold', a.ref);
      segment(stack, 'Silver', b.ref);
    },
    after: (stack, { a }) => segment(stack, 'Gold', a.ref),
  },
  'created-to-adopted': {
    before: (stack, { a }) => segment(stack, 'Gold', a.ref),
    after: (stack, { a }) => segment(stack, 'Gold', a.ref, { segmentId: ADOPTED_AFTER }),
  },
  'adopted-id-changed-with-restore': {
    before: (stack, { a }) => segment(stack, 'Gold', a.ref, { segmentId: ADOPTED_BEFORE, restoreOnDelete: true }),
    after: (stack, { a }) => segment(stack, 'Gold', a.ref, { segmentId: ADOPTED_AFTER, restoreOnDelete: true }),
  },
};

/** Synthesizes one side of a scenario into `outdir` with the current construct. */
export function synthScenario(outdir: string, build: Build): void {
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
  const stack = new Stack(app, STACK);
  const apps = { a: new CfnApp(stack, 'ProjectA', { name: 'a' }), b: new CfnApp(stack, 'ProjectB', { name: 'b' }) };
  for (const project of Object.values(apps)) {
    Validations.of(project).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'Pinpoint is what is under test' });
  }
  build(stack, apps);
  app.synth();
}
