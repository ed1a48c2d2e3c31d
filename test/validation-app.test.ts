/**
 * Whole-app checks: two segments that manage one Pinpoint segment, a segment in another region
 * than its project, and the warnings a valid but rarely meant definition gets.
 */
import { Annotations as CdkAnnotations, App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { IConstruct } from 'constructs';
import { AttributeDimension, PinpointSegment, PinpointSegmentProps } from '../lib';
import { WARNING_IDS } from '../lib/validation-app';

const CRITERIA = { dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } } };

function projectIn(stack: Stack): CfnApp {
  return new CfnApp(stack, 'Project', { name: 'p' });
}

function segment(stack: Stack, id: string, props: Partial<PinpointSegmentProps> & { applicationId: string }): PinpointSegment {
  return new PinpointSegment(stack, id, { name: id, ...CRITERIA, ...props });
}

function synthError(app: App): string {
  try {
    app.synth();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

/** This construct's warnings (aws-cdk-lib's own, such as its feature-flag advice, are left out). */
function warnings(stack: Stack): { path: string; message: string }[] {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('\\[ack: cdk-pinpoint-segment:'))
    .map((w) => ({ path: w.id, message: w.entry.data as string }));
}

describe('two segments that manage the same Pinpoint segment', () => {
  test('in one stack: synth fails, naming both paths', () => {
    const app = new App();
    const stack = new Stack(app, 'Growth');
    const project = projectIn(stack);
    segment(stack, 'Gold', { applicationId: project.ref, segmentId: 'abc123' });
    segment(stack, 'GoldAgain', { applicationId: project.ref, segmentId: 'abc123' });
    const message = synthError(app);
    expect(message).toContain("Growth/Gold: segmentId: Growth/GoldAgain also manages segment 'abc123' of the same application; "
      + 'two constructs would overwrite each other on every deploy');
    expect(message).toContain("Growth/GoldAgain: segmentId: Growth/Gold also manages segment 'abc123' of the same application");
  });

  test('in two stacks: synth fails, naming both paths', () => {
    const app = new App();
    const env = { account: '111111111111', region: 'eu-west-1' };
    const shared = new Stack(app, 'Shared', { env });
    const project = projectIn(shared);
    segment(new Stack(app, 'Growth', { env }), 'Gold', { applicationId: project.ref, segmentId: 'abc123' });
    segment(new Stack(app, 'Retention', { env }), 'Gold', { applicationId: project.ref, segmentId: 'abc123' });
    const message = synthError(app);
    expect(message).toContain('Growth/Gold: segmentId: Retention/Gold also manages');
    expect(message).toContain('Retention/Gold: segmentId: Growth/Gold also manages');
  });

  test('literal ids: synth fails, showing both ids', () => {
    const app = new App();
    const stack = new Stack(app, 'Growth');
    segment(stack, 'A', { applicationId: 'app1', segmentId: 's1' });
    segment(stack, 'B', { applicationId: 'app1', segmentId: 's1' });
    expect(synthError(app)).toContain("Growth/A: segmentId: Growth/B also manages segment 's1' of application 'app1'");
  });

  test('adopting the segment another PinpointSegment creates: synth fails', () => {
    const app = new App();
    const stack = new Stack(app, 'Growth');
    const project = projectIn(stack);
    const gold = segment(stack, 'Gold', { applicationId: project.ref });
    segment(stack, 'Adopter', { applicationId: project.ref, segmentId: gold.segmentId });
    expect(synthError(app)).toContain('Growth/Adopter: segmentId: Growth/Gold also manages the same segment of the same application');
  });

  test('different segments, or the same id in different projects, are fine', () => {
    const app = new App();
    const stack = new Stack(app, 'Growth');
    const project = projectIn(stack);
    segment(stack, 'A', { applicationId: project.ref, segmentId: 's1' });
    segment(stack, 'B', { applicationId: project.ref, segmentId: 's2' });
    segment(stack, 'C', { applicationId: 'other-project', segmentId: 's1' });
    segment(stack, 'D', { applicationId: project.ref });
    segment(stack, 'E', { applicationId: project.ref });
    expect(synthError(app)).toBe('');
  });
});

describe('a segment and its project in different regions', () => {
  test('both regions known: the constructor fails, naming the project and both regions', () => {
    const app = new App();
    const project = projectIn(new Stack(app, 'Shared', { env: { account: '111111111111', region: 'eu-west-1' } }));
    const stack = new Stack(app, 'Growth', { env: { account: '111111111111', region: 'us-east-1' }, crossRegionReferences: true });
    expect(() => segment(stack, 'Gold', { applicationId: project.ref })).toThrow(new Error(
      'Growth/Gold: applicationId: the project Shared/Project is in region eu-west-1, but this segment\'s stack is in region '
      + "us-east-1 (a segment must be in its project's region)"));
  });

  test('same region in two stacks is fine, without a warning', () => {
    const app = new App();
    const env = { account: '111111111111', region: 'eu-west-1' };
    const project = projectIn(new Stack(app, 'Shared', { env }));
    const stack = new Stack(app, 'Growth', { env });
    segment(stack, 'Gold', { applicationId: project.ref });
    expect(warnings(stack)).toEqual([]);
  });

  // aws-cdk-lib itself refuses such a cross-stack reference later, in synthesis (explicit regions are
  // required); the construct's warning comes first, at construction, so it is read from the tree.
  function warningsOn(construct: IConstruct): string[] {
    return construct.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
  }

  test('one environment-agnostic stack: one acknowledgeable warning per pair of stacks', () => {
    const app = new App();
    const project = projectIn(new Stack(app, 'Shared'));
    const stack = new Stack(app, 'Growth', { env: { account: '111111111111', region: 'us-east-1' } });
    const gold = segment(stack, 'Gold', { applicationId: project.ref });
    const silver = segment(stack, 'Silver', { applicationId: project.ref });
    expect(warningsOn(gold)).toEqual([
      'the project Shared/Project and this segment are in different stacks, and one of them is environment-agnostic, so synth '
      + `cannot check that they are in the same region; give both stacks an env [ack: ${WARNING_IDS.regionUnknown}]`,
    ]);
    expect(warningsOn(silver)).toEqual([]);
  });

  test('the region warning can be acknowledged by its id', () => {
    const app = new App();
    const project = projectIn(new Stack(app, 'Shared'));
    const stack = new Stack(app, 'Growth', { env: { account: '111111111111', region: 'us-east-1' } });
    CdkAnnotations.of(stack).acknowledgeWarning(WARNING_IDS.regionUnknown, 'both are deployed to us-east-1 by the pipeline');
    const gold = segment(stack, 'Gold', { applicationId: project.ref });
    expect(warningsOn(gold)).toEqual([]);
  });
});

describe('a definition that matches every endpoint is a warning, never silent', () => {
  const everyEndpoint = Match.stringLikeRegexp('matches every endpoint');

  it.each<[string, Partial<PinpointSegmentProps>]>([
    ['dimensions: {}', { dimensions: {} }],
    ['userAttributes: {}', { dimensions: { userAttributes: {} } }],
    ['empty containers everywhere', { dimensions: { attributes: {}, metrics: {}, demographic: {}, location: {}, behavior: {} } }],
    ['groups: []', { dimensions: undefined, segmentGroups: { groups: [] } }],
    ['a group with nothing in it', { dimensions: undefined, segmentGroups: { groups: [{ dimensions: [{}], sourceSegments: [] }] } }],
    ['neither dimensions nor segmentGroups', { dimensions: undefined }],
  ])('%s', (_title, props) => {
    const stack = new Stack(new App(), 'Growth');
    segment(stack, 'Everyone', { applicationId: 'app1', ...props });
    const found = Annotations.fromStack(stack).findWarning('/Growth/Everyone', everyEndpoint);
    expect(found).toHaveLength(1);
    expect(found[0].entry.data as string).toContain(`[ack: ${WARNING_IDS.matchesEveryEndpoint}]`);
  });

  test('not for a definition with one criterion, or one source segment', () => {
    const stack = new Stack(new App(), 'Growth');
    segment(stack, 'Gold', { applicationId: 'app1' });
    segment(stack, 'FromBase', { applicationId: 'app1', dimensions: undefined, segmentGroups: { groups: [{ sourceSegments: [{ id: 'base' }] }] } });
    expect(warnings(stack)).toEqual([]);
  });

  test('can be acknowledged by its id when every endpoint is meant', () => {
    const stack = new Stack(new App(), 'Growth');
    const everyone = segment(stack, 'Everyone', { applicationId: 'app1', dimensions: {} });
    CdkAnnotations.of(everyone).acknowledgeWarning(WARNING_IDS.matchesEveryEndpoint, 'the all-customers segment');
    expect(warnings(stack)).toEqual([]);
    Template.fromStack(stack).resourceCountIs('Custom::PinpointSegment', 1);
  });
});

describe('the source-segment rule: several dimensional segments, or one imported segment', () => {
  test('several sources that are segments of this app pass silently', () => {
    const stack = new Stack(new App(), 'Growth');
    const project = projectIn(stack);
    const gold = segment(stack, 'Gold', { applicationId: project.ref });
    const silver = segment(stack, 'Silver', { applicationId: project.ref });
    segment(stack, 'Union', {
      applicationId: project.ref,
      dimensions: undefined,
      segmentGroups: { groups: [{ sourceSegments: [{ id: gold.segmentId }, { id: silver.segmentId, version: 2 }], sourceType: 'ANY' as never }] },
    });
    expect(warnings(stack)).toEqual([]);
  });

  test('several sources whose type synth cannot know: a warning naming them', () => {
    const stack = new Stack(new App(), 'Growth');
    const project = projectIn(stack);
    const gold = segment(stack, 'Gold', { applicationId: project.ref });
    segment(stack, 'Union', {
      applicationId: project.ref,
      dimensions: undefined,
      segmentGroups: { groups: [{ sourceSegments: [{ id: gold.segmentId }, { id: 'a1b2c3' }] }] },
    });
    expect(warnings(stack)).toEqual([{
      path: '/Growth/Union',
      message: 'segmentGroups.groups[0].sourceSegments: Pinpoint takes several source segments only if all are dimensional '
        + '(at most 1 imported segment, alone); synth cannot tell the type of sourceSegments[1], as they are not segments of this app '
        + `[ack: ${WARNING_IDS.sourceSegmentsUnchecked}]`,
    }]);
  });

  test('one source of any type passes silently', () => {
    const stack = new Stack(new App(), 'Growth');
    segment(stack, 'FromImport', { applicationId: 'app1', dimensions: undefined, segmentGroups: { groups: [{ sourceSegments: [{ id: 'imported1' }] }] } });
    expect(warnings(stack)).toEqual([]);
  });
});
