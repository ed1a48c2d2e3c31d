/**
 * Live segments for the import/drift round trip, seeded into the emulator as if made in the
 * console: every dimension family (attributes of each type, user attributes, metrics with each
 * operator, recency, each demographic field, country, GPS with and without a range), segment
 * groups with source segments (versioned and not), tags (including the reserved ownership tag,
 * which import must leave out), names that collide or are not identifiers, and one import segment.
 */
import type { SegmentDimensions, SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { Emulator, SeedSegment } from '../../local/emulator';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';

/** Dimensional segments (no groups), in seed order. */
export const DIMENSION_SEEDS: readonly SeedSegment[] = [
  { Name: 'Gold plan', Dimensions: { Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold', 'platinum'] } } }, tags: { team: 'growth', cost: 'marketing' } },
  { Name: 'Not trial', Dimensions: { Attributes: { plan: { AttributeType: 'EXCLUSIVE', Values: ['trial'] } } } },
  { Name: 'Example mail', Dimensions: { UserAttributes: { email: { AttributeType: 'CONTAINS', Values: ['@example.com'] } } } },
  { Name: 'Signed up before 2024', Dimensions: { Attributes: { signup: { AttributeType: 'BEFORE', Values: ['2024-01-01T00:00:00Z'] } } } },
  { Name: 'Signed up after 2024', Dimensions: { Attributes: { signup: { AttributeType: 'AFTER', Values: ['2024-01-01T00:00:00.000Z'] } } } },
  { Name: 'Independence day', Dimensions: { UserAttributes: { birthday: { AttributeType: 'ON', Values: ['2024-07-04T00:00:00Z'] } } } },
  { Name: 'Q1 2024', Dimensions: { Attributes: { lastOrder: { AttributeType: 'BETWEEN', Values: ['2024-01-01T00:00:00Z', '2024-03-31T23:59:59+02:00'] } } } },
  { Name: 'Untyped attribute', Dimensions: { Attributes: { region: { Values: ['emea'] } } } },
  { Name: 'Big spenders', Dimensions: { Metrics: { spend: { ComparisonOperator: 'GREATER_THAN', Value: 1000.5 } } }, tags: { team: 'growth' } },
  { Name: 'Few orders', Dimensions: { Metrics: { orders: { ComparisonOperator: 'LESS_THAN', Value: 3 } } } },
  { Name: 'Regulars', Dimensions: { Metrics: { orders: { ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: 5 } } } },
  { Name: 'At most one', Dimensions: { Metrics: { orders: { ComparisonOperator: 'LESS_THAN_OR_EQUAL', Value: 1 } } } },
  { Name: 'No balance', Dimensions: { Metrics: { balance: { ComparisonOperator: 'EQUAL', Value: 0 } } } },
  { Name: 'Active this week', Dimensions: { Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'ACTIVE' } } } },
  { Name: 'Dormant', Dimensions: { Behavior: { Recency: { Duration: 'DAY_30', RecencyType: 'INACTIVE' } } } },
  { Name: 'App 2.x', Dimensions: { Demographic: { AppVersion: { DimensionType: 'INCLUSIVE', Values: ['2.0.0', '2.1.0'] } } } },
  { Name: 'Email or SMS', Dimensions: { Demographic: { Channel: { DimensionType: 'INCLUSIVE', Values: ['EMAIL', 'SMS'] } } } },
  { Name: 'Phones', Dimensions: { Demographic: { DeviceType: { Values: ['phone'] } } } },
  { Name: 'Not Apple', Dimensions: { Demographic: { Make: { DimensionType: 'EXCLUSIVE', Values: ['apple'] } } } },
  { Name: 'Pixels', Dimensions: { Demographic: { Model: { DimensionType: 'INCLUSIVE', Values: ['pixel 8'] } } } },
  { Name: 'Mobile platforms', Dimensions: { Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios', 'android'] } } }, tags: { owner: 'mobile' } },
  { Name: 'Outside North America', Dimensions: { Location: { Country: { DimensionType: 'EXCLUSIVE', Values: ['US', 'CA'] } } } },
  { Name: 'Near Seattle', Dimensions: { Location: { GPSPoint: { Coordinates: { Latitude: 47.6062, Longitude: -122.3321 }, RangeInKilometers: 25 } } } },
  { Name: 'Near Sydney, default range', Dimensions: { Location: { GPSPoint: { Coordinates: { Latitude: -33.8688, Longitude: 151.2093 } } } } },
  {
    Name: 'Everything at once',
    Dimensions: {
      Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
      UserAttributes: { tier: { AttributeType: 'EXCLUSIVE', Values: ['free'] } },
      Metrics: { orders: { ComparisonOperator: 'GREATER_THAN', Value: 2 } },
      Behavior: { Recency: { Duration: 'HR_24', RecencyType: 'ACTIVE' } },
      Demographic: { Platform: { Values: ['ios'] }, Channel: { DimensionType: 'INCLUSIVE', Values: ['APNS'] } },
      Location: { Country: { Values: ['DE'] }, GPSPoint: { Coordinates: { Latitude: 52.52, Longitude: 13.405 }, RangeInKilometers: 12.5 } },
    },
    tags: { team: 'growth', 'cost-center': '42', [OWNERSHIP_TAG_KEY]: 'some-other-stack' },
  },
  // Names that collide once made into construct ids, and one that is not an identifier at all.
  { Name: 'gold plan', Dimensions: { Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } } },
  { Name: '2024 cohort!', Dimensions: { Attributes: { cohort: { AttributeType: 'INCLUSIVE', Values: ['2024'] } } } },
  { Name: 'Quote \' and \\ backslash', Dimensions: { Attributes: { note: { Values: ['it\'s', 'a\\b', 'line\nbreak'] } } } },
];

export interface SeededProject {
  /** Every segment the emulator now has, in seed order. */
  readonly segments: SegmentResponse[];
  readonly importSegmentId: string;
}

const groupDimensions: SegmentDimensions = { Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } } };

