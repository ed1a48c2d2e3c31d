// cdk-nag 3 in a consumer's position: a stack with two PinpointSegments and no acknowledgement of
// its own, each pack registered as an aws-cdk-lib validation plugin, as a pipeline runs it. The
// default provider passes AwsSolutions and Serverless; a provider hardened through its props passes
// HIPAA Security, NIST 800-53 R5 and PCI DSS 3.2.1. What the construct keeps on purpose it
// acknowledges itself, on its own resources, naming the finding, with a reason; aws-cdk-lib records
// those in the validation report.
import * as fs from 'fs';
import * as path from 'path';
import { App, CfnParameter, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, HIPAASecurityChecks, NagPack, NIST80053R5Checks, PCIDSS321Checks, ServerlessChecks } from 'cdk-nag';
import { PinpointSegment, PinpointSegmentProvider } from '../lib';

interface SuppressedViolation {
  readonly ruleName: string;
  readonly reason: string;
  readonly acknowledgedAt: string;
  readonly violatingConstructs: { readonly constructPath: string }[];
}

interface ValidationReport {
  readonly pluginReports: {
    readonly pluginName: string;
    readonly conclusion: string;
    readonly violations: { readonly ruleName: string; readonly violatingConstructs: { readonly constructPath: string }[] }[];
    readonly suppressedViolations?: SuppressedViolation[];
  }[];
}

/** The consumer's stack: two segments (one created, one adopted), nothing acknowledged. */
function consumerStack(app: App, hardened: boolean): Stack {
  const stack = new Stack(app, 'Consumer');
  // An application made elsewhere, passed in: no Pinpoint resource of the consumer's own to judge.
  const applicationId = new CfnParameter(stack, 'ApplicationId', { type: 'String' }).valueAsString;
  let provider: PinpointSegmentProvider | undefined;
  if (hardened) {
    const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
    provider = new PinpointSegmentProvider(stack, 'SegmentProvider', {
      vpc: ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
        vpcId: 'vpc-0123456789abcdef0',
        availabilityZones: ['us-east-1a', 'us-east-1b'],
        privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
      }),
      logGroup: new logs.LogGroup(stack, 'SegmentLogs', { encryptionKey: key, retention: logs.RetentionDays.ONE_YEAR }),
      reservedConcurrentExecutions: 5,
      tracing: lambda.Tracing.ACTIVE,
      deadLetterQueue: new sqs.Queue(stack, 'SegmentDlq', {
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
      }),
    });
  }
  new PinpointSegment(stack, 'Gold', { applicationId, name: 'Gold customers', provider });
  new PinpointSegment(stack, 'Lapsed', { applicationId, segmentId: 'console1', name: 'Lapsed customers', restoreOnDelete: true, provider });
  return stack;
}

function synthWith(pack: (app: App) => NagPack, hardened: boolean): { app: App; report: ValidationReport } {
  const app = new App();
  consumerStack(app, hardened);
  Validations.of(app).addPlugins(pack(app));
  // Synthesis throws if any plugin reports an unacknowledged error.
  const assembly = app.synth();
  const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
  return { app, report };
}

const DEFAULT = 'Consumer/PinpointSegmentProvider';
const HARDENED = 'Consumer/SegmentProvider';
const SEGMENTS_FINDING = 'Resource::arn:<AWS::Partition>:mobiletargeting:<AWS::Region>:<AWS::AccountId>:apps/<ApplicationId>/segments/*';

const CASES: Array<{ pack: string; make: (app: App) => NagPack; hardened: boolean; acknowledged: Array<[string, string]> }> = [
  {
    pack: 'AwsSolutions',
    make: (app) => new AwsSolutionsChecks(app),
    hardened: false,
    acknowledged: [[`AwsSolutions-IAM5[${SEGMENTS_FINDING}]`, `${DEFAULT}/Grants/Group`]],
  },
  {
    pack: 'Serverless',
    make: (app) => new ServerlessChecks(app),
    hardened: false,
    acknowledged: [
      ['Serverless-LambdaDLQ', `${DEFAULT}/Handler/Resource`],
      ['Serverless-LambdaTracing', `${DEFAULT}/Handler/Resource`],
      ['Serverless-LambdaAsyncFailureDestination', `${DEFAULT}/Handler/EventInvokeConfig/Resource`],
    ],
  },
  ...([['HIPAA.Security', (app: App) => new HIPAASecurityChecks(app)], ['NIST.800.53.R5', (app: App) => new NIST80053R5Checks(app)], ['PCI.DSS.321', (app: App) => new PCIDSS321Checks(app)]] as const)
    .map(([pack, make]) => ({
      pack,
      make,
      hardened: true,
      acknowledged: [
        [`${pack}-IAMNoInlinePolicy`, `${HARDENED}/Role/Resource`],
        [`${pack}-IAMNoInlinePolicy`, `${HARDENED}/Role/DefaultPolicy/Resource`],
      ] as Array<[string, string]>,
    })),
];

