/**
 * Request validation as the Pinpoint API reference documents it. Each checker parses one shape: it
 * records every problem under its path (`Dimensions.Location.GPSPoint.Coordinates.Latitude`) and
 * returns the value with unknown fields dropped, so the store keeps only what the service would.
 * JSON `null` counts as absent, as it does for the service's deserializer.
 */
import type {
  AttributeDimension,
  GPSPointDimension,
  MetricDimension,
  RecencyDimension,
  SegmentDimensions,
  SegmentGroup,
  SegmentGroupList,
  SegmentReference,
  SetDimension,
  WriteSegmentRequest,
} from '@aws-sdk/client-pinpoint';
import {
  COMPARISON_OPERATORS,
  ENUMS,
  FIELDS,
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAX_DIMENSIONS,
  MAX_SEGMENT_GROUPS,
  MAX_TAGS,
  MAX_TAG_KEY_LENGTH,
  MAX_TAG_VALUE_LENGTH,
} from './emulator-vocabulary';

export { COMPARISON_OPERATORS, ENUMS, FIELDS, MAX_DIMENSIONS, MAX_SEGMENT_GROUPS, MAX_TAGS, MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH } from './emulator-vocabulary';

export interface ValidationOptions {
  /**
   * Report fields the API does not define instead of dropping them.
   * @default false - the service ignores them
   */
  readonly rejectUnknownFields?: boolean;
}

type Json = Record<string, unknown>;

/** Collects problems, each prefixed with the path it was found at. */
class Problems {
  readonly list: string[] = [];
  constructor(readonly options: ValidationOptions) {}
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Drops undefined members so stored shapes look like the service's JSON. */
function prune<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

function object(value: unknown, path: string, problems: Problems, fields?: readonly string[]): Json | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add(path, `expected an object, got ${describe(value)}`);
    return undefined;
  }
  if (fields && problems.options.rejectUnknownFields) {
    for (const key of Object.keys(value)) {
      if (!fields.includes(key)) problems.add(`${path}.${key}`, 'is not a field of this object');
    }
  }
  return value as Json;
}

function required(parent: Json, field: string, path: string, problems: Problems): unknown {
  const value = parent[field];
  if (!present(value)) problems.add(`${path}.${field}`, 'is required');
  return value;
}

function string(value: unknown, path: string, problems: Problems): string | undefined {
  if (!present(value)) return undefined;
  if (typeof value !== 'string') {
    problems.add(path, `expected a string, got ${describe(value)}`);
    return undefined;
  }
  return value;
}

function number(value: unknown, path: string, problems: Problems, range?: readonly [number, number]): number | undefined {
  if (!present(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.add(path, `expected a number, got ${describe(value)}`);
    return undefined;
  }
  if (range && (value < range[0] || value > range[1])) {
    problems.add(path, `${value} is outside ${range[0]}..${range[1]}`);
    return undefined;
  }
  return value;
}

function enumValue<T extends string>(value: unknown, path: string, allowed: readonly T[], problems: Problems): T | undefined {
  const text = string(value, path, problems);
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    problems.add(path, `${JSON.stringify(text)} is not one of ${allowed.join(', ')}`);
    return undefined;
  }
  return text as T;
}

function stringList(value: unknown, path: string, problems: Problems): string[] | undefined {
  if (!present(value)) return undefined;
  if (!Array.isArray(value)) {
    problems.add(path, `expected an array of strings, got ${describe(value)}`);
    return undefined;
  }
  const items: unknown[] = value;
  items.forEach((item, i) => {
    if (typeof item !== 'string') problems.add(`${path}[${i}]`, `expected a string, got ${describe(item)}`);
  });
  // Non-strings are reported above; the caller does not use a value that has problems.
  return [...items] as string[];
}

function list<T>(value: unknown, path: string, problems: Problems, item: (v: unknown, p: string) => T | undefined): T[] | undefined {
  if (!present(value)) return undefined;
  if (!Array.isArray(value)) {
    problems.add(path, `expected an array, got ${describe(value)}`);
    return undefined;
  }
  const result: T[] = [];
  value.forEach((v, i) => {
    const parsed = present(v) ? item(v, `${path}[${i}]`) : problems.add(`${path}[${i}]`, 'expected a value, got null');
    if (parsed !== undefined) result.push(parsed);
  });
  return result;
}

