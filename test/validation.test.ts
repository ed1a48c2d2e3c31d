import { Fn, Lazy, RemovalPolicy, Token } from 'aws-cdk-lib';
import type { PinpointSegmentProps } from '../lib/pinpoint-segment-props';
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
  SegmentGroup,
  SetDimensions,
} from '../lib/segment-dimensions';
import { assertValidSegmentProps, validateSegmentProps } from '../lib/validation';

const base: PinpointSegmentProps = { applicationId: 'app1', name: 'Gold' };

function problemsOf(overrides: Partial<PinpointSegmentProps>): string[] {
  return validateSegmentProps({ ...base, ...overrides });
}

function problemsOfDimensions(dimensions: SegmentDimensions): string[] {
  return problemsOf({ dimensions });
}

/** A JavaScript caller can pass anything; this gets it past the compiler. */
function untyped<T>(value: unknown): T {
  return value as T;
}

describe('a valid definition', () => {
  test('has no problems and does not throw', () => {
    const props: PinpointSegmentProps = {
      ...base,
      segmentId: 'seg1',
      dimensions: {
        attributes: {
          plan: AttributeDimension.inclusive('gold'),
          signup: AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00.5+01:00'),
        },
        userAttributes: { birthday: AttributeDimension.on('2024-07-04T00:00:00Z') },
        metrics: { orders: MetricDimension.greaterThan(5) },
        behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) },
        demographic: {
          platform: SetDimensions.including('ios'),
          channel: SetDimensions.excluding(ChannelType.EMAIL, ChannelType.IN_APP),
        },
        location: { country: SetDimensions.including('US', 'DE'), gpsPoint: GpsPoint.within(-90, 180, 0.5) },
      },
      tags: { 'team': 'growth', 'cost-center': 'é 1/2 = x+y @a:b_c.' },
      removalPolicy: RemovalPolicy.RETAIN,
      restoreOnDelete: true,
    };
    expect(validateSegmentProps(props)).toEqual([]);
    expect(() => assertValidSegmentProps(props)).not.toThrow();
  });
});

describe('rule 1: dimensions and segmentGroups are exclusive', () => {
  test('rejects both set', () => {
    expect(problemsOf({ dimensions: {}, segmentGroups: { groups: [] } }))
      .toContain('dimensions: cannot be combined with segmentGroups (set one or the other)');
  });

  test('accepts either alone', () => {
    expect(problemsOf({ dimensions: {} })).toEqual([]);
    expect(problemsOf({ segmentGroups: { groups: [] } })).toEqual([]);
  });
});

describe('rule 2: at most one group', () => {
  test('rejects two groups', () => {
    expect(problemsOf({ segmentGroups: { groups: [{}, {}] } }))
      .toContain('segmentGroups.groups: 2 groups given; Pinpoint accepts at most 1');
  });

  test('accepts one group', () => {
    expect(problemsOf({ segmentGroups: { groups: [{ sourceSegments: [{ id: 's1' }] }] } })).toEqual([]);
  });
});

describe('rule 3: values are not empty', () => {
  test('rejects an empty attribute values list', () => {
    expect(problemsOfDimensions({ attributes: { plan: { values: [] } } }))
      .toEqual(['dimensions.attributes.plan.values: must not be empty']);
  });

  test('rejects empty lists in user attributes, every demographic field and country', () => {
    const empty = { values: [] };
    const problems = problemsOfDimensions({
      userAttributes: { tier: empty },
      demographic: { appVersion: empty, channel: empty, deviceType: empty, make: empty, model: empty, platform: empty },
      location: { country: empty },
    });
    expect(problems).toEqual([
      'dimensions.userAttributes.tier.values: must not be empty',
      'dimensions.demographic.appVersion.values: must not be empty',
      'dimensions.demographic.channel.values: must not be empty',
      'dimensions.demographic.deviceType.values: must not be empty',
      'dimensions.demographic.make.values: must not be empty',
      'dimensions.demographic.model.values: must not be empty',
      'dimensions.demographic.platform.values: must not be empty',
      'dimensions.location.country.values: must not be empty',
    ]);
  });

  test('rejects an empty string among the values', () => {
    expect(problemsOfDimensions({ demographic: { make: SetDimensions.including('apple', '') } }))
      .toEqual(['dimensions.demographic.make.values[1]: must not be an empty string']);
  });

  test('rejects missing values from a JavaScript caller', () => {
    expect(problemsOfDimensions({ attributes: { plan: untyped({}) } }))
      .toEqual(['dimensions.attributes.plan.values: is required']);
  });

  test('checks values inside group dimensions, with the group path', () => {
    expect(problemsOf({ segmentGroups: { groups: [{ dimensions: [{}, { attributes: { plan: { values: [] } } }] }] } }))
      .toEqual(['segmentGroups.groups[0].dimensions[1].attributes.plan.values: must not be empty']);
  });

  test('accepts non-empty values', () => {
    expect(problemsOfDimensions({ attributes: { plan: { values: ['gold'] } } })).toEqual([]);
  });
});

