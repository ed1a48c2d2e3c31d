/**
 * The service's vocabulary, from one source: `@aws-sdk/client-pinpoint`, which is generated from
 * the service's own model. Enum values are the SDK's exported enums; the fields each structure
 * has are the members of the SDK's schemas. The emulator never repeats `lib/`'s lists, so it
 * checks `lib/` independently.
 *
 * What the model does not carry (ranges, quotas, and the metric comparison operators, which the
 * model types as a plain string) is the small hand-written layer at the end, each with where the
 * API reference states it.
 */
import {
  AttributeDimension$,
  AttributeType,
  ChannelType,
  DimensionType,
  Duration,
  GPSCoordinates$,
  GPSPointDimension$,
  Include,
  MetricDimension$,
  RecencyDimension$,
  RecencyType,
  SegmentBehaviors$,
  SegmentDemographics$,
  SegmentDimensions$,
  SegmentGroup$,
  SegmentGroupList$,
  SegmentLocation$,
  SegmentReference$,
  SetDimension$,
  SourceType,
  TagsModel$,
  Type,
  WriteSegmentRequest$,
} from '@aws-sdk/client-pinpoint';

/** A structure schema as the SDK ships it: `[3, namespace, name, traits, memberNames, memberSchemas, ...]`. */
type StructureSchema = readonly [number, string, string, unknown, readonly string[], ...unknown[]];

function values<T extends Record<string, string>>(sdkEnum: T): ReadonlyArray<T[keyof T]> {
  return Object.values(sdkEnum) as Array<T[keyof T]>;
}

function members(schema: unknown): readonly string[] {
  const names = (schema as StructureSchema)[4];
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    throw new Error(`${String((schema as StructureSchema)[2])}: the SDK's schema has no member names`);
  }
  return names;
}

/** Every enum the segment API uses, with the SDK's values. */
export const ENUMS = {
  AttributeType: values(AttributeType),
  DimensionType: values(DimensionType),
  Duration: values(Duration),
  RecencyType: values(RecencyType),
  SourceType: values(SourceType),
  Type: values(Type),
  Include: values(Include),
  ChannelType: values(ChannelType),
} as const;

/** The members of each request structure, from the SDK's schemas. */
export const FIELDS = {
  WriteSegmentRequest: members(WriteSegmentRequest$),
  SegmentDimensions: members(SegmentDimensions$),
  SegmentDemographics: members(SegmentDemographics$),
  SegmentBehaviors: members(SegmentBehaviors$),
  SegmentLocation: members(SegmentLocation$),
  SetDimension: members(SetDimension$),
  AttributeDimension: members(AttributeDimension$),
  MetricDimension: members(MetricDimension$),
  RecencyDimension: members(RecencyDimension$),
  GPSPointDimension: members(GPSPointDimension$),
  GPSCoordinates: members(GPSCoordinates$),
  SegmentGroupList: members(SegmentGroupList$),
  SegmentGroup: members(SegmentGroup$),
  SegmentReference: members(SegmentReference$),
  TagsModel: members(TagsModel$),
} as const;

// --- hand-written: what the model does not say ---------------------------------------------------

/** MetricDimension.ComparisonOperator (a string in the model; the values are listed in its documentation). */
export const COMPARISON_OPERATORS = ['GREATER_THAN', 'LESS_THAN', 'GREATER_THAN_OR_EQUAL', 'LESS_THAN_OR_EQUAL', 'EQUAL'] as const;

/** GPSCoordinates: latitude and longitude in degrees. */
export const LATITUDE_RANGE: readonly [number, number] = [-90, 90];
export const LONGITUDE_RANGE: readonly [number, number] = [-180, 180];

/** SegmentGroupList.Groups: "Your request can include only one segment group." */
export const MAX_SEGMENT_GROUPS = 1;
/** Pinpoint's quota on dimensions per segment. */
export const MAX_DIMENSIONS = 100;
/** AWS tagging limits, which Pinpoint applies to its resources. */
export const MAX_TAGS = 50;
export const MAX_TAG_KEY_LENGTH = 128;
export const MAX_TAG_VALUE_LENGTH = 256;