function map<T>(value: unknown, path: string, problems: Problems, entry: (v: unknown, p: string) => T | undefined): Record<string, T> | undefined {
  if (!present(value)) return undefined;
  const source = object(value, path, problems);
  if (!source) return undefined;
  const result: Record<string, T> = {};
  for (const [key, v] of Object.entries(source)) {
    const parsed = entry(v, `${path}.${key}`);
    if (parsed !== undefined) result[key] = parsed;
  }
  return result;
}

// --- one checker per shape -------------------------------------------------------------------

function setDimension(value: unknown, path: string, problems: Problems, allowedValues?: readonly string[]): SetDimension | undefined {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.SetDimension);
  if (!o) return undefined;
  const values = stringList(required(o, 'Values', path, problems), `${path}.Values`, problems);
  if (allowedValues && values) {
    values.forEach((v, i) => {
      if (typeof v === 'string' && !allowedValues.includes(v)) problems.add(`${path}.Values[${i}]`, `${JSON.stringify(v)} is not one of ${allowedValues.join(', ')}`);
    });
  }
  return prune({
    DimensionType: enumValue(o.DimensionType, `${path}.DimensionType`, ENUMS.DimensionType, problems),
    Values: values,
  });
}

function attributeDimension(value: unknown, path: string, problems: Problems): AttributeDimension | undefined {
  const o = object(value, path, problems, FIELDS.AttributeDimension);
  if (!o) return undefined;
  return prune({
    AttributeType: enumValue(o.AttributeType, `${path}.AttributeType`, ENUMS.AttributeType, problems),
    Values: stringList(required(o, 'Values', path, problems), `${path}.Values`, problems),
  });
}

function metricDimension(value: unknown, path: string, problems: Problems): MetricDimension | undefined {
  const o = object(value, path, problems, FIELDS.MetricDimension);
  if (!o) return undefined;
  return prune({
    ComparisonOperator: enumValue(required(o, 'ComparisonOperator', path, problems), `${path}.ComparisonOperator`, COMPARISON_OPERATORS, problems),
    Value: number(required(o, 'Value', path, problems), `${path}.Value`, problems),
  });
}

function recencyDimension(value: unknown, path: string, problems: Problems): RecencyDimension | undefined {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.RecencyDimension);
  if (!o) return undefined;
  return prune({
    Duration: enumValue(required(o, 'Duration', path, problems), `${path}.Duration`, ENUMS.Duration, problems),
    RecencyType: enumValue(required(o, 'RecencyType', path, problems), `${path}.RecencyType`, ENUMS.RecencyType, problems),
  });
}

function behavior(value: unknown, path: string, problems: Problems): SegmentDimensions['Behavior'] {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.SegmentBehaviors);
  if (!o) return undefined;
  return prune({ Recency: recencyDimension(o.Recency, `${path}.Recency`, problems) });
}

function demographic(value: unknown, path: string, problems: Problems): SegmentDimensions['Demographic'] {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.SegmentDemographics);
  if (!o) return undefined;
  const result: Record<string, SetDimension | undefined> = {};
  for (const field of FIELDS.SegmentDemographics) {
    result[field] = setDimension(o[field], `${path}.${field}`, problems, field === 'Channel' ? ENUMS.ChannelType : undefined);
  }
  return prune(result);
}

function gpsPoint(value: unknown, path: string, problems: Problems): GPSPointDimension | undefined {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.GPSPointDimension);
  if (!o) return undefined;
  const coordinatesPath = `${path}.Coordinates`;
  const rawCoordinates = required(o, 'Coordinates', path, problems);
  const c = present(rawCoordinates) ? object(rawCoordinates, coordinatesPath, problems, FIELDS.GPSCoordinates) : undefined;
  return prune({
    Coordinates: c && {
      Latitude: number(required(c, 'Latitude', coordinatesPath, problems), `${coordinatesPath}.Latitude`, problems, LATITUDE_RANGE) as number,
      Longitude: number(required(c, 'Longitude', coordinatesPath, problems), `${coordinatesPath}.Longitude`, problems, LONGITUDE_RANGE) as number,
    },
    RangeInKilometers: number(o.RangeInKilometers, `${path}.RangeInKilometers`, problems),
  });
}