describe('rule 4: instants for BEFORE, AFTER, ON and BETWEEN', () => {
  const attribute = (attributeType: AttributeType, ...values: string[]) =>
    problemsOfDimensions({ attributes: { signup: { attributeType, values } } });

  test('BETWEEN takes exactly two instants', () => {
    expect(attribute(AttributeType.BETWEEN, '2024-01-01T00:00:00Z'))
      .toEqual(['dimensions.attributes.signup.values: BETWEEN takes exactly two ISO-8601 instants, got 1']);
  });

  test('BETWEEN instants must be in order', () => {
    expect(problemsOfDimensions({ userAttributes: { signup: AttributeDimension.between('2024-02-01T00:00:00Z', '2024-01-01T00:00:00Z') } }))
      .toEqual(["dimensions.userAttributes.signup.values: BETWEEN instants must be in order: '2024-02-01T00:00:00Z' is not earlier than '2024-01-01T00:00:00Z'"]);
  });

  test('BETWEEN compares instants across offsets and fractions, and rejects equal instants', () => {
    // 01:00+01:00 is 00:00Z: the same instant.
    expect(attribute(AttributeType.BETWEEN, '2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00')).toHaveLength(1);
    // 00:30+01:00 is 23:30Z the day before: earlier.
    expect(attribute(AttributeType.BETWEEN, '2024-01-01T00:00:00Z', '2024-01-01T00:30:00+01:00')).toHaveLength(1);
    expect(attribute(AttributeType.BETWEEN, '2024-01-01T00:00:00.000000001Z', '2024-01-01T00:00:00.000000002Z')).toEqual([]);
    expect(attribute(AttributeType.BETWEEN, '2024-01-01T00:00:00.2Z', '2024-01-01T00:00:00.10Z')).toHaveLength(1);
  });

  test.each([AttributeType.BEFORE, AttributeType.AFTER, AttributeType.ON])('%s takes exactly one instant', (type) => {
    expect(attribute(type, '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'))
      .toEqual([`dimensions.attributes.signup.values: ${type} takes exactly one ISO-8601 instant, got 2`]);
  });

  test.each([
    ['2024-02-30T00:00:00Z', 'a day that does not exist'],
    ['2023-02-29T00:00:00Z', 'February 29 of a common year'],
    ['1900-02-29T00:00:00Z', 'February 29 of a century that is not a leap year'],
    ['2024-13-01T00:00:00Z', 'month 13'],
    ['2024-04-31T00:00:00Z', 'April 31'],
    ['2024-01-01', 'a date without a time'],
    ['2024-01-01T00:00Z', 'a time without seconds'],
    ['2024-01-01T00:00:00', 'no offset'],
    ['2024-01-01t00:00:00z', 'lowercase t and z'],
    ['2024-01-01 00:00:00Z', 'a space instead of T'],
    ['2024-01-01T24:00:00Z', 'hour 24'],
    ['2024-01-01T00:60:00Z', 'minute 60'],
    ['2024-01-01T23:59:60Z', 'a leap second'],
    ['2024-01-01T00:00:00+1900', 'an offset without a colon'],
    ['2024-01-01T00:00:00+19:00', 'an offset beyond 18 hours'],
    ['2024-01-01T00:00:00.1234567890Z', 'a fraction of ten digits'],
    ['yesterday', 'a word'],
  ])('rejects %s (%s)', (value) => {
    expect(attribute(AttributeType.BEFORE, value)).toEqual([
      `dimensions.attributes.signup.values[0]: '${value}' is not an ISO-8601 instant (YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm))`,
    ]);
  });

  test.each([
    '2024-02-29T00:00:00Z',
    '2000-02-29T23:59:59Z',
    '2024-12-31T23:59:59.999999999Z',
    '2024-06-01T12:00:00-07:00',
    '2024-06-01T12:00:00+18:00',
    '0001-01-01T00:00:00Z',
  ])('accepts %s', (value) => {
    expect(attribute(AttributeType.AFTER, value)).toEqual([]);
  });

  test('does not apply to INCLUSIVE, EXCLUSIVE and CONTAINS', () => {
    expect(attribute(AttributeType.CONTAINS, 'not a date', 'and another')).toEqual([]);
  });
});

