// One test per row of README.md's translation table ("Customer Profiles"): each Pinpoint field,
// what it becomes in the synthesized AWS::CustomerProfiles::SegmentDefinition, and how the
// translation reports it.
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  AttributeDimension,
  AttributeType,
  CustomerProfilesSegment,
  CustomerProfilesSegmentOptions,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  Recency,
  RecencyDuration,
  SegmentDefinition,
  SegmentDimensions,
  SetDimension,
  SetDimensions,
} from '../lib';
import { attributeNameOf, CpDimension, CpGroup, onlySegmentDefinition } from './support/customer-profiles-template';

const OPTIONS: CustomerProfilesSegmentOptions = { domainName: 'my-domain', segmentDefinitionName: 'gold' };

function translate(definition: SegmentDefinition, options: Partial<CustomerProfilesSegmentOptions> = {}) {
  const stack = new Stack(new App(), 'Test');
  const segment = new CustomerProfilesSegment(stack, 'Profiles', { ...OPTIONS, ...options, definition });
  const props = onlySegmentDefinition(Template.fromStack(stack));
  return { segment, props, groups: props.SegmentGroups };
}

/** The translation of top-level dimensions: one group of type ALL. */
function dimensionsOf(dims: SegmentDimensions, options: Partial<CustomerProfilesSegmentOptions> = {}) {
  const result = translate({ name: 'Gold', dimensions: dims }, options);
  expect(result.groups.Include).toBe('ALL');
  const groups = result.groups.Groups ?? [];
  expect(groups).toHaveLength(1);
  expect(groups[0].Type).toBe('ALL');
  return { ...result, dimensions: groups[0].Dimensions ?? [] };
}

const pathsOf = (lines: string[]) => lines.map((line) => line.slice(0, line.indexOf(': ')));