function location(value: unknown, path: string, problems: Problems): SegmentDimensions['Location'] {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.SegmentLocation);
  if (!o) return undefined;
  return prune({
    Country: setDimension(o.Country, `${path}.Country`, problems),
    GPSPoint: gpsPoint(o.GPSPoint, `${path}.GPSPoint`, problems),
  });
}

function segmentDimensions(value: unknown, path: string, problems: Problems): SegmentDimensions | undefined {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.SegmentDimensions);
  if (!o) return undefined;
  return prune({
    Attributes: map(o.Attributes, `${path}.Attributes`, problems, (v, p) => attributeDimension(v, p, problems)),
    Behavior: behavior(o.Behavior, `${path}.Behavior`, problems),
    Demographic: demographic(o.Demographic, `${path}.Demographic`, problems),
    Location: location(o.Location, `${path}.Location`, problems),
    Metrics: map(o.Metrics, `${path}.Metrics`, problems, (v, p) => metricDimension(v, p, problems)),
    UserAttributes: map(o.UserAttributes, `${path}.UserAttributes`, problems, (v, p) => attributeDimension(v, p, problems)),
  });
}

function segmentReference(value: unknown, path: string, problems: Problems): SegmentReference | undefined {
  const o = object(value, path, problems, FIELDS.SegmentReference);
  if (!o) return undefined;
  const version = number(o.Version, `${path}.Version`, problems);
  if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
    problems.add(`${path}.Version`, `${version} is not an integer of at least 1`);
  }
  return prune({
    Id: string(required(o, 'Id', path, problems), `${path}.Id`, problems) as string,
    Version: version,
  });
}

function segmentGroup(value: unknown, path: string, problems: Problems): SegmentGroup | undefined {
  const o = object(value, path, problems, FIELDS.SegmentGroup);
  if (!o) return undefined;
  return prune({
    Dimensions: list(o.Dimensions, `${path}.Dimensions`, problems, (v, p) => segmentDimensions(v, p, problems)),
    SourceSegments: list(o.SourceSegments, `${path}.SourceSegments`, problems, (v, p) => segmentReference(v, p, problems)),
    SourceType: enumValue(o.SourceType, `${path}.SourceType`, ENUMS.SourceType, problems),
    Type: enumValue(o.Type, `${path}.Type`, ENUMS.Type, problems),
  });
}

function segmentGroups(value: unknown, path: string, problems: Problems): SegmentGroupList | undefined {
  if (!present(value)) return undefined;
  const o = object(value, path, problems, FIELDS.SegmentGroupList);
  if (!o) return undefined;
  const groups = list(o.Groups, `${path}.Groups`, problems, (v, p) => segmentGroup(v, p, problems));
  if (Array.isArray(o.Groups) && o.Groups.length > MAX_SEGMENT_GROUPS) {
    problems.add(`${path}.Groups`, `has ${o.Groups.length} groups; a segment can include only ${MAX_SEGMENT_GROUPS} segment group`);
  }
  return prune({
    Groups: groups,
    Include: enumValue(o.Include, `${path}.Include`, ENUMS.Include, problems),
  });
}

function tagMap(value: unknown, path: string, problems: Problems): Record<string, string> | undefined {
  const tags = map(value, path, problems, (v, p) => {
    if (typeof v !== 'string') problems.add(p, `expected a string, got ${describe(v)}`);
    return typeof v === 'string' ? v : undefined;
  });
  if (!tags) return undefined;
  checkTagLimits(tags, path, problems);
  return tags;
}

