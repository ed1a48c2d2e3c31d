/**
 * `import`, the model half: each live segment becomes the `PinpointSegmentProps` that declare it
 * exactly, and is checked the way a deploy would check it. The props go through the construct's
 * own validation (lib/validation.ts) and rendering (lib/render.ts), CloudFormation's stringifying
 * of scalars, and the handler's own property parsing and no-op comparison
 * (lambda/properties.ts, lambda/compare.ts, lambda/tags.ts). A segment is declared only if that
 * chain ends in "no UpdateSegment, no tag change"; otherwise it becomes a comment saying why.
 */
import type {
  AttributeDimension as ApiAttribute,
  MetricDimension as ApiMetric,
  SegmentDimensions as ApiDimensions,
  SegmentGroupList,
  SegmentResponse,
  SetDimension as ApiSet,
} from '@aws-sdk/client-pinpoint';
import { definitionMatches, pruneEmpty } from '../../lambda/compare';
import { parseDesiredSegment } from '../../lambda/properties';
import { hasTagChanges, planTagChanges } from '../../lambda/tags';
import { errorSummary } from '../../lambda/errors';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import type { PinpointSegmentProps } from '../../lib';
import { renderWriteSegmentRequest } from '../../lib/render';
import type {
  AttributeDimensionConfig,
  MetricDimensionConfig,
  SegmentDimensions,
  SegmentGroup,
  SegmentGroups,
  SetDimension,
} from '../../lib/segment-dimensions';
import { validateSegmentProps } from '../../lib/validation';
import { stringifyScalars } from '../rehearse-intrinsics';

/** One live segment, as `import` will write it. */
export type ImportedSegment =
  | { readonly kind: 'declared'; readonly live: SegmentResponse; readonly props: PinpointSegmentProps }
  | { readonly kind: 'skipped'; readonly live: SegmentResponse; readonly reasons: string[] };

/** Tags a declaration never carries: the construct's ownership tag and AWS's reserved `aws:` keys. */
export function declarableTags(tags: Record<string, string> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(tags ?? {}).sort()) {
    if (key === OWNERSHIP_TAG_KEY || key.toLowerCase().startsWith('aws:')) continue;
    result[key] = tags![key];
  }
  return result;
}

/**
 * The props that declare `live` (with `tags` as the segment's tags), or the reasons it cannot be
 * declared without a write on the first deploy.
 */
export function importSegment(live: SegmentResponse, tags: Record<string, string>, applicationId: string): ImportedSegment {
  const skip = (...reasons: string[]): ImportedSegment => ({ kind: 'skipped', live, reasons });
  if (live.SegmentType === 'IMPORT') {
    return skip('it is an import segment (SegmentType IMPORT), made by an import job; only dimensional segments can be declared');
  }
  if (!live.Id) return skip('Pinpoint returned it without an Id');
  if (live.Name === undefined || live.Name === '') return skip('it has no name, and a declared segment needs one');

  let props: PinpointSegmentProps;
  try {
    props = propsOf(live, tags, applicationId);
  } catch (error) {
    return skip(errorSummary(error));
  }
  const problems = validateSegmentProps(props);
  if (problems.length > 0) return skip(...problems.map((p) => `synth-time validation would reject it: ${p}`));
  const writes = firstDeployWrites(props, live);
  if (writes.length > 0) return skip(...writes);
  return { kind: 'declared', live, props };
}

/**
 * What the first deploy of `props` would write to `live`, as the handler decides it: the
 * properties as CloudFormation delivers them, parsed and compared by the handler's own code.
 * Empty when it writes nothing.
 */
