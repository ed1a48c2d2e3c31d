// The value rules of a segment definition: one small named function per rule. They run after the
// shape check (validation-shape.ts), which has already reported every wrong type, unknown key and
// missing field, so a rule only looks at values of the right type and skips the rest. Values that
// are unresolved tokens are skipped: they are only known at deploy time.
import { RemovalPolicy, Token } from 'aws-cdk-lib';
import { OWNERSHIP_TAG_KEY } from './ownership';
import type { PinpointSegmentProps } from './pinpoint-segment-props';
import {
  AttributeDimensionConfig,
  AttributeType,
  ChannelType,
  MetricDimensionConfig,
  SegmentDimensions,
  SegmentGroup,
  SetDimension,
} from './segment-dimensions';
import { Problem, showValue } from './validation-format';
import { compareInstants, INSTANT_FORM, parseInstant } from './validation-instant';
import { MAX_DIMENSIONS, MAX_GROUPS, MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH, MAX_TAGS } from './validation-limits';
import { childPath } from './validation-shape';

/** A rule over the whole props. */
export type SegmentRule = (props: PinpointSegmentProps) => Problem[];

/** A rule over one `SegmentDimensions`, wherever it occurs (top level or inside a group). */
export type DimensionsRule = (dims: SegmentDimensions, path: string) => Problem[];

/** The AWS tagging character set: letters, digits, whitespace and `_ . : / = + - @`. */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249). Exceptionally reserved or
 * user-assigned codes (UK, EU, XK, ...) are not assigned, and Pinpoint documents alpha-2 only.
 */
const ISO_3166_ALPHA_2 = new Set(`
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
  BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
  CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
  DE DJ DK DM DO DZ
  EC EE EG EH ER ES ET
  FI FJ FK FM FO FR
  GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
  HK HM HN HR HT HU
  ID IE IL IM IN IO IQ IR IS IT
  JE JM JO JP
  KE KG KH KI KM KN KP KR KW KY KZ
  LA LB LC LI LK LR LS LT LU LV LY
  MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
  NA NC NE NF NG NI NL NO NP NR NU NZ
  OM
  PA PE PF PG PH PK PL PM PN PR PS PT PW PY
  QA
  RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
  TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
  UA UG UM US UY UZ
  VA VC VE VG VI VN VU
  WF WS
  YE YT
  ZA ZM ZW
`.trim().split(/\s+/));

// ---------------------------------------------------------------------------------------------
// Segment rules

/** Pinpoint takes either Dimensions or SegmentGroups, not both. */
function dimensionsAndSegmentGroupsAreExclusive(props: PinpointSegmentProps): Problem[] {
  if (props.dimensions === undefined || props.segmentGroups === undefined) return [];
  return [{ path: 'dimensions', message: 'cannot be combined with segmentGroups (set one or the other)' }];
}

/** A request can include only one segment group (MAX_GROUPS cites the source). */
function atMostOneGroup(props: PinpointSegmentProps): Problem[] {
  const groups = walkable(props.segmentGroups)?.groups;
  if (!isResolvedList(groups) || groups.length <= MAX_GROUPS) return [];
  return [{ path: 'segmentGroups.groups', message: `${groups.length} groups given; Pinpoint accepts at most ${MAX_GROUPS}` }];
}

/** A source segment's id is not empty, and its version, if set, is an integer of at least 1. */
function sourceSegmentsAreValid(props: PinpointSegmentProps): Problem[] {
  return groupsOf(props).flatMap(({ group, path }) =>
    resolvedElements(group.sourceSegments, `${path}.sourceSegments`).flatMap(({ value: source, path: sourcePath }) => {
      const problems: Problem[] = [];
      if (isBlankString(source.id)) problems.push({ path: `${sourcePath}.id`, message: 'must not be empty' });
      const version: unknown = source.version;
      // Checked before the token test, which is slow for numbers: a number token is never a positive integer.
      if (typeof version === 'number' && !(Number.isInteger(version) && version >= 1) && !isToken(version)) {
        problems.push({ path: `${sourcePath}.version`, message: `${showValue(version)} is not an integer of at least 1` });
      }
      return problems;
    }),
  );
}

