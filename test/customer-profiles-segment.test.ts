import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotations as CoreAnnotations, App, Fn, Stack, Token, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnSegmentDefinition } from 'aws-cdk-lib/aws-customerprofiles';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import {
  AttributeDimension,
  AttributeType,
  CustomerProfilesSegment,
  CustomerProfilesSegmentProps,
  CustomerProfilesWarnings,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  PinpointSegment,
  Recency,
  RecencyDuration,
  SegmentDefinition,
  SegmentDimensions,
  SetDimensions,
  SourceType,
} from '../lib';
import { ValidationReport } from './support/customer-profiles-template';

const DOMAIN = 'my-domain';

function newStack(context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ context }), 'Test');
}

function cpSegment(stack: Stack, definition: SegmentDefinition, props: Partial<CustomerProfilesSegmentProps> = {}): CustomerProfilesSegment {
  return new CustomerProfilesSegment(stack, 'Profiles', { domainName: DOMAIN, segmentDefinitionName: 'gold', definition, ...props });
}

/** A definition with one condition of each kind that has no Customer Profiles counterpart. */
const WIDENING: SegmentDefinition = {
  name: 'Gold near Seattle',
  dimensions: {
    userAttributes: { plan: AttributeDimension.inclusive('gold') },
    location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) },
    behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) },
    demographic: { platform: SetDimensions.including('ios'), channel: SetDimensions.including('APNS') },
  },
};
const WIDENING_PATHS = [
  'dimensions.behavior.recency',
  'dimensions.demographic.channel',
  'dimensions.demographic.platform',
  'dimensions.location.gpsPoint',
];

/** A Pinpoint project whose end-of-support finding is acknowledged, for tests that need PinpointSegments. */
function project(stack: Stack): CfnApp {
  const app = new CfnApp(stack, 'Project', { name: 'test' });
  Validations.of(app).acknowledge({ id: 'CloudFormation-Validate::W3696', reason: 'the migration source is Pinpoint' });
  return app;
}