describe('rule 5: coordinates in range', () => {
  test('rejects a latitude outside -90..90', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(95, 0, 1) } }))
      .toEqual(['dimensions.location.gpsPoint.coordinates.latitude: 95 is outside -90..90']);
  });

  test('rejects a longitude outside -180..180', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(0, -180.5, 1) } }))
      .toEqual(['dimensions.location.gpsPoint.coordinates.longitude: -180.5 is outside -180..180']);
  });

  test('rejects a latitude that is not a finite number', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(NaN, 0, 1) } }))
      .toEqual(['dimensions.location.gpsPoint.coordinates.latitude: NaN is not a finite number']);
  });

  test('rejects missing coordinates from a JavaScript caller', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: untyped({ rangeInKilometers: 1 }) } }))
      .toEqual(['dimensions.location.gpsPoint.coordinates: is required']);
  });

  test('accepts the bounds', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(90, -180, 1) } })).toEqual([]);
  });
});

describe('rule 6: rangeInKilometers is greater than 0', () => {
  test('rejects 0', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(0, 0, 0) } }))
      .toEqual(['dimensions.location.gpsPoint.rangeInKilometers: 0 is not greater than 0']);
  });

  test('rejects infinity', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(0, 0, Infinity) } }))
      .toEqual(['dimensions.location.gpsPoint.rangeInKilometers: Infinity is not a finite number']);
  });

  test('accepts a positive range, or none', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(0, 0, 0.001) } })).toEqual([]);
    expect(problemsOfDimensions({ location: { gpsPoint: { coordinates: { latitude: 0, longitude: 0 } } } })).toEqual([]);
  });
});

describe('rule 7: countries are ISO 3166-1 alpha-2 codes', () => {
  test.each(['us', 'UK', 'EU', 'XK', 'USA', 'ZZ'])('rejects %s', (code) => {
    expect(problemsOfDimensions({ location: { country: SetDimensions.including('DE', code) } }))
      .toEqual([`dimensions.location.country.values[1]: '${code}' is not an ISO 3166-1 alpha-2 country code (such as US or DE)`]);
  });

  test('accepts every assigned code, including recent ones', () => {
    expect(problemsOfDimensions({ location: { country: SetDimensions.including('US', 'GB', 'SS', 'BQ', 'CW', 'SX', 'AX', 'ZW') } }))
      .toEqual([]);
  });
});

describe('rule 8: channels are Pinpoint channel types', () => {
  test('rejects an unknown channel', () => {
    expect(problemsOfDimensions({ demographic: { channel: SetDimensions.including('EMAIL', 'WHATSAPP') } }))
      .toEqual([
        "dimensions.demographic.channel.values[1]: 'WHATSAPP' is not a Pinpoint channel type (one of "
        + 'PUSH, GCM, APNS, APNS_SANDBOX, APNS_VOIP, APNS_VOIP_SANDBOX, ADM, SMS, VOICE, EMAIL, BAIDU, CUSTOM, IN_APP)',
      ]);
  });

  test('accepts every ChannelType', () => {
    expect(problemsOfDimensions({ demographic: { channel: SetDimensions.including(...Object.values(ChannelType)) } }))
      .toEqual([]);
  });
});

