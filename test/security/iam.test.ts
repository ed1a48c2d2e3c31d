/**
 * Security evidence, IAM: the provider's role grants only the Pinpoint actions the handler really
 * calls, on partition-aware ARNs, never on `*`, with no AWS managed policy; its logs permission is
 * inline and scoped to the function's own log group; the grants hold through CloudFormation's
 * cleanup phase; and they stay within IAM's size limits at the documented scale.
 *
 * The list of actions the handler needs is derived from lambda/ itself (every SDK `...Command` it
 * uses), so this test fails when the handler starts calling something without a grant, or when the
 * grant keeps an action nothing calls any more.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AttributeDimension, PinpointSegment, PinpointSegmentProvider } from '../../lib';
import {
  allows, AttachedPolicy, DEFAULT_ENV, Environment, policiesDuringCleanup, policiesOfRole, PolicyStatement, policySize, render, Template,
} from '../support/iam-model';
import { asList, isJsonObject, onlyResourceOfType, propertiesOf, templateJson } from '../support/json';

const LAMBDA_DIR = path.join(__dirname, '..', '..', 'lambda');

/**
 * Actions that may be allowed on `Resource: '*'`, each with the citation of why (the action has no
 * resource-level permissions). The default provider has none; these appear only with the provider
 * settings that need them.
 */
const STAR_RESOURCE_JUSTIFICATIONS: Record<string, string> = {
  'ec2:DescribeNetworkInterfaces': 'Lambda developer guide, "Giving Lambda functions access to resources in an Amazon VPC": '
    + 'this action only works if it is allowed on all resources ("Resource": "*"); only with vpc',
  'ec2:DescribeSubnets': 'EC2 Describe* actions support no resource-level permissions (Service Authorization Reference, '
    + 'Amazon EC2); part of AWSLambdaVPCAccessExecutionRole; only with vpc',
  'xray:PutTraceSegments': 'X-Ray supports no resource-level permissions for writing traces (Service Authorization '
    + 'Reference, AWS X-Ray); added by lambda.Function for Tracing.ACTIVE',
  'xray:PutTelemetryRecords': 'as xray:PutTraceSegments',
};

/** The Pinpoint commands the handler's source uses, as IAM actions. */
function actionsUsedByHandler(): { actions: Set<string>; clients: Set<string> } {
  const actions = new Set<string>();
  const clients = new Set<string>();
  for (const file of fs.readdirSync(LAMBDA_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(LAMBDA_DIR, file), 'utf8');
    for (const match of source.matchAll(/from\s+'(@aws-sdk\/[^']+)'/g)) clients.add(match[1]);
    // `new XCommand(` and imported `XCommand` names alike.
    for (const match of source.matchAll(/\b([A-Z][A-Za-z]+)Command\b/g)) actions.add(`mobiletargeting:${match[1]}`);
  }
  return { actions, clients };
}

/** `{ 'Fn::GetAtt': [logicalId, attribute] }` */
interface GetAtt {
  readonly 'Fn::GetAtt': [string, string];
}

/** The properties of an AWS::Lambda::Function that these tests read. */
interface FunctionProps {
  readonly Role: GetAtt;
  readonly LoggingConfig?: { readonly LogGroup: unknown };
  readonly VpcConfig?: { readonly SubnetIds: unknown };
  readonly DeadLetterConfig?: { readonly TargetArn: unknown };
}

/** A statement as the construct writes them: always an Action and a Resource. */
interface Statement extends PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
}

/** The statements of the policies, read as the construct writes them. */
const statementsOf = (policies: AttachedPolicy[]): Statement[] => policies.flatMap((p) => p.document.Statement as Statement[]);