describe('attributes and userAttributes become custom profile attributes', () => {
  test.each([
    ['attributes', AttributeDimension.inclusive('gold', 'platinum'), 'INCLUSIVE', ['gold', 'platinum']],
    ['userAttributes', AttributeDimension.exclusive('trial'), 'EXCLUSIVE', ['trial']],
    ['attributes', AttributeDimension.contains('@example.com'), 'CONTAINS', ['@example.com']],
    ['userAttributes', AttributeDimension.before('2024-01-01T00:00:00Z'), 'BEFORE', ['2024-01-01T00:00:00Z']],
    ['attributes', AttributeDimension.after('2024-01-01T00:00:00Z'), 'AFTER', ['2024-01-01T00:00:00Z']],
    ['attributes', AttributeDimension.on('2024-07-04T00:00:00Z'), 'ON', ['2024-07-04T00:00:00Z']],
    ['userAttributes', AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'), 'BETWEEN',
      ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z']],
  ] as const)('%s with %p keeps the comparison %s and the values', (family, attribute, dimensionType, values) => {
    const { dimensions, segment } = dimensionsOf({ [family]: { plan: attribute } });
    expect(dimensions).toEqual([{ ProfileAttributes: { Attributes: { plan: { DimensionType: dimensionType, Values: values } } } }]);
    expect(pathsOf(segment.translation.approximated)).toContain(`dimensions.${family}.plan`);
    expect(segment.translation.dropped).toEqual([]);
  });

  test('an attribute without attributeType is INCLUSIVE, as in Pinpoint', () => {
    const { dimensions } = dimensionsOf({ attributes: { plan: { values: ['gold'] } } });
    expect(dimensions[0].ProfileAttributes?.Attributes?.plan.DimensionType).toBe('INCLUSIVE');
  });

  test('date comparisons are reported as approximations of their own', () => {
    const { segment } = dimensionsOf({ attributes: { signup: AttributeDimension.before('2024-01-01T00:00:00Z') } });
    expect(pathsOf(segment.translation.approximated)).toEqual(['dimensions.attributes.signup', 'dimensions.attributes.signup.attributeType']);
    const { segment: plain } = dimensionsOf({ attributes: { plan: AttributeDimension.inclusive('gold') } });
    expect(pathsOf(plain.translation.approximated)).toEqual(['dimensions.attributes.plan']);
  });

  test('an endpoint and a user attribute of the same name become two conditions on the one profile attribute', () => {
    const { dimensions } = dimensionsOf({
      attributes: { plan: AttributeDimension.inclusive('gold') },
      userAttributes: { plan: AttributeDimension.exclusive('trial') },
    });
    expect(dimensions).toEqual([
      { ProfileAttributes: { Attributes: { plan: { DimensionType: 'INCLUSIVE', Values: ['gold'] } } } },
      { ProfileAttributes: { Attributes: { plan: { DimensionType: 'EXCLUSIVE', Values: ['trial'] } } } },
    ]);
  });

  test('attributeNames renames, a family-qualified name winning over a plain one', () => {
    const { dimensions } = dimensionsOf(
      {
        attributes: { plan: AttributeDimension.inclusive('gold') },
        userAttributes: { plan: AttributeDimension.inclusive('gold'), 'loyalty tier': AttributeDimension.inclusive('a') },
      },
      { attributeNames: { 'plan': 'Plan', 'userAttributes.plan': 'UserPlan', 'loyalty tier': 'loyaltyTier' } },
    );
    expect(dimensions.map(attributeNameOf)).toEqual(['Plan', 'UserPlan', 'loyaltyTier']);
  });

  test('a name Customer Profiles does not accept fails synth and asks for a rename', () => {
    expect(() => dimensionsOf({ userAttributes: { 'loyalty tier': AttributeDimension.inclusive('a') } }))
      .toThrow(/dimensions\.userAttributes\.loyalty tier: 'loyalty tier' is not a valid profile attribute name .*attributeNames/);
  });

  test('more than 50 values fail synth: Customer Profiles takes at most 50 per condition', () => {
    const values = Array.from({ length: 51 }, (_, i) => `v${i}`);
    expect(() => dimensionsOf({ attributes: { plan: AttributeDimension.inclusive(...values) } }))
      .toThrow(/dimensions\.attributes\.plan\.values: has 51 values; customer profiles accepts at most 50/);
  });
});

describe('metrics become calculated attributes', () => {
  test.each([
    [MetricDimension.greaterThan(5), 'GREATER_THAN', '5'],
    [MetricDimension.lessThan(2.5), 'LESS_THAN', '2.5'],
    [MetricDimension.greaterThanOrEqual(5), 'GREATER_THAN_OR_EQUAL', '5'],
    [MetricDimension.lessThanOrEqual(0), 'LESS_THAN_OR_EQUAL', '0'],
    [MetricDimension.equalTo(3), 'EQUAL', '3'],
  ] as const)('%p becomes %s %s on the calculated attribute of the same name', (metric, dimensionType, value) => {
    const { dimensions, segment } = dimensionsOf({ metrics: { orders: metric } });
    expect(dimensions).toEqual([{ CalculatedAttributes: { orders: { DimensionType: dimensionType, Values: [value] } } }]);
    const [line] = segment.translation.approximated;
    expect(line).toMatch(/^dimensions\.metrics\.orders: calculated attribute orders .*the domain must define a calculated attribute named orders/);
  });

  test('attributeNames renames a metric to the calculated attribute that computes it', () => {
    const { dimensions } = dimensionsOf({ metrics: { orders: MetricDimension.greaterThan(5) } }, { attributeNames: { 'metrics.orders': '_orderCount' } });
    expect(Object.keys(dimensions[0].CalculatedAttributes ?? {})).toEqual(['_orderCount']);
  });
});

describe('location', () => {
  test.each<[SetDimension, string, string[]]>([
    [SetDimensions.including('US', 'CA'), 'INCLUSIVE', ['US', 'CA']],
    [SetDimensions.excluding('FR'), 'EXCLUSIVE', ['FR']],
    [{ values: ['DE'] }, 'INCLUSIVE', ['DE']],
  ])('country %p becomes Address.Country %s, approximated', (country, dimensionType, values) => {
    const { dimensions, segment } = dimensionsOf({ location: { country } });
    expect(dimensions).toEqual([{ ProfileAttributes: { Address: { Country: { DimensionType: dimensionType, Values: values } } } }]);
    expect(pathsOf(segment.translation.approximated)).toEqual(['dimensions.location.country']);
  });

  test('gpsPoint is dropped', () => {
    const { segment, groups } = dimensionsOf(
      { location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) } },
      { acknowledgeDropped: ['dimensions.location.gpsPoint'] },
    );
    expect(pathsOf(segment.translation.dropped)).toEqual(['dimensions.location.gpsPoint']);
    expect(groups.Groups?.[0].Dimensions).toBeUndefined();
  });
});