describe('CustomerProfilesSegment', () => {
  test('creates one AWS::CustomerProfiles::SegmentDefinition with the declared settings', () => {
    const stack = newStack();
    const segment = cpSegment(stack, { name: 'Gold customers', dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } } }, {
      description: 'gold plan',
      tags: { team: 'growth' },
    });

    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::CustomerProfiles::SegmentDefinition', 1);
    template.hasResourceProperties('AWS::CustomerProfiles::SegmentDefinition', {
      DomainName: DOMAIN,
      SegmentDefinitionName: 'gold',
      DisplayName: 'Gold customers',
      Description: 'gold plan',
      Tags: [{ Key: 'team', Value: 'growth' }],
      SegmentGroups: {
        Include: 'ALL',
        Groups: [{ Type: 'ALL', Dimensions: [{ ProfileAttributes: { Attributes: { plan: { DimensionType: 'INCLUSIVE', Values: ['gold'] } } } }] }],
      },
    });
    expect(segment.node.defaultChild).toBeInstanceOf(CfnSegmentDefinition);
    expect(segment.node.defaultChild!.node.id).toBe('Resource');
    expect(segment.segmentDefinitionName).toBe('gold');
    expect(stack.resolve(segment.segmentDefinitionArn)).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(segment.node.defaultChild as CfnSegmentDefinition), 'SegmentDefinitionArn'] });
  });

  test('refuses a widening translation with one error that lists every dropped path, prefixed by the construct path', () => {
    const stack = newStack();
    let message = '';
    try {
      cpSegment(stack, WIDENING);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith('Test/Profiles: cannot translate the segment definition to customer profiles (4 problems):')).toBe(true);
    for (const p of WIDENING_PATHS) {
      expect(message).toContain(`  - ${p}: dropped, so the segment would ignore this condition`);
    }
    expect(message).toMatch(/acknowledgeDropped/);
  });

  test('lists only the drops that are not acknowledged', () => {
    const stack = newStack();
    expect(() => cpSegment(stack, WIDENING, { acknowledgeDropped: ['dimensions.demographic', 'dimensions.behavior.recency'] }))
      .toThrow(/\(1 problem\):\n {2}- dimensions\.location\.gpsPoint: dropped/);
  });

  test('acknowledged drops synthesize, without the dropped conditions, and become one warning', () => {
    const stack = newStack();
    const segment = cpSegment(stack, WIDENING, { acknowledgeDropped: ['dimensions.location.gpsPoint', 'dimensions.behavior', 'dimensions.demographic'] });

    expect(segment.translation.dropped.map((line) => line.split(': ')[0]).sort()).toEqual(WIDENING_PATHS);
    Template.fromStack(stack).hasResourceProperties('AWS::CustomerProfiles::SegmentDefinition', {
      SegmentGroups: { Include: 'ALL', Groups: [{ Type: 'ALL', Dimensions: [{ ProfileAttributes: { Attributes: { plan: Match.anyValue() } } }] }] },
    });
    const warnings = Annotations.fromStack(stack).findWarning('/Test/Profiles', Match.stringLikeRegexp(CustomerProfilesWarnings.DROPPED_ACKNOWLEDGED));
    expect(warnings).toHaveLength(1);
    for (const p of WIDENING_PATHS) {
      expect(warnings[0].entry.data).toContain(`  - ${p}: `);
    }
  });

  test('a group path may be acknowledged with dotted indexes too', () => {
    const stack = newStack();
    const segment = cpSegment(stack, {
      name: 'x',
      segmentGroups: { groups: [{ dimensions: [{ behavior: { recency: Recency.inactiveWithin(RecencyDuration.DAY_30) } }] }] },
    }, { acknowledgeDropped: ['segmentGroups.groups.0.dimensions.0.behavior.recency'] });
    expect(segment.translation.dropped).toEqual([expect.stringMatching(/^segmentGroups\.groups\[0\]\.dimensions\[0\]\.behavior\.recency: /)]);
  });

  test('an acknowledgement that matches nothing is a warning of its own', () => {
    const stack = newStack();
    cpSegment(stack, { name: 'x', dimensions: { attributes: { plan: AttributeDimension.inclusive('gold') } } }, { acknowledgeDropped: ['dimensions.location.gpsPoint'] });
    Annotations.fromStack(stack).hasWarning('/Test/Profiles', Match.stringLikeRegexp(
      `dimensions\\.location\\.gpsPoint: acknowledged as dropped, but nothing at this path is dropped.*${CustomerProfilesWarnings.UNUSED_ACKNOWLEDGEMENT}`,
    ));
  });

  test.each([
    ['ATTRIBUTES_MERGED', { attributes: { plan: AttributeDimension.inclusive('gold') } }, 'dimensions.attributes.plan'],
    ['COUNTRY_AS_ADDRESS', { location: { country: SetDimensions.including('US') } }, 'dimensions.location.country'],
    ['METRIC_AS_CALCULATED_ATTRIBUTE', { metrics: { orders: MetricDimension.greaterThan(5) } }, 'dimensions.metrics.orders'],
    ['DATE_COMPARISON', { attributes: { signup: AttributeDimension.after('2024-01-01T00:00:00Z') } }, 'dimensions.attributes.signup.attributeType'],
  ] as const)('an approximation is a warning with the stable id %s, naming the path', (id, dimensions, p) => {
    const stack = newStack();
    cpSegment(stack, { name: 'x', dimensions });
    const warnings = Annotations.fromStack(stack).findWarning('/Test/Profiles', Match.stringLikeRegexp(`\\[ack: ${CustomerProfilesWarnings[id]}\\]`));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].entry.data).toContain(`  - ${p}: `);
    expect(CustomerProfilesWarnings[id]).toMatch(/^@cdk-pinpoint-segment\/customer-profiles:[a-zA-Z]+$/);
  });

  test('a warning is acknowledged the CDK way, by its id', () => {
    const stack = newStack();
    const segment = cpSegment(stack, { name: 'x', dimensions: { metrics: { orders: MetricDimension.greaterThan(5) } } });
    CoreAnnotations.of(segment).acknowledgeWarning(CustomerProfilesWarnings.METRIC_AS_CALCULATED_ATTRIBUTE, 'the domain defines orders');
    Annotations.fromStack(stack).hasNoWarning('/Test/Profiles', Match.anyValue());
  });

  test('an exact translation raises no warning', () => {
    const stack = newStack();
    cpSegment(stack, { name: 'Everyone' });
    Annotations.fromStack(stack).hasNoWarning('/Test/Profiles', Match.anyValue());
  });

  test('unresolved tokens pass through untouched', () => {
    const stack = newStack();
    const values = Fn.split(',', Fn.importValue('plans'));
    const country = Token.asString(Fn.importValue('country'));
    const threshold = Token.asNumber(Fn.importValue('threshold'));
    const name = Token.asString(Fn.importValue('segment-name'));
    cpSegment(stack, {
      name: Token.asString(Fn.importValue('display')),
      dimensions: {
        attributes: { plan: { values } },
        location: { country: { values: [country] } },
        metrics: { orders: MetricDimension.greaterThan(threshold) },
      },
    }, { domainName: Token.asString(Fn.importValue('domain')), segmentDefinitionName: name });

    Template.fromStack(stack).hasResourceProperties('AWS::CustomerProfiles::SegmentDefinition', {
      DomainName: { 'Fn::ImportValue': 'domain' },
      SegmentDefinitionName: { 'Fn::ImportValue': 'segment-name' },
      DisplayName: { 'Fn::ImportValue': 'display' },
      SegmentGroups: {
        Groups: [{
          Dimensions: [
            { ProfileAttributes: { Attributes: { plan: { DimensionType: 'INCLUSIVE', Values: { 'Fn::Split': [',', { 'Fn::ImportValue': 'plans' }] } } } } },
            { ProfileAttributes: { Address: { Country: { DimensionType: 'INCLUSIVE', Values: [{ 'Fn::ImportValue': 'country' }] } } } },
            { CalculatedAttributes: { orders: { DimensionType: 'GREATER_THAN', Values: [{ 'Fn::ImportValue': 'threshold' }] } } },
          ],
        }],
      },
    });
  });

  test('a dimensions object that is itself a token cannot be translated, and says so', () => {
    const stack = newStack();
    expect(() => cpSegment(stack, { name: 'x', segmentGroups: { groups: [{ dimensions: Token.asAny(Fn.importValue('dims')) as unknown as SegmentDimensions[] }] } }))
      .toThrow(/segmentGroups\.groups\[0\]\.dimensions: is an unresolved token/);
  });

  test("checks Customer Profiles' own name rules", () => {
    const stack = newStack();
    expect(() => cpSegment(stack, { name: 'x' }, { domainName: 'my domain', segmentDefinitionName: 'gold!' }))
      .toThrow(/domainName: 'my domain' must be 1 to 64 of a-z A-Z 0-9 _ -(.|\n)*segmentDefinitionName: 'gold!'/);
  });

  test("refuses a definition Pinpoint itself would refuse, with the definition's own problems", () => {
    const stack = newStack();
    expect(() => cpSegment(stack, { name: 'x', dimensions: { attributes: { d: { attributeType: AttributeType.BETWEEN, values: ['2024-01-01T00:00:00Z'] } } } }))
      .toThrow(/dimensions\.attributes\.d/);
  });
});