/** At most 100 dimensions per segment, summed over the top level and every group. */
function atMost100Dimensions(props: PinpointSegmentProps): Problem[] {
  const total = dimensionsOf(props).reduce((sum, { dims }) => sum + countDimensions(dims), 0);
  if (total <= MAX_DIMENSIONS) return [];
  const path = props.dimensions !== undefined ? 'dimensions' : 'segmentGroups';
  return [{ path, message: `${total} dimensions exceeds the limit of ${MAX_DIMENSIONS} per segment` }];
}

/** Tags fit the tagging limits; none uses `aws:` or the construct's own ownership tag. */
export function tagsFitLimits(props: PinpointSegmentProps): Problem[] {
  const tags = walkable(props.tags);
  if (tags === undefined || Array.isArray(tags)) return [];
  const entries = Object.entries(tags);
  const problems: Problem[] = [];
  if (entries.length > MAX_TAGS) {
    problems.push({ path: 'tags', message: `${entries.length} tags exceeds the limit of ${MAX_TAGS}` });
  }
  for (const [key, value] of entries) {
    const path = childPath('tags', key);
    if (!isToken(key)) problems.push(...checkTagKey(key, path));
    if (typeof value === 'string' && !isToken(value)) problems.push(...checkTagValue(value, path));
  }
  return problems;
}

function checkTagKey(key: string, path: string): Problem[] {
  const length = [...key].length;
  if (length === 0) return [{ path, message: 'tag key must not be empty' }];
  const problems: Problem[] = [];
  if (length > MAX_TAG_KEY_LENGTH) {
    problems.push({ path, message: `tag key is ${length} characters, more than ${MAX_TAG_KEY_LENGTH}` });
  }
  if (!TAG_CHARACTERS.test(key)) {
    problems.push({ path, message: 'tag key may only contain letters, digits, whitespace and _ . : / = + - @' });
  }
  if (key.toLowerCase().startsWith('aws:')) {
    problems.push({ path, message: 'tag key must not start with aws: (reserved for AWS)' });
  }
  if (key === OWNERSHIP_TAG_KEY) {
    problems.push({ path, message: 'tag key is reserved for the ownership tag this construct writes itself' });
  }
  return problems;
}

function checkTagValue(value: string, path: string): Problem[] {
  const length = [...value].length;
  const problems: Problem[] = [];
  if (length > MAX_TAG_VALUE_LENGTH) {
    problems.push({ path, message: `tag value is ${length} characters, more than ${MAX_TAG_VALUE_LENGTH}` });
  }
  if (!TAG_CHARACTERS.test(value)) {
    problems.push({ path, message: 'tag value may only contain letters, digits, whitespace and _ . : / = + - @' });
  }
  return problems;
}

/** The segment has a name. (Its length has no documented limit; see validation-limits.ts.) */
function nameIsNotEmpty(props: PinpointSegmentProps): Problem[] {
  return isBlankString(props.name) ? [{ path: 'name', message: 'must not be empty or only whitespace' }] : [];
}

/** applicationId and, if given, segmentId are not empty. */
function idsAreNotEmpty(props: PinpointSegmentProps): Problem[] {
  const problems: Problem[] = [];
  if (isBlankString(props.applicationId)) problems.push({ path: 'applicationId', message: 'must not be empty' });
  if (isBlankString(props.segmentId)) problems.push({ path: 'segmentId', message: 'must not be empty' });
  return problems;
}

/** Only DESTROY and RETAIN mean something for a segment (there are no snapshots). */
function removalPolicyIsSupported(props: PinpointSegmentProps): Problem[] {
  const policy: unknown = props.removalPolicy;
  const supported: unknown[] = [RemovalPolicy.DESTROY, RemovalPolicy.RETAIN, RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE];
  if (typeof policy !== 'string' || supported.includes(policy)) return [];
  const name = Object.entries(RemovalPolicy).find(([, value]) => (value as string) === policy)?.[0] ?? showValue(policy);
  return [{ path: 'removalPolicy', message: `${name} is not supported (use DESTROY or RETAIN)` }];
}

/** restoreOnDelete needs a pre-adoption definition, so only an adopted segment has one. */
function restoreOnDeleteNeedsAdoption(props: PinpointSegmentProps): Problem[] {
  if (props.restoreOnDelete !== true || props.segmentId !== undefined) return [];
  return [{ path: 'restoreOnDelete', message: 'only applies to an adopted segment (set segmentId)' }];
}

