/**
 * Bad input at synth, through the construct: every invalid definition below is rejected by
 * `new PinpointSegment(...)` with a message naming its path and the rule, and its valid twin (the
 * same definition with only the offending value fixed) is accepted and renders.
 *
 * test/validation.test.ts covers lib/validation.ts rule by rule; this table goes through the
 * public constructor, the way a user meets it.
 */
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PinpointSegment, PinpointSegmentProps } from '../lib';
import {
  AttributeDimension,
  AttributeType,
  ChannelType,
  ComparisonOperator,
  DimensionType,
  GpsPoint,
  MetricDimension,
  Recency,
  RecencyDuration,
  SegmentDimensions,
  SetDimensions,
  SourceType,
} from '../lib/segment-dimensions';

const base: PinpointSegmentProps = { applicationId: 'f1e2d3c4b5a697881726354453627180', name: 'Gold customers' };

/** A JavaScript caller can pass anything; this gets it past the compiler. */
function js<T>(value: unknown): T {
  return value as T;
}

function dims(dimensions: SegmentDimensions): Partial<PinpointSegmentProps> {
  return { dimensions };
}

function manyAttributes(count: number): SegmentDimensions {
  const attributes: { [name: string]: ReturnType<typeof AttributeDimension.inclusive> } = {};
  for (let i = 0; i < count; i++) attributes[`a${i}`] = AttributeDimension.inclusive('x');
  return { attributes };
}

function manyTags(count: number): { [key: string]: string } {
  const tags: { [key: string]: string } = {};
  for (let i = 0; i < count; i++) tags[`k${i}`] = 'v';
  return tags;
}

interface Case {
  /** What is wrong. */
  readonly title: string;
  /** Overrides of `base` that make the definition invalid. */
  readonly invalid: Partial<PinpointSegmentProps>;
  /** The same definition with the offending value fixed. */
  readonly valid: Partial<PinpointSegmentProps>;
  /** `<path>: <rule>` (a prefix of the rule's text is enough). */
  readonly problem: string;
}

