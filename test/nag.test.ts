// cdk-nag over the example stack (bin/example-stack.ts), the way a consumer's pipeline runs it:
// cdk-nag v3's AwsSolutionsChecks registered as an aws-cdk-lib policy validation plugin.
import * as fs from 'fs';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EXAMPLE_STACK_ID, ExampleStack } from '../bin/example-stack';

const ROLE_PATH = `${EXAMPLE_STACK_ID}/PinpointSegmentProvider/Role/Resource`;

/** The findings the example stack acknowledges, each with the one construct it is acknowledged on. */
const EXPECTED_ACKNOWLEDGEMENTS = [
  {
    ruleName: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    acknowledgedAt: ROLE_PATH,
  },
  {
    ruleName: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:mobiletargeting:<AWS::Region>:<AWS::AccountId>:apps/<Project>/segments/*]',
    acknowledgedAt: ROLE_PATH,
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
  const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
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

  test('acknowledges exactly the expected findings, each on the provider role, with a reason', () => {
    const { report } = synthExampleWithNag();
    const nag = report.pluginReports.find((r) => r.pluginName === 'AwsSolutions')!;
    const acknowledged = (nag.suppressedViolations ?? []).map((s) => ({ ruleName: s.ruleName, acknowledgedAt: s.acknowledgedAt }));
    expect(acknowledged).toEqual(expect.arrayContaining(EXPECTED_ACKNOWLEDGEMENTS));
    expect(acknowledged).toHaveLength(EXPECTED_ACKNOWLEDGEMENTS.length);
    for (const suppressed of nag.suppressedViolations ?? []) {
      expect(suppressed.violatingConstructs.map((c) => c.constructPath)).toEqual([ROLE_PATH]);
      expect(suppressed.reason.length).toBeGreaterThan(40);
    }
  });

  test('every acknowledgement names one finding, never a whole rule', () => {
    const app = new App();
    new ExampleStack(app, EXAMPLE_STACK_ID);
    const ids: string[] = [];
    for (const construct of app.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) ids.push(...Object.keys(entry.data));
      }
    }
    const nagIds = ids.filter((id) => id.includes('AwsSolutions-'));
    expect(nagIds).toHaveLength(EXPECTED_ACKNOWLEDGEMENTS.length);
    for (const id of nagIds) {
      expect(id).toMatch(/^AwsSolutions::AwsSolutions-[A-Z]+\d+\[[^\]]+\]$/);
    }
  });

  test('each acknowledgement still matches a real finding', () => {
    // The same checks run directly (validateScope) see findings before aws-cdk-lib applies the
    // acknowledgements, so a stale acknowledgement (one that no longer matches a finding) shows here.
    const app = new App();
    new ExampleStack(app, EXAMPLE_STACK_ID);
    const result = new AwsSolutionsChecks(app).validateScope(app);
    const findings = result.violations.flatMap((v) => v.violatingResources.map((r) => ({
      ruleName: v.ruleName,
      acknowledgedAt: r.constructPath,
    })));
    expect(findings).toEqual(expect.arrayContaining(EXPECTED_ACKNOWLEDGEMENTS));
    expect(findings).toHaveLength(EXPECTED_ACKNOWLEDGEMENTS.length);
  });
});
