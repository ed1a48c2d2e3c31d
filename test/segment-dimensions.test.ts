import {
  AttributeDimension,
  AttributeType,
  ChannelType,
  ComparisonOperator,
  DimensionType,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  Recency,
  RecencyDuration,
  RecencyType,
  SetDimensions,
  SourceType,
  Values,
} from '../lib/segment-dimensions';

describe('AttributeDimension', () => {
  test('inclusive, exclusive and contains take any number of values', () => {
    expect(AttributeDimension.inclusive('gold', 'platinum')).toStrictEqual({ attributeType: AttributeType.INCLUSIVE, values: ['gold', 'platinum'] });
    expect(AttributeDimension.exclusive('trial')).toStrictEqual({ attributeType: AttributeType.EXCLUSIVE, values: ['trial'] });
    expect(AttributeDimension.contains('@example.com', '@example.org'))
      .toStrictEqual({ attributeType: AttributeType.CONTAINS, values: ['@example.com', '@example.org'] });
  });

  test('before, after and on take one instant', () => {
    expect(AttributeDimension.before('2024-01-01T00:00:00Z')).toStrictEqual({ attributeType: AttributeType.BEFORE, values: ['2024-01-01T00:00:00Z'] });
    expect(AttributeDimension.after('2024-01-01T00:00:00Z')).toStrictEqual({ attributeType: AttributeType.AFTER, values: ['2024-01-01T00:00:00Z'] });
    expect(AttributeDimension.on('2024-07-04T00:00:00Z')).toStrictEqual({ attributeType: AttributeType.ON, values: ['2024-07-04T00:00:00Z'] });
  });

  test('between takes two instants, in the order given', () => {
    expect(AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'))
      .toStrictEqual({ attributeType: AttributeType.BETWEEN, values: ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'] });
  });
});

describe('MetricDimension', () => {
  test.each([
    ['greaterThan', MetricDimension.greaterThan(10), ComparisonOperator.GREATER_THAN, 10],
    ['lessThan', MetricDimension.lessThan(-1.5), ComparisonOperator.LESS_THAN, -1.5],
    ['greaterThanOrEqual', MetricDimension.greaterThanOrEqual(5), ComparisonOperator.GREATER_THAN_OR_EQUAL, 5],
    ['lessThanOrEqual', MetricDimension.lessThanOrEqual(7), ComparisonOperator.LESS_THAN_OR_EQUAL, 7],
    ['equalTo', MetricDimension.equalTo(0), ComparisonOperator.EQUAL, 0],
  ])('%s', (_name, metric, comparisonOperator, value) => {
    expect(metric).toStrictEqual({ comparisonOperator, value });
  });
});

describe('Recency', () => {
  test('activeWithin', () => {
    expect(Recency.activeWithin(RecencyDuration.DAY_7)).toStrictEqual({ duration: RecencyDuration.DAY_7, recencyType: RecencyType.ACTIVE });
  });

  test('inactiveWithin', () => {
    expect(Recency.inactiveWithin(RecencyDuration.HR_24)).toStrictEqual({ duration: RecencyDuration.HR_24, recencyType: RecencyType.INACTIVE });
  });
});

describe('GpsPoint', () => {
  test('within puts latitude and longitude in coordinates, in that order', () => {
    expect(GpsPoint.within(47.6, -122.3, 25)).toStrictEqual({ coordinates: { latitude: 47.6, longitude: -122.3 }, rangeInKilometers: 25 });
  });
});

describe('Values', () => {
  test('including', () => {
    expect(Values.including('ios', 'android')).toStrictEqual({ dimensionType: DimensionType.INCLUSIVE, values: ['ios', 'android'] });
  });

  test('excluding', () => {
    expect(Values.excluding(ChannelType.SMS)).toStrictEqual({ dimensionType: DimensionType.EXCLUSIVE, values: ['SMS'] });
  });

  test('the deprecated SetDimensions makes the same SetDimension values', () => {
    expect(SetDimensions.including('ios')).toStrictEqual(Values.including('ios'));
    expect(SetDimensions.excluding('US', 'CA')).toStrictEqual(Values.excluding('US', 'CA'));
  });
});

describe('enums', () => {
  // A JavaScript caller passing the API's plain string must get the same thing as the enum.
  test.each([
    ['AttributeType', AttributeType, ['INCLUSIVE', 'EXCLUSIVE', 'CONTAINS', 'BEFORE', 'AFTER', 'ON', 'BETWEEN']],
    ['DimensionType', DimensionType, ['INCLUSIVE', 'EXCLUSIVE']],
    ['RecencyDuration', RecencyDuration, ['HR_24', 'DAY_7', 'DAY_14', 'DAY_30']],
    ['RecencyType', RecencyType, ['ACTIVE', 'INACTIVE']],
    ['ComparisonOperator', ComparisonOperator, ['GREATER_THAN', 'LESS_THAN', 'GREATER_THAN_OR_EQUAL', 'LESS_THAN_OR_EQUAL', 'EQUAL']],
    ['SourceType', SourceType, ['ALL', 'ANY', 'NONE']],
    ['GroupType', GroupType, ['ALL', 'ANY', 'NONE']],
    ['Include', Include, ['ALL', 'ANY', 'NONE']],
    ['ChannelType', ChannelType, [
      'PUSH', 'GCM', 'APNS', 'APNS_SANDBOX', 'APNS_VOIP', 'APNS_VOIP_SANDBOX', 'ADM', 'SMS', 'VOICE', 'EMAIL', 'BAIDU', 'CUSTOM', 'IN_APP',
    ]],
  ])('%s values are the API strings, named after themselves', (_name, enumObject, apiValues) => {
    expect(Object.entries(enumObject)).toEqual(apiValues.map((v) => [v, v]));
  });
});