describe('rule 9: enum-typed fields hold one of their values', () => {
  test('rejects an unknown comparison operator', () => {
    expect(problemsOfDimensions({ metrics: { orders: { comparisonOperator: untyped('GREATER'), value: 1 } } }))
      .toEqual(["dimensions.metrics.orders.comparisonOperator: 'GREATER' is not one of GREATER_THAN, LESS_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL, EQUAL"]);
  });

  test('rejects a missing comparison operator', () => {
    expect(problemsOfDimensions({ metrics: { orders: untyped({ value: 1 }) } }))
      .toEqual(['dimensions.metrics.orders.comparisonOperator: is required']);
  });

  test('rejects unknown attributeType, dimensionType, duration and recencyType', () => {
    expect(problemsOfDimensions({
      attributes: { plan: { attributeType: untyped('MATCHES'), values: ['x'] } },
      demographic: { platform: { dimensionType: untyped('inclusive'), values: ['ios'] } },
      location: { country: { dimensionType: untyped('NOT'), values: ['US'] } },
      behavior: { recency: { duration: untyped('DAY_3'), recencyType: untyped('SLEEPING') } },
    })).toEqual([
      "dimensions.attributes.plan.attributeType: 'MATCHES' is not one of INCLUSIVE, EXCLUSIVE, CONTAINS, BEFORE, AFTER, ON, BETWEEN",
      "dimensions.behavior.recency.duration: 'DAY_3' is not one of HR_24, DAY_7, DAY_14, DAY_30",
      "dimensions.behavior.recency.recencyType: 'SLEEPING' is not one of ACTIVE, INACTIVE",
      "dimensions.demographic.platform.dimensionType: 'inclusive' is not one of INCLUSIVE, EXCLUSIVE",
      "dimensions.location.country.dimensionType: 'NOT' is not one of INCLUSIVE, EXCLUSIVE",
    ]);
  });

  test('rejects unknown sourceType, type and include', () => {
    const group: SegmentGroup = { sourceSegments: [{ id: 's1' }], sourceType: untyped('SOME'), type: untyped('EVERY') };
    expect(problemsOf({ segmentGroups: { groups: [group], include: untyped('BOTH') } })).toEqual([
      "segmentGroups.groups[0].sourceType: 'SOME' is not one of ALL, ANY, NONE",
      "segmentGroups.groups[0].type: 'EVERY' is not one of ALL, ANY, NONE",
      "segmentGroups.include: 'BOTH' is not one of ALL, ANY, NONE",
    ]);
  });

  test('accepts the plain API strings a JavaScript caller would pass', () => {
    expect(problemsOf({
      segmentGroups: {
        include: untyped('ANY'),
        groups: [{
          sourceType: untyped('ALL'),
          type: untyped('NONE'),
          dimensions: [{
            metrics: { orders: { comparisonOperator: untyped('LESS_THAN_OR_EQUAL'), value: 3 } },
            demographic: { platform: { dimensionType: untyped('EXCLUSIVE'), values: ['ios'] } },
            behavior: { recency: { duration: untyped('HR_24'), recencyType: untyped('INACTIVE') } },
          }],
        }],
      },
    })).toEqual([]);
  });
});

describe('rule 10: a metric value is a finite number', () => {
  test('rejects NaN', () => {
    expect(problemsOfDimensions({ metrics: { visits: MetricDimension.equalTo(NaN) } }))
      .toEqual(['dimensions.metrics.visits.value: NaN is not a finite number']);
  });

  test('rejects a string from a JavaScript caller', () => {
    expect(problemsOfDimensions({ metrics: { visits: { comparisonOperator: ComparisonOperator.EQUAL, value: untyped('5') } } }))
      .toEqual(["dimensions.metrics.visits.value: expected a number, got string '5'"]);
  });

  test('accepts negative and fractional values', () => {
    expect(problemsOfDimensions({ metrics: { balance: MetricDimension.lessThan(-2.5) } })).toEqual([]);
  });
});

