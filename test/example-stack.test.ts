// The example stack (bin/example-stack.ts): one snapshot of the whole template, to catch unintended
// drift anywhere in it, next to targeted assertions that say what the example is meant to show.
// After an intended change, review the diff and update with `npx jest test/example-stack.test.ts -u`.
import { App, CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EXAMPLE_STACK_ID, ExampleStack, PLACEHOLDER_ADOPTED_SEGMENT_ID } from '../bin/example-stack';

/**
 * The template with asset hashes (the bundled handler's, which changes with every edit of lambda/)
 * masked, so that the snapshot is about the template, not the handler's bytes.
 */
function maskAssetHashes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/[0-9a-f]{64}/g, '<asset hash>'));
}

const stack = new ExampleStack(new App(), EXAMPLE_STACK_ID);
const template = Template.fromStack(stack);

/** The logical id of a segment's custom resource, by the segment's construct id. */
function logicalIdOf(segmentId: string): string {
  return stack.getLogicalId(stack.node.findChild(segmentId).node.defaultChild as CfnElement);
}

describe('the example stack', () => {
  test('matches the snapshot (asset hashes masked)', () => {
    expect(maskAssetHashes(template.toJSON())).toMatchSnapshot();
  });

  test('declares two segments served by one shared function', () => {
    template.resourceCountIs('Custom::PinpointSegment', 2);
    template.resourceCountIs('AWS::Lambda::Function', 1);
  });

  test('creates the gold segment from dimensions, with its tags', () => {
    template.hasResourceProperties('Custom::PinpointSegment', {
      Name: 'Gold customers near Seattle',
      SegmentId: Match.absent(),
      Dimensions: Match.objectLike({ Metrics: { orders: { ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: 5 } } }),
      Tags: { team: 'growth' },
    });
  });

  test('adopts the lapsed segment, restores it on delete, and builds it on the gold segment at version 1', () => {
    const gold = logicalIdOf('GoldNearSeattle');
    template.hasResourceProperties('Custom::PinpointSegment', {
      Name: 'Lapsed gold customers',
      SegmentId: PLACEHOLDER_ADOPTED_SEGMENT_ID,
      RestoreOnDelete: true,
      SegmentGroups: Match.objectLike({
        Groups: [Match.objectLike({ SourceSegments: [{ Id: { 'Fn::GetAtt': [gold, 'SegmentId'] }, Version: 1 }] })],
      }),
    });
  });
});
