// cdk-nag over the example stack (bin/example-stack.ts), the way a consumer's pipeline runs it:
// cdk-nag v3's AwsSolutionsChecks registered as an aws-cdk-lib policy validation plugin. The example
// app acknowledges no finding itself: what remains by design, the construct acknowledges on its own
// resources (test/nag-packs.test.ts runs every pack in a consumer's stack).
import * as fs from 'fs';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EXAMPLE_STACK_ID, ExampleStack } from '../bin/example-stack';

const PROVIDER_PATH = `${EXAMPLE_STACK_ID}/PinpointSegmentProvider`;

/** The findings acknowledged in the example stack (all by the construct), each on the one construct that raises it. */
const EXPECTED_ACKNOWLEDGEMENTS: Array<{ ruleName: string; acknowledgedAt: unknown }> = [
  {
    ruleName: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:mobiletargeting:<AWS::Region>:<AWS::AccountId>:apps/<Project>/segments/*]',
    acknowledgedAt: expect.stringMatching(new RegExp(`^${PROVIDER_PATH}/Grants/Group\\d+/Resource$`)),
  },
];

interface ValidationReport {
  readonly pluginReports: {
    readonly pluginName: string;
    readonly conclusion: string;
    readonly violations: { readonly ruleName: string; readonly severity: string }[];
    readonly suppressedViolations?: {
      readonly ruleName: string;
      readonly severity: string;
      readonly reason: string;
      readonly acknowledgedAt: string;
      readonly violatingConstructs: { readonly constructPath: string }[];
    }[];
  }[];
}

function synthExampleWithNag(): { app: App; stack: ExampleStack; report: ValidationReport } {
  const app = new App();
  const stack = new ExampleStack(app, EXAMPLE_STACK_ID);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  // Synthesis throws if any plugin reports an unacknowledged error.
  const assembly = app.synth();
  const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
  return { app, stack, report };
}

describe('cdk-nag AwsSolutions on the example stack', () => {
  test('leaves no error or warning in any validation plugin', () => {
    const { report } = synthExampleWithNag();
    const nag = report.pluginReports.find((r) => r.pluginName === 'AwsSolutions');
    expect(nag).toBeDefined();
    for (const plugin of report.pluginReports) {
      expect({ plugin: plugin.pluginName, violations: plugin.violations }).toEqual({ plugin: plugin.pluginName, violations: [] });
      expect(plugin.conclusion).toBe('success');
    }
  });

  test('leaves no warning or error annotation on the stack', () => {
    const { stack } = synthExampleWithNag();
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  test('acknowledges exactly the expected findings, each on the provider resource that raises it, with a reason', () => {
    const { report } = synthExampleWithNag();
    const nag = report.pluginReports.find((r) => r.pluginName === 'AwsSolutions')!;
    const acknowledged = (nag.suppressedViolations ?? []).map((s) => ({ ruleName: s.ruleName, acknowledgedAt: s.acknowledgedAt }));
    expect(acknowledged).toEqual(expect.arrayContaining(EXPECTED_ACKNOWLEDGEMENTS));
    expect(acknowledged).toHaveLength(EXPECTED_ACKNOWLEDGEMENTS.length);
    for (const suppressed of nag.suppressedViolations ?? []) {
      expect(suppressed.violatingConstructs.map((c) => c.constructPath)).toEqual([suppressed.acknowledgedAt]);
      expect(suppressed.reason.length).toBeGreaterThan(40);
    }
  });

  test('the example app acknowledges no nag finding itself; the construct names each finding', () => {
    const app = new App();
    new ExampleStack(app, EXAMPLE_STACK_ID);
    app.synth();
    const ids: Array<[string, string]> = [];
    for (const construct of app.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) ids.push(...Object.keys(entry.data as Record<string, unknown>).map((id) => [id, construct.node.path] as [string, string]));
      }
    }
    const nagIds = ids.filter(([id]) => id.includes('AwsSolutions-'));
    expect(nagIds).toHaveLength(EXPECTED_ACKNOWLEDGEMENTS.length);
    for (const [id, at] of nagIds) {
      expect(at.startsWith(`${PROVIDER_PATH}/`)).toBe(true);
      expect(id).toMatch(/^AwsSolutions::AwsSolutions-[A-Z]+\d+\[[^\]]+\]$/);
    }
    // The app's own acknowledgement is aws-cdk-lib's Pinpoint end-of-support warning on its CfnApp.
    const own = ids.filter(([, at]) => !at.startsWith(`${PROVIDER_PATH}/`)).map(([id, at]) => [id.replace(/^Annotation::/, ''), at]);
    expect(own).toEqual([['CloudFormation-Validate::W3696', `${EXAMPLE_STACK_ID}/Project`]]);
  });

  test('each acknowledgement still matches a real finding', () => {
    // The same checks run directly (validateScope) see findings before aws-cdk-lib applies the
    // acknowledgements, so a stale acknowledgement (one that no longer matches a finding) shows here.
    const app = new App();
    new ExampleStack(app, EXAMPLE_STACK_ID);
    app.synth();
    const result = new AwsSolutionsChecks(app).validateScope(app);
    const findings = result.violations.flatMap((v) => v.violatingResources.map((r) => ({
      ruleName: v.ruleName,
      acknowledgedAt: r.constructPath,
    })));
    expect(findings).toEqual(expect.arrayContaining(EXPECTED_ACKNOWLEDGEMENTS));
    expect(findings).toHaveLength(EXPECTED_ACKNOWLEDGEMENTS.length);
  });
});