/** The rules over the whole props, in the order their problems are listed. */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  dimensionsAndSegmentGroupsAreExclusive,
  atMostOneGroup,
  nameIsNotEmpty,
  idsAreNotEmpty,
  removalPolicyIsSupported,
  restoreOnDeleteNeedsAdoption,
  tagsFitLimits,
  sourceSegmentsAreValid,
  atMost100Dimensions,
];

// ---------------------------------------------------------------------------------------------
// Dimension rules

/** Attribute, user attribute and metric names are not empty. */
function mapKeysAreNotEmpty(dims: SegmentDimensions, path: string): Problem[] {
  return (['attributes', 'userAttributes', 'metrics'] as const).flatMap((family) => {
    const map = walkable(dims[family]);
    if (map === undefined) return [];
    return Object.keys(map)
      .filter((name) => !isToken(name) && name.trim() === '')
      .map((name) => ({ path: childPath(`${path}.${family}`, name), message: 'name must not be empty' }));
  });
}

/** Every `values` list has at least one value, and no value is an empty string. */
function valuesAreNotEmpty(dims: SegmentDimensions, path: string): Problem[] {
  return valueLists(dims, path).flatMap(({ values, path: valuesPath }) => {
    if (!isResolvedList(values)) return [];
    if (values.length === 0) return [{ path: valuesPath, message: 'must not be empty' }];
    return values.flatMap((value: unknown, i) =>
      value === '' ? [{ path: `${valuesPath}[${i}]`, message: 'must not be an empty string' }] : []);
  });
}

/** BEFORE, AFTER and ON take one ISO-8601 instant; BETWEEN takes two, in order. */
function instantsAreValid(dims: SegmentDimensions, path: string): Problem[] {
  const expected: { [type: string]: number } = {
    [AttributeType.BEFORE]: 1,
    [AttributeType.AFTER]: 1,
    [AttributeType.ON]: 1,
    [AttributeType.BETWEEN]: 2,
  };
  return attributesOf(dims, path).flatMap(({ attribute, path: attributePath }) => {
    const count = expected[attribute.attributeType as string];
    const values: unknown = attribute.values;
    // An empty or malformed list is reported elsewhere.
    if (count === undefined || !isResolvedList(values) || values.length === 0) return [];
    const valuesPath = `${attributePath}.values`;
    if (values.length !== count) {
      const wanted = count === 1 ? 'exactly one ISO-8601 instant' : 'exactly two ISO-8601 instants';
      return [{ path: valuesPath, message: `${attribute.attributeType} takes ${wanted}, got ${values.length}` }];
    }
    const problems: Problem[] = [];
    const instants = values.map((value, i) => {
      if (isToken(value) || typeof value !== 'string' || value === '') return undefined;
      const instant = parseInstant(value);
      if (instant === undefined) {
        problems.push({ path: `${valuesPath}[${i}]`, message: `${showValue(value)} is not an ISO-8601 instant (${INSTANT_FORM})` });
      }
      return instant;
    });
    const [from, to] = instants;
    if (count === 2 && from !== undefined && to !== undefined && compareInstants(from, to) >= 0) {
      problems.push({
        path: valuesPath,
        message: `BETWEEN instants must be in order: ${showValue(values[0])} is not earlier than ${showValue(values[1])}`,
      });
    }
    return problems;
  });
}

/** Latitude is in -90..90 and longitude in -180..180. */
function coordinatesAreInRange(dims: SegmentDimensions, path: string): Problem[] {
  const coordinates = walkable(walkable(walkable(dims.location)?.gpsPoint)?.coordinates);
  if (coordinates === undefined) return [];
  const coordinatesPath = `${path}.location.gpsPoint.coordinates`;
  return [
    ...checkNumberInRange(coordinates.latitude, -90, 90, `${coordinatesPath}.latitude`),
    ...checkNumberInRange(coordinates.longitude, -180, 180, `${coordinatesPath}.longitude`),
  ];
}

/** rangeInKilometers is a finite number greater than 0. */
function rangeIsPositive(dims: SegmentDimensions, path: string): Problem[] {
  const range: unknown = walkable(walkable(dims.location)?.gpsPoint)?.rangeInKilometers;
  if (typeof range !== 'number' || (range > 0 && Number.isFinite(range)) || isToken(range)) return [];
  const rangePath = `${path}.location.gpsPoint.rangeInKilometers`;
  if (!Number.isFinite(range)) return [{ path: rangePath, message: `${showValue(range)} is not a finite number` }];
  return range > 0 ? [] : [{ path: rangePath, message: `${showValue(range)} is not greater than 0` }];
}

