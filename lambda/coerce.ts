/**
 * CloudFormation delivers every scalar property as a string (`47.6` arrives as `"47.6"`). This
 * file is the one place that knows which fields of a WriteSegmentRequest are numbers in the API,
 * and turns them back into numbers wherever they occur.
 */

/**
 * Number fields of a SegmentDimensions object. `*` is every key of a map.
 */
const DIMENSION_NUMBER_FIELDS = [
  'Location.GPSPoint.Coordinates.Latitude',
  'Location.GPSPoint.Coordinates.Longitude',
  'Location.GPSPoint.RangeInKilometers',
  'Metrics.*.Value',
];

/** Where a SegmentDimensions object occurs in a WriteSegmentRequest. `[]` is every list item. */
const DIMENSION_LOCATIONS = ['Dimensions', 'SegmentGroups.Groups[].Dimensions[]'];

/** Number fields outside SegmentDimensions. */
const OTHER_NUMBER_FIELDS = ['SegmentGroups.Groups[].SourceSegments[].Version'];

/**
 * Every number field of a WriteSegmentRequest, as a path pattern from the request's root.
 */
export const NUMBER_FIELDS: readonly string[] = [
  ...DIMENSION_LOCATIONS.flatMap((at) => DIMENSION_NUMBER_FIELDS.map((field) => `${at}.${field}`)),
  ...OTHER_NUMBER_FIELDS,
];

/** An error in the event's properties: answered as FAILED with the message as the reason. */
export class InvalidPropertyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPropertyError';
  }
}

/**
 * Returns a deep copy of `request` with every number field of {@link NUMBER_FIELDS} turned into a
 * JSON number. Throws {@link InvalidPropertyError} naming the path when a value is not a finite
 * number, or when a container on the way is not the object or list it should be.
 */
export function coerceNumberFields<T>(request: T): T {
  const copy = structuredClone(request) as unknown;
  for (const pattern of NUMBER_FIELDS) {
    coerceAt(copy, splitPattern(pattern), '');
  }
  return copy as T;
}

function splitPattern(pattern: string): string[] {
  // 'Groups[]' is two steps: the key, then every item of the list.
  return pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

function coerceAt(container: unknown, steps: string[], path: string): void {
  const [step, ...rest] = steps;
  if (step === '[]') {
    if (!Array.isArray(container)) {
      throw new InvalidPropertyError(`${path}: expected a list, got ${describe(container)}`);
    }
    container.forEach((item, index) => coerceAt(item, rest, `${path}[${index}]`));
    return;
  }
  if (!isPlainObject(container)) {
    throw new InvalidPropertyError(`${path}: expected an object, got ${describe(container)}`);
  }
  const keys = step === '*' ? Object.keys(container) : [step];
  for (const key of keys) {
    const childPath = path === '' ? key : `${path}.${key}`;
    const value = container[key];
    if (value === undefined || value === null) {
      continue;
    }
    if (rest.length === 0) {
      container[key] = toNumber(value, childPath);
    } else {
      coerceAt(value, rest, childPath);
    }
  }
}

function toNumber(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    if (Number.isFinite(parsed)) {
      return parsed;
    }
  }
  throw new InvalidPropertyError(`${path}: ${describe(value)} is not a number`);
}

/**
 * `true`/`"true"` and `false`/`"false"` (any case); absent is `defaultValue`.
 */
export function coerceBoolean(value: unknown, path: string, defaultValue = false): boolean {
  if (value === undefined || value === null || value === '') {
    return defaultValue;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  throw new InvalidPropertyError(`${path}: ${describe(value)} is not true or false`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, log-safe rendering of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  // JSON.stringify renders neither a function nor a symbol (undefined is handled above).
  const text = typeof value === 'function' || typeof value === 'symbol' ? String(value) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
