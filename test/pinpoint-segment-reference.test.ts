// The reference API: IPinpointSegment, PinpointSegment.fromSegmentAttributes, asSourceSegment, and
// segmentVersionNumber for properties that take a number.
import { App, CfnElement, Resource, Stack, Token, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnCampaign, CfnSegment } from 'aws-cdk-lib/aws-pinpoint';
import { IPinpointSegment, PinpointSegment } from '../lib';

const APP_ID = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const SEGMENT_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

function newStack(env?: { account: string; region: string }): Stack {
  return new Stack(new App(), 'Growth', { env });
}

describe('PinpointSegment.fromSegmentAttributes', () => {
  test('returns an IPinpointSegment with the given ids and adds nothing to the template', () => {
    const stack = newStack();
    const vip: IPinpointSegment = PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: SEGMENT_ID });

    expect(vip.applicationId).toBe(APP_ID);
    expect(vip.segmentId).toBe(SEGMENT_ID);
    expect(vip).toBeInstanceOf(Resource);
    expect(stack.node.findAll().filter((c) => c instanceof CfnElement)).toEqual([]);
  });

  test('derives the ARN in the stack partition, region and account', () => {
    const stack = newStack();
    const vip = PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: SEGMENT_ID });

    expect(stack.resolve(vip.segmentArn)).toEqual({
      'Fn::Join': ['', [
        'arn:', { Ref: 'AWS::Partition' }, ':mobiletargeting:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' },
        `:apps/${APP_ID}/segments/${SEGMENT_ID}`,
      ]],
    });
  });

  test('uses the stack region and account when they are concrete, and the partition from the deployment', () => {
    const stack = newStack({ account: '123456789012', region: 'cn-north-1' });
    const vip = PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: SEGMENT_ID });

    expect(stack.resolve(vip.segmentArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:mobiletargeting:cn-north-1:123456789012:apps/${APP_ID}/segments/${SEGMENT_ID}`]],
    });
  });

  test('is an ISegmentRef for aws-cdk-lib', () => {
    const stack = newStack();
    const vip = PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: SEGMENT_ID });

    expect(vip.segmentRef.segmentId).toBe(SEGMENT_ID);
    expect(CfnSegment.arnForSegment(vip)).toBe(vip.segmentArn);
  });

  test('refuses an empty id, naming the construct and the field', () => {
    const stack = newStack();
    expect(() => PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: ' ' }))
      .toThrow(/^Growth\/Vip: segmentId: must not be empty$/);
    expect(() => PinpointSegment.fromSegmentAttributes(stack, 'Vip2', { applicationId: '', segmentId: SEGMENT_ID }))
      .toThrow(/^Growth\/Vip2: applicationId: must not be empty$/);
  });

  test('accepts tokens for both ids', () => {
    const stack = newStack();
    const vip = PinpointSegment.fromSegmentAttributes(stack, 'Vip', {
      applicationId: Token.asString({ Ref: 'AppId' }),
      segmentId: Token.asString({ Ref: 'SegmentId' }),
    });
    expect(stack.resolve(vip.segmentId)).toEqual({ Ref: 'SegmentId' });
  });
});

describe('asSourceSegment', () => {
  test('a segment managed elsewhere becomes a base segment, by id, with or without a version', () => {
    const stack = newStack();
    const vip = PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: SEGMENT_ID });
    new PinpointSegment(stack, 'LapsedVip', {
      applicationId: APP_ID,
      name: 'Lapsed VIP',
      segmentGroups: { groups: [{ sourceSegments: [vip.asSourceSegment(), vip.asSourceSegment(3)] }] },
    });

    Template.fromStack(stack).hasResourceProperties('Custom::PinpointSegment', {
      SegmentGroups: { Groups: [{ SourceSegments: [{ Id: SEGMENT_ID }, { Id: SEGMENT_ID, Version: 3 }] }] },
    });
  });

  test("a segment of this stack becomes a base segment through its deploy-time id", () => {
    const stack = newStack();
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: APP_ID, name: 'Gold' });
    new PinpointSegment(stack, 'GoldOnIos', {
      applicationId: APP_ID,
      name: 'Gold on iOS',
      segmentGroups: { groups: [{ sourceSegments: [gold.asSourceSegment(1)] }] },
    });

    const template = Template.fromStack(stack);
    const goldLogicalId = stack.getLogicalId(gold.node.defaultChild as never);
    template.hasResourceProperties('Custom::PinpointSegment', {
      Name: 'Gold on iOS',
      SegmentGroups: { Groups: [{ SourceSegments: [{ Id: { 'Fn::GetAtt': [goldLogicalId, 'SegmentId'] }, Version: 1 }] }] },
    });
  });

  test('an invalid version is still caught by validation', () => {
    const stack = newStack();
    const vip = PinpointSegment.fromSegmentAttributes(stack, 'Vip', { applicationId: APP_ID, segmentId: SEGMENT_ID });
    expect(() => new PinpointSegment(stack, 'Bad', {
      applicationId: APP_ID,
      name: 'Bad',
      segmentGroups: { groups: [{ sourceSegments: [vip.asSourceSegment(0)] }] },
    })).toThrow(/segmentGroups\.groups\[0\]\.sourceSegments\[0\]\.version/);
  });
});

describe('segmentVersionNumber', () => {
  test('is a number token that CfnCampaign takes as its segmentVersion, resolving to the Version attribute', () => {
    const stack = newStack();
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: APP_ID, name: 'Gold' });
    expect(typeof gold.segmentVersionNumber).toBe('number');
    expect(Token.isUnresolved(gold.segmentVersionNumber)).toBe(true);

    const campaign = new CfnCampaign(stack, 'Campaign', {
      applicationId: APP_ID,
      name: 'Gold offer',
      segmentId: gold.segmentId,
      segmentVersion: gold.segmentVersionNumber,
      schedule: { startTime: 'IMMEDIATE' },
      messageConfiguration: { smsMessage: { body: 'hi' } },
    });
    Validations.of(campaign).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'a test of the segment version type' });

    const goldLogicalId = stack.getLogicalId(gold.node.defaultChild as never);
    Template.fromStack(stack).hasResourceProperties('AWS::Pinpoint::Campaign', {
      SegmentVersion: { 'Fn::GetAtt': [goldLogicalId, 'Version'] },
    });
  });

  test('segmentVersion stays a string token for the same attribute', () => {
    const stack = newStack();
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: APP_ID, name: 'Gold' });
    expect(typeof gold.segmentVersion).toBe('string');
    expect(stack.resolve(gold.segmentVersion)).toEqual(stack.resolve(gold.segmentVersionNumber));
  });
});

describe('IPinpointSegment', () => {
  test('a declared segment is one too, with its deploy-time attributes', () => {
    const stack = newStack();
    const gold: IPinpointSegment = new PinpointSegment(stack, 'Gold', { applicationId: APP_ID, name: 'Gold' });
    const goldLogicalId = stack.getLogicalId(gold.node.defaultChild as never);
    expect(stack.resolve(gold.segmentId)).toEqual({ 'Fn::GetAtt': [goldLogicalId, 'SegmentId'] });
    expect(stack.resolve(gold.segmentArn)).toEqual({ 'Fn::GetAtt': [goldLogicalId, 'Arn'] });
    expect(stack.resolve(gold.applicationId)).toEqual({ 'Fn::GetAtt': [goldLogicalId, 'ApplicationId'] });
    expect(gold.env.account).toBe(stack.account);
  });
});