describe('fromPinpointSegment', () => {
  test('translates the segment\'s definition; PinpointSegment.definition returns it', () => {
    const stack = newStack();
    const dimensions = { userAttributes: { plan: AttributeDimension.inclusive('gold') } };
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: project(stack).ref, name: 'Gold', dimensions, tags: { a: 'b' } });
    expect(gold.definition).toEqual({ name: 'Gold', dimensions });

    const profiles = CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldProfiles', gold, { domainName: DOMAIN, segmentDefinitionName: 'gold' });
    expect(profiles.translation.exact.length).toBeGreaterThan(0);
    Template.fromStack(stack).hasResourceProperties('AWS::CustomerProfiles::SegmentDefinition', {
      DisplayName: 'Gold',
      SegmentGroups: { Groups: [{ Dimensions: [{ ProfileAttributes: { Attributes: { plan: Match.anyValue() } } }] }] },
    });
  });

  test('a base segment translated earlier in the same domain becomes SourceSegments, created first', () => {
    const stack = newStack();
    const app = project(stack);
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: app.ref, name: 'Gold', dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } } });
    const goldProfiles = CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldProfiles', gold, { domainName: DOMAIN, segmentDefinitionName: 'gold' });
    const big = new PinpointSegment(stack, 'BigGold', {
      applicationId: app.ref,
      name: 'Big gold',
      segmentGroups: {
        include: Include.ALL,
        groups: [{ sourceSegments: [{ id: gold.segmentId }], sourceType: SourceType.ANY, type: GroupType.ALL, dimensions: [{ metrics: { orders: MetricDimension.greaterThan(10) } }] }],
      },
    });
    const bigProfiles = CustomerProfilesSegment.fromPinpointSegment(stack, 'BigProfiles', big, { domainName: DOMAIN, segmentDefinitionName: 'big-gold' });

    expect(bigProfiles.translation.exact).toContain('segmentGroups.groups[0].sourceSegments[0]: SourceSegments gold');
    const template = Template.fromStack(stack);
    template.hasResource('AWS::CustomerProfiles::SegmentDefinition', {
      Properties: Match.objectLike({
        SegmentDefinitionName: 'big-gold',
        SegmentGroups: {
          Include: 'ALL',
          Groups: [{ SourceSegments: [{ SegmentDefinitionName: 'gold' }], SourceType: 'ANY', Type: 'ALL', Dimensions: Match.anyValue() }],
        },
      }),
      DependsOn: [stack.getLogicalId(goldProfiles.node.defaultChild as CfnSegmentDefinition)],
    });
  });

  test('a base segment translated into two domains resolves to the translation in the same domain', () => {
    const stack = newStack();
    const app = project(stack);
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: app.ref, name: 'Gold' });
    CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldThere', gold, { domainName: 'other-domain', segmentDefinitionName: 'gold-there' });
    CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldHere', gold, { domainName: DOMAIN, segmentDefinitionName: 'gold-here' });
    const big = new PinpointSegment(stack, 'Big', { applicationId: app.ref, name: 'Big', segmentGroups: { groups: [{ sourceSegments: [{ id: gold.segmentId }] }] } });

    const there = CustomerProfilesSegment.fromPinpointSegment(stack, 'BigThere', big, { domainName: 'other-domain', segmentDefinitionName: 'big' });

    expect(there.translation.exact).toContain('segmentGroups.groups[0].sourceSegments[0]: SourceSegments gold-there');
  });

  test('a pinned base segment version is an approximation with its own warning', () => {
    const stack = newStack();
    const app = project(stack);
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: app.ref, name: 'Gold' });
    CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldProfiles', gold, { domainName: DOMAIN, segmentDefinitionName: 'gold' });
    const pinned = new PinpointSegment(stack, 'Pinned', { applicationId: app.ref, name: 'Pinned', segmentGroups: { groups: [{ sourceSegments: [{ id: gold.segmentId, version: 3 }] }] } });
    const profiles = CustomerProfilesSegment.fromPinpointSegment(stack, 'PinnedProfiles', pinned, { domainName: DOMAIN, segmentDefinitionName: 'pinned' });

    expect(profiles.translation.approximated).toEqual([expect.stringMatching(/^segmentGroups\.groups\[0\]\.sourceSegments\[0\]: SourceSegments gold; Pinpoint pinned version 3/)]);
    Annotations.fromStack(stack).hasWarning('/Test/PinnedProfiles', Match.stringLikeRegexp(CustomerProfilesWarnings.SOURCE_SEGMENT_VERSION));
  });

  test.each([
    ['not translated at all', false, DOMAIN],
    ['translated into another domain', true, 'other-domain'],
  ])('a base segment %s is dropped, which fails synth unless acknowledged', (_, translate, domain) => {
    const stack = newStack();
    const app = project(stack);
    const gold = new PinpointSegment(stack, 'Gold', { applicationId: app.ref, name: 'Gold' });
    if (translate) CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldProfiles', gold, { domainName: domain, segmentDefinitionName: 'gold' });
    const lapsed = new PinpointSegment(stack, 'Lapsed', {
      applicationId: app.ref,
      name: 'Lapsed',
      segmentGroups: { groups: [{ sourceSegments: [{ id: gold.segmentId }], dimensions: [{ attributes: { a: AttributeDimension.inclusive('1') } }] }] },
    });

    expect(() => CustomerProfilesSegment.fromPinpointSegment(stack, 'LapsedProfiles', lapsed, { domainName: DOMAIN, segmentDefinitionName: 'lapsed' }))
      .toThrow(/Test\/LapsedProfiles: (.|\n)*segmentGroups\.groups\[0\]\.sourceSegments\[0\]: dropped/);
    const profiles = CustomerProfilesSegment.fromPinpointSegment(stack, 'LapsedProfiles2', lapsed, {
      domainName: DOMAIN, segmentDefinitionName: 'lapsed', acknowledgeDropped: ['segmentGroups.groups[0].sourceSegments'],
    });
    expect(profiles.translation.dropped).toHaveLength(1);
  });
});