describe('rule 11: source segments', () => {
  const withSources = (...sourceSegments: { id: string; version?: number }[]) =>
    problemsOf({ segmentGroups: { groups: [{ sourceSegments }] } });

  test('rejects version 0', () => {
    expect(withSources({ id: 's1' }, { id: 's2', version: 0 }))
      .toEqual(['segmentGroups.groups[0].sourceSegments[1].version: 0 is not an integer of at least 1']);
  });

  test('rejects a fractional version', () => {
    expect(withSources({ id: 's1', version: 1.5 }))
      .toEqual(['segmentGroups.groups[0].sourceSegments[0].version: 1.5 is not an integer of at least 1']);
  });

  test('rejects an empty id', () => {
    expect(withSources({ id: '' }))
      .toEqual(['segmentGroups.groups[0].sourceSegments[0].id: must not be empty']);
  });

  test('accepts an id with or without a version', () => {
    expect(withSources({ id: 's1' }, { id: 's2', version: 1 })).toEqual([]);
  });
});

describe('rule 12: at most 100 dimensions per segment', () => {
  function attributes(count: number) {
    return Object.fromEntries(Array.from({ length: count }, (_, i) => [`a${i}`, AttributeDimension.inclusive('x')]));
  }

  test('rejects 101 attribute dimensions', () => {
    expect(problemsOfDimensions({ attributes: attributes(101) }))
      .toEqual(['dimensions: 101 dimensions exceeds the limit of 100 per segment']);
  });

  test('counts every kind of dimension', () => {
    // 91 attributes + 1 user attribute + 1 metric + recency + 6 demographic + country + gpsPoint = 102
    const all = SetDimensions.including('x');
    expect(problemsOfDimensions({
      attributes: attributes(91),
      userAttributes: { u: AttributeDimension.inclusive('x') },
      metrics: { m: MetricDimension.equalTo(1) },
      behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) },
      demographic: { appVersion: all, channel: SetDimensions.including('SMS'), deviceType: all, make: all, model: all, platform: all },
      location: { country: SetDimensions.including('US'), gpsPoint: GpsPoint.within(0, 0, 1) },
    })).toEqual(['dimensions: 102 dimensions exceeds the limit of 100 per segment']);
  });

  test('sums the dimensions of every group', () => {
    expect(problemsOf({ segmentGroups: { groups: [{ dimensions: [{ attributes: attributes(60) }, { attributes: attributes(41) }] }] } }))
      .toEqual(['segmentGroups: 101 dimensions exceeds the limit of 100 per segment']);
  });

  test('accepts exactly 100', () => {
    expect(problemsOfDimensions({ attributes: attributes(100) })).toEqual([]);
  });
});

describe('rule 13: tags fit AWS limits', () => {
  test('rejects more than 50 tags', () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(problemsOf({ tags })).toEqual(['tags: 51 tags exceeds the limit of 50']);
  });

  test('accepts 50 tags', () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    expect(problemsOf({ tags })).toEqual([]);
  });

  test('rejects a key starting with aws:, in any case', () => {
    expect(problemsOf({ tags: { 'AWS:team': 'x' } }))
      .toEqual(['tags["AWS:team"]: tag key must not start with aws: (reserved for AWS)']);
  });

  test('rejects an empty key', () => {
    expect(problemsOf({ tags: { '': 'x' } })).toEqual(['tags[""]: tag key must not be empty']);
  });

  test('rejects a key of 129 characters and accepts 128', () => {
    expect(problemsOf({ tags: { ['k'.repeat(129)]: 'x' } }))
      .toEqual([`tags.${'k'.repeat(129)}: tag key is 129 characters, more than 128`]);
    expect(problemsOf({ tags: { ['k'.repeat(128)]: 'x' } })).toEqual([]);
  });

  test('rejects a value of 257 characters and accepts 256 and empty', () => {
    expect(problemsOf({ tags: { team: 'v'.repeat(257) } }))
      .toEqual(['tags.team: tag value is 257 characters, more than 256']);
    expect(problemsOf({ tags: { team: 'v'.repeat(256), empty: '' } })).toEqual([]);
  });

  test('counts characters, not UTF-16 units', () => {
    expect(problemsOf({ tags: { team: '𝔸'.repeat(256) } })).toEqual([]);
  });

  test('rejects characters outside the AWS tag set', () => {
    expect(problemsOf({ tags: { 'team#1': 'a*b' } })).toEqual([
      'tags["team#1"]: tag key may only contain letters, digits, whitespace and _ . : / = + - @',
      'tags["team#1"]: tag value may only contain letters, digits, whitespace and _ . : / = + - @',
    ]);
  });

  test('accepts Unicode letters and the allowed punctuation', () => {
    expect(problemsOf({ tags: { 'Équipe données': 'ü 1 _.:/=+-@' } })).toEqual([]);
  });
});