/** Seeds the dimensional segments, three segment groups over them, and one import segment. */
export function seedProject(emu: Emulator, applicationId: string): SeededProject {
  const seeded = DIMENSION_SEEDS.map((seed) => emu.seedSegment(applicationId, seed));
  const [gold, notTrial, , , , , , , spenders] = seeded;
  const groups = [
    emu.seedSegment(applicationId, {
      Name: 'Gold or big spenders on iOS',
      SegmentGroups: {
        Include: 'ALL',
        Groups: [{ SourceType: 'ANY', Type: 'ALL', SourceSegments: [{ Id: gold.Id! }, { Id: spenders.Id!, Version: 1 }], Dimensions: [groupDimensions] }],
      },
      tags: { team: 'growth' },
    }),
    emu.seedSegment(applicationId, {
      Name: 'Trial users not on iOS',
      SegmentGroups: { Groups: [{ SourceType: 'NONE', Type: 'NONE', SourceSegments: [{ Id: notTrial.Id! }], Dimensions: [groupDimensions] }], Include: 'ANY' },
    }),
    emu.seedSegment(applicationId, {
      Name: 'Anyone in either group',
      SegmentGroups: { Groups: [{ SourceSegments: [{ Id: gold.Id! }, { Id: notTrial.Id! }] }] },
    }),
  ];
  return {
    segments: [...seeded, ...groups],
    importSegmentId: seedImportSegment(emu, applicationId),
  };
}

/** An import segment, as an import job makes it. */
function seedImportSegment(emu: Emulator, applicationId: string): string {
  const segment = emu.seedSegment(applicationId, {
    Name: 'Newsletter list (imported)',
    SegmentType: 'IMPORT',
    ImportDefinition: { ExternalId: 'newsletter', Format: 'CSV', RoleArn: 'arn:aws:iam::123456789012:role/import', S3Url: 's3://bucket/list.csv', Size: 1200 },
  });
  return segment.Id!;
}