/** A country is an assigned ISO 3166-1 alpha-2 code, in uppercase. */
function countriesAreAlpha2(dims: SegmentDimensions, path: string): Problem[] {
  const country = walkable(walkable(dims.location)?.country);
  return stringValues(country, `${path}.location.country.values`)
    .filter(({ value }) => !ISO_3166_ALPHA_2.has(value))
    .map(({ value, path: valuePath }) => ({
      path: valuePath,
      message: `${showValue(value)} is not an ISO 3166-1 alpha-2 country code (such as US or DE)`,
    }));
}

/** A channel is one of Pinpoint's channel types. */
function channelsAreKnown(dims: SegmentDimensions, path: string): Problem[] {
  const channel = walkable(walkable(dims.demographic)?.channel);
  const known: string[] = Object.values(ChannelType);
  return stringValues(channel, `${path}.demographic.channel.values`)
    .filter(({ value }) => !known.includes(value))
    .map(({ value, path: valuePath }) => ({
      path: valuePath,
      message: `${showValue(value)} is not a Pinpoint channel type (one of ${known.join(', ')})`,
    }));
}

/** A metric's value is a finite number. */
function metricValuesAreFinite(dims: SegmentDimensions, path: string): Problem[] {
  return metricsOf(dims, path).flatMap(({ metric, path: metricPath }) => {
    const value: unknown = metric.value;
    // An encoded number token is finite, so the (slow) token test is not needed here.
    if (typeof value !== 'number' || Number.isFinite(value)) return [];
    return [{ path: `${metricPath}.value`, message: `${showValue(value)} is not a finite number` }];
  });
}

/** The rules over each `SegmentDimensions`, in the order their problems are listed. */
export const DIMENSION_RULES: readonly DimensionsRule[] = [
  mapKeysAreNotEmpty,
  valuesAreNotEmpty,
  instantsAreValid,
  coordinatesAreInRange,
  rangeIsPositive,
  countriesAreAlpha2,
  channelsAreKnown,
  metricValuesAreFinite,
];

// ---------------------------------------------------------------------------------------------
// Walking the props

/** Every `SegmentDimensions` in the props, with its path. */
export function dimensionsOf(props: PinpointSegmentProps): { dims: SegmentDimensions; path: string }[] {
  const top = walkable(props.dimensions);
  return [
    ...(top === undefined ? [] : [{ dims: top, path: 'dimensions' }]),
    ...groupsOf(props).flatMap(({ group, path }) =>
      resolvedElements(group.dimensions, `${path}.dimensions`).map(({ value, path: p }) => ({ dims: value, path: p }))),
  ];
}

/** Every group of the props, with its path. */
export function groupsOf(props: PinpointSegmentProps): { group: SegmentGroup; path: string }[] {
  return resolvedElements(walkable(props.segmentGroups)?.groups, 'segmentGroups.groups')
    .map(({ value, path }) => ({ group: value, path }));
}

function attributesOf(dims: SegmentDimensions, path: string): { attribute: AttributeDimensionConfig; path: string }[] {
  const attributes: { attribute: AttributeDimensionConfig; path: string }[] = [];
  for (const family of ['attributes', 'userAttributes'] as const) {
    if (dims[family] === undefined) continue;
    for (const { value, path: p } of resolvedEntries(dims[family], `${path}.${family}`)) attributes.push({ attribute: value, path: p });
  }
  return attributes;
}

function metricsOf(dims: SegmentDimensions, path: string): { metric: MetricDimensionConfig; path: string }[] {
  if (dims.metrics === undefined) return [];
  return resolvedEntries(dims.metrics, `${path}.metrics`).map(({ value, path: p }) => ({ metric: value, path: p }));
}

const DEMOGRAPHIC_FIELDS = ['appVersion', 'channel', 'deviceType', 'make', 'model', 'platform'] as const;

/** The six demographic set dimensions and the country, with their paths. */
function setDimensionsOf(dims: SegmentDimensions, path: string): { set: SetDimension; path: string }[] {
  const sets: { set: SetDimension; path: string }[] = [];
  const demographic = walkable(dims.demographic);
  if (demographic !== undefined) {
    for (const field of DEMOGRAPHIC_FIELDS) {
      const set = walkable(demographic[field]);
      if (set !== undefined) sets.push({ set, path: `${path}.demographic.${field}` });
    }
  }
  const country = walkable(walkable(dims.location)?.country);
  if (country !== undefined) sets.push({ set: country, path: `${path}.location.country` });
  return sets;
}