describe('rule 14: name is not empty', () => {
  test('rejects an empty name', () => {
    expect(problemsOf({ name: '' })).toEqual(['name: must not be empty or only whitespace']);
  });

  test('rejects a whitespace-only name', () => {
    expect(problemsOf({ name: ' \t ' })).toEqual(['name: must not be empty or only whitespace']);
  });

  test('accepts a name', () => {
    expect(problemsOf({ name: 'x' })).toEqual([]);
  });
});

describe('rule 15: applicationId and segmentId are not empty', () => {
  test('rejects an empty applicationId', () => {
    expect(problemsOf({ applicationId: '' })).toEqual(['applicationId: must not be empty']);
  });

  test('rejects an empty segmentId', () => {
    expect(problemsOf({ segmentId: '' })).toEqual(['segmentId: must not be empty']);
  });

  test('accepts ids, and no segmentId', () => {
    expect(problemsOf({ applicationId: 'a', segmentId: 's' })).toEqual([]);
    expect(problemsOf({ applicationId: 'a' })).toEqual([]);
  });
});

describe('rule 16: removalPolicy is DESTROY or RETAIN', () => {
  test('rejects SNAPSHOT', () => {
    expect(problemsOf({ removalPolicy: RemovalPolicy.SNAPSHOT }))
      .toEqual(['removalPolicy: SNAPSHOT is not supported (use DESTROY or RETAIN)']);
  });

  test.each([RemovalPolicy.DESTROY, RemovalPolicy.RETAIN, RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE])('accepts %s', (removalPolicy) => {
    expect(problemsOf({ removalPolicy })).toEqual([]);
  });
});

describe('rule 17: restoreOnDelete needs segmentId', () => {
  test('rejects restoreOnDelete on a created segment', () => {
    expect(problemsOf({ restoreOnDelete: true }))
      .toEqual(['restoreOnDelete: only applies to an adopted segment (set segmentId)']);
  });

  test('accepts restoreOnDelete on an adopted segment, and false anywhere', () => {
    expect(problemsOf({ restoreOnDelete: true, segmentId: 's1' })).toEqual([]);
    expect(problemsOf({ restoreOnDelete: false })).toEqual([]);
  });
});

describe('rule 18: attribute, user attribute and metric names are not empty', () => {
  test('rejects empty names', () => {
    expect(problemsOfDimensions({
      attributes: { '': AttributeDimension.inclusive('x') },
      userAttributes: { ' ': AttributeDimension.inclusive('x') },
      metrics: { '': MetricDimension.equalTo(1) },
    })).toEqual([
      'dimensions.attributes[""]: name must not be empty',
      'dimensions.userAttributes[" "]: name must not be empty',
      'dimensions.metrics[""]: name must not be empty',
    ]);
  });

  test('accepts names with any characters, and quotes them in paths', () => {
    expect(problemsOfDimensions({ attributes: { 'my.plan': { values: [] } } }))
      .toEqual(['dimensions.attributes["my.plan"].values: must not be empty']);
  });
});

