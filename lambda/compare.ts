/**
 * Decides whether the live segment already has the desired definition, so that a no-op update
 * makes no call that would add a segment version. Pure functions, shared with the CLI's drift
 * check so that both agree on what "the same" means.
 */
import type { SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { isPlainObject } from './coerce';

/** The part of a segment that its definition consists of. Everything else is response-only. */
export interface SegmentDefinition {
  readonly Name?: string;
  readonly Dimensions?: WriteSegmentRequest['Dimensions'];
  readonly SegmentGroups?: WriteSegmentRequest['SegmentGroups'];
}

/** The range Pinpoint applies to a GPS point that names none (and echoes back). */
export const DEFAULT_RANGE_IN_KILOMETERS = 100;

/**
 * Values the service fills in when a request leaves them out, by key. A key holding its default
 * compares equal to a missing key, so an Update whose GetSegment echoes them writes nothing.
 */
const SERVICE_DEFAULTS: Readonly<Record<string, unknown>> = {
  // SetDimension / AttributeDimension: missing means INCLUSIVE.
  AttributeType: 'INCLUSIVE',
  DimensionType: 'INCLUSIVE',
  // SegmentGroupList.Include, SegmentGroup.Type and SegmentGroup.SourceType: missing means ALL.
  Include: 'ALL',
  Type: 'ALL',
  SourceType: 'ALL',
  // GPSPointDimension.RangeInKilometers: the service's default range.
  RangeInKilometers: DEFAULT_RANGE_IN_KILOMETERS,
};

/**
 * Whether the live segment's definition equals the desired one. A missing live segment or a
 * response without a definition counts as different.
 */
export function definitionMatches(desired: SegmentDefinition, live: SegmentResponse | undefined): boolean {
  if (!live) {
    return false;
  }
  return definitionDifferences(desired, live).length === 0;
}

/**
 * The paths (like `Dimensions.Attributes.tier.Values`) where the live definition differs from the
 * desired one, after {@link normaliseDefinition}; `[]` when they are the same. `live` may be any
 * segment-shaped value (a GetSegment response, a stored version).
 */
export function definitionDifferences(desired: SegmentDefinition, live: SegmentDefinition): string[] {
  const differences: string[] = [];
  collectDifferences(normaliseDefinition(desired), normaliseDefinition(live, desired), '', differences);
  return differences;
}

/**
 * Name, Dimensions and SegmentGroups only, with nulls, empty objects and empty lists dropped, and
 * keys holding the service's default removed (see SERVICE_DEFAULTS). Given `desired`, a source
 * segment `Version` the service filled in where `desired` names none is removed too: a source
 * segment without a version means "as it is", and the service records the version it took.
 */
export function normaliseDefinition(segment: SegmentDefinition, desired?: SegmentDefinition): Record<string, unknown> {
  const groups = segment.SegmentGroups?.Groups;
  const desiredGroups = desired?.SegmentGroups?.Groups;
  const segmentGroups =
    desired && groups
      ? {
          ...segment.SegmentGroups,
          Groups: groups.map((group, g) => ({
            ...group,
            SourceSegments: group.SourceSegments?.map((source, i) =>
              desiredGroups?.[g]?.SourceSegments?.[i] !== undefined && desiredGroups[g].SourceSegments[i].Version === undefined
                ? { ...source, Version: undefined }
                : source,
            ),
          })),
        }
      : segment.SegmentGroups;
  return (
    (normalise({ Name: segment.Name, Dimensions: segment.Dimensions, SegmentGroups: segmentGroups }) as
      | Record<string, unknown>
      | undefined) ?? {}
  );
}

function collectDifferences(a: unknown, b: unknown, path: string, out: string[]): void {
  if (deepEqual(a, b)) {
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      collectDifferences(a[key], b[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => collectDifferences(item, b[i], `${path}[${i}]`, out));
    return;
  }
  out.push(path || '(definition)');
}

/**
 * `value` without nulls, empty objects and empty lists, e.g. to send an old version back to
 * UpdateSegment. `undefined` if nothing is left.
 */
export function pruneEmpty<T>(value: T): T | undefined {
  return normalise(value, false) as T | undefined;
}

function isServiceDefault(key: string, value: unknown): boolean {
  if (!Object.prototype.hasOwnProperty.call(SERVICE_DEFAULTS, key)) {
    return false;
  }
  const fallback = SERVICE_DEFAULTS[key];
  return typeof fallback === 'number' ? value !== '' && value !== null && Number(value) === fallback : value === fallback;
}

function normalise(value: unknown, dropDefaults = true): unknown {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, dropDefaults)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (dropDefaults && isServiceDefault(key, child)) {
        continue;
      }
      const normalised = normalise(child, dropDefaults);
      if (normalised !== undefined) {
        result[key] = normalised;
      }
    }
    return Object.keys(result).length > 0 ? result : undefined;
  }
  return value;
}

/**
 * Equality of two normalised values, as {@link definitionMatches} decides it (numbers compare
 * numerically). Exported for the drift report, which names the paths where it fails.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    // Desired numbers are already coerced; compare numerically in case the other side is a
    // numeric string.
    return Number(a) === Number(b) && a !== '' && b !== '' && a !== undefined && b !== undefined;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) {
      return false;
    }
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return a === b;
}