const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Renders with symbolic values, `${X}` for a Ref to X, to read ARNs as text. */
function symbolic(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isJsonObject(value)) {
    if ('Ref' in value) return `\${${String(value.Ref)}}`;
    if ('Fn::GetAtt' in value) return `\${${(value['Fn::GetAtt'] as string[]).join('.')}}`;
    if ('Fn::Join' in value) {
      const [separator, parts] = value['Fn::Join'] as [string, unknown[]];
      return parts.map(symbolic).join(separator);
    }
  }
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}

const ARN_PREFIX = 'arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:';

function acknowledgeApps(...apps: CfnApp[]): void {
  for (const app of apps) {
    Validations.of(app).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'this test is about Pinpoint segments' });
  }
}

/** A stack with two CfnApps, plain-string application ids, created and adopted segments. */
function multiAppStack(): { template: Template; stack: Stack } {
  const stack = new Stack(new App(), 'MultiApp');
  const appA = new CfnApp(stack, 'ProjectA', { name: 'a' });
  const appB = new CfnApp(stack, 'ProjectB', { name: 'b' });
  acknowledgeApps(appA, appB);
  const dims = { userAttributes: { plan: AttributeDimension.inclusive('gold') } };
  // Application A (a token): two created segments and one adopted.
  new PinpointSegment(stack, 'GoldA', { applicationId: appA.ref, name: 'gold', dimensions: dims });
  new PinpointSegment(stack, 'SilverA', { applicationId: appA.ref, name: 'silver', removalPolicy: RemovalPolicy.RETAIN });
  new PinpointSegment(stack, 'LapsedA', { applicationId: appA.ref, segmentId: 'adoptedA1', name: 'lapsed', restoreOnDelete: true });
  // Application B (a token): adopted only.
  new PinpointSegment(stack, 'LapsedB', { applicationId: appB.ref, segmentId: 'adoptedB1', name: 'lapsed b' });
  // Plain-string applications: one adopted, one created.
  new PinpointSegment(stack, 'PlainAdopted', { applicationId: 'plainapp1', segmentId: 'adoptedP1', name: 'p1' });
  new PinpointSegment(stack, 'PlainCreated', { applicationId: 'plainapp2', name: 'p2', tags: { team: 'growth' } });
  return { template: templateJson(stack), stack };
}