describe("aws-cdk-lib's CloudFormation validation", () => {
  // The CDK validates every synthesized template against the CloudFormation resource schemas
  // (CloudFormationValidatePlugin, on by default since 2.262). With
  // @aws-cdk/core:validateAgainstDefaultRules its findings are errors that fail synth, and the
  // @aws-cdk/core:validationReportJson report lists them.
  function synthStrict(build: (stack: Stack) => void): { violations: unknown[]; error?: Error } {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-validate-'));
    const app = new App({ outdir, context: { '@aws-cdk/core:validateAgainstDefaultRules': true, '@aws-cdk/core:validationReportJson': true } });
    build(new Stack(app, 'Test'));
    let error: Error | undefined;
    try {
      app.synth();
    } catch (e) {
      error = e as Error;
    }
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as ValidationReport;
    fs.rmSync(outdir, { recursive: true, force: true });
    const violations = report.pluginReports.flatMap((r) => r.violations ?? []);
    return { violations, error };
  }

  test('reports no finding for a translation that uses every form the translator emits', () => {
    const { violations, error } = synthStrict((stack) => {
      const app = project(stack);
      const gold = new PinpointSegment(stack, 'Gold', {
        applicationId: app.ref,
        name: 'Gold',
        dimensions: {
          attributes: { signup: AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z') },
          userAttributes: { plan: AttributeDimension.contains('gold') },
          location: { country: SetDimensions.excluding('FR'), gpsPoint: GpsPoint.within(1, 2, 3) },
          metrics: { orders: MetricDimension.lessThanOrEqual(4) },
        },
      });
      CustomerProfilesSegment.fromPinpointSegment(stack, 'GoldProfiles', gold, {
        domainName: DOMAIN, segmentDefinitionName: 'gold', description: 'gold', tags: { team: 'growth' }, acknowledgeDropped: ['dimensions.location.gpsPoint'],
      });
      const split = new PinpointSegment(stack, 'Split', {
        applicationId: app.ref,
        name: 'Split',
        segmentGroups: {
          include: Include.ALL,
          groups: [{
            sourceSegments: [{ id: gold.segmentId, version: 1 }],
            sourceType: SourceType.ALL,
            type: GroupType.ANY,
            dimensions: [
              { attributes: { a: AttributeDimension.inclusive('1') }, metrics: { m: MetricDimension.equalTo(1) } },
              { location: { country: SetDimensions.including('US') } },
            ],
          }],
        },
      });
      CustomerProfilesSegment.fromPinpointSegment(stack, 'SplitProfiles', split, { domainName: DOMAIN, segmentDefinitionName: 'split' });
      cpSegment(stack, { name: 'Everyone' }, { segmentDefinitionName: 'everyone' });
    });
    expect(violations.filter((v) => JSON.stringify(v).includes('CustomerProfiles'))).toEqual([]);
    expect(violations).toEqual([]);
    expect(error).toBeUndefined();
  });

  test('the same validation does report a malformed segment definition (the check can fail)', () => {
    const { violations, error } = synthStrict((stack) => {
      new CfnSegmentDefinition(stack, 'Bad', {
        domainName: DOMAIN,
        segmentDefinitionName: 'bad',
        displayName: 'bad',
        segmentGroups: { groups: [{ dimensions: [{ profileAttributes: { address: { country: { dimensionType: 'BEFORE', values: ['US'] } } } }] }] },
      });
    });
    expect(violations.length).toBeGreaterThan(0);
    expect(error).toBeDefined();
  });
});