const group = (overrides: object) => ({ segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1' }], ...overrides }] } });

const CASES: Case[] = [
  // names and ids
  { title: 'empty name', invalid: { name: '' }, valid: { name: 'Gold' }, problem: 'name: must not be empty or only whitespace' },
  { title: 'whitespace name', invalid: { name: '   ' }, valid: { name: ' G ' }, problem: 'name: must not be empty or only whitespace' },
  { title: 'empty applicationId', invalid: { applicationId: '' }, valid: { applicationId: 'app1' }, problem: 'applicationId: must not be empty' },
  { title: 'empty segmentId', invalid: { segmentId: ' ' }, valid: { segmentId: 'seg1' }, problem: 'segmentId: must not be empty' },

  // shape of the definition
  {
    title: 'dimensions and segmentGroups together',
    invalid: { dimensions: { attributes: { plan: AttributeDimension.inclusive('gold') } }, segmentGroups: { groups: [{ sourceSegments: [{ id: 's' }] }] } },
    valid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 's' }] }] } },
    problem: 'dimensions: cannot be combined with segmentGroups',
  },
  {
    title: 'two groups',
    invalid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'a' }] }, { sourceSegments: [{ id: 'b' }] }] } },
    valid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'a' }, { id: 'b' }] }] } },
    problem: 'segmentGroups.groups: 2 groups given; Pinpoint accepts at most 1',
  },
  {
    title: '101 dimensions',
    invalid: dims(manyAttributes(101)),
    valid: dims(manyAttributes(100)),
    problem: 'dimensions: 101 dimensions exceeds the limit of 100 per segment',
  },

  // values
  {
    title: 'empty attribute values',
    invalid: dims({ attributes: { plan: { values: [] } } }),
    valid: dims({ attributes: { plan: { values: ['gold'] } } }),
    problem: 'dimensions.attributes.plan.values: must not be empty',
  },
  {
    title: 'empty string in user attribute values',
    invalid: dims({ userAttributes: { tier: AttributeDimension.inclusive('gold', '') } }),
    valid: dims({ userAttributes: { tier: AttributeDimension.inclusive('gold', 'silver') } }),
    problem: 'dimensions.userAttributes.tier.values[1]: must not be an empty string',
  },
  {
    title: 'empty demographic values',
    invalid: dims({ demographic: { platform: SetDimensions.including() } }),
    valid: dims({ demographic: { platform: SetDimensions.including('ios') } }),
    problem: 'dimensions.demographic.platform.values: must not be empty',
  },
  {
    title: 'empty attribute name',
    invalid: dims({ attributes: { '': AttributeDimension.inclusive('x') } }),
    valid: dims({ attributes: { plan: AttributeDimension.inclusive('x') } }),
    problem: 'dimensions.attributes[""]: name must not be empty',
  },

  // instants
  {
    title: 'BETWEEN with one instant',
    invalid: dims({ attributes: { signup: { attributeType: AttributeType.BETWEEN, values: ['2024-01-01T00:00:00Z'] } } }),
    valid: dims({ attributes: { signup: AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z') } }),
    problem: 'dimensions.attributes.signup.values: BETWEEN takes exactly two ISO-8601 instants, got 1',
  },
  {
    title: 'BETWEEN out of order',
    invalid: dims({ attributes: { signup: AttributeDimension.between('2024-02-01T00:00:00Z', '2024-01-01T00:00:00Z') } }),
    valid: dims({ attributes: { signup: AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z') } }),
    problem: 'dimensions.attributes.signup.values: BETWEEN instants must be in order',
  },
  {
    title: 'BEFORE with a date only',
    invalid: dims({ userAttributes: { birthday: AttributeDimension.before('2024-07-04') } }),
    valid: dims({ userAttributes: { birthday: AttributeDimension.before('2024-07-04T00:00:00Z') } }),
    problem: "dimensions.userAttributes.birthday.values[0]: '2024-07-04' is not an ISO-8601 instant",
  },
  {
    title: 'AFTER on a day that does not exist',
    invalid: dims({ attributes: { renewal: AttributeDimension.after('2024-02-30T00:00:00Z') } }),
    valid: dims({ attributes: { renewal: AttributeDimension.after('2024-02-29T00:00:00Z') } }),
    problem: "dimensions.attributes.renewal.values[0]: '2024-02-30T00:00:00Z' is not an ISO-8601 instant",
  },
  {
    title: 'ON with two instants',
    invalid: dims({ attributes: { day: { attributeType: AttributeType.ON, values: ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'] } } }),
    valid: dims({ attributes: { day: AttributeDimension.on('2024-01-01T00:00:00Z') } }),
    problem: 'dimensions.attributes.day.values: ON takes exactly one ISO-8601 instant, got 2',
  },

  // location
  {
    title: 'latitude 95',
    invalid: dims({ location: { gpsPoint: GpsPoint.within(95, 10, 5) } }),
    valid: dims({ location: { gpsPoint: GpsPoint.within(90, 10, 5) } }),
    problem: 'dimensions.location.gpsPoint.coordinates.latitude: 95 is outside -90..90',
  },
  {
    title: 'longitude -181',
    invalid: dims({ location: { gpsPoint: GpsPoint.within(0, -181, 5) } }),
    valid: dims({ location: { gpsPoint: GpsPoint.within(0, -180, 5) } }),
    problem: 'dimensions.location.gpsPoint.coordinates.longitude: -181 is outside -180..180',
  },
  {
    title: 'latitude NaN',
    invalid: dims({ location: { gpsPoint: GpsPoint.within(NaN, 0, 5) } }),
    valid: dims({ location: { gpsPoint: GpsPoint.within(0, 0, 5) } }),
    problem: 'dimensions.location.gpsPoint.coordinates.latitude: NaN is not a finite number',
  },
  {
    title: 'latitude as a string (JavaScript caller)',
    invalid: dims({ location: { gpsPoint: { coordinates: { latitude: js<number>('north'), longitude: 0 } } } }),
    valid: dims({ location: { gpsPoint: { coordinates: { latitude: 47.6, longitude: 0 } } } }),
    problem: "dimensions.location.gpsPoint.coordinates.latitude: expected a number, got string 'north'",
  },
  {
    title: 'gpsPoint without coordinates',
    invalid: dims({ location: { gpsPoint: js({ rangeInKilometers: 5 }) } }),
    valid: dims({ location: { gpsPoint: { coordinates: { latitude: 1, longitude: 2 }, rangeInKilometers: 5 } } }),
    problem: 'dimensions.location.gpsPoint.coordinates: is required',
  },
  {
    title: 'rangeInKilometers 0',
    invalid: dims({ location: { gpsPoint: GpsPoint.within(1, 2, 0) } }),
    valid: dims({ location: { gpsPoint: GpsPoint.within(1, 2, 0.1) } }),
    problem: 'dimensions.location.gpsPoint.rangeInKilometers: 0 is not greater than 0',
  },
  {
    title: 'rangeInKilometers negative',
    invalid: dims({ location: { gpsPoint: GpsPoint.within(1, 2, -5) } }),
    valid: dims({ location: { gpsPoint: GpsPoint.within(1, 2, 5) } }),
    problem: 'dimensions.location.gpsPoint.rangeInKilometers: -5 is not greater than 0',
  },
  {
    title: 'three-letter country',
    invalid: dims({ location: { country: SetDimensions.including('USA') } }),
    valid: dims({ location: { country: SetDimensions.including('US') } }),
    problem: "dimensions.location.country.values[0]: 'USA' is not an ISO 3166-1 alpha-2 country code",
  },
  {
    title: 'lowercase country',
    invalid: dims({ location: { country: SetDimensions.excluding('DE', 'fr') } }),
    valid: dims({ location: { country: SetDimensions.excluding('DE', 'FR') } }),
    problem: "dimensions.location.country.values[1]: 'fr' is not an ISO 3166-1 alpha-2 country code",
  },

  // channels and enums
  {
    title: 'unknown channel',
    invalid: dims({ demographic: { channel: SetDimensions.including('PIGEON') } }),
    valid: dims({ demographic: { channel: SetDimensions.including(ChannelType.SMS) } }),
    problem: "dimensions.demographic.channel.values[0]: 'PIGEON' is not a Pinpoint channel type",
  },
  {
    title: 'unknown comparison operator',
    invalid: dims({ metrics: { orders: { comparisonOperator: js<ComparisonOperator>('BIGGER'), value: 5 } } }),
    valid: dims({ metrics: { orders: { comparisonOperator: ComparisonOperator.GREATER_THAN, value: 5 } } }),
    problem: "dimensions.metrics.orders.comparisonOperator: 'BIGGER' is not one of",
  },
  {
    title: 'metric value Infinity',
    invalid: dims({ metrics: { orders: MetricDimension.greaterThan(Infinity) } }),
    valid: dims({ metrics: { orders: MetricDimension.greaterThan(1e9) } }),
    problem: 'dimensions.metrics.orders.value: Infinity is not a finite number',
  },
  {
    title: 'metric without a value',
    invalid: dims({ metrics: { orders: js({ comparisonOperator: 'EQUAL' }) } }),
    valid: dims({ metrics: { orders: MetricDimension.equalTo(0) } }),
    problem: 'dimensions.metrics.orders.value: is required',
  },
  {
    title: 'unknown recency duration',
    invalid: dims({ behavior: { recency: { duration: js<RecencyDuration>('DAY_2'), recencyType: Recency.activeWithin(RecencyDuration.DAY_7).recencyType } } }),
    valid: dims({ behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) } }),
    problem: "dimensions.behavior.recency.duration: 'DAY_2' is not one of",
  },
  {
    title: 'recency without a type',
    invalid: dims({ behavior: { recency: js({ duration: 'HR_24' }) } }),
    valid: dims({ behavior: { recency: Recency.inactiveWithin(RecencyDuration.HR_24) } }),
    problem: 'dimensions.behavior.recency.recencyType: is required',
  },
  {
    title: 'unknown dimension type',
    invalid: dims({ demographic: { make: { dimensionType: js<DimensionType>('MAYBE'), values: ['Apple'] } } }),
    valid: dims({ demographic: { make: { dimensionType: DimensionType.EXCLUSIVE, values: ['Apple'] } } }),
    problem: "dimensions.demographic.make.dimensionType: 'MAYBE' is not one of",
  },
  {
    title: 'unknown attribute type',
    invalid: dims({ attributes: { plan: { attributeType: js<AttributeType>('SOMETIMES'), values: ['gold'] } } }),
    valid: dims({ attributes: { plan: { attributeType: AttributeType.CONTAINS, values: ['gold'] } } }),
    problem: "dimensions.attributes.plan.attributeType: 'SOMETIMES' is not one of",
  },

  // segment groups
  {
    title: 'source segment version 0',
    invalid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1', version: 0 }] }] } },
    valid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1', version: 1 }] }] } },
    problem: 'segmentGroups.groups[0].sourceSegments[0].version: 0 is not an integer of at least 1',
  },
  {
    title: 'source segment version 1.5',
    invalid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1' }, { id: 'base2', version: 1.5 }] }] } },
    valid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1' }, { id: 'base2', version: 2 }] }] } },
    problem: 'segmentGroups.groups[0].sourceSegments[1].version: 1.5 is not an integer of at least 1',
  },
  {
    title: 'source segment without an id',
    invalid: { segmentGroups: { groups: [{ sourceSegments: [{ id: '' }] }] } },
    valid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1' }] }] } },
    problem: 'segmentGroups.groups[0].sourceSegments[0].id: must not be empty',
  },
  {
    title: 'unknown source type',
    invalid: group({ sourceType: 'SOME' }),
    valid: group({ sourceType: SourceType.ALL }),
    problem: "segmentGroups.groups[0].sourceType: 'SOME' is not one of",
  },
  {
    title: 'unknown group type',
    invalid: group({ type: 'EITHER' }),
    valid: group({ type: 'NONE' }),
    problem: "segmentGroups.groups[0].type: 'EITHER' is not one of",
  },
  {
    title: 'unknown include',
    invalid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'b' }] }], include: js('BOTH') } },
    valid: { segmentGroups: { groups: [{ sourceSegments: [{ id: 'b' }] }], include: js('ANY') } },
    problem: "segmentGroups.include: 'BOTH' is not one of",
  },
  {
    title: 'latitude out of range inside a group',
    invalid: group({ dimensions: [{ location: { gpsPoint: GpsPoint.within(-91, 0, 1) } }] }),
    valid: group({ dimensions: [{ location: { gpsPoint: GpsPoint.within(-90, 0, 1) } }] }),
    problem: 'segmentGroups.groups[0].dimensions[0].location.gpsPoint.coordinates.latitude: -91 is outside -90..90',
  },
  {
    title: 'unknown channel inside a group',
    invalid: group({ dimensions: [{}, { demographic: { channel: SetDimensions.including('FAX') } }] }),
    valid: group({ dimensions: [{}, { demographic: { channel: SetDimensions.including('EMAIL') } }] }),
    problem: "segmentGroups.groups[0].dimensions[1].demographic.channel.values[0]: 'FAX' is not a Pinpoint channel type",
  },

  // tags
  {
    title: 'aws: tag key',
    invalid: { tags: { 'aws:owner': 'me' } },
    valid: { tags: { owner: 'me' } },
    problem: 'tags["aws:owner"]: tag key must not start with aws:',
  },
  {
    title: 'AWS: tag key in uppercase',
    invalid: { tags: { 'AWS:owner': 'me' } },
    valid: { tags: { 'AWSX:owner': 'me' } },
    problem: 'tags["AWS:owner"]: tag key must not start with aws:',
  },
  {
    title: 'tag key of 129 characters',
    invalid: { tags: { ['k'.repeat(129)]: 'v' } },
    valid: { tags: { ['k'.repeat(128)]: 'v' } },
    problem: `tags.${'k'.repeat(129)}: tag key is 129 characters, more than 128`,
  },
  {
    title: 'tag value of 257 characters',
    invalid: { tags: { team: 'v'.repeat(257) } },
    valid: { tags: { team: 'v'.repeat(256) } },
    problem: 'tags.team: tag value is 257 characters, more than 256',
  },
  {
    title: 'tag key with a forbidden character',
    invalid: { tags: { 'team#1': 'growth' } },
    valid: { tags: { 'team-1': 'growth' } },
    problem: 'tags["team#1"]: tag key may only contain letters, digits, whitespace and _ . : / = + - @',
  },
  {
    title: 'tag value with a forbidden character',
    invalid: { tags: { team: 'growth!' } },
    valid: { tags: { team: 'growth' } },
    problem: 'tags.team: tag value may only contain letters, digits, whitespace and _ . : / = + - @',
  },
  { title: 'empty tag key', invalid: { tags: { '': 'v' } }, valid: { tags: { k: 'v' } }, problem: 'tags[""]: tag key must not be empty' },
  { title: '51 tags', invalid: { tags: manyTags(51) }, valid: { tags: manyTags(50) }, problem: 'tags: 51 tags exceeds the limit of 50' },

  // lifecycle options
  {
    title: 'removalPolicy SNAPSHOT',
    invalid: { removalPolicy: RemovalPolicy.SNAPSHOT },
    valid: { removalPolicy: RemovalPolicy.RETAIN },
    problem: 'removalPolicy: SNAPSHOT is not supported (use DESTROY or RETAIN)',
  },
  {
    title: 'restoreOnDelete on a created segment',
    invalid: { restoreOnDelete: true },
    valid: { restoreOnDelete: true, segmentId: 'seg1' },
    problem: 'restoreOnDelete: only applies to an adopted segment (set segmentId)',
  },
];

function declare(overrides: Partial<PinpointSegmentProps>): Stack {
  const stack = new Stack(new App(), 'Table');
  new PinpointSegment(stack, 'Segment', { ...base, ...overrides });
  return stack;
}

describe('invalid definitions are rejected by the construct, naming path and rule', () => {
  test('the table is large enough', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    // Every case names a different problem.
    expect(new Set(CASES.map((c) => c.title)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    let error: unknown;
    try {
      declare(c.invalid);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    // One line per problem, each `<construct path>: <prop path>: <rule>`.
    const lines = message.split('\n');
    expect(lines.every((line) => line.startsWith('Table/Segment: '))).toBe(true);
    expect(lines.some((line) => line.startsWith(`Table/Segment: ${c.problem}`))).toBe(true);
    // The twin is accepted and renders one custom resource.
    const stack = declare(c.valid);
    Template.fromStack(stack).resourceCountIs('Custom::PinpointSegment', 1);
  });

  test('several problems are reported in one error', () => {
    expect(() =>
      declare({
        name: '',
        dimensions: { location: { gpsPoint: GpsPoint.within(95, 200, 0) } },
        tags: { 'aws:x': 'y' },
      }),
    ).toThrow(
      /^Table\/Segment: name: must not be empty[\s\S]*tags\["aws:x"\][\s\S]*latitude: 95 is outside[\s\S]*longitude: 200 is outside[\s\S]*rangeInKilometers: 0 is not greater than 0/,
    );
  });
});
