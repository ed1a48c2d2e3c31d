import type { SegmentDimensions } from '@aws-sdk/client-pinpoint';
import { definitionDifferences, definitionMatches, SegmentDefinition } from '../../lambda/compare';
import { APP, SEG, segmentResponse } from './helpers';

describe('definitionMatches', () => {
  const desired: SegmentDefinition & { Dimensions: SegmentDimensions } = {
    Name: 'Gold',
    Dimensions: {
      Attributes: { tier: { Values: ['gold'] } },
      Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } },
      Metrics: { score: { ComparisonOperator: 'GREATER_THAN', Value: 5 } },
    },
  };

  it('ignores response-only fields, empty containers and INCLUSIVE defaults', () => {
    const live = segmentResponse({
      Id: SEG,
      ApplicationId: APP,
      Version: 9,
      Name: 'Gold',
      Dimensions: {
        Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
        Demographic: { Platform: { Values: ['ios'] }, Channel: undefined },
        Metrics: { score: { ComparisonOperator: 'GREATER_THAN', Value: 5.0 } },
        UserAttributes: {},
        Location: {},
      },
      SegmentGroups: { Groups: [] },
      tags: { team: 'growth' },
    });

    expect(definitionMatches(desired, live)).toBe(true);
  });

  it('sees a changed name, value, type or extra dimension', () => {
    const live = segmentResponse({ Id: SEG, ...desired });
    expect(definitionMatches(desired, live)).toBe(true);

    expect(definitionMatches({ ...desired, Name: 'Gold!' }, live)).toBe(false);
    expect(definitionMatches({ ...desired, Dimensions: { ...desired.Dimensions, Metrics: { score: { ComparisonOperator: 'GREATER_THAN', Value: 6 } } } }, live)).toBe(false);
    expect(definitionMatches({ ...desired, Dimensions: { ...desired.Dimensions, Attributes: { tier: { AttributeType: 'EXCLUSIVE', Values: ['gold'] } } } }, live)).toBe(false);
    expect(definitionMatches({ ...desired, Dimensions: { ...desired.Dimensions, Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'ACTIVE' } } } }, live)).toBe(false);
    expect(definitionMatches({ Name: 'Gold', SegmentGroups: { Include: 'ALL', Groups: [{ Type: 'ALL' }] } }, live)).toBe(false);
  });

  it('keeps the order of values', () => {
    const live = segmentResponse({ Id: SEG, Name: 'x', Dimensions: { Attributes: { d: { AttributeType: 'BETWEEN', Values: ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'] } } } });

    expect(definitionMatches({ Name: 'x', Dimensions: { Attributes: { d: { AttributeType: 'BETWEEN', Values: ['2024-02-01T00:00:00Z', '2024-01-01T00:00:00Z'] } } } }, live)).toBe(false);
  });

  it('counts a missing segment or a response without a definition as different', () => {
    expect(definitionMatches(desired, undefined)).toBe(false);
    expect(definitionMatches(desired, {} as never)).toBe(false);
  });
});

describe('values the service fills in', () => {
  const grouped: SegmentDefinition = {
    Name: 'Near Seattle',
    SegmentGroups: {
      Groups: [
        {
          SourceSegments: [{ Id: 'base' }],
          Dimensions: [{ Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 } } } }],
        },
      ],
    },
  };
  /** What GetSegment echoes for `grouped`: defaults filled in, the source segment's version recorded. */
  const echoed = segmentResponse({
    Id: SEG,
    Name: 'Near Seattle',
    SegmentGroups: {
      Include: 'ALL',
      Groups: [
        {
          Type: 'ALL',
          SourceType: 'ALL',
          SourceSegments: [{ Id: 'base', Version: 3 }],
          Dimensions: [{ Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 100 } } }],
        },
      ],
    },
  });

  it('count as equal to leaving them out: Include, Type, SourceType, a source Version, the default range', () => {
    expect(definitionMatches(grouped, echoed)).toBe(true);
    expect(definitionDifferences(grouped, echoed)).toEqual([]);
  });

  it('but a value other than the default, or a pinned version that differs, is a change, named by its path', () => {
    const group = grouped.SegmentGroups!.Groups![0];
    const anyType: SegmentDefinition = { ...grouped, SegmentGroups: { Groups: [{ ...group, Type: 'ANY' as const }] } };
    expect(definitionDifferences(anyType, echoed)).toEqual(['SegmentGroups.Groups[0].Type']);
    const pinned = { ...grouped, SegmentGroups: { Groups: [{ ...group, SourceSegments: [{ Id: 'base', Version: 2 }] }] } };
    expect(definitionDifferences(pinned, echoed)).toEqual(['SegmentGroups.Groups[0].SourceSegments[0].Version']);
    const ranged = {
      ...grouped,
      SegmentGroups: { Groups: [{ ...group, Dimensions: [{ Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 25 } } }] }] },
    };
    expect(definitionMatches(ranged, echoed)).toBe(false);
  });
});
