// Synth-time validation of PinpointSegmentProps. Every rule is a small named function; all of
// them run, and every problem is reported at once (as aws-solutions-constructs does), each as
// `<path>: <problem>` with the path in camelCase prop terms. Values that are unresolved tokens
// (strings, numbers, lists, maps) are skipped: they are only known at deploy time.
import { RemovalPolicy, Token } from 'aws-cdk-lib';
import type { PinpointSegmentProps } from './pinpoint-segment-props';
import {
  AttributeDimensionConfig,
  AttributeType,
  ChannelType,
  ComparisonOperator,
  DimensionType,
  GroupType,
  Include,
  RecencyDuration,
  RecencyType,
  SegmentDimensions,
  SetDimension,
  SourceType,
} from './segment-dimensions';

/** Pinpoint's quota: dimensions per segment. */
const MAX_DIMENSIONS = 100;
/** Pinpoint accepts one segment group per request. */
const MAX_GROUPS = 1;
/** AWS tagging limits. */
const MAX_TAGS = 50;
const MAX_TAG_KEY_LENGTH = 128;
const MAX_TAG_VALUE_LENGTH = 256;
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

/**
 * An ISO-8601 instant, as Pinpoint reads these values (Java's `DateTimeFormatter.ISO_INSTANT`):
 * `YYYY-MM-DDThh:mm:ss`, an optional fraction of 1 to 9 digits, then `Z` or an offset `±hh:mm`
 * of at most 18 hours. Strictly that: no date-only values, no missing seconds, no lowercase `t`
 * or `z`, no hour 24, no leap second, and the calendar date must exist (2024-02-30 is rejected).
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const INSTANT_FORM = 'YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)';

interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A rule over the whole props. */
type SegmentRule = (props: PinpointSegmentProps) => Problem[];

/** A rule over one `SegmentDimensions`, wherever it occurs (top level or inside a group). */
type DimensionsRule = (dims: SegmentDimensions, path: string) => Problem[];

/**
 * Every problem with the props, each as `<path>: <problem>`; empty when they are valid.
 *
 * @internal
 */
export function validateSegmentProps(props: PinpointSegmentProps): string[] {
  const problems = [
    ...SEGMENT_RULES.flatMap((rule) => rule(props)),
    ...dimensionsOf(props).flatMap(({ dims, path }) => DIMENSION_RULES.flatMap((rule) => rule(dims, path))),
  ];
  return problems.map(({ path, message }) => `${path}: ${message}`);
}

/**
 * Every problem with the tags a segment ends up with, those added with `Tags.of(scope)` included,
 * each as `tags.<key>: <problem>`; empty when they are valid. The same rules as the `tags` prop.
 */
export function validateSegmentTags(tags: { [key: string]: string }): string[] {
  return tagsFitAwsLimits({ tags } as unknown as PinpointSegmentProps).map(({ path, message }) => `${path}: ${message}`);
}

/**
 * Throws one error listing every problem with the props.
 *
 * @internal
 */
