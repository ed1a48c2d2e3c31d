import { coerceBoolean, coerceNumberFields, NUMBER_FIELDS } from '../../lambda/coerce';

describe('coerceNumberFields', () => {
  it('lists every number field of the API, at the top level and inside segment groups', () => {
    expect([...NUMBER_FIELDS].sort()).toEqual(
      [
        'Dimensions.Location.GPSPoint.Coordinates.Latitude',
        'Dimensions.Location.GPSPoint.Coordinates.Longitude',
        'Dimensions.Location.GPSPoint.RangeInKilometers',
        'Dimensions.Metrics.*.Value',
        'SegmentGroups.Groups[].Dimensions[].Location.GPSPoint.Coordinates.Latitude',
        'SegmentGroups.Groups[].Dimensions[].Location.GPSPoint.Coordinates.Longitude',
        'SegmentGroups.Groups[].Dimensions[].Location.GPSPoint.RangeInKilometers',
        'SegmentGroups.Groups[].Dimensions[].Metrics.*.Value',
        'SegmentGroups.Groups[].SourceSegments[].Version',
      ].sort(),
    );
  });

  it('turns string numbers into numbers in every metric and every group, leaving other strings alone', () => {
    const coerced = coerceNumberFields({
      Name: '42',
      Dimensions: {
        Metrics: { score: { ComparisonOperator: 'EQUAL', Value: '5' }, visits: { ComparisonOperator: 'LESS_THAN', Value: '-0.5' } },
        Attributes: { age: { Values: ['30'] } },
      },
      SegmentGroups: {
        Groups: [
          { SourceSegments: [{ Id: 'a', Version: '1' }, { Id: 'b' }] },
          { Dimensions: [{}, { Location: { GPSPoint: { Coordinates: { Latitude: '1e1', Longitude: ' 2 ' }, RangeInKilometers: 3 } } }] },
        ],
      },
    });

    expect(coerced).toEqual({
      Name: '42',
      Dimensions: {
        Metrics: { score: { ComparisonOperator: 'EQUAL', Value: 5 }, visits: { ComparisonOperator: 'LESS_THAN', Value: -0.5 } },
        Attributes: { age: { Values: ['30'] } },
      },
      SegmentGroups: {
        Groups: [
          { SourceSegments: [{ Id: 'a', Version: 1 }, { Id: 'b' }] },
          { Dimensions: [{}, { Location: { GPSPoint: { Coordinates: { Latitude: 10, Longitude: 2 }, RangeInKilometers: 3 } } }] },
        ],
      },
    });
  });

  it('does not modify its input', () => {
    const input = { Dimensions: { Metrics: { score: { Value: '5' } } } };
    coerceNumberFields(input);
    expect(input.Dimensions.Metrics.score.Value).toBe('5');
  });

  it('names the path of a value that is not a number', () => {
    expect(() => coerceNumberFields({ Dimensions: { Metrics: { score: { Value: 'abc' } } } })).toThrow(
      'Dimensions.Metrics.score.Value: "abc" is not a number',
    );
    expect(() =>
      coerceNumberFields({ SegmentGroups: { Groups: [{}, { Dimensions: [{ Location: { GPSPoint: { Coordinates: { Latitude: '' } } } }] }] } }),
    ).toThrow('SegmentGroups.Groups[1].Dimensions[0].Location.GPSPoint.Coordinates.Latitude: "" is not a number');
    expect(() => coerceNumberFields({ SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'a', Version: 'Infinity' }] }] } })).toThrow(
      'SegmentGroups.Groups[0].SourceSegments[0].Version: "Infinity" is not a number',
    );
  });

  it('names the path of a container of the wrong shape', () => {
    expect(() => coerceNumberFields({ SegmentGroups: { Groups: { Dimensions: [] } } })).toThrow('SegmentGroups.Groups: expected a list, got an object');
    expect(() => coerceNumberFields({ Dimensions: { Metrics: ['x'] } })).toThrow('Dimensions.Metrics: expected an object, got a list');
  });
});

describe('coerceBoolean', () => {
  it('reads true and false as CloudFormation sends them', () => {
    expect(coerceBoolean('true', 'RestoreOnDelete')).toBe(true);
    expect(coerceBoolean('False', 'RestoreOnDelete')).toBe(false);
    expect(coerceBoolean(true, 'RestoreOnDelete')).toBe(true);
    expect(coerceBoolean(undefined, 'RestoreOnDelete')).toBe(false);
  });

  it('rejects anything else, naming the property', () => {
    expect(() => coerceBoolean('yes', 'RestoreOnDelete')).toThrow('RestoreOnDelete: "yes" is not true or false');
  });
});
