import { App, CfnElement, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CfnApp, CfnSegment, ISegmentRef } from 'aws-cdk-lib/aws-pinpoint';
import {
  AttributeDimension,
  GpsPoint,
  MetricDimension,
  PinpointSegment,
  SourceType,
  Values,
} from '../lib';
import type { PolicyDocument, PolicyStatement } from './support/iam-model';
import { CfnResource, onlyResourceOfType, propertiesOf, resourcesOfType, templateJson } from './support/json';

function newStack(): { stack: Stack; project: CfnApp } {
  const stack = new Stack(new App(), 'Test');
  const project = new CfnApp(stack, 'Project', { name: 'test' });
  return { stack, project };
}

function resourceOf(template: Template, type: string): CfnResource {
  return onlyResourceOfType(template, type)[1];
}

describe('PinpointSegment', () => {
  test('renders the definition in the API shape, with ServiceTimeout set', () => {
    const { stack, project } = newStack();
    new PinpointSegment(stack, 'Gold', {
      applicationId: project.ref,
      name: 'Gold',
      dimensions: {
        location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) },
        metrics: { orders: MetricDimension.greaterThan(5) },
        userAttributes: { plan: AttributeDimension.inclusive('gold') },
        demographic: { platform: Values.including('ios') },
      },
      tags: { team: 'growth' },
    });

    Template.fromStack(stack).hasResourceProperties('Custom::PinpointSegment', {
      ServiceToken: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PinpointSegmentProviderHandler'), 'Arn'] },
      ServiceTimeout: 300,
      ApplicationId: { Ref: 'Project' },
      Name: 'Gold',
      Dimensions: {
        Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 50 } },
        Metrics: { orders: { ComparisonOperator: 'GREATER_THAN', Value: 5 } },
        UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
        Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } },
      },
      Tags: { team: 'growth' },
      SegmentId: Match.absent(),
      SegmentGroups: Match.absent(),
      RemovalPolicy: Match.absent(),
      RestoreOnDelete: Match.absent(),
    });
  });

  test('the primary child is named Resource and has no deletion policy by default', () => {
    const { stack, project } = newStack();
    const segment = new PinpointSegment(stack, 'Gold', { applicationId: project.ref, name: 'Gold' });
    expect(segment.node.defaultChild).toBe(segment.node.findChild('Resource'));
    const resource = resourceOf(Template.fromStack(stack), 'Custom::PinpointSegment');
    expect(resource.DeletionPolicy).toBeUndefined();
  });

  test('an adopted segment carries its id and restoreOnDelete, and never gets a Retain policy', () => {
    const { stack, project } = newStack();
    new PinpointSegment(stack, 'Adopted', {
      applicationId: project.ref,
      segmentId: 'abc123',
      name: 'Adopted',
      segmentGroups: { groups: [{ sourceSegments: [{ id: 'src', version: 2 }], sourceType: SourceType.ANY }] },
      restoreOnDelete: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('Custom::PinpointSegment', {
      SegmentId: 'abc123',
      RestoreOnDelete: true,
      SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'src', Version: 2 }], SourceType: 'ANY' }] },
    });
    // The Delete must still reach the handler, or restoreOnDelete could not run.
    expect(resourceOf(template, 'Custom::PinpointSegment').DeletionPolicy).toBeUndefined();
  });

  test('RETAIN keeps a created segment: a Retain deletion policy and the handler told too', () => {
    const { stack, project } = newStack();
    new PinpointSegment(stack, 'Kept', { applicationId: project.ref, name: 'Kept', removalPolicy: RemovalPolicy.RETAIN });
    const template = Template.fromStack(stack);
    template.hasResource('Custom::PinpointSegment', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ RemovalPolicy: 'retain' }),
    });
  });

  test('attributes are deploy-time values read from the custom resource', () => {
    const { stack, project } = newStack();
    const segment = new PinpointSegment(stack, 'Gold', { applicationId: project.ref, name: 'Gold' });
    const resolved = (v: string): unknown => stack.resolve(v);
    const logicalId = stack.getLogicalId(segment.node.defaultChild as CfnElement);
    expect(resolved(segment.segmentId)).toEqual({ 'Fn::GetAtt': [logicalId, 'SegmentId'] });
    expect(resolved(segment.segmentArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'Arn'] });
    expect(resolved(segment.segmentVersion)).toEqual({ 'Fn::GetAtt': [logicalId, 'Version'] });
    expect(resolved(segment.applicationId)).toEqual({ 'Fn::GetAtt': [logicalId, 'ApplicationId'] });
    expect(resolved(segment.segmentRef.segmentId)).toEqual({ 'Fn::GetAtt': [logicalId, 'SegmentId'] });
    expect(resolved(segment.segmentRef.segmentArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'Arn'] });
  });

  test('is an ISegmentRef that aws-cdk-lib resolves to the real segment ARN', () => {
    const { stack, project } = newStack();
    const segment = new PinpointSegment(stack, 'Gold', { applicationId: project.ref, name: 'Gold' });
    const ref: ISegmentRef = segment; // checked by `npm run typecheck`
    const logicalId = stack.getLogicalId(segment.node.defaultChild as CfnElement);
    expect(stack.resolve(CfnSegment.arnForSegment(ref))).toEqual({ 'Fn::GetAtt': [logicalId, 'Arn'] });
  });

  test('an invalid definition fails at synth with every problem and its path', () => {
    const { stack, project } = newStack();
    expect(() => new PinpointSegment(stack, 'Bad', {
      applicationId: project.ref,
      name: '',
      dimensions: { location: { gpsPoint: GpsPoint.within(95, 0, 1) } },
    })).toThrow(/name:[\s\S]*dimensions\.location\.gpsPoint\.coordinates\.latitude: 95 is outside -90\.\.90/);
  });
});

