// The one place where the camelCase props become Pinpoint's PascalCase WriteSegmentRequest.
// Absent fields are omitted (never `undefined` keys, never empty parents). Tokens pass through
// untouched: a list or map that is itself a token cannot be walked, so it is copied as is.
// Numbers stay numbers; CloudFormation stringifies them and lambda/coerce.ts turns them back.
import { Token } from 'aws-cdk-lib';
import type { PinpointSegmentProps } from './pinpoint-segment-props';
import type {
  AttributeDimensionConfig,
  GpsPointDimension,
  MetricDimensionConfig,
  SegmentBehaviors,
  SegmentDemographics,
  SegmentDimensions,
  SegmentGroup,
  SegmentGroups,
  SegmentLocation,
  SetDimension,
  SourceSegment,
} from './segment-dimensions';

/** @internal */
export interface AttributeDimensionShape {
  readonly AttributeType?: string;
  readonly Values: string[];
}

/** @internal */
export interface MetricDimensionShape {
  readonly ComparisonOperator: string;
  readonly Value: number;
}

/** @internal */
export interface SetDimensionShape {
  readonly DimensionType?: string;
  readonly Values: string[];
}

/** @internal */
export interface RecencyDimensionShape {
  readonly Duration: string;
  readonly RecencyType: string;
}

/** @internal */
export interface GpsPointDimensionShape {
  readonly Coordinates: { readonly Latitude: number; readonly Longitude: number };
  readonly RangeInKilometers?: number;
}

/** @internal */
export interface SegmentDemographicsShape {
  readonly AppVersion?: SetDimensionShape;
  readonly Channel?: SetDimensionShape;
  readonly DeviceType?: SetDimensionShape;
  readonly Make?: SetDimensionShape;
  readonly Model?: SetDimensionShape;
  readonly Platform?: SetDimensionShape;
}

/** @internal */
export interface SegmentLocationShape {
  readonly Country?: SetDimensionShape;
  readonly GPSPoint?: GpsPointDimensionShape;
}

/** @internal */
export interface SegmentDimensionsShape {
  readonly Attributes?: { readonly [name: string]: AttributeDimensionShape };
  readonly Behavior?: { readonly Recency?: RecencyDimensionShape };
  readonly Demographic?: SegmentDemographicsShape;
  readonly Location?: SegmentLocationShape;
  readonly Metrics?: { readonly [name: string]: MetricDimensionShape };
  readonly UserAttributes?: { readonly [name: string]: AttributeDimensionShape };
}

/** @internal */
export interface SegmentGroupShape {
  readonly Dimensions?: SegmentDimensionsShape[];
  readonly SourceSegments?: { readonly Id: string; readonly Version?: number }[];
  readonly SourceType?: string;
  readonly Type?: string;
}

/** @internal */
export interface SegmentGroupsShape {
  readonly Groups?: SegmentGroupShape[];
  readonly Include?: string;
}

/**
 * The API shape of `WriteSegmentRequest`, without `tags` (tags are converged separately).
 *
 * @internal
 */
export interface WriteSegmentRequestShape {
  readonly Name: string;
  readonly Dimensions?: SegmentDimensionsShape;
  readonly SegmentGroups?: SegmentGroupsShape;
}

/**
 * Render the props as the API's `WriteSegmentRequest` (PascalCase), omitting absent fields.
 *
 * @internal
 */
export function renderWriteSegmentRequest(props: PinpointSegmentProps): WriteSegmentRequestShape {
  return compact({
    Name: props.name,
    Dimensions: optional(props.dimensions, renderDimensions),
    SegmentGroups: optional(props.segmentGroups, renderSegmentGroups),
  });
}

