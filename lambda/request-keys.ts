/**
 * The handler's second line of defence against a definition that lost fields on the way: every
 * object in `Dimensions` and `SegmentGroups` may only hold the keys of Pinpoint's
 * WriteSegmentRequest, in the API's casing. Pinpoint itself ignores keys it does not know, so
 * `Dimensions: { demographic: ... }` (camelCase that escaped the construct, or a hand-written
 * template) would otherwise be written as `Dimensions: {}`, and an adopted segment would match
 * every endpoint. The construct already refuses such shapes at synth (lib/validation-shape.ts);
 * test/lambda/request-keys.test.ts keeps the two key lists in step.
 */
import { InvalidPropertyError, isPlainObject } from './coerce';

/** A node of the request: an object with known keys, a map of named entries, or a list. */
export type KeyTree =
  | { readonly object: { readonly [key: string]: KeyTree | null } }
  | { readonly map: KeyTree }
  | { readonly list: KeyTree };

const SET_DIMENSION: KeyTree = { object: { DimensionType: null, Values: null } };
const ATTRIBUTE_DIMENSION: KeyTree = { object: { AttributeType: null, Values: null } };

/** `SegmentDimensions`, in the API's casing. `null` marks a leaf (a string, number or list of strings). */
export const SEGMENT_DIMENSIONS_KEYS: KeyTree = {
  object: {
    Attributes: { map: ATTRIBUTE_DIMENSION },
    Behavior: { object: { Recency: { object: { Duration: null, RecencyType: null } } } },
    Demographic: {
      object: {
        AppVersion: SET_DIMENSION,
        Channel: SET_DIMENSION,
        DeviceType: SET_DIMENSION,
        Make: SET_DIMENSION,
        Model: SET_DIMENSION,
        Platform: SET_DIMENSION,
      },
    },
    Location: {
      object: {
        Country: SET_DIMENSION,
        GPSPoint: { object: { Coordinates: { object: { Latitude: null, Longitude: null } }, RangeInKilometers: null } },
      },
    },
    Metrics: { map: { object: { ComparisonOperator: null, Value: null } } },
    UserAttributes: { map: ATTRIBUTE_DIMENSION },
  },
};

/** `SegmentGroupList`, in the API's casing. */
export const SEGMENT_GROUPS_KEYS: KeyTree = {
  object: {
    Groups: {
      list: {
        object: {
          Dimensions: { list: SEGMENT_DIMENSIONS_KEYS },
          SourceSegments: { list: { object: { Id: null, Version: null } } },
          SourceType: null,
          Type: null,
        },
      },
    },
    Include: null,
  },
};

/**
 * Throws {@link InvalidPropertyError} naming the first key (in document order) that the API does
 * not define, with the key it most likely meant, before anything is written.
 */
export function assertKnownKeys(value: unknown, tree: KeyTree, path: string): void {
  if ('list' in tree) {
    // Containers of the wrong type are coerce.ts's to report.
    if (Array.isArray(value)) value.forEach((item, i) => assertKnownKeys(item, tree.list, `${path}[${i}]`));
    return;
  }
  if (!isPlainObject(value)) return;
  if ('map' in tree) {
    for (const [name, entry] of Object.entries(value)) assertKnownKeys(entry, tree.map, `${path}.${name}`);
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    const child = tree.object[key];
    if (child === undefined) {
      const known = Object.keys(tree.object);
      const meant = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
      const hint = meant !== undefined ? `did you mean ${meant}?` : `expected one of ${known.join(', ')}`;
      throw new InvalidPropertyError(`${path}.${key}: unknown field (${hint}); nothing was written, so that the segment `
        + 'does not lose this criterion');
    }
    if (child !== null) assertKnownKeys(entry, child, `${path}.${key}`);
  }
}