describe.each(CASES)('cdk-nag $pack in a consumer\'s stack (hardened provider: $hardened)', ({ make, hardened, acknowledged, pack }) => {
  let result: { app: App; report: ValidationReport };
  beforeAll(() => {
    result = synthWith(make, hardened);
  });

  test('leaves no finding in any validation plugin', () => {
    const reports = result.report.pluginReports;
    expect(reports.map((r) => r.pluginName)).toContain(pack);
    for (const plugin of reports) {
      expect({ plugin: plugin.pluginName, violations: plugin.violations }).toEqual({ plugin: plugin.pluginName, violations: [] });
      expect(plugin.conclusion).toBe('success');
    }
  });

  test('acknowledges exactly the expected findings, each on the resource that raises it, with a reason', () => {
    const nag = result.report.pluginReports.find((r) => r.pluginName === pack)!;
    const suppressed = nag.suppressedViolations ?? [];
    const seen = suppressed.flatMap((s) => s.violatingConstructs.map((c) => [s.ruleName, c.constructPath] as [string, string]));
    // The grant group's construct id depends on the application's hash: match it by prefix.
    const normalise = ([rule, at]: [string, string]): [string, string] => [rule, at.replace(/\/Grants\/Group\d+\/Resource$/, '/Grants/Group')];
    expect(seen.map(normalise).sort()).toEqual([...acknowledged].sort());
    for (const s of suppressed) {
      // On its own resource: the acknowledgement sits on the violating construct itself.
      expect(s.violatingConstructs.map((c) => c.constructPath)).toEqual([s.acknowledgedAt]);
      expect(s.acknowledgedAt.startsWith(hardened ? HARDENED : DEFAULT)).toBe(true);
      // A reason of at least one full sentence.
      expect(s.reason).toMatch(/^[A-Za-z'"].{40,}\.$/s);
    }
  });

  test('the same acknowledgements are in the template as cdk-nag 2 metadata (rules_to_suppress, applies_to for findings)', () => {
    type Suppressions = { rules_to_suppress: Array<{ id: string; reason: string; applies_to?: string[] }> };
    const template = JSON.parse(fs.readFileSync(path.join(result.app.outdir, 'Consumer.template.json'), 'utf8')) as {
      Resources: Record<string, { Metadata?: Record<string, Suppressions> }>;
    };
    const written = Object.values(template.Resources)
      .flatMap((r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? []);
    for (const [ruleName] of acknowledged) {
      const match = /^([^[]+)(?:\[(.*)\])?$/.exec(ruleName)!;
      const entry = written.find((w) => w.id === match[1] && (match[2] === undefined ? w.applies_to === undefined : w.applies_to?.includes(match[2])));
      expect([ruleName, (entry?.reason.length ?? 0) > 40]).toEqual([ruleName, true]);
    }
  });
});

describe('the construct\'s acknowledgements', () => {
  test('each names one finding in its pack\'s namespace, and a wildcard finding by its resource, never a whole rule', () => {
    for (const hardened of [false, true]) {
      const app = new App();
      consumerStack(app, hardened);
      app.synth();
      const ids: string[] = [];
      for (const construct of app.node.findAll()) {
        for (const entry of construct.node.metadata) {
          if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) ids.push(...Object.keys(entry.data as Record<string, string>));
        }
      }
      expect(ids.length).toBeGreaterThan(3);
      for (const id of ids) {
        expect(id).toMatch(/^(AwsSolutions|Serverless|HIPAA\.Security|NIST\.800\.53\.R5|PCI\.DSS\.321)::\1-[A-Za-z0-9]+(\[[^\]]+\])?$/);
        // Rules that report findings (IAM5 reports each wildcard) are acknowledged finding by finding.
        if (id.includes('-IAM5')) expect(id).toMatch(/-IAM5\[(Resource|Action)::.+\]$/);
      }
    }
  });

  test('each still matches a real finding (nothing stale), checked against the packs run directly', () => {
    for (const hardened of [false, true]) {
      const app = new App();
      consumerStack(app, hardened);
      app.synth();
      const findings = new Set<string>();
      for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()]) {
        // validateScope sees findings before aws-cdk-lib applies acknowledgements.
        for (const v of pack.validateScope(app).violations) {
          for (const r of v.violatingResources) findings.add(`${pack.readPackName}::${v.ruleName}@${r.constructPath}`);
        }
      }
      for (const construct of app.node.findAll()) {
        for (const entry of construct.node.metadata) {
          if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
          for (const id of Object.keys(entry.data as Record<string, string>)) {
            expect([id, findings.has(`${id}@${construct.node.path}`)]).toEqual([id, true]);
          }
        }
      }
    }
  });

  test('the premises of the DLQ and async-failure acknowledgements hold in the template', () => {
    // "The function is never retried, and ServiceTimeout fails a lost invocation within minutes":
    // every segment resource carries a ServiceTimeout of minutes, longer than the function's own
    // timeout (so the handler's own FAILED comes first), and Lambda makes no retry.
    const app = new App();
    consumerStack(app, false);
    const template = JSON.parse(fs.readFileSync(path.join(app.synth().directory, 'Consumer.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const resources = Object.values(template.Resources);
    const fn = resources.find((r) => r.Type === 'AWS::Lambda::Function')!;
    const segments = resources.filter((r) => r.Type === 'Custom::PinpointSegment');
    expect(segments).toHaveLength(2);
    for (const segment of segments) {
      expect(segment.Properties.ServiceTimeout).toBeGreaterThan(fn.Properties.Timeout as number);
      expect(segment.Properties.ServiceTimeout).toBeLessThanOrEqual(600);
    }
    expect(resources.find((r) => r.Type === 'AWS::Lambda::EventInvokeConfig')!.Properties.MaximumRetryAttempts).toBe(0);
  });

  test('a consumer who leaves the default provider in a HIPAA pipeline is told what to set', () => {
    // Not acknowledged by the construct: VPC, concurrency, DLQ and log encryption are the
    // consumer's decision, which the hardened provider's props make.
    const app = new App();
    consumerStack(app, false);
    app.synth();
    const violations = new HIPAASecurityChecks().validateScope(app).violations.map((v) => v.ruleName).sort();
    expect(violations).toEqual(expect.arrayContaining([
      'HIPAA.Security-CloudWatchLogGroupEncrypted',
      'HIPAA.Security-LambdaConcurrency',
      'HIPAA.Security-LambdaDLQ',
      'HIPAA.Security-LambdaInsideVPC',
    ]));
  });
});
