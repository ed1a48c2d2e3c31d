/**
 * The grant policies' logical ids (lib/provider-grants.ts). Every segment resource names its
 * group's policy in `DependsOn`, so the id is repeated once per segment in the template: it must be
 * short. It must also stay a content hash: the same grants give the same id on every synth, in any
 * declaration order, and different grants a different id (a policy is never edited in place; see
 * test/security/iam.test.ts for the cleanup-phase model).
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template as CdkTemplate } from 'aws-cdk-lib/assertions';
import { PinpointSegment, PinpointSegmentProvider } from '../lib';

/** A synthesized template, as far as these tests read it. */
interface Template {
  readonly Resources: Record<string, { readonly Type: string; readonly Properties: { readonly PolicyDocument?: unknown }; readonly DependsOn?: string[] }>;
}

interface Declared {
  readonly id: string;
  readonly applicationId: string;
  readonly segmentId?: string;
  readonly provider?: string;
}

/** Synthesizes a fresh stack with the segments in `declared`, in that order. */
function synth(declared: readonly Declared[], providers: readonly string[] = []): Template {
  const stack = new Stack(new App(), 'Grants');
  const byName = new Map(providers.map((name) => [name, new PinpointSegmentProvider(stack, name)]));
  for (const d of declared) {
    new PinpointSegment(stack, d.id, {
      applicationId: d.applicationId,
      segmentId: d.segmentId,
      name: d.id,
      provider: d.provider === undefined ? undefined : byName.get(d.provider),
    });
  }
  return CdkTemplate.fromStack(stack).toJSON() as Template;
}

const policyIds = (template: Template): string[] => Object.entries(template.Resources)
  .filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy').map(([id]) => id).sort();

/** Each segment's grant policy, by the segment's construct id (its logical id's readable part). */
function grantOf(template: Template): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Type !== 'Custom::PinpointSegment') continue;
    const grants = (r.DependsOn ?? []).filter((d) => template.Resources[d]?.Type === 'AWS::IAM::ManagedPolicy');
    expect([id, grants.length]).toEqual([id, 1]);
    out[id.replace(/[0-9A-F]{8}$/, '')] = grants[0];
  }
  return out;
}

const TWO_APPS: Declared[] = [
  { id: 'Gold', applicationId: 'appone' },
  { id: 'Silver', applicationId: 'apptwo', segmentId: 'console1' },
  { id: 'Bronze', applicationId: 'appone' },
];

describe('grant policy logical ids', () => {
  test('are short: at most 21 characters, the readable part included', () => {
    const template = synth(TWO_APPS);
    const ids = policyIds(template);
    expect(ids.length).toBeGreaterThanOrEqual(1);
    for (const id of ids) expect([id, id.length <= 21]).toEqual([id, true]);
    for (const id of ids) expect(id).toMatch(/^SegmentGrants[0-9A-F]{8}$/);
  });

  test('are the same on every synth and in any declaration order', () => {
    const first = synth(TWO_APPS);
    const again = synth(TWO_APPS);
    const reversed = synth([...TWO_APPS].reverse());
    expect(policyIds(again)).toEqual(policyIds(first));
    expect(policyIds(reversed)).toEqual(policyIds(first));
    expect(grantOf(reversed)).toEqual(grantOf(first));
    // Same content, same documents.
    for (const id of policyIds(first)) {
      expect(reversed.Resources[id].Properties.PolicyDocument).toEqual(first.Resources[id].Properties.PolicyDocument);
    }
  });

  test('change with the grants: another application, or a created segment where there was only an adopted one', () => {
    const base = grantOf(synth(TWO_APPS));
    const moreApps = grantOf(synth([...TWO_APPS, { id: 'Other', applicationId: 'appthree' }]));
    const created = grantOf(synth([...TWO_APPS, { id: 'New', applicationId: 'apptwo' }]));
    // Some policy changed in each case (which one depends on the group the application hashes into).
    expect(Object.keys(base).some((k) => moreApps[k] !== base[k])).toBe(true);
    expect(base.Silver).not.toEqual(created.Silver);
    // A policy that changed is a new logical id: the ids of the two templates' policies with
    // different documents never coincide.
    const before = synth(TWO_APPS);
    const after = synth([...TWO_APPS, { id: 'New', applicationId: 'apptwo' }]);
    for (const id of policyIds(after)) {
      if (id in before.Resources) expect(after.Resources[id].Properties.PolicyDocument).toEqual(before.Resources[id].Properties.PolicyDocument);
    }
  });

  test('differ between providers of one stack that grant the same applications', () => {
    const template = synth([
      { id: 'DefaultGold', applicationId: 'appone' },
      { id: 'SecondGold', applicationId: 'appone', provider: 'Second' },
    ], ['Second']);
    const grants = grantOf(template);
    expect(grants.DefaultGold).not.toEqual(grants.SecondGold);
    expect(policyIds(template)).toHaveLength(2);
  });
});