export function assertValidSegmentProps(props: PinpointSegmentProps): void {
  const problems = validateSegmentProps(props);
  if (problems.length === 0) return;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  throw new Error(`invalid pinpoint segment definition (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// Segment rules

/** Rule 1: Pinpoint takes either Dimensions or SegmentGroups, not both. */
function dimensionsAndSegmentGroupsAreExclusive(props: PinpointSegmentProps): Problem[] {
  if (props.dimensions === undefined || props.segmentGroups === undefined) return [];
  return [{ path: 'dimensions', message: 'cannot be combined with segmentGroups (set one or the other)' }];
}

/** Rule 2: a request can include only one segment group. */
function atMostOneGroup(props: PinpointSegmentProps): Problem[] {
  const groups = walkable(props.segmentGroups)?.groups;
  if (!isResolvedList(groups) || groups.length <= MAX_GROUPS) return [];
  return [{ path: 'segmentGroups.groups', message: `${groups.length} groups given; Pinpoint accepts at most ${MAX_GROUPS}` }];
}

/** Rule 9 (groups): sourceType, type and include are one of their enum values. */
function groupEnumsAreKnown(props: PinpointSegmentProps): Problem[] {
  const segmentGroups = walkable(props.segmentGroups);
  if (segmentGroups === undefined) return [];
  return [
    ...checkEnum(segmentGroups.include, Include, 'segmentGroups.include', false),
    ...groupsOf(props).flatMap(({ group, path }) => [
      ...checkEnum(group.sourceType, SourceType, `${path}.sourceType`, false),
      ...checkEnum(group.type, GroupType, `${path}.type`, false),
    ]),
  ];
}

/** Rule 11: a source segment has an id, and a version, if set, is an integer of at least 1. */
function sourceSegmentsAreValid(props: PinpointSegmentProps): Problem[] {
  return groupsOf(props).flatMap(({ group, path }) =>
    resolvedElements(group.sourceSegments, `${path}.sourceSegments`).flatMap(({ value: source, path: sourcePath }) => {
      const problems: Problem[] = [];
      if (!isToken(source.id) && (typeof source.id !== 'string' || source.id.trim() === '')) {
        problems.push({ path: `${sourcePath}.id`, message: 'must not be empty' });
      }
      const version: unknown = source.version;
      if (version !== undefined && !isToken(version) && !(Number.isInteger(version) && (version as number) >= 1)) {
        problems.push({ path: `${sourcePath}.version`, message: `${show(version)} is not an integer of at least 1` });
      }
      return problems;
    }),
  );
}

/** Rule 12: at most 100 dimensions per segment, summed over the top level and every group. */
function atMost100Dimensions(props: PinpointSegmentProps): Problem[] {
  const total = dimensionsOf(props).reduce((sum, { dims }) => sum + countDimensions(dims), 0);
  if (total <= MAX_DIMENSIONS) return [];
  const path = props.dimensions !== undefined ? 'dimensions' : 'segmentGroups';
  return [{ path, message: `${total} dimensions exceeds the limit of ${MAX_DIMENSIONS} per segment` }];
}

/** Rule 13: tags fit the AWS tagging limits, and none uses the reserved `aws:` prefix. */
function tagsFitAwsLimits(props: PinpointSegmentProps): Problem[] {
  const tags = walkable(props.tags);
  if (tags === undefined) return [];
  const entries = Object.entries(tags);
  const problems: Problem[] = [];
  if (entries.length > MAX_TAGS) {
    problems.push({ path: 'tags', message: `${entries.length} tags exceeds the limit of ${MAX_TAGS}` });
  }
  for (const [key, value] of entries) {
    const path = childPath('tags', key);
    if (!isToken(key)) problems.push(...checkTagKey(key, path));
    if (!isToken(value)) problems.push(...checkTagValue(value, path));
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
  return problems;
}

function checkTagValue(value: unknown, path: string): Problem[] {
  if (typeof value !== 'string') return [{ path, message: `tag value ${show(value)} is not a string` }];
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

/** Rule 14: the segment has a name. */
function nameIsNotEmpty(props: PinpointSegmentProps): Problem[] {
  return isBlank(props.name) ? [{ path: 'name', message: 'must not be empty or only whitespace' }] : [];
}

/** Rule 15: applicationId is set, and segmentId, if given, is not empty. */
function idsAreNotEmpty(props: PinpointSegmentProps): Problem[] {
  const problems: Problem[] = [];
  if (isBlank(props.applicationId)) problems.push({ path: 'applicationId', message: 'must not be empty' });
  if (props.segmentId !== undefined && isBlank(props.segmentId)) {
    problems.push({ path: 'segmentId', message: 'must not be empty' });
  }
  return problems;
}

/** Rule 16: only DESTROY and RETAIN mean something for a segment (there are no snapshots). */
function removalPolicyIsSupported(props: PinpointSegmentProps): Problem[] {
  const policy = props.removalPolicy;
  const supported = [RemovalPolicy.DESTROY, RemovalPolicy.RETAIN, RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE];
  if (policy === undefined || supported.includes(policy)) return [];
  const name = Object.entries(RemovalPolicy).find(([, value]) => value === policy)?.[0] ?? show(policy);
  return [{ path: 'removalPolicy', message: `${name} is not supported (use DESTROY or RETAIN)` }];
}

/** Rule 17: restoreOnDelete needs a pre-adoption definition, so only an adopted segment has one. */
function restoreOnDeleteNeedsAdoption(props: PinpointSegmentProps): Problem[] {
  if (props.restoreOnDelete !== true || props.segmentId !== undefined) return [];
  return [{ path: 'restoreOnDelete', message: 'only applies to an adopted segment (set segmentId)' }];
}

const SEGMENT_RULES: SegmentRule[] = [
  dimensionsAndSegmentGroupsAreExclusive,
  atMostOneGroup,
  nameIsNotEmpty,
  idsAreNotEmpty,
  removalPolicyIsSupported,
  restoreOnDeleteNeedsAdoption,
  tagsFitAwsLimits,
  groupEnumsAreKnown,
  sourceSegmentsAreValid,
  atMost100Dimensions,
];

// ---------------------------------------------------------------------------------------------
// Dimension rules

/** Rule 18: attribute, user attribute and metric names are not empty. */
function mapKeysAreNotEmpty(dims: SegmentDimensions, path: string): Problem[] {
  return (['attributes', 'userAttributes', 'metrics'] as const).flatMap((family) => {
    const map = walkable(dims[family]);
    if (map === undefined) return [];
    return Object.keys(map)
      .filter((name) => !isToken(name) && name.trim() === '')
      .map((name) => ({ path: childPath(`${path}.${family}`, name), message: 'name must not be empty' }));
  });
}

/** Rule 3: every `values` list has at least one value, and no value is an empty string. */
function valuesAreNotEmpty(dims: SegmentDimensions, path: string): Problem[] {
  return valueLists(dims, path).flatMap(({ values, path: valuesPath }) => {
    if (isToken(values)) return [];
    if (!Array.isArray(values)) return [{ path: valuesPath, message: 'must be a list of strings' }];
    if (values.length === 0) return [{ path: valuesPath, message: 'must not be empty' }];
    return values.flatMap((value: unknown, i) => {
      if (isToken(value)) return [];
      if (typeof value !== 'string') return [{ path: `${valuesPath}[${i}]`, message: `${show(value)} is not a string` }];
      return value === '' ? [{ path: `${valuesPath}[${i}]`, message: 'must not be an empty string' }] : [];
    });
  });
}

/** Rule 4: BEFORE, AFTER and ON take one ISO-8601 instant; BETWEEN takes two, in order. */
function instantsAreValid(dims: SegmentDimensions, path: string): Problem[] {
  const expected: { [type: string]: number } = {
    [AttributeType.BEFORE]: 1,
    [AttributeType.AFTER]: 1,
    [AttributeType.ON]: 1,
    [AttributeType.BETWEEN]: 2,
  };
  return attributesOf(dims, path).flatMap(({ attribute, path: attributePath }) => {
    const count = expected[attribute.attributeType as string];
    const values = attribute.values;
    // An empty or malformed list is valuesAreNotEmpty's to report.
    if (count === undefined || isToken(values) || !Array.isArray(values) || values.length === 0) return [];
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
        problems.push({ path: `${valuesPath}[${i}]`, message: `${show(value)} is not an ISO-8601 instant (${INSTANT_FORM})` });
      }
      return instant;
    });
    const [from, to] = instants;
    if (count === 2 && from !== undefined && to !== undefined && compareInstants(from, to) >= 0) {
      problems.push({ path: valuesPath, message: `BETWEEN instants must be in order: ${show(values[0])} is not earlier than ${show(values[1])}` });
    }
    return problems;
  });
}

/** Rule 5: latitude is in -90..90 and longitude in -180..180. */
function coordinatesAreInRange(dims: SegmentDimensions, path: string): Problem[] {
  const gpsPoint = walkable(walkable(dims.location)?.gpsPoint);
  if (gpsPoint === undefined) return [];
  const coordinatesPath = `${path}.location.gpsPoint.coordinates`;
  if (gpsPoint.coordinates === undefined) return [{ path: coordinatesPath, message: 'is required' }];
  const coordinates = walkable(gpsPoint.coordinates);
  if (coordinates === undefined) return [];
  return [
    ...checkNumberInRange(coordinates.latitude, -90, 90, `${coordinatesPath}.latitude`),
    ...checkNumberInRange(coordinates.longitude, -180, 180, `${coordinatesPath}.longitude`),
  ];
}

/** Rule 6: rangeInKilometers is a finite number greater than 0. */
function rangeIsPositive(dims: SegmentDimensions, path: string): Problem[] {
  const range: unknown = walkable(walkable(dims.location)?.gpsPoint)?.rangeInKilometers;
  if (range === undefined || isToken(range)) return [];
  const rangePath = `${path}.location.gpsPoint.rangeInKilometers`;
  if (!isFiniteNumber(range)) return [{ path: rangePath, message: `${show(range)} is not a finite number` }];
  return range > 0 ? [] : [{ path: rangePath, message: `${show(range)} is not greater than 0` }];
}

/** Rule 7: a country is an assigned ISO 3166-1 alpha-2 code, in uppercase. */
function countriesAreAlpha2(dims: SegmentDimensions, path: string): Problem[] {
  const country = walkable(walkable(dims.location)?.country);
  return stringValues(country, `${path}.location.country.values`)
    .filter(({ value }) => !ISO_3166_ALPHA_2.has(value))
    .map(({ value, path: valuePath }) => ({
      path: valuePath,
      message: `${show(value)} is not an ISO 3166-1 alpha-2 country code (such as US or DE)`,
    }));
}

/** Rule 8: a channel is one of Pinpoint's channel types. */
function channelsAreKnown(dims: SegmentDimensions, path: string): Problem[] {
  const channel = walkable(walkable(dims.demographic)?.channel);
  const known: string[] = Object.values(ChannelType);
  return stringValues(channel, `${path}.demographic.channel.values`)
    .filter(({ value }) => !known.includes(value))
    .map(({ value, path: valuePath }) => ({
      path: valuePath,
      message: `${show(value)} is not a Pinpoint channel type (one of ${known.join(', ')})`,
    }));
}

/** Rule 9 (dimensions): comparison operators and other enum-typed fields are one of their values. */
function enumsAreKnown(dims: SegmentDimensions, path: string): Problem[] {
  const recency = walkable(walkable(dims.behavior)?.recency);
  const recencyPath = `${path}.behavior.recency`;
  return [
    ...attributesOf(dims, path).flatMap(({ attribute, path: p }) =>
      checkEnum(attribute.attributeType, AttributeType, `${p}.attributeType`, false)),
    ...setDimensionsOf(dims, path).flatMap(({ set, path: p }) =>
      checkEnum(set.dimensionType, DimensionType, `${p}.dimensionType`, false)),
    ...metricsOf(dims, path).flatMap(({ metric, path: p }) =>
      checkEnum(metric.comparisonOperator, ComparisonOperator, `${p}.comparisonOperator`, true)),
    ...(recency === undefined ? [] : [
      ...checkEnum(recency.duration, RecencyDuration, `${recencyPath}.duration`, true),
      ...checkEnum(recency.recencyType, RecencyType, `${recencyPath}.recencyType`, true),
    ]),
  ];
}

/** Rule 10: a metric's value is a finite number. */
function metricValuesAreFinite(dims: SegmentDimensions, path: string): Problem[] {
  return metricsOf(dims, path).flatMap(({ metric, path: metricPath }) => {
    const value: unknown = metric.value;
    if (isToken(value)) return [];
    if (value === undefined) return [{ path: `${metricPath}.value`, message: 'is required' }];
    return isFiniteNumber(value) ? [] : [{ path: `${metricPath}.value`, message: `${show(value)} is not a finite number` }];
  });
}

const DIMENSION_RULES: DimensionsRule[] = [
  mapKeysAreNotEmpty,
  valuesAreNotEmpty,
  instantsAreValid,
  coordinatesAreInRange,
  rangeIsPositive,
  countriesAreAlpha2,
  channelsAreKnown,
  enumsAreKnown,
  metricValuesAreFinite,
];

// ---------------------------------------------------------------------------------------------
// Walking the props

/** Every `SegmentDimensions` in the props, with its path. */
function dimensionsOf(props: PinpointSegmentProps): { dims: SegmentDimensions; path: string }[] {
  const top = walkable(props.dimensions);
  return [
    ...(top === undefined ? [] : [{ dims: top, path: 'dimensions' }]),
    ...groupsOf(props).flatMap(({ group, path }) =>
      resolvedElements(group.dimensions, `${path}.dimensions`).map(({ value, path: p }) => ({ dims: value, path: p }))),
  ];
}

function groupsOf(props: PinpointSegmentProps) {
  return resolvedElements(walkable(props.segmentGroups)?.groups, 'segmentGroups.groups')
    .map(({ value, path }) => ({ group: value, path }));
}

function attributesOf(dims: SegmentDimensions, path: string): { attribute: AttributeDimensionConfig; path: string }[] {
  return (['attributes', 'userAttributes'] as const).flatMap((family) =>
    resolvedEntries(dims[family], `${path}.${family}`).map(({ value, path: p }) => ({ attribute: value, path: p })));
}

function metricsOf(dims: SegmentDimensions, path: string) {
  return resolvedEntries(dims.metrics, `${path}.metrics`).map(({ value, path: p }) => ({ metric: value, path: p }));
}

const DEMOGRAPHIC_FIELDS = ['appVersion', 'channel', 'deviceType', 'make', 'model', 'platform'] as const;

/** The six demographic set dimensions and the country, with their paths. */
function setDimensionsOf(dims: SegmentDimensions, path: string): { set: SetDimension; path: string }[] {
  const demographic = walkable(dims.demographic);
  const sets = DEMOGRAPHIC_FIELDS.map((field) => ({
    set: walkable(demographic?.[field]),
    path: `${path}.demographic.${field}`,
  }));
  sets.push({ set: walkable(walkable(dims.location)?.country), path: `${path}.location.country` });
  return sets.filter((s): s is { set: SetDimension; path: string } => s.set !== undefined);
}

/** Every `values` list in a dimensions object, with its path. */
function valueLists(dims: SegmentDimensions, path: string): { values: unknown; path: string }[] {
  return [
    ...attributesOf(dims, path).map(({ attribute, path: p }) => ({ values: attribute.values as unknown, path: `${p}.values` })),
    ...setDimensionsOf(dims, path).map(({ set, path: p }) => ({ values: set.values as unknown, path: `${p}.values` })),
  ];
}

/** The resolved, non-empty string values of a set dimension (others are reported elsewhere). */
function stringValues(set: SetDimension | undefined, path: string): { value: string; path: string }[] {
  const values: unknown = set?.values;
  if (!isResolvedList(values)) return [];
  return values.flatMap((value, i) =>
    typeof value === 'string' && value !== '' && !isToken(value) ? [{ value, path: `${path}[${i}]` }] : []);
}

/** Dimension count as Pinpoint counts it: each criterion is one dimension. */
function countDimensions(dims: SegmentDimensions): number {
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

function isToken(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** The object, unless it is absent, not an object, or a token (whose contents are unknown). */
function walkable<T>(value: T | undefined): T | undefined {
  if (value === undefined || value === null || typeof value !== 'object' || isToken(value)) return undefined;
  return value;
}

function isResolvedList(value: unknown): value is unknown[] {
  return Array.isArray(value) && !isToken(value);
}

/** The walkable elements of a list, with their paths. */
function resolvedElements<T>(list: T[] | undefined, path: string): { value: T; path: string }[] {
  if (!isResolvedList(list)) return [];
  return (list as T[]).flatMap((value, i) => {
    const element = walkable(value);
    return element === undefined ? [] : [{ value: element, path: `${path}[${i}]` }];
  });
}

/** The walkable entries of a map, with their paths. */
function resolvedEntries<T>(map: { [name: string]: T } | undefined, path: string): { value: T; path: string }[] {
  const resolved = walkable(map);
  if (resolved === undefined) return [];
  return Object.entries(resolved).flatMap(([name, value]) => {
    const entry = walkable(value);
    return entry === undefined ? [] : [{ value: entry, path: childPath(path, name) }];
  });
}

/** `parent.name` for plain names, `parent["odd name"]` otherwise, so paths stay unambiguous. */
function childPath(parent: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${parent}.${name}` : `${parent}[${JSON.stringify(name)}]`;
}

function checkEnum(value: unknown, enumObject: { [name: string]: string }, path: string, required: boolean): Problem[] {
  if (value === undefined) return required ? [{ path, message: 'is required' }] : [];
  if (isToken(value)) return [];
  const allowed = Object.values(enumObject);
  return allowed.includes(value as string) ? [] : [{ path, message: `${show(value)} is not one of ${allowed.join(', ')}` }];
}

function checkNumberInRange(value: unknown, min: number, max: number, path: string): Problem[] {
  if (isToken(value)) return [];
  if (value === undefined) return [{ path, message: 'is required' }];
  if (!isFiniteNumber(value)) return [{ path, message: `${show(value)} is not a finite number` }];
  return value >= min && value <= max ? [] : [{ path, message: `${show(value)} is outside ${min}..${max}` }];
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isBlank(value: unknown): boolean {
  if (isToken(value)) return false;
  return typeof value !== 'string' || value.trim() === '';
}

/** A value as it appears in a message: strings quoted, everything else as written in code. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? String(value);
}

interface Instant {
  /** Seconds since 1970-01-01T00:00:00Z. */
  readonly epochSeconds: number;
  /** The fraction of the second, in nanoseconds. */
  readonly nanos: number;
}

function parseInstant(text: string): Instant | undefined {
  const match = INSTANT.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [fraction, sign, offsetHours, offsetMinutes] = match.slice(7);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetSeconds = 0;
  if (sign !== undefined) {
    const h = Number(offsetHours);
    const m = Number(offsetMinutes);
    if (m > 59 || h * 60 + m > 18 * 60) return undefined;
    offsetSeconds = (sign === '-' ? -1 : 1) * (h * 3600 + m * 60);
  }
  const epochSeconds = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  const nanos = fraction === undefined ? 0 : Number(fraction.padEnd(9, '0'));
  return { epochSeconds, nanos };
}

function compareInstants(a: Instant, b: Instant): number {
  return a.epochSeconds !== b.epochSeconds ? a.epochSeconds - b.epochSeconds : a.nanos - b.nanos;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 in the proleptic Gregorian calendar (Date.UTC maps years 0..99 to 19xx). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
