/**
 * Where a live segment differs from its declaration. The verdict is the handler's own
 * (`definitionMatches` and the no-op normalisation in lambda/compare.ts, the property parsing in
 * lambda/properties.ts); this file only names the paths where the normalised definitions differ,
 * and compares tags over the declared keys (the reserved ownership tag is never declared).
 */
import type { SegmentResponse } from '@aws-sdk/client-pinpoint';
import { isPlainObject } from '../../lambda/coerce';
import { deepEqual, definitionMatches, normaliseDefinition } from '../../lambda/compare';
import type { DesiredSegment } from '../../lambda/properties';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';

/** One differing field: its path in the API shape, and both sides (`undefined`: absent). */
export interface Difference {
  readonly path: string;
  readonly declared: unknown;
  readonly live: unknown;
}

/** Paths where `live` differs from `desired`: definition first, then tags. Empty when in sync. */
export function differences(desired: DesiredSegment, live: SegmentResponse, liveTags: Record<string, string>): Difference[] {
  return [...definitionDifferences(desired, live), ...tagDifferences(desired.tags, liveTags)];
}

export function definitionDifferences(desired: DesiredSegment, live: SegmentResponse): Difference[] {
  if (definitionMatches(desired.definition, live)) return [];
  const found: Difference[] = [];
  walk(normaliseDefinition(desired.definition), normaliseDefinition(live, desired.definition), '', desired.definition, live, found);
  // The handler says they differ, so something must be named.
  return found.length > 0 ? found : [{ path: '(definition)', declared: desired.definition, live }];
}

/** Declared keys only; the ownership tag is not the user's to declare. */
export function tagDifferences(declared: Record<string, string>, live: Record<string, string>): Difference[] {
  return Object.keys(declared)
    .filter((key) => key !== OWNERSHIP_TAG_KEY && live[key] !== declared[key])
    .sort()
    .map((key) => ({ path: `Tags.${key}`, declared: declared[key], live: live[key] }));
}

function isScalarList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => !isPlainObject(item) && !Array.isArray(item));
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The raw (unnormalised) value at `path`, to show `INCLUSIVE` where normalisation dropped it. */
function rawAt(root: unknown, steps: Array<string | number>): unknown {
  let value = root;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function walk(a: unknown, b: unknown, path: string, rawA: unknown, rawB: unknown, found: Difference[], steps: Array<string | number> = []): void {
  if (deepEqual(a, b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      walk(a[key], b[key], join(path, key), rawA, rawB, found, [...steps, key]);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && !isScalarList(a) && !isScalarList(b)) {
    a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`, rawA, rawB, found, [...steps, i]));
    return;
  }
  found.push({ path, declared: a ?? rawAt(rawA, steps), live: b ?? rawAt(rawB, steps) });
}

/** A value for the one-line report. */
export function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