export function firstDeployWrites(props: PinpointSegmentProps, live: SegmentResponse): string[] {
  const properties = stringifyScalars({
    ApplicationId: props.applicationId,
    SegmentId: props.segmentId,
    ...renderWriteSegmentRequest(props),
    ...(props.tags && Object.keys(props.tags).length > 0 ? { Tags: props.tags } : {}),
  });
  let desired;
  try {
    desired = parseDesiredSegment(properties);
  } catch (error) {
    return [`the handler would refuse its properties: ${errorSummary(error)}`];
  }
  const writes: string[] = [];
  if (!definitionMatches(desired.definition, live)) {
    writes.push('its definition does not survive the round trip exactly, so the first deploy would call UpdateSegment');
  }
  // A listed segment may come without its tags (none, or an empty map); GetSegment, which the
  // handler reads, has them as ListTagsForResource does. Tags it does list must agree.
  const listed = live.tags !== undefined && Object.keys(live.tags).length > 0 ? live.tags : undefined;
  const tagChanges = listed === undefined ? undefined : planTagChanges(desired.tags, listed);
  if (tagChanges && hasTagChanges(tagChanges)) {
    const keys = [...Object.keys(tagChanges.tagsToSet), ...tagChanges.keysToRemove];
    writes.push(`GetSegment and ListTagsForResource disagree on its tags (${keys.join(', ')}), so the first deploy would change tags`);
  }
  return writes;
}

/** The camelCase props of a live segment, with nulls, empty objects and empty lists left out. */
function propsOf(live: SegmentResponse, tags: Record<string, string>, applicationId: string): PinpointSegmentProps {
  const dimensions = pruneEmpty(live.Dimensions);
  const segmentGroups = pruneEmpty(live.SegmentGroups);
  return {
    applicationId,
    segmentId: live.Id,
    name: live.Name!,
    ...(dimensions !== undefined ? { dimensions: dimensionsOf(dimensions) } : {}),
    ...(segmentGroups !== undefined ? { segmentGroups: segmentGroupsOf(segmentGroups) } : {}),
    ...(Object.keys(tags).length > 0 ? { tags } : {}),
  };
}

/** Copies only the keys present, so absent stays absent. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function mapOf<A, B>(map: Record<string, A> | undefined, convert: (value: A) => B): Record<string, B> | undefined {
  if (map === undefined) return undefined;
  return Object.fromEntries(Object.keys(map).sort().map((name) => [name, convert(map[name])]));
}

function attributeOf(value: ApiAttribute): AttributeDimensionConfig {
  return defined({ attributeType: value.AttributeType, values: value.Values }) as AttributeDimensionConfig;
}

function metricOf(value: ApiMetric): MetricDimensionConfig {
  return defined({ comparisonOperator: value.ComparisonOperator, value: value.Value }) as MetricDimensionConfig;
}

function setOf(value: ApiSet | undefined): SetDimension | undefined {
  return value === undefined ? undefined : (defined({ dimensionType: value.DimensionType, values: value.Values }) as SetDimension);
}

function dimensionsOf(d: ApiDimensions): SegmentDimensions {
  const { Demographic: demographic, Location: location } = d;
  const gps = location?.GPSPoint;
  const recency = d.Behavior?.Recency;
  return defined({
    attributes: mapOf(d.Attributes, attributeOf),
    behavior: d.Behavior === undefined ? undefined : defined({
      recency: recency === undefined ? undefined : defined({ duration: recency.Duration, recencyType: recency.RecencyType }),
    }),
    demographic: demographic === undefined ? undefined : defined({
      appVersion: setOf(demographic.AppVersion),
      channel: setOf(demographic.Channel),
      deviceType: setOf(demographic.DeviceType),
      make: setOf(demographic.Make),
      model: setOf(demographic.Model),
      platform: setOf(demographic.Platform),
    }),
    location: location === undefined ? undefined : defined({
      country: setOf(location.Country),
      gpsPoint: gps === undefined ? undefined : defined({
        coordinates: gps.Coordinates === undefined ? undefined : defined({
          latitude: gps.Coordinates.Latitude,
          longitude: gps.Coordinates.Longitude,
        }),
        rangeInKilometers: gps.RangeInKilometers,
      }),
    }),
    metrics: mapOf(d.Metrics, metricOf),
    userAttributes: mapOf(d.UserAttributes, attributeOf),
  }) as SegmentDimensions;
}

function segmentGroupsOf(groups: SegmentGroupList): SegmentGroups {
  return defined({
    groups: groups.Groups?.map((group): SegmentGroup => defined({
      dimensions: group.Dimensions?.map(dimensionsOf),
      sourceSegments: group.SourceSegments?.map((source) => defined({ id: source.Id, version: source.Version })),
      sourceType: group.SourceType,
      type: group.Type,
    }) as SegmentGroup),
    include: groups.Include,
  }) as SegmentGroups;
}