describe('the default provider\'s role', () => {
  const { template } = multiAppStack();
  const [roleId, role] = onlyResourceOfType(template, 'AWS::IAM::Role');
  const attached = policiesOfRole(template, roleId);
  const statements = statementsOf(attached);
  const pinpoint = attached.filter((p) => p.kind === 'AWS::IAM::ManagedPolicy');
  const pinpointStatements = statementsOf(pinpoint);

  test('there is one role, used by the one function, and it is assumable by Lambda only', () => {
    const [, fn] = onlyResourceOfType<FunctionProps>(template, 'AWS::Lambda::Function');
    expect(propertiesOf(fn).Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    const trust = propertiesOf(role).AssumeRolePolicyDocument as { Statement: Array<Record<string, unknown>> };
    expect(trust.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }]);
  });

  test('it has no AWS managed policy: the logs permission is inline, scoped to the function\'s own log group', () => {
    expect(propertiesOf(role).ManagedPolicyArns).toBeUndefined();
    expect(JSON.stringify(template)).not.toContain('AWSLambdaBasicExecutionRole');
    const inline = attached.filter((p) => p.kind === 'inline');
    expect(inline).toHaveLength(1);
    const [logGroupId] = onlyResourceOfType(template, 'AWS::Logs::LogGroup');
    const [, fn] = onlyResourceOfType<FunctionProps>(template, 'AWS::Lambda::Function');
    expect(propertiesOf(fn).LoggingConfig?.LogGroup).toEqual({ Ref: logGroupId });
    expect(inline[0].document.Statement).toEqual([{
      Sid: 'WriteLogs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
    }]);
    // No other policy resource: no default policy, and the Pinpoint grants are customer managed.
    expect(Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy')).toEqual([]);
    expect(attached.map((p) => p.kind).sort()).toEqual(['inline', ...pinpoint.map(() => 'AWS::IAM::ManagedPolicy')].sort());
  });

  test('the Pinpoint grants are customer managed policies attached through their own Roles property', () => {
    expect(pinpoint.length).toBeGreaterThanOrEqual(1);
    expect(pinpoint.length).toBeLessThanOrEqual(2);
    for (const policy of pinpoint) {
      expect(propertiesOf(template.Resources[policy.source]).Roles).toEqual([{ Ref: roleId }]);
      // No fixed name: CloudFormation names each policy after its logical id, so an old and a new
      // policy never share a name.
      expect(propertiesOf(template.Resources[policy.source]).ManagedPolicyName).toBeUndefined();
    }
  });

  test('the handler uses only the Pinpoint SDK client', () => {
    const { clients, actions } = actionsUsedByHandler();
    expect([...clients].filter((c) => c.startsWith('@aws-sdk/'))).toEqual(['@aws-sdk/client-pinpoint']);
    // Sanity: the scan finds the calls we know of (it would find none if the source moved).
    expect(actions.size).toBeGreaterThanOrEqual(5);
    expect(actions).toContain('mobiletargeting:UpdateSegment');
  });

  test('it grants only named mobiletargeting: actions (besides the logs permission), exactly those the handler calls', () => {
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.NotAction).toBeUndefined();
      expect(statement.NotResource).toBeUndefined();
      expect(statement.Condition).toBeUndefined();
    }
    const granted = new Set(pinpointStatements.flatMap((s) => list(s.Action)));
    for (const action of granted) expect(action).toMatch(/^mobiletargeting:[A-Za-z]+$/);
    const others = statements.filter((s) => !pinpointStatements.includes(s)).flatMap((s) => list(s.Action));
    expect(others.sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    const { actions: used } = actionsUsedByHandler();
    const missing = [...used].filter((a) => !granted.has(a));
    const unused = [...granted].filter((a) => !used.has(a));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  test('no resource is "*"', () => {
    const resources = statements.flatMap((s) => list(s.Resource)).map(symbolic);
    expect(resources.length).toBeGreaterThan(0);
    expect(resources).not.toContain('*');
  });

  test('every Pinpoint ARN is partition-aware (Ref AWS::Partition) and in this stack\'s Region and account', () => {
    for (const resource of pinpointStatements.flatMap((s) => list(s.Resource))) {
      expect(resource).toHaveProperty('Fn::Join');
      const [, parts] = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
      expect(parts.slice(0, 2)).toEqual(['arn:', { Ref: 'AWS::Partition' }]);
      expect(symbolic(resource).startsWith(ARN_PREFIX)).toBe(true);
      expect(symbolic(resource)).not.toMatch(/arn:aws:|arn:aws-/);
    }
  });

  test('CreateSegment and GetSegments on the applications that get new segments; segment actions on every application\'s segments/*', () => {
    const byAction = new Map<string, Set<string>>();
    for (const statement of pinpointStatements) {
      for (const action of list(statement.Action)) {
        const set = byAction.get(action) ?? new Set<string>();
        for (const resource of list(statement.Resource)) set.add(symbolic(resource).slice(ARN_PREFIX.length));
        byAction.set(action, set);
      }
    }
    // Only applications with a created segment; never application B (adopted only) or plainapp1.
    for (const action of ['mobiletargeting:CreateSegment', 'mobiletargeting:GetSegments']) {
      expect([action, [...byAction.get(action)!].sort()]).toEqual([action, ['apps/${ProjectA}', 'apps/plainapp2'].sort()]);
    }
    // One wildcard per application, adopted-only ones included; never a segment's own ARN, so the
    // size does not grow with adopted segments and a changed segmentId stays covered.
    const segmentResources = ['apps/${ProjectA}/segments/*', 'apps/${ProjectB}/segments/*', 'apps/plainapp1/segments/*', 'apps/plainapp2/segments/*'].sort();
    for (const [action, resources] of byAction) {
      if (action === 'mobiletargeting:CreateSegment' || action === 'mobiletargeting:GetSegments') continue;
      expect([action, [...resources].sort()]).toEqual([action, segmentResources]);
    }
    expect(JSON.stringify(pinpointStatements)).not.toMatch(/adopted[ABP]1/);
  });

  test('every segment depends on the one policy that grants its application', () => {
    const segments = Object.entries(template.Resources).filter(([, r]) => r.Type === 'Custom::PinpointSegment');
    expect(segments).toHaveLength(6);
    const env: Environment = { ...DEFAULT_ENV, refs: { ProjectA: 'appA', ProjectB: 'appB' } };
    for (const [id, segment] of segments) {
      const grants = asList(segment.DependsOn).filter((d) => template.Resources[d]?.Type === 'AWS::IAM::ManagedPolicy');
      expect([id, grants.length]).toEqual([id, 1]);
      const app = render(propertiesOf(segment).ApplicationId, env);
      const document = propertiesOf(template.Resources[grants[0]]).PolicyDocument;
      const arn = `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${app}/segments/any`;
      expect([id, allows([document], 'mobiletargeting:DeleteSegment', arn, env)]).toEqual([id, true]);
    }
  });
});

describe('cleanup: the policy in force when CloudFormation deletes or restores the old segment', () => {
  // The template-level model of CloudFormation's ordering (test/support/iam-model.ts): policies of
  // the new template, plus removed policies the old resource depended on. The rehearsal plays the
  // same refactors against the emulator with the policy enforced (test/local).
  const env: Environment = { ...DEFAULT_ENV, refs: { ProjectA: 'appA', ProjectB: 'appB' } };

  function synth(declare: (stack: Stack, apps: { a: CfnApp; b: CfnApp }) => void): Template {
    const stack = new Stack(new App(), 'Refactor');
    const a = new CfnApp(stack, 'ProjectA', { name: 'a' });
    const b = new CfnApp(stack, 'ProjectB', { name: 'b' });
    acknowledgeApps(a, b);
    // A bystander in another application keeps the role's policies from being trivially empty.
    new PinpointSegment(stack, 'Bystander', { applicationId: 'otherapp', name: 'bystander' });
    declare(stack, { a, b });
    return templateJson(stack);
  }

  function roleOf(template: Template): string {
    return onlyResourceOfType(template, 'AWS::IAM::Role')[0];
  }

  function allowedDuringCleanup(oldT: Template, newT: Template, logicalIdPrefix: string, actions: string[], arn: string): Record<string, boolean> {
    const id = Object.keys(oldT.Resources).find((k) => k.startsWith(logicalIdPrefix) && oldT.Resources[k].Type === 'Custom::PinpointSegment')!;
    expect(id).toBeDefined();
    const documents = policiesDuringCleanup(oldT, newT, roleOf(oldT), id).map((p: AttachedPolicy) => p.document);
    return Object.fromEntries(actions.map((action) => [action, allows(documents, action, arn, env)]));
  }

  const DELETE = ['mobiletargeting:DeleteSegment'];
  const RESTORE = ['mobiletargeting:GetSegment', 'mobiletargeting:GetSegmentVersion', 'mobiletargeting:UpdateSegment'];
  const allTrue = (actions: string[]) => Object.fromEntries(actions.map((a) => [a, true]));

  test('applicationId changed: the old application\'s segment can still be deleted', () => {
    const oldT = synth((s, { a }) => new PinpointSegment(s, 'Gold', { applicationId: a.ref, name: 'gold' }));
    const newT = synth((s, { b }) => new PinpointSegment(s, 'Gold', { applicationId: b.ref, name: 'gold' }));
    expect(allowedDuringCleanup(oldT, newT, 'Gold', DELETE, 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/appA/segments/created1'))
      .toEqual(allTrue(DELETE));
  });

  test('last segment of an application removed: it can still be deleted', () => {
    const oldT = synth((s, { a }) => new PinpointSegment(s, 'Gold', { applicationId: a.ref, name: 'gold' }));
    const newT = synth(() => undefined);
    expect(allowedDuringCleanup(oldT, newT, 'Gold', DELETE, 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/appA/segments/created1'))
      .toEqual(allTrue(DELETE));
  });

  test('created segment switched to an adopted one: the created one can still be deleted', () => {
    const oldT = synth((s) => new PinpointSegment(s, 'Gold', { applicationId: 'plainapp', name: 'gold' }));
    const newT = synth((s) => new PinpointSegment(s, 'Gold', { applicationId: 'plainapp', segmentId: 'console1', name: 'gold' }));
    expect(allowedDuringCleanup(oldT, newT, 'Gold', DELETE, 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/plainapp/segments/created1'))
      .toEqual(allTrue(DELETE));
  });

  test('adopted segmentId changed with restoreOnDelete: the old one can still be restored', () => {
    const oldT = synth((s) => new PinpointSegment(s, 'Gold', { applicationId: 'plainapp', segmentId: 'console1', name: 'gold', restoreOnDelete: true }));
    const newT = synth((s) => new PinpointSegment(s, 'Gold', { applicationId: 'plainapp', segmentId: 'console2', name: 'gold', restoreOnDelete: true }));
    expect(allowedDuringCleanup(oldT, newT, 'Gold', RESTORE, 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/plainapp/segments/console1'))
      .toEqual(allTrue(RESTORE));
  });

  test('an adopted segment of a removed application can still be restored', () => {
    const oldT = synth((s, { a }) => new PinpointSegment(s, 'Gold', { applicationId: a.ref, segmentId: 'console1', name: 'gold', restoreOnDelete: true }));
    const newT = synth(() => undefined);
    expect(allowedDuringCleanup(oldT, newT, 'Gold', RESTORE, 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/appA/segments/console1'))
      .toEqual(allTrue(RESTORE));
  });

  test('a policy is never edited in place: a changed application set is a new policy resource', () => {
    const oldT = synth((s, { a }) => new PinpointSegment(s, 'Gold', { applicationId: a.ref, name: 'gold' }));
    const newT = synth((s, { a, b }) => {
      new PinpointSegment(s, 'Gold', { applicationId: a.ref, name: 'gold' });
      new PinpointSegment(s, 'Other', { applicationId: b.ref, name: 'other' });
    });
    const documentsById = (t: Template) => new Map(Object.entries(t.Resources)
      .filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy')
      .map(([id, r]) => [id, JSON.stringify(propertiesOf(r).PolicyDocument)]));
    const before = documentsById(oldT);
    const after = documentsById(newT);
    for (const [id, document] of after) {
      if (before.has(id)) expect([id, before.get(id)]).toEqual([id, document]);
    }
    // Something did change: application B's grant is in a policy the old template did not have.
    expect([...after.keys()].some((id) => !before.has(id))).toBe(true);
  });
});

describe('size at scale', () => {
  // IAM counts a policy's characters without whitespace: JSON.stringify of the rendered document.
  // Rendered with long values, to be safe for every partition and Region: a 10-character partition,
  // a 14-character Region, 32-character application ids, and a log group ARN at its longest.
  const longEnv = (template: Template): Environment => {
    const refs: Record<string, string> = {};
    for (const [id, r] of Object.entries(template.Resources)) {
      if (r.Type === 'AWS::Pinpoint::App') refs[id] = id.toLowerCase().padEnd(32, '0').slice(0, 32);
      if (r.Type === 'AWS::Logs::LogGroup') refs[`${id}.Arn`] = `arn:aws-us-gov:logs:ap-southeast-2:123456789012:log-group:${'x'.repeat(512)}:*`;
      if (r.Type === 'AWS::IAM::Role') refs[id] = 'role';
    }
    return { partition: 'aws-us-gov', region: 'ap-southeast-2', account: '123456789012', refs };
  };

  /**
   * `segments` segments spread over `applications` applications: CfnApps in the stack, or (with
   * `external`) 32-character ids of applications made elsewhere, as a stack of 496 segments has.
   */
  function scaleStack(segments: number, adopted: number, applications: number, external = false): Template {
    // CloudFormation's limit is 500 resources; 496 segments plus the provider go past it, so that
    // synth-time check is off where only the policy sizes are measured.
    const stack = new Stack(new App({ context: external ? { '@aws-cdk/core:stackResourceLimit': 0 } : {} }), 'Scale');
    const apps = external
      ? Array.from({ length: applications }, (_, i) => `${'a'.repeat(30)}${String(i).padStart(2, '0')}`)
      : Array.from({ length: applications }, (_, i) => new CfnApp(stack, `Project${i}`, { name: `p${i}` }));
    for (const app of apps) if (app instanceof CfnApp) acknowledgeApps(app);
    for (let i = 0; i < segments; i++) {
      const app = apps[i % applications];
      new PinpointSegment(stack, `S${i}`, {
        applicationId: app instanceof CfnApp ? app.ref : app,
        name: `segment ${i}`,
        segmentId: i < adopted ? `${'0'.repeat(24)}${String(i).padStart(8, '0')}` : undefined,
      });
    }
    return templateJson(stack);
  }

  /** The sizes IAM would measure, by kind of policy. */
  function measure(template: Template) {
    const env = longEnv(template);
    const [roleId] = onlyResourceOfType(template, 'AWS::IAM::Role');
    const attached = policiesOfRole(template, roleId);
    const rendered = attached.map((p) => ({ ...p, size: policySize(renderDeepForSize(p.document, env)) }));
    const inlineTotal = rendered.filter((p) => p.kind === 'inline' || p.kind === 'AWS::IAM::Policy').reduce((n, p) => n + p.size, 0);
    const managed = rendered.filter((p) => p.kind === 'AWS::IAM::ManagedPolicy' || p.kind === 'aws-managed');
    return { inlineTotal, managedSizes: managed.map((p) => p.size), managedCount: managed.length };
  }

  test('496 segments, created and adopted, over 20 applications: within every IAM limit, even mid-update', () => {
    const template = scaleStack(496, 300, 20, true);
    const { inlineTotal, managedSizes, managedCount } = measure(template);
    // A role's inline policies total at most 10,240 characters; a managed policy at most 6,144.
    expect(inlineTotal).toBeLessThanOrEqual(10_240);
    for (const size of managedSizes) expect(size).toBeLessThanOrEqual(6_144);
    // A role takes 10 managed policies. During an update each changed group briefly has its old and
    // its new policy attached, so even if every group changes at once it stays within 10.
    expect(managedCount * 2).toBeLessThanOrEqual(10);
    // Adopted segments add nothing: the same stack with all 496 created measures the same.
    const allCreated = measure(scaleStack(496, 0, 20, true));
    expect(allCreated.managedSizes.reduce((a, b) => a + b, 0)).toBe(managedSizes.reduce((a, b) => a + b, 0));
  });

  test('too many applications for one provider fail at synth, before IAM would refuse the policy at deploy', () => {
    const stack = new Stack(new App(), 'TooMany');
    const declare = (i: number) => new PinpointSegment(stack, `S${i}`, { applicationId: `${'b'.repeat(29)}${String(i).padStart(3, '0')}`, name: `s${i}` });
    let declared = 0;
    expect(() => {
      for (; declared < 200; declared++) declare(declared);
    }).toThrow(/^TooMany\/S\d+: the provider TooMany\/PinpointSegmentProvider cannot grant one more application: its policy would reach about \d+ characters, over IAM's 6144 for a managed policy; give the segments of some applications a second PinpointSegmentProvider$/);
    // Well past 20 applications, and each policy the stack has so far fits (the estimate is safe).
    expect(declared).toBeGreaterThan(40);
    const template = templateJson(stack);
    for (const size of measure(template).managedSizes) expect(size).toBeLessThanOrEqual(6_144);
  });

  test('450 segments (300 adopted) over 20 applications: the stack stays within 500 resources', () => {
    const template = scaleStack(450, 300, 20);
    const count = Object.keys(template.Resources).length;
    // 450 segments + 20 applications + the provider (log group, role, function, invoke config) and
    // at most 2 grant policies.
    expect(count).toBeLessThanOrEqual(450 + 20 + 4 + 2);
    expect(count).toBeLessThanOrEqual(500);
    const { inlineTotal, managedSizes } = measure(template);
    expect(inlineTotal).toBeLessThanOrEqual(10_240);
    for (const size of managedSizes) expect(size).toBeLessThanOrEqual(6_144);
  });
});

/** renderDeep that also tolerates a Sid-less document. */
function renderDeepForSize(document: unknown, env: Environment): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (isJsonObject(value)) {
      if ('Ref' in value || 'Fn::GetAtt' in value || 'Fn::Join' in value) return render(value, env);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(document);
}

describe('providers you configure', () => {
  test('several providers and several segments in one stack: each segment uses its provider\'s function and grants', () => {
    const stack = new Stack(new App(), 'Two');
    const app = new CfnApp(stack, 'Project', { name: 'p' });
    acknowledgeApps(app);
    const second = new PinpointSegmentProvider(stack, 'Second');
    const third = new PinpointSegmentProvider(stack, 'Third', { logGroup: logs.LogGroup.fromLogGroupName(stack, 'Logs', 'team-logs') });
    new PinpointSegment(stack, 'DefaultOne', { applicationId: app.ref, name: 'd1' });
    new PinpointSegment(stack, 'DefaultTwo', { applicationId: app.ref, name: 'd2' });
    new PinpointSegment(stack, 'SecondOne', { applicationId: app.ref, name: 's1', provider: second });
    new PinpointSegment(stack, 'SecondTwo', { applicationId: 'otherapp', segmentId: 'seg', name: 's2', provider: second });
    new PinpointSegment(stack, 'ThirdOne', { applicationId: 'thirdapp', name: 't1', provider: third });
    const template = templateJson(stack);

    const functions = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
    expect(functions.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort())
      .toEqual(['PinpointSegmentProviderHandler', 'SecondHandler', 'ThirdHandler']);
    const env: Environment = { ...DEFAULT_ENV, refs: { Project: 'appP' } };
    const expectations: Array<[string, string, string]> = [
      ['DefaultOne', 'PinpointSegmentProvider', 'appP'],
      ['DefaultTwo', 'PinpointSegmentProvider', 'appP'],
      ['SecondOne', 'Second', 'appP'],
      ['SecondTwo', 'Second', 'otherapp'],
      ['ThirdOne', 'Third', 'thirdapp'],
    ];
    for (const [segmentPrefix, providerPrefix, appId] of expectations) {
      const [id, segment] = Object.entries(template.Resources).find(([k, r]) => k.startsWith(segmentPrefix) && r.Type === 'Custom::PinpointSegment')!;
      const fnId = (propertiesOf(segment).ServiceToken as GetAtt)['Fn::GetAtt'][0];
      expect([id, fnId.startsWith(`${providerPrefix}Handler`)]).toEqual([id, true]);
      const roleId = (propertiesOf(template.Resources[fnId]).Role as GetAtt)['Fn::GetAtt'][0];
      const documents = policiesOfRole(template, roleId).map((p) => p.document);
      const arn = `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${appId}/segments/x`;
      expect([id, allows(documents, 'mobiletargeting:DeleteSegment', arn, env)]).toEqual([id, true]);
      // The grant is on this provider's role only: other roles do not get this application
      // unless one of their own segments is in it.
      for (const [otherRole] of Object.entries(template.Resources).filter(([k, r]) => r.Type === 'AWS::IAM::Role' && k !== roleId)) {
        const others = policiesOfRole(template, otherRole).map((p) => p.document);
        const theirApps = expectations.filter(([, p]) => otherRole.startsWith(`${p}Role`)).map(([, , a]) => a);
        expect([id, otherRole, allows(others, 'mobiletargeting:DeleteSegment', arn, env)]).toEqual([id, otherRole, theirApps.includes(appId)]);
      }
    }
    // The third provider writes to the given log group and creates none of its own.
    expect(Object.keys(template.Resources).filter((k) => k.startsWith('ThirdLogGroup'))).toEqual([]);
    const [thirdRoleId] = Object.entries(template.Resources).find(([k, r]) => k.startsWith('ThirdRole') && r.Type === 'AWS::IAM::Role')!;
    const thirdInline = policiesOfRole(template, thirdRoleId).filter((p) => p.kind === 'inline');
    expect(thirdInline.flatMap((p) => p.document.Statement).map((s) => render(s.Resource, DEFAULT_ENV)))
      .toEqual(['arn:aws:logs:us-east-1:123456789012:log-group:team-logs:*']);
  });

  test('a segment cannot use a provider of another stack', () => {
    const app = new App();
    const provider = new PinpointSegmentProvider(new Stack(app, 'One'), 'Provider');
    expect(() => new PinpointSegment(new Stack(app, 'Two'), 'S', { applicationId: 'a', name: 's', provider }))
      .toThrow(/^Two\/S: provider must be in the same stack as the segment/);
  });

  test('a hardened provider: ENI and X-Ray permissions only where AWS documents "*", with cited justifications', () => {
    const stack = new Stack(new App(), 'Hardened');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
      vpcId: 'vpc-1234', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-1234'],
    });
    const provider = new PinpointSegmentProvider(stack, 'Provider', {
      vpc,
      tracing: lambda.Tracing.ACTIVE,
      deadLetterQueue: new sqs.Queue(stack, 'Dlq', { encryption: sqs.QueueEncryption.KMS_MANAGED }),
      reservedConcurrentExecutions: 2,
    });
    new PinpointSegment(stack, 'S', { applicationId: 'a', name: 's', provider });
    const template = templateJson(stack);
    const [roleId, role] = onlyResourceOfType(template, 'AWS::IAM::Role');
    expect(propertiesOf(role).ManagedPolicyArns).toBeUndefined();
    const statements = statementsOf(policiesOfRole(template, roleId));
    for (const statement of statements) {
      for (const resource of list(statement.Resource)) {
        if (symbolic(resource) !== '*') continue;
        for (const action of list(statement.Action)) {
          expect([action, STAR_RESOURCE_JUSTIFICATIONS[action]]).toEqual([action, expect.stringMatching(/\S{10,}/)]);
        }
      }
    }
    const actions = new Set(statements.flatMap((s) => list(s.Action)));
    for (const action of ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'xray:PutTraceSegments', 'sqs:SendMessage']) {
      expect(actions).toContain(action);
    }
    const [, fn] = onlyResourceOfType<FunctionProps>(template, 'AWS::Lambda::Function');
    expect(fn.Properties).toMatchObject({ ReservedConcurrentExecutions: 2, TracingConfig: { Mode: 'Active' } });
    expect(propertiesOf(fn).VpcConfig?.SubnetIds).toEqual(['subnet-1234']);
    expect(propertiesOf(fn).DeadLetterConfig?.TargetArn).toBeDefined();
  });

  test('vpcSubnets and securityGroups without vpc fail at synth, naming the provider', () => {
    const stack = new Stack(new App(), 'NoVpc');
    expect(() => new PinpointSegmentProvider(stack, 'P', { vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }))
      .toThrow(/^NoVpc\/P: vpcSubnets and securityGroups need vpc$/);
  });
});