/** Drops `undefined` values, so that absent fields are absent keys. (A loop: it runs for every object rendered.) */
function compact<T extends object>(obj: T): T {
  const out: { [key: string]: unknown } = {};
  for (const key of Object.keys(obj)) {
    const value = (obj as { [key: string]: unknown })[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** `undefined` for an object whose fields were all absent, so that no empty parent is rendered. */
function nonEmpty<T extends object>(obj: T): T | undefined {
  return Object.keys(obj).length === 0 ? undefined : obj;
}

/** Renders a value, unless it is absent or a token (whose contents cannot be walked). */
function optional<A, B>(value: A | undefined, render: (value: A) => B): B | undefined {
  if (value === undefined) return undefined;
  return Token.isUnresolved(value) ? value as unknown as B : render(value);
}

/** Renders each entry of a map; a map that is itself a token passes through. */
function renderMap<A, B>(map: { [name: string]: A } | undefined, render: (value: A) => B): { [name: string]: B } | undefined {
  if (map === undefined) return undefined;
  if (Token.isUnresolved(map)) return map as unknown as { [name: string]: B };
  return Object.fromEntries(Object.entries(map).map(([name, value]) => [name, optional(value, render) as B]));
}

/** Renders each element of a list; a list that is itself a token passes through. */
function renderList<A, B>(list: A[] | undefined, render: (value: A) => B): B[] | undefined {
  if (list === undefined) return undefined;
  if (Token.isUnresolved(list)) return list as unknown as B[];
  return list.map((value) => optional(value, render) as B);
}

function renderDimensions(dims: SegmentDimensions): SegmentDimensionsShape {
  return compact({
    Attributes: renderMap(dims.attributes, renderAttribute),
    Behavior: optional(dims.behavior, renderBehavior),
    Demographic: optional(dims.demographic, renderDemographic),
    Location: optional(dims.location, renderLocation),
    Metrics: renderMap(dims.metrics, renderMetric),
    UserAttributes: renderMap(dims.userAttributes, renderAttribute),
  });
}

function renderAttribute(attr: AttributeDimensionConfig): AttributeDimensionShape {
  return compact({ AttributeType: attr.attributeType, Values: attr.values });
}

function renderMetric(metric: MetricDimensionConfig): MetricDimensionShape {
  return compact({ ComparisonOperator: metric.comparisonOperator, Value: metric.value });
}

function renderBehavior(behavior: SegmentBehaviors): SegmentDimensionsShape['Behavior'] {
  return nonEmpty(compact({
    Recency: optional(behavior.recency, (r) => compact({ Duration: r.duration, RecencyType: r.recencyType })),
  }));
}

function renderSetDimension(set: SetDimension): SetDimensionShape {
  return compact({ DimensionType: set.dimensionType, Values: set.values });
}

/** camelCase prop → API key, for the six demographic set dimensions. */
const DEMOGRAPHIC_FIELDS: ReadonlyArray<[keyof SegmentDemographics, keyof SegmentDemographicsShape]> = [
  ['appVersion', 'AppVersion'],
  ['channel', 'Channel'],
  ['deviceType', 'DeviceType'],
  ['make', 'Make'],
  ['model', 'Model'],
  ['platform', 'Platform'],
];

function renderDemographic(demographic: SegmentDemographics): SegmentDemographicsShape | undefined {
  const rendered: { [key: string]: SetDimensionShape } = {};
  for (const [prop, key] of DEMOGRAPHIC_FIELDS) {
    const set = demographic[prop];
    if (set !== undefined) rendered[key] = renderSetDimension(set);
  }
  return nonEmpty(rendered);
}

function renderGpsPoint(gps: GpsPointDimension): GpsPointDimensionShape {
  return compact({
    Coordinates: compact({ Latitude: gps.coordinates?.latitude, Longitude: gps.coordinates?.longitude }),
    RangeInKilometers: gps.rangeInKilometers,
  });
}

function renderLocation(location: SegmentLocation): SegmentLocationShape | undefined {
  return nonEmpty(compact({
    Country: optional(location.country, renderSetDimension),
    GPSPoint: optional(location.gpsPoint, renderGpsPoint),
  }));
}

function renderSourceSegment(source: SourceSegment): { Id: string; Version?: number } {
  return compact({ Id: source.id, Version: source.version });
}

function renderGroup(group: SegmentGroup): SegmentGroupShape {
  return compact({
    Dimensions: renderList(group.dimensions, renderDimensions),
    SourceSegments: renderList(group.sourceSegments, renderSourceSegment),
    SourceType: group.sourceType,
    Type: group.type,
  });
}

function renderSegmentGroups(groups: SegmentGroups): SegmentGroupsShape {
  return compact({
    Groups: renderList(groups.groups, renderGroup),
    Include: groups.include,
  });
}