describe('behavior and demographic are dropped', () => {
  test('behavior.recency', () => {
    const { segment } = dimensionsOf({ behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) } }, { acknowledgeDropped: ['dimensions.behavior.recency'] });
    expect(pathsOf(segment.translation.dropped)).toEqual(['dimensions.behavior.recency']);
  });

  test.each(['appVersion', 'channel', 'deviceType', 'make', 'model', 'platform'])('demographic.%s', (field) => {
    const { segment } = dimensionsOf({ demographic: { [field]: SetDimensions.including('EMAIL') } }, { acknowledgeDropped: [`dimensions.demographic.${field}`] });
    expect(pathsOf(segment.translation.dropped)).toEqual([`dimensions.demographic.${field}`]);
  });
});

describe('structure', () => {
  test('name becomes the display name unless displayName is set', () => {
    expect(translate({ name: 'Gold customers' }).props.DisplayName).toBe('Gold customers');
    expect(translate({ name: 'Gold customers' }, { displayName: 'Gold' }).props.DisplayName).toBe('Gold');
  });

  test('top-level dimensions: one group of type ALL with one dimension per condition', () => {
    const { dimensions, segment } = dimensionsOf({
      attributes: { plan: AttributeDimension.inclusive('gold') },
      metrics: { orders: MetricDimension.greaterThan(5) },
      location: { country: SetDimensions.including('US') },
    });
    expect(dimensions.map((d: CpDimension) => Object.keys(d)[0])).toEqual(['ProfileAttributes', 'ProfileAttributes', 'CalculatedAttributes']);
    expect(pathsOf(segment.translation.exact)).toEqual(['name', 'dimensions']);
  });

  test('a definition with no criteria selects every profile: one empty group of type ALL', () => {
    expect(translate({ name: 'Everyone' }).groups).toEqual({ Groups: [{ Type: 'ALL' }], Include: 'ALL' });
  });

  test('a group keeps type, sourceType and include when every dimension object has one condition', () => {
    const { groups, segment } = translate({
      name: 'Any',
      segmentGroups: {
        include: Include.ALL,
        groups: [{
          type: GroupType.ANY,
          dimensions: [{ attributes: { plan: AttributeDimension.inclusive('gold') } }, { metrics: { orders: MetricDimension.greaterThan(5) } }],
        }],
      },
    });
    expect(groups).toEqual({
      Include: 'ALL',
      Groups: [{
        Type: 'ANY',
        Dimensions: [
          { ProfileAttributes: { Attributes: { plan: { DimensionType: 'INCLUSIVE', Values: ['gold'] } } } },
          { CalculatedAttributes: { orders: { DimensionType: 'GREATER_THAN', Values: ['5'] } } },
        ],
      }],
    });
    expect(pathsOf(segment.translation.exact)).toEqual(['name', 'segmentGroups.groups[0].type', 'segmentGroups.include']);
  });

  test.each([GroupType.ALL, GroupType.ANY, GroupType.NONE])('type %s over single-condition objects is kept', (type) => {
    const { groups } = translate({
      name: 'x',
      segmentGroups: { groups: [{ type, dimensions: [{ attributes: { a: AttributeDimension.inclusive('1') } }, { attributes: { b: AttributeDimension.inclusive('2') } }] }] },
    });
    expect(groups.Groups).toHaveLength(1);
    expect(groups.Groups?.[0].Type).toBe(type);
    expect(groups.Groups?.[0].Dimensions).toHaveLength(2);
  });

  test('ALL over objects of several conditions: one group of type ALL with every condition', () => {
    const { groups } = translate({
      name: 'x',
      segmentGroups: { include: Include.ANY, groups: [{ type: GroupType.ALL, dimensions: [twoConditions('a', 'b'), twoConditions('c', 'd')] }] },
    });
    expect(groups.Include).toBe('ANY');
    expect(groups.Groups).toHaveLength(1);
    expect(groups.Groups?.[0].Type).toBe('ALL');
    expect(attributeNamesOf(groups.Groups?.[0])).toEqual(['a', 'b', 'c', 'd']);
  });

  test('ANY over objects of several conditions: one ALL group per object, combined with ANY (not a flat ANY, which would widen)', () => {
    const { groups, segment } = translate({
      name: 'x',
      segmentGroups: { include: Include.ALL, groups: [{ type: GroupType.ANY, dimensions: [twoConditions('a', 'b'), twoConditions('c', 'd')] }] },
    });
    expect(groups.Include).toBe('ANY');
    expect(groups.Groups?.map((g) => g.Type)).toEqual(['ALL', 'ALL']);
    expect(groups.Groups?.map(attributeNamesOf)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(pathsOf(segment.translation.exact)).toContain('segmentGroups.groups[0].type');
  });

  test('ANY under include NONE splits the same way and keeps the exclusion', () => {
    const { groups } = translate({
      name: 'x',
      segmentGroups: { include: Include.NONE, groups: [{ type: GroupType.ANY, dimensions: [twoConditions('a', 'b'), twoConditions('c', 'd')] }] },
    });
    expect(groups.Include).toBe('NONE');
    expect(groups.Groups).toHaveLength(2);
  });

  test('NONE over objects of several conditions without base segments: one ALL group per object, combined with NONE', () => {
    const { groups } = translate({
      name: 'x',
      segmentGroups: { groups: [{ type: GroupType.NONE, dimensions: [twoConditions('a', 'b'), twoConditions('c', 'd')] }] },
    });
    expect(groups.Include).toBe('NONE');
    expect(groups.Groups?.map((g) => g.Type)).toEqual(['ALL', 'ALL']);
  });

  test('a single object of several conditions under ANY is still all of its conditions', () => {
    const { groups } = translate({ name: 'x', segmentGroups: { groups: [{ type: GroupType.ANY, dimensions: [twoConditions('a', 'b')] }] } });
    expect(groups.Groups).toEqual([expect.objectContaining({ Type: 'ALL' })]);
  });

  test('an unset type over several conditions is reported and translated as ALL', () => {
    const { groups, segment } = translate({ name: 'x', segmentGroups: { groups: [{ dimensions: [twoConditions('a', 'b'), twoConditions('c', 'd')] }] } });
    expect(groups.Groups?.[0].Type).toBe('ALL');
    expect(pathsOf(segment.translation.approximated)).toContain('segmentGroups.groups[0].type');
  });
});

function twoConditions(first: string, second: string): SegmentDimensions {
  return { attributes: { [first]: { attributeType: AttributeType.INCLUSIVE, values: ['1'] }, [second]: AttributeDimension.inclusive('2') } };
}

function attributeNamesOf(group: CpGroup | undefined): string[] {
  return (group?.Dimensions ?? []).map(attributeNameOf);
}