describe('reporting', () => {
  test('throws one error listing every problem', () => {
    expect(() => assertValidSegmentProps({
      ...base,
      name: '',
      dimensions: { location: { gpsPoint: GpsPoint.within(95, 0, 1) } },
    }, 'Growth/Gold')).toThrow(new Error(
      'Growth/Gold: name: must not be empty or only whitespace\n'
      + 'Growth/Gold: dimensions.location.gpsPoint.coordinates.latitude: 95 is outside -90..90',
    ));
  });

  test('one problem is one line, starting with the construct path', () => {
    expect(() => assertValidSegmentProps({ ...base, name: '' }, 'Growth/Gold')).toThrow(
      /^Growth\/Gold: name: must not be empty or only whitespace$/);
  });

  test('reports problems from different rules and places together', () => {
    const problems = problemsOf({
      restoreOnDelete: true,
      tags: { 'aws:x': 'y' },
      segmentGroups: {
        groups: [{
          dimensions: [{ metrics: { m: MetricDimension.equalTo(Infinity) } }],
          sourceSegments: [{ id: 's', version: -1 }],
        }],
      },
    });
    expect(problems).toEqual([
      'restoreOnDelete: only applies to an adopted segment (set segmentId)',
      'tags["aws:x"]: tag key must not start with aws: (reserved for AWS)',
      'segmentGroups.groups[0].sourceSegments[0].version: -1 is not an integer of at least 1',
      'segmentGroups.groups[0].dimensions[0].metrics.m.value: Infinity is not a finite number',
    ]);
  });
});

describe('tokens are skipped', () => {
  const stringToken = Token.asString(Fn.importValue('SomeString'));
  const numberToken = Token.asNumber(Fn.importValue('SomeNumber'));
  const listToken = Fn.split(',', Fn.importValue('SomeList'));

  test('the tokens used here really are unresolved', () => {
    expect(Token.isUnresolved(stringToken)).toBe(true);
    expect(Token.isUnresolved(numberToken)).toBe(true);
    expect(Token.isUnresolved(listToken)).toBe(true);
    // Without the skip, an encoded number token is far outside -90..90.
    expect(numberToken < -90).toBe(true);
  });

  test('string tokens for ids, name, values, countries, channels, instants and tags', () => {
    expect(problemsOf({
      applicationId: stringToken,
      segmentId: stringToken,
      name: stringToken,
      tags: { [stringToken]: stringToken },
      dimensions: {
        attributes: { signup: AttributeDimension.between(stringToken, '2024-01-01T00:00:00Z') },
        userAttributes: { before: AttributeDimension.before(stringToken) },
        metrics: { [stringToken]: { comparisonOperator: untyped(stringToken), value: 1 } },
        demographic: { channel: SetDimensions.including(stringToken) },
        location: { country: SetDimensions.including(stringToken) },
      },
    })).toEqual([]);
  });

  test('number tokens for coordinates, range, metric values and versions', () => {
    expect(problemsOf({
      segmentGroups: {
        groups: [{
          sourceSegments: [{ id: 's', version: numberToken }],
          dimensions: [{
            metrics: { m: MetricDimension.greaterThan(numberToken) },
            location: { gpsPoint: GpsPoint.within(numberToken, numberToken, numberToken) },
          }],
        }],
      },
    })).toEqual([]);
  });

  test('list tokens for values and groups', () => {
    expect(problemsOfDimensions({
      attributes: { signup: { attributeType: AttributeType.BETWEEN, values: listToken } },
      demographic: { channel: { values: listToken } },
      location: { country: { dimensionType: DimensionType.EXCLUSIVE, values: listToken } },
    })).toEqual([]);
  });

  test('map tokens for attributes and tags', () => {
    const mapToken = Lazy.any({ produce: () => ({}) }) as unknown as Record<string, never>;
    expect(problemsOf({ tags: mapToken, dimensions: { attributes: mapToken, metrics: mapToken } })).toEqual([]);
  });

  test('a resolved value next to a token is still checked', () => {
    expect(problemsOfDimensions({ location: { gpsPoint: GpsPoint.within(numberToken, 200, 1) } }))
      .toEqual(['dimensions.location.gpsPoint.coordinates.longitude: 200 is outside -180..180']);
  });
});
