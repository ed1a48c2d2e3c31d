// Tags.of(scope) reaches segments like any aws-cdk-lib resource, merged with the `tags` prop into the
// custom resource's one Tags property, which the handler converges.
import { App, Stack, TagManager, Tags } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { PinpointSegment } from '../lib';

const APP_ID = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

function newSegment(tags?: { [key: string]: string }): { app: App; stack: Stack; segment: PinpointSegment } {
  const app = new App();
  const stack = new Stack(app, 'Growth');
  const segment = new PinpointSegment(stack, 'Gold', { applicationId: APP_ID, name: 'Gold', tags });
  return { app, stack, segment };
}

function segmentTags(stack: Stack): unknown {
  const [segment] = Object.values(Template.fromStack(stack).findResources('Custom::PinpointSegment')) as Array<{ Properties: { Tags?: unknown } }>;
  return segment.Properties.Tags;
}

describe('segment tags', () => {
  test('a segment is taggable, through a TagManager', () => {
    const { segment } = newSegment();
    expect(TagManager.isTaggable(segment)).toBe(true);
    expect(TagManager.of(segment)).toBe(segment.tags);
  });

  test('Tags.of(stack) reaches the segment, merged with the tags prop', () => {
    const { stack } = newSegment({ team: 'growth' });
    Tags.of(stack).add('cost-center', '4711');
    expect(segmentTags(stack)).toEqual({ 'cost-center': '4711', 'team': 'growth' });
  });

  test('Tags.of tags a segment that has no tags prop', () => {
    const { stack, segment } = newSegment();
    Tags.of(segment).add('cost-center', '4711');
    expect(segmentTags(stack)).toEqual({ 'cost-center': '4711' });
  });

  test('Tags.of wins a clash with the prop at its default priority, as on L1 resources', () => {
    const { stack } = newSegment({ team: 'growth' });
    Tags.of(stack).add('team', 'platform');
    expect(segmentTags(stack)).toEqual({ team: 'platform' });
  });

  test('Tags.of(...).remove takes a prop tag off', () => {
    const { stack } = newSegment({ team: 'growth', owner: 'ana' });
    Tags.of(stack).remove('owner');
    expect(segmentTags(stack)).toEqual({ team: 'growth' });
  });

  test('resource-type filters see Custom::PinpointSegment', () => {
    const { stack } = newSegment();
    Tags.of(stack).add('only-segments', 'yes', { includeResourceTypes: ['Custom::PinpointSegment'] });
    Tags.of(stack).add('not-segments', 'yes', { excludeResourceTypes: ['Custom::PinpointSegment'] });
    expect(segmentTags(stack)).toEqual({ 'only-segments': 'yes' });
  });

  test('no Tags property when there are no tags', () => {
    const { stack } = newSegment();
    Template.fromStack(stack).hasResourceProperties('Custom::PinpointSegment', { Tags: Match.absent() });
  });

  test('tags added with Tags.of are checked against the same rules as the prop, at synth', () => {
    const { app, stack } = newSegment({ team: 'growth' });
    Tags.of(stack).add('aws:reserved', 'x');
    Tags.of(stack).add('long', 'v'.repeat(257));
    expect(() => app.synth()).toThrow(/\[Growth\/Gold\] tags\["aws:reserved"\]: tag key must not start with aws:[\s\S]*\[Growth\/Gold\] tags\.long: tag value is 257 characters/);
  });
});