function checkTagLimits(tags: Record<string, string>, path: string, problems: Problems): void {
  const keys = Object.keys(tags);
  if (keys.length > MAX_TAGS) problems.add(path, `has ${keys.length} tags; at most ${MAX_TAGS} are allowed`);
  for (const key of keys) {
    if (key.length < 1 || key.length > MAX_TAG_KEY_LENGTH) problems.add(`${path}.${key}`, `tag key must be 1..${MAX_TAG_KEY_LENGTH} characters`);
    if (key.toLowerCase().startsWith('aws:')) problems.add(`${path}.${key}`, 'tag keys starting with "aws:" are reserved');
    if (tags[key].length > MAX_TAG_VALUE_LENGTH) problems.add(`${path}.${key}`, `tag value must be at most ${MAX_TAG_VALUE_LENGTH} characters`);
  }
}

// --- dimension count ---------------------------------------------------------------------------

/**
 * Counts dimensions the way the quota does: every attribute, user attribute and metric name, the
 * recency, each demographic field, the country and the GPS point, over the top-level dimensions
 * and every group's dimensions.
 */
export function countDimensions(request: Pick<WriteSegmentRequest, 'Dimensions' | 'SegmentGroups'>): number {
  const count = (d: SegmentDimensions | undefined): number => {
    if (!d) return 0;
    return Object.keys(d.Attributes ?? {}).length
      + Object.keys(d.UserAttributes ?? {}).length
      + Object.keys(d.Metrics ?? {}).length
      + (d.Behavior?.Recency ? 1 : 0)
      + Object.keys(d.Demographic ?? {}).length
      + (d.Location?.Country ? 1 : 0)
      + (d.Location?.GPSPoint ? 1 : 0);
  };
  let total = count(request.Dimensions);
  for (const group of request.SegmentGroups?.Groups ?? []) {
    for (const d of group.Dimensions ?? []) total += count(d);
  }
  return total;
}

// --- entry points ------------------------------------------------------------------------------

/** The result of parsing a request body: the cleaned value, or the problems found. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses a CreateSegment / UpdateSegment body (the WriteSegmentRequest itself). */
export function parseWriteSegmentRequest(body: unknown, options: ValidationOptions = {}): Parsed<WriteSegmentRequest> {
  const problems = new Problems(options);
  const o = object(body, 'WriteSegmentRequest', problems, FIELDS.WriteSegmentRequest);
  if (!o) return { ok: false, problems: problems.list };
  const request = prune<WriteSegmentRequest>({
    Dimensions: segmentDimensions(o.Dimensions, 'Dimensions', problems),
    Name: string(o.Name, 'Name', problems),
    SegmentGroups: segmentGroups(o.SegmentGroups, 'SegmentGroups', problems),
    tags: present(o.tags) ? tagMap(o.tags, 'tags', problems) : undefined,
  });
  if (present(o.Dimensions) && present(o.SegmentGroups)) {
    problems.add('WriteSegmentRequest', 'can include a Dimensions object or a SegmentGroups object, but not both');
  }
  const dimensions = countDimensions(request);
  if (dimensions > MAX_DIMENSIONS) {
    problems.add('Dimensions', `the segment has ${dimensions} dimensions; at most ${MAX_DIMENSIONS} are allowed`);
  }
  return problems.list.length > 0 ? { ok: false, problems: problems.list } : { ok: true, value: request };
}

/** Parses a TagResource body, `{"tags": {...}}`. */
export function parseTagsModel(body: unknown, options: ValidationOptions = {}): Parsed<Record<string, string>> {
  const problems = new Problems(options);
  const o = object(body, 'TagsModel', problems, FIELDS.TagsModel);
  if (!o) return { ok: false, problems: problems.list };
  const tags = tagMap(required(o, 'tags', 'TagsModel', problems), 'tags', problems);
  return problems.list.length > 0 || !tags ? { ok: false, problems: problems.list } : { ok: true, value: tags };
}

/** Every source segment a request refers to, with the path to report it under. */
export function sourceSegmentReferences(request: WriteSegmentRequest): Array<{ path: string; ref: SegmentReference }> {
  const refs: Array<{ path: string; ref: SegmentReference }> = [];
  (request.SegmentGroups?.Groups ?? []).forEach((group, g) => {
    (group.SourceSegments ?? []).forEach((ref, s) => refs.push({ path: `SegmentGroups.Groups[${g}].SourceSegments[${s}]`, ref }));
  });
  return refs;
}