/** Every `values` list in a dimensions object, with its path. */
function valueLists(dims: SegmentDimensions, path: string): { values: unknown; path: string }[] {
  const lists: { values: unknown; path: string }[] = [];
  for (const { attribute, path: p } of attributesOf(dims, path)) lists.push({ values: attribute.values, path: `${p}.values` });
  for (const { set, path: p } of setDimensionsOf(dims, path)) lists.push({ values: set.values, path: `${p}.values` });
  return lists;
}

/** The resolved, non-empty string values of a set dimension (others are reported elsewhere). */
function stringValues(set: SetDimension | undefined, path: string): { value: string; path: string }[] {
  const values: unknown = set?.values;
  if (!isResolvedList(values)) return [];
  return values.flatMap((value, i) =>
    typeof value === 'string' && value !== '' && !isToken(value) ? [{ value, path: `${path}[${i}]` }] : []);
}

/**
 * Dimension count as Pinpoint counts it: each criterion is one dimension. A container that is a
 * token counts as 0: its contents are unknown until deploy.
 */
export function countDimensions(dims: SegmentDimensions): number {
  const keys = (map: object | undefined) => (walkable(map) === undefined ? 0 : Object.keys(map as object).length);
  const location = walkable(dims.location);
  return keys(dims.attributes)
    + keys(dims.userAttributes)
    + keys(dims.metrics)
    + (walkable(dims.behavior)?.recency !== undefined ? 1 : 0)
    + setDimensionsOf(dims, '').length // demographic fields and country
    + (location?.gpsPoint !== undefined ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * True for an unresolved token of any kind (string, number, list, or an IResolvable). A plain
 * number is settled without `Token.isUnresolved`, which allocates: aws-cdk-lib encodes a number
 * token as a double below -2^960, so anything above -1e288 is not one.
 */
export function isToken(value: unknown): boolean {
  if (typeof value === 'number' && value > -1e288) return false;
  return Token.isUnresolved(value);
}

/** The object, unless it is absent, not an object, or a token (whose contents are unknown). */
export function walkable<T>(value: T | undefined): T | undefined {
  if (value === undefined || value === null || typeof value !== 'object' || isToken(value)) return undefined;
  return value;
}

/** A list whose elements can be looked at. */
export function isResolvedList(value: unknown): value is unknown[] {
  return Array.isArray(value) && !isToken(value);
}

/** The walkable elements of a list, with their paths. */
function resolvedElements<T>(list: T[] | undefined, path: string): { value: T; path: string }[] {
  if (!isResolvedList(list)) return [];
  const elements: { value: T; path: string }[] = [];
  for (let i = 0; i < list.length; i++) {
    const element = walkable(list[i]);
    if (element !== undefined) elements.push({ value: element, path: `${path}[${i}]` });
  }
  return elements;
}

/** The walkable entries of a map, with their paths. */
function resolvedEntries<T>(map: { [name: string]: T } | undefined, path: string): { value: T; path: string }[] {
  const resolved = walkable(map);
  if (resolved === undefined || Array.isArray(resolved)) return [];
  const entries: { value: T; path: string }[] = [];
  for (const name of Object.keys(resolved)) {
    const entry = walkable(resolved[name]);
    if (entry !== undefined) entries.push({ value: entry, path: childPath(path, name) });
  }
  return entries;
}

/** Range check for a number; a token, a missing value or a non-number is reported elsewhere. */
function checkNumberInRange(value: unknown, min: number, max: number, path: string): Problem[] {
  // In range first: the token test is slow for numbers, and an encoded number token is far outside any range.
  if (typeof value !== 'number' || (value >= min && value <= max) || isToken(value)) return [];
  if (!Number.isFinite(value)) return [{ path, message: `${showValue(value)} is not a finite number` }];
  return value >= min && value <= max ? [] : [{ path, message: `${showValue(value)} is outside ${min}..${max}` }];
}

/** A resolved string that is empty or only whitespace. Other types are the shape check's. */
function isBlankString(value: unknown): boolean {
  return typeof value === 'string' && !isToken(value) && value.trim() === '';
}
