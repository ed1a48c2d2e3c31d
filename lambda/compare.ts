/**
 * Decides whether the live segment already has the desired definition, so that a no-op update
 * makes no call that would add a segment version.
 */
import type { SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { isPlainObject } from './coerce';

/** The part of a segment that its definition consists of. Everything else is response-only. */
export interface SegmentDefinition {
  readonly Name?: string;
  readonly Dimensions?: WriteSegmentRequest['Dimensions'];
  readonly SegmentGroups?: WriteSegmentRequest['SegmentGroups'];
}

/** Type keys whose absence means `INCLUSIVE`, the service default. */
const DEFAULTS_TO_INCLUSIVE = new Set(['AttributeType', 'DimensionType']);

/**
 * Whether the live segment's definition equals the desired one. A missing live segment or a
 * response without a definition counts as different.
 */
export function definitionMatches(desired: SegmentDefinition, live: SegmentResponse | undefined): boolean {
  if (!live) {
    return false;
  }
  return deepEqual(normaliseDefinition(desired), normaliseDefinition(live));
}

/**
 * Name, Dimensions and SegmentGroups only, with nulls, empty objects and empty lists dropped and
 * `INCLUSIVE` type keys removed (missing means INCLUSIVE).
 */
export function normaliseDefinition(segment: SegmentDefinition): Record<string, unknown> {
  return (
    (normalise({ Name: segment.Name, Dimensions: segment.Dimensions, SegmentGroups: segment.SegmentGroups }) as
      | Record<string, unknown>
      | undefined) ?? {}
  );
}

/**
 * `value` without nulls, empty objects and empty lists, e.g. to send an old version back to
 * UpdateSegment. `undefined` if nothing is left.
 */
export function pruneEmpty<T>(value: T): T | undefined {
  return normalise(value, false) as T | undefined;
}

function normalise(value: unknown, dropInclusive = true): unknown {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, dropInclusive)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (dropInclusive && DEFAULTS_TO_INCLUSIVE.has(key) && child === 'INCLUSIVE') {
        continue;
      }
      const normalised = normalise(child, dropInclusive);
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
