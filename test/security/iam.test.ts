/**
 * Security evidence, IAM: the synthesized role of a multi-app stack grants only the Pinpoint
 * actions the handler really calls, on partition-aware ARNs, never on `*`, and its only managed
 * policy is AWSLambdaBasicExecutionRole (for logs).
 *
 * The list of actions the handler needs is derived from lambda/ itself (every SDK `...Command` it
 * uses), so this test fails when the handler starts calling something without a grant, or when the
 * grant keeps an action nothing calls any more.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { AttributeDimension, PinpointSegment } from '../../lib';

const LAMBDA_DIR = path.join(__dirname, '..', '..', 'lambda');

/**
 * Actions that would be allowed on `Resource: '*'`, each with the citation of why (the action
 * lacks resource-level permissions). The design has none; adding one needs a citation here.
 */
const STAR_RESOURCE_JUSTIFICATIONS: Record<string, string> = {};

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

/** An intrinsic ARN as text: `{ Ref: X }` becomes `${X}`, Fn::Join is joined. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('Ref' in v) return `\${${String(v.Ref)}}`;
    if ('Fn::GetAtt' in v) return `\${${(v['Fn::GetAtt'] as string[]).join('.')}}`;
    if ('Fn::Join' in v) {
      const [separator, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(separator);
    }
  }
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Sid?: string;
  Condition?: unknown;
  NotAction?: unknown;
  NotResource?: unknown;
}

const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** A stack with two CfnApps, a plain-string application id, created and adopted segments. */
function multiAppStack(): { template: Template; stack: Stack } {
  const stack = new Stack(new App(), 'MultiApp');
  const appA = new CfnApp(stack, 'ProjectA', { name: 'a' });
  const appB = new CfnApp(stack, 'ProjectB', { name: 'b' });
  for (const app of [appA, appB]) {
    Validations.of(app).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'this test is about Pinpoint segments' });
  }
  const dims = { userAttributes: { plan: AttributeDimension.inclusive('gold') } };
  // Application A (a token): two created segments and one adopted.
  new PinpointSegment(stack, 'GoldA', { applicationId: appA.ref, name: 'gold', dimensions: dims });
  new PinpointSegment(stack, 'SilverA', { applicationId: appA.ref, name: 'silver', removalPolicy: RemovalPolicy.RETAIN });
  new PinpointSegment(stack, 'LapsedA', { applicationId: appA.ref, segmentId: 'adoptedA1', name: 'lapsed', restoreOnDelete: true });
  // Application B (a token): adopted only.
  new PinpointSegment(stack, 'LapsedB', { applicationId: appB.ref, segmentId: 'adoptedB1', name: 'lapsed b' });
  // A plain-string application: one adopted, one created.
  new PinpointSegment(stack, 'PlainAdopted', { applicationId: 'plainapp1', segmentId: 'adoptedP1', name: 'p1' });
  new PinpointSegment(stack, 'PlainCreated', { applicationId: 'plainapp2', name: 'p2', tags: { team: 'growth' } });
  return { template: Template.fromStack(stack), stack };
}

const ARN_PREFIX = 'arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:';

