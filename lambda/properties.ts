/**
 * Reads the custom resource's properties (docs/internals.md) into typed values. Every scalar may
 * arrive as a string; anything that is not what it should be is an {@link InvalidPropertyError}
 * naming the property.
 */
import type { WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { coerceBoolean, coerceNumberFields, describe, InvalidPropertyError, isPlainObject } from './coerce';
import type { SegmentDefinition } from './compare';
import { isOwnershipKey } from './ownership';
import { assertIdsFitPhysicalId } from './physical-id';
import { assertKnownKeys, SEGMENT_DIMENSIONS_KEYS, SEGMENT_GROUPS_KEYS } from './request-keys';

/** What every event needs: which segment, and what to do with it on delete. */
export interface SegmentProperties {
  readonly applicationId: string;
  /** Set when adopting an existing segment. */
  readonly segmentId?: string;
  /** Keep a segment this construct created when the resource is deleted. */
  readonly retainOnDelete: boolean;
  /** Re-apply the pre-adoption version when an adopted segment's resource is deleted. */
  readonly restoreOnDelete: boolean;
}

/** What Create and Update need in addition: the definition and the tags. */
export interface DesiredSegment extends SegmentProperties {
  /** Name, Dimensions and SegmentGroups, with the number fields coerced. */
  readonly definition: SegmentDefinition;
  readonly tags: Record<string, string>;
}

export function parseSegmentProperties(raw: unknown): SegmentProperties {
  if (raw === undefined || raw === null) {
    throw new InvalidPropertyError('ResourceProperties is missing');
  }
  if (!isPlainObject(raw)) {
    throw new InvalidPropertyError(`ResourceProperties: expected an object, got ${describe(raw)}`);
  }
  const applicationId = requiredString(raw.ApplicationId, 'ApplicationId');
  const segmentId = optionalString(raw.SegmentId, 'SegmentId');
  assertIdsFitPhysicalId(applicationId, segmentId);
  return {
    applicationId,
    segmentId,
    retainOnDelete: parseRemovalPolicy(raw.RemovalPolicy),
    restoreOnDelete: coerceBoolean(raw.RestoreOnDelete, 'RestoreOnDelete'),
  };
}

export function parseDesiredSegment(raw: unknown): DesiredSegment {
  const base = parseSegmentProperties(raw);
  const props = raw as Record<string, unknown>;
  const name = requiredString(props.Name, 'Name');
  const dimensions = optionalObject(props.Dimensions, 'Dimensions');
  const segmentGroups = optionalObject(props.SegmentGroups, 'SegmentGroups');
  if (dimensions !== undefined && segmentGroups !== undefined) {
    throw new InvalidPropertyError('Dimensions and SegmentGroups cannot both be set');
  }
  // A key Pinpoint does not know would be dropped by the service, widening the segment: refuse it.
  assertKnownKeys(dimensions, SEGMENT_DIMENSIONS_KEYS, 'Dimensions');
  assertKnownKeys(segmentGroups, SEGMENT_GROUPS_KEYS, 'SegmentGroups');
  const request = coerceNumberFields<WriteSegmentRequest>({
    Name: name,
    ...(dimensions !== undefined ? { Dimensions: dimensions } : {}),
    ...(segmentGroups !== undefined ? { SegmentGroups: segmentGroups } : {}),
  });
  return { ...base, definition: request, tags: parseTags(props.Tags) };
}

/**
 * The tag keys a previous set of properties declared. Lenient: old properties only widen the set
 * of keys that may be removed, so a malformed value just contributes nothing.
 */
export function declaredTagKeys(raw: unknown): string[] {
  if (!isPlainObject(raw) || !isPlainObject(raw.Tags)) {
    return [];
  }
  return Object.keys(raw.Tags).filter((key) => !isOwnershipKey(key));
}

function parseTags(value: unknown): Record<string, string> {
  if (value === undefined || value === null) {
    return {};
  }
  if (!isPlainObject(value)) {
    throw new InvalidPropertyError(`Tags: expected an object, got ${describe(value)}`);
  }
  const tags: Record<string, string> = {};
  for (const [key, tagValue] of Object.entries(value)) {
    if (isOwnershipKey(key)) {
      // Reserved (synth rejects it): the handler alone writes it, once, with CreateSegment.
      continue;
    }
    if (typeof tagValue === 'string' || typeof tagValue === 'number' || typeof tagValue === 'boolean') {
      tags[key] = String(tagValue);
    } else {
      throw new InvalidPropertyError(`Tags.${key}: expected a string, got ${describe(tagValue)}`);
    }
  }
  return tags;
}

function parseRemovalPolicy(value: unknown): boolean {
  if (value === undefined || value === null || value === '') {
    return false;
  }
  const policy = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (policy === 'retain') return true;
  if (policy === 'destroy' || policy === 'delete') return false;
  throw new InvalidPropertyError(`RemovalPolicy: ${describe(value)} is not "retain" or "destroy"`);
}

function requiredString(value: unknown, name: string): string {
  const text = optionalString(value, name);
  if (text === undefined) {
    throw new InvalidPropertyError(`${name} is required`);
  }
  return text;
}

/** A string property; absent or empty is `undefined`. Numbers are accepted as their text. */
function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  throw new InvalidPropertyError(`${name}: expected a string, got ${describe(value)}`);
}

function optionalObject(value: unknown, name: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!isPlainObject(value)) {
    throw new InvalidPropertyError(`${name}: expected an object, got ${describe(value)}`);
  }
  return value;
}
