import { Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import type { PinpointSegmentProps } from '../lib/pinpoint-segment-props';
import { renderWriteSegmentRequest } from '../lib/render';
import {
  AttributeType,
  ComparisonOperator,
  DimensionType,
  GroupType,
  Include,
  MetricDimensionConfig,
  RecencyDuration,
  RecencyType,
  SegmentDimensions,
  SourceType,
} from '../lib/segment-dimensions';

const base = { applicationId: 'app1', name: 'Gold' };

/** Every field of SegmentDimensions, set. */
const fullDimensions: SegmentDimensions = {
  attributes: { plan: { attributeType: AttributeType.INCLUSIVE, values: ['gold', 'platinum'] } },
  behavior: { recency: { duration: RecencyDuration.DAY_14, recencyType: RecencyType.INACTIVE } },
  demographic: {
    appVersion: { dimensionType: DimensionType.INCLUSIVE, values: ['1.0'] },
    channel: { dimensionType: DimensionType.EXCLUSIVE, values: ['SMS'] },
    deviceType: { dimensionType: DimensionType.INCLUSIVE, values: ['phone'] },
    make: { dimensionType: DimensionType.INCLUSIVE, values: ['apple'] },
    model: { dimensionType: DimensionType.EXCLUSIVE, values: ['iPhone1,1'] },
    platform: { dimensionType: DimensionType.INCLUSIVE, values: ['ios'] },
  },
  location: {
    country: { dimensionType: DimensionType.INCLUSIVE, values: ['US', 'CA'] },
    gpsPoint: { coordinates: { latitude: 47.6, longitude: -122.3 }, rangeInKilometers: 25 },
  },
  metrics: { orders: { comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL, value: 3 } },
  userAttributes: { signup: { attributeType: AttributeType.BETWEEN, values: ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'] } },
};

const fullDimensionsShape = {
  Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold', 'platinum'] } },
  Behavior: { Recency: { Duration: 'DAY_14', RecencyType: 'INACTIVE' } },
  Demographic: {
    AppVersion: { DimensionType: 'INCLUSIVE', Values: ['1.0'] },
    Channel: { DimensionType: 'EXCLUSIVE', Values: ['SMS'] },
    DeviceType: { DimensionType: 'INCLUSIVE', Values: ['phone'] },
    Make: { DimensionType: 'INCLUSIVE', Values: ['apple'] },
    Model: { DimensionType: 'EXCLUSIVE', Values: ['iPhone1,1'] },
    Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] },
  },
  Location: {
    Country: { DimensionType: 'INCLUSIVE', Values: ['US', 'CA'] },
    GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 25 },
  },
  Metrics: { orders: { ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: 3 } },
  UserAttributes: { signup: { AttributeType: 'BETWEEN', Values: ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'] } },
};

/** Every key of an object tree, to prove no `undefined` values hide in it. */
function undefinedKeys(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [`${path}.${key}`] : undefinedKeys(child, `${path}.${key}`));
}

describe('renderWriteSegmentRequest', () => {
  test('renders every dimension field in the API shape', () => {
    expect(renderWriteSegmentRequest({ ...base, dimensions: fullDimensions })).toEqual({
      Name: 'Gold',
      Dimensions: fullDimensionsShape,
    });
  });

  test('renders segment groups, with their dimensions and source segments', () => {
    const props: PinpointSegmentProps = {
      ...base,
      segmentGroups: {
        include: Include.ANY,
        groups: [{
          dimensions: [fullDimensions, { behavior: { recency: { duration: RecencyDuration.HR_24, recencyType: RecencyType.ACTIVE } } }],
          sourceSegments: [{ id: 'base1', version: 3 }, { id: 'base2' }],
          sourceType: SourceType.ALL,
          type: GroupType.NONE,
        }],
      },
    };
    expect(renderWriteSegmentRequest(props)).toEqual({
      Name: 'Gold',
      SegmentGroups: {
        Include: 'ANY',
        Groups: [{
          Dimensions: [fullDimensionsShape, { Behavior: { Recency: { Duration: 'HR_24', RecencyType: 'ACTIVE' } } }],
          SourceSegments: [{ Id: 'base1', Version: 3 }, { Id: 'base2' }],
          SourceType: 'ALL',
          Type: 'NONE',
        }],
      },
    });
  });

  test('renders only the name when nothing else is set, and never the construct-only props', () => {
    const rendered = renderWriteSegmentRequest({
      ...base,
      segmentId: 'seg1',
      tags: { team: 'growth' },
      restoreOnDelete: true,
    });
    expect(rendered).toStrictEqual({ Name: 'Gold' });
  });

  test('omits absent optional fields rather than writing undefined', () => {
    const rendered = renderWriteSegmentRequest({
      ...base,
      dimensions: {
        attributes: { plan: { values: ['gold'] } },
        demographic: { platform: { values: ['ios'] } },
        location: { gpsPoint: { coordinates: { latitude: 1, longitude: 2 } } },
      },
      segmentGroups: { groups: [{ sourceSegments: [{ id: 's1' }] }] },
    });
    expect(rendered).toStrictEqual({
      Name: 'Gold',
      Dimensions: {
        Attributes: { plan: { Values: ['gold'] } },
        Demographic: { Platform: { Values: ['ios'] } },
        Location: { GPSPoint: { Coordinates: { Latitude: 1, Longitude: 2 } } },
      },
      SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 's1' }] }] },
    });
    expect(undefinedKeys(rendered)).toEqual([]);
  });

  test('drops parents whose fields are all absent', () => {
    const rendered = renderWriteSegmentRequest({
      ...base,
      dimensions: { behavior: {}, demographic: {}, location: {}, metrics: { m: { comparisonOperator: ComparisonOperator.EQUAL, value: 0 } } },
    });
    expect(rendered).toStrictEqual({
      Name: 'Gold',
      Dimensions: { Metrics: { m: { ComparisonOperator: 'EQUAL', Value: 0 } } },
    });
  });

  test('keeps numbers as numbers, including zero', () => {
    const rendered = renderWriteSegmentRequest({
      ...base,
      dimensions: { location: { gpsPoint: { coordinates: { latitude: 0, longitude: -0.5 }, rangeInKilometers: 0.25 } } },
    });
    expect(rendered.Dimensions?.Location?.GPSPoint).toStrictEqual({
      Coordinates: { Latitude: 0, Longitude: -0.5 },
      RangeInKilometers: 0.25,
    });
  });

  test('passes a token standing for a whole dimensions object or group through untouched', () => {
    const stack = new Stack();
    const dimensions = Lazy.any({ produce: () => ({ Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'ACTIVE' } } }) }) as unknown as SegmentDimensions;
    const rendered = renderWriteSegmentRequest({ ...base, segmentGroups: { groups: [{ dimensions: [dimensions] }] } });
    expect(rendered.SegmentGroups?.Groups?.[0].Dimensions?.[0]).toBe(dimensions);
    expect((stack.resolve(rendered) as Record<string, unknown>).SegmentGroups).toEqual({
      Groups: [{ Dimensions: [{ Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'ACTIVE' } } }] }],
    });
  });

  test('passes tokens through untouched', () => {
    const stack = new Stack();
    const name = Token.asString(Fn.importValue('Name'));
    const latitude = Token.asNumber(Fn.importValue('Lat'));
    const values = Fn.split(',', Fn.importValue('Plans'));
    const metrics = Lazy.any({ produce: () => ({ orders: { ComparisonOperator: 'EQUAL', Value: 1 } }) }) as unknown as Record<string, MetricDimensionConfig>;
    const rendered = renderWriteSegmentRequest({
      ...base,
      name,
      dimensions: {
        attributes: { plan: { values } },
        metrics,
        location: { gpsPoint: { coordinates: { latitude, longitude: 2 } } },
      },
    });
    expect(rendered.Name).toBe(name);
    expect(rendered.Dimensions?.Attributes?.plan.Values).toBe(values);
    expect(rendered.Dimensions?.Metrics).toBe(metrics);
    expect(rendered.Dimensions?.Location?.GPSPoint?.Coordinates.Latitude).toBe(latitude);

    expect(stack.resolve(rendered)).toEqual({
      Name: { 'Fn::ImportValue': 'Name' },
      Dimensions: {
        Attributes: { plan: { Values: { 'Fn::Split': [',', { 'Fn::ImportValue': 'Plans' }] } } },
        Metrics: { orders: { ComparisonOperator: 'EQUAL', Value: 1 } },
        Location: { GPSPoint: { Coordinates: { Latitude: { 'Fn::ImportValue': 'Lat' }, Longitude: 2 } } },
      },
    });
  });
});