describe('the handler role', () => {
  const { template } = multiAppStack();
  const roles = template.findResources('AWS::IAM::Role');
  const roleEntries = Object.entries(roles);
  const [roleId, role] = roleEntries[0] as [string, { Properties: Record<string, unknown> }];
  const policies = (role.Properties.Policies ?? []) as Array<{ PolicyName: string; PolicyDocument: { Statement: Statement[] } }>;
  const statements = policies.flatMap((p) => p.PolicyDocument.Statement);

  test('there is one role, used by the one function, and it is assumable by Lambda only', () => {
    expect(roleEntries).toHaveLength(1);
    const functions = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(functions).toHaveLength(1);
    expect(functions[0].Properties.Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    const trust = role.Properties.AssumeRolePolicyDocument as { Statement: Array<Record<string, unknown>> };
    expect(trust.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }]);
  });

  test('its only managed policy is AWSLambdaBasicExecutionRole, and no other policy resource exists', () => {
    expect(role.Properties.ManagedPolicyArns).toEqual([
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] },
    ]);
    expect(template.findResources('AWS::IAM::Policy')).toEqual({});
    expect(template.findResources('AWS::IAM::ManagedPolicy')).toEqual({});
  });

  test('the handler uses only the Pinpoint SDK client', () => {
    const { clients, actions } = actionsUsedByHandler();
    expect([...clients].filter((c) => c.startsWith('@aws-sdk/'))).toEqual(['@aws-sdk/client-pinpoint']);
    // Sanity: the scan finds the calls we know of (it would find none if the source moved).
    expect(actions.size).toBeGreaterThanOrEqual(5);
    expect(actions).toContain('mobiletargeting:UpdateSegment');
  });

  test('it grants only mobiletargeting: actions, exactly those the handler calls', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.NotAction).toBeUndefined();
      expect(statement.NotResource).toBeUndefined();
    }
    const granted = new Set(statements.flatMap((s) => list(s.Action)));
    for (const action of granted) expect(action).toMatch(/^mobiletargeting:[A-Za-z]+$/);
    const { actions: used } = actionsUsedByHandler();
    const missing = [...used].filter((a) => !granted.has(a));
    const unused = [...granted].filter((a) => !used.has(a));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  test('no resource is "*", unless a cited justification says so', () => {
    for (const statement of statements) {
      for (const resource of list(statement.Resource)) {
        if (render(resource) !== '*') continue;
        for (const action of list(statement.Action)) {
          expect(STAR_RESOURCE_JUSTIFICATIONS[action]).toMatch(/\S{10,}/);
        }
      }
    }
    // The design has none.
    expect(statements.flatMap((s) => list(s.Resource)).map(render)).not.toContain('*');
  });

  test('every ARN is partition-aware (Ref AWS::Partition) and in this stack region and account', () => {
    const resources = statements.flatMap((s) => list(s.Resource));
    for (const resource of resources) {
      expect(resource).toHaveProperty('Fn::Join');
      const [, parts] = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
      expect(parts.slice(0, 2)).toEqual(['arn:', { Ref: 'AWS::Partition' }]);
      expect(render(resource).startsWith(ARN_PREFIX)).toBe(true);
      expect(render(resource)).not.toMatch(/arn:aws:|arn:aws-/);
    }
  });

  test('CreateSegment and GetSegments are granted on the applications that get new segments; the rest on segment ARNs', () => {
    const byAction = new Map<string, Set<string>>();
    for (const statement of statements) {
      for (const action of list(statement.Action)) {
        const set = byAction.get(action) ?? new Set<string>();
        for (const resource of list(statement.Resource)) set.add(render(resource).slice(ARN_PREFIX.length));
        byAction.set(action, set);
      }
    }
    // Only applications with a created segment; never application B (adopted only) or plainapp1.
    // GetSegments finds a segment an ambiguous CreateSegment failure may have made (lambda/pinpoint.ts).
    for (const action of ['mobiletargeting:CreateSegment', 'mobiletargeting:GetSegments']) {
      expect([action, [...byAction.get(action)!].sort()]).toEqual([action, ['apps/${ProjectA}', 'apps/plainapp2'].sort()]);
    }
    const segmentResources = [
      'apps/${ProjectA}/segments/*', // segment ids created at deploy time
      'apps/${ProjectA}/segments/adoptedA1',
      'apps/${ProjectB}/segments/adoptedB1',
      'apps/plainapp1/segments/adoptedP1',
      'apps/plainapp2/segments/*',
    ].sort();
    for (const [action, resources] of byAction) {
      if (action === 'mobiletargeting:CreateSegment' || action === 'mobiletargeting:GetSegments') continue;
      expect([action, [...resources].sort()]).toEqual([action, segmentResources]);
    }
  });

  test('a wildcard appears only as the segment id of an application that gets new segments', () => {
    const texts = statements.flatMap((s) => list(s.Resource)).map((r) => render(r).slice(ARN_PREFIX.length));
    for (const text of texts) {
      expect(text).toMatch(/^apps\/[^/*]+(\/segments\/([^/*]+|\*))?$/);
    }
    const wildcardApps = texts.filter((t) => t.endsWith('/segments/*')).map((t) => t.split('/')[1]);
    const createApps = texts.filter((t) => /^apps\/[^/]+$/.test(t)).map((t) => t.split('/')[1]);
    expect(new Set(wildcardApps)).toEqual(new Set(createApps));
  });

  test('a stack with only adopted segments of known ids grants exact ARNs and no CreateSegment', () => {
    const stack = new Stack(new App(), 'AdoptOnly');
    new PinpointSegment(stack, 'A', { applicationId: 'app1', segmentId: 'seg1', name: 'a' });
    new PinpointSegment(stack, 'B', { applicationId: 'app1', segmentId: 'seg2', name: 'b' });
    const role = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Role'))[0];
    const docs = role.Properties.Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>;
    const all = docs.flatMap((p) => p.PolicyDocument.Statement);
    expect(all.flatMap((s) => list(s.Action))).not.toContain('mobiletargeting:CreateSegment');
    const texts = all.flatMap((s) => list(s.Resource)).map(render);
    expect(texts.sort()).toEqual([`${ARN_PREFIX}apps/app1/segments/seg1`, `${ARN_PREFIX}apps/app1/segments/seg2`]);
  });
});