describe('the shared handler', () => {
  test('three segments share exactly one function', () => {
    const { stack, project } = newStack();
    for (const name of ['A', 'B', 'C']) {
      new PinpointSegment(stack, name, { applicationId: project.ref, name });
    }
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('Custom::PinpointSegment', 3);
  });

  test('each stack gets its own function', () => {
    const app = new App();
    const stacks = ['One', 'Two'].map((id) => {
      const stack = new Stack(app, id);
      new PinpointSegment(stack, 'S', { applicationId: 'app', name: 'S' });
      return stack;
    });
    for (const stack of stacks) {
      Template.fromStack(stack).resourceCountIs('AWS::Lambda::Function', 1);
    }
  });

  test('runs on the latest Node.js runtime, on ARM64, with log retention and no async retries', () => {
    const { stack, project } = newStack();
    new PinpointSegment(stack, 'S', { applicationId: project.ref, name: 'S' });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 120,
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^PinpointSegmentProviderLogGroup') } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0 });
  });

  test('the provider adds at most five resources to the stack for one application', () => {
    const { stack } = newStack();
    for (let i = 0; i < 5; i++) {
      new PinpointSegment(stack, `S${i}`, { applicationId: 'app', name: `S${i}` });
    }
    const resources = templateJson(stack).Resources;
    // 1 CfnApp + 5 segments + the provider's resources: log group, role, function, its invoke
    // config, and the one managed policy of the application's grant group.
    expect(Object.keys(resources).length - 1 - 5).toBeLessThanOrEqual(5);
  });
});

describe('IAM', () => {
  /** The Pinpoint grants: the statements of the provider's customer managed policies. */
  function inlineStatements(template: Template): PolicyStatement[] {
    return Object.values(resourcesOfType<{ PolicyDocument: PolicyDocument }>(template, 'AWS::IAM::ManagedPolicy'))
      .flatMap((p) => propertiesOf(p).PolicyDocument.Statement);
  }

  /** The statement with this Sid; throws if there is none. */
  function statementWithSid(statements: PolicyStatement[], sid: string): PolicyStatement {
    const found = statements.find((s) => s.Sid === sid);
    if (!found) throw new Error(`no statement with Sid ${sid}`);
    return found;
  }

  test('grants only mobiletargeting actions, never on *, with partition-aware ARNs', () => {
    const { stack, project } = newStack();
    new PinpointSegment(stack, 'Created', { applicationId: project.ref, name: 'Created' });
    new PinpointSegment(stack, 'Adopted', { applicationId: 'fixedapp', segmentId: 'seg1', name: 'Adopted' });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Policy', 0);

    const statements = inlineStatements(template);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const actions = [statement.Action].flat();
      for (const action of actions) {
        expect(action).toMatch(/^mobiletargeting:/);
      }
      const resources = [statement.Resource].flat();
      for (const resource of resources) {
        expect(resource).not.toEqual('*');
        expect(JSON.stringify(resource)).toContain('{"Ref":"AWS::Partition"}');
      }
    }
  });

  test('scopes every segment to its application\'s segments, adopted ones too (no per-segment ARN)', () => {
    const { stack, project } = newStack();
    new PinpointSegment(stack, 'Created', { applicationId: project.ref, name: 'Created' });
    new PinpointSegment(stack, 'Adopted', { applicationId: 'fixedapp', segmentId: 'seg1', name: 'Adopted' });
    const statements = inlineStatements(Template.fromStack(stack));
    const rendered = JSON.stringify(statements);

    const manage = statementWithSid(statements, 'ManageSegments');
    expect(manage.Action).toEqual(expect.arrayContaining(['mobiletargeting:UpdateSegment', 'mobiletargeting:TagResource']));
    const manageResources = JSON.stringify(manage.Resource);
    expect(manageResources).toContain(':apps/fixedapp/segments/*');
    expect(manageResources).toContain('{"Ref":"Project"},"/segments/*"');
    expect(manageResources).not.toContain('seg1');

    const create = statementWithSid(statements, 'CreateSegments');
    expect(create.Action).toEqual(['mobiletargeting:CreateSegment', 'mobiletargeting:GetSegments']);
    expect(JSON.stringify(create.Resource)).toContain('{"Ref":"Project"}');
    expect(JSON.stringify(create.Resource)).not.toContain('fixedapp');
    expect(rendered).not.toContain('"Resource":"*"');
  });

  test('several segments of one application share one resource entry', () => {
    const { stack, project } = newStack();
    for (const name of ['A', 'B', 'C']) {
      new PinpointSegment(stack, name, { applicationId: project.ref, name });
    }
    const manage = statementWithSid(inlineStatements(Template.fromStack(stack)), 'ManageSegments');
    expect([manage.Resource].flat()).toHaveLength(1);
  });

  test('a stack with only adopted segments gets no CreateSegment permission', () => {
    const { stack } = newStack();
    new PinpointSegment(stack, 'Adopted', { applicationId: 'fixedapp', segmentId: 'seg1', name: 'Adopted' });
    const statements = inlineStatements(Template.fromStack(stack));
    expect(statements.find((s) => s.Sid === 'CreateSegments')).toBeUndefined();
  });
});
