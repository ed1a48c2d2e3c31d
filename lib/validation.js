"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateSegmentProps = validateSegmentProps;
exports.assertValidSegmentProps = assertValidSegmentProps;
// Synth-time validation of PinpointSegmentProps. Every rule is a small named function; all of
// them run, and every problem is reported at once (as aws-solutions-constructs does), each as
// `<path>: <problem>` with the path in camelCase prop terms. Values that are unresolved tokens
// (strings, numbers, lists, maps) are skipped: they are only known at deploy time.
const aws_cdk_lib_1 = require("aws-cdk-lib");
const segment_dimensions_1 = require("./segment-dimensions");
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
/**
 * Every problem with the props, each as `<path>: <problem>`; empty when they are valid.
 *
 * @internal
 */
function validateSegmentProps(props) {
    const problems = [
        ...SEGMENT_RULES.flatMap((rule) => rule(props)),
        ...dimensionsOf(props).flatMap(({ dims, path }) => DIMENSION_RULES.flatMap((rule) => rule(dims, path))),
    ];
    return problems.map(({ path, message }) => `${path}: ${message}`);
}
/**
 * Throws one error listing every problem with the props.
 *
 * @internal
 */
function assertValidSegmentProps(props) {
    const problems = validateSegmentProps(props);
    if (problems.length === 0)
        return;
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new Error(`invalid pinpoint segment definition (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
// ---------------------------------------------------------------------------------------------
// Segment rules
/** Rule 1: Pinpoint takes either Dimensions or SegmentGroups, not both. */
function dimensionsAndSegmentGroupsAreExclusive(props) {
    if (props.dimensions === undefined || props.segmentGroups === undefined)
        return [];
    return [{ path: 'dimensions', message: 'cannot be combined with segmentGroups (set one or the other)' }];
}
/** Rule 2: a request can include only one segment group. */
function atMostOneGroup(props) {
    const groups = walkable(props.segmentGroups)?.groups;
    if (!isResolvedList(groups) || groups.length <= MAX_GROUPS)
        return [];
    return [{ path: 'segmentGroups.groups', message: `${groups.length} groups given; Pinpoint accepts at most ${MAX_GROUPS}` }];
}
/** Rule 9 (groups): sourceType, type and include are one of their enum values. */
function groupEnumsAreKnown(props) {
    const segmentGroups = walkable(props.segmentGroups);
    if (segmentGroups === undefined)
        return [];
    return [
        ...checkEnum(segmentGroups.include, segment_dimensions_1.Include, 'segmentGroups.include', false),
        ...groupsOf(props).flatMap(({ group, path }) => [
            ...checkEnum(group.sourceType, segment_dimensions_1.SourceType, `${path}.sourceType`, false),
            ...checkEnum(group.type, segment_dimensions_1.GroupType, `${path}.type`, false),
        ]),
    ];
}
/** Rule 11: a source segment has an id, and a version, if set, is an integer of at least 1. */
function sourceSegmentsAreValid(props) {
    return groupsOf(props).flatMap(({ group, path }) => resolvedElements(group.sourceSegments, `${path}.sourceSegments`).flatMap(({ value: source, path: sourcePath }) => {
        const problems = [];
        if (!isToken(source.id) && (typeof source.id !== 'string' || source.id.trim() === '')) {
            problems.push({ path: `${sourcePath}.id`, message: 'must not be empty' });
        }
        const version = source.version;
        if (version !== undefined && !isToken(version) && !(Number.isInteger(version) && version >= 1)) {
            problems.push({ path: `${sourcePath}.version`, message: `${show(version)} is not an integer of at least 1` });
        }
        return problems;
    }));
}
/** Rule 12: at most 100 dimensions per segment, summed over the top level and every group. */
function atMost100Dimensions(props) {
    const total = dimensionsOf(props).reduce((sum, { dims }) => sum + countDimensions(dims), 0);
    if (total <= MAX_DIMENSIONS)
        return [];
    const path = props.dimensions !== undefined ? 'dimensions' : 'segmentGroups';
    return [{ path, message: `${total} dimensions exceeds the limit of ${MAX_DIMENSIONS} per segment` }];
}
/** Rule 13: tags fit the AWS tagging limits, and none uses the reserved `aws:` prefix. */
function tagsFitAwsLimits(props) {
    const tags = walkable(props.tags);
    if (tags === undefined)
        return [];
    const entries = Object.entries(tags);
    const problems = [];
    if (entries.length > MAX_TAGS) {
        problems.push({ path: 'tags', message: `${entries.length} tags exceeds the limit of ${MAX_TAGS}` });
    }
    for (const [key, value] of entries) {
        const path = childPath('tags', key);
        if (!isToken(key))
            problems.push(...checkTagKey(key, path));
        if (!isToken(value))
            problems.push(...checkTagValue(value, path));
    }
    return problems;
}
function checkTagKey(key, path) {
    const length = [...key].length;
    if (length === 0)
        return [{ path, message: 'tag key must not be empty' }];
    const problems = [];
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
function checkTagValue(value, path) {
    if (typeof value !== 'string')
        return [{ path, message: `tag value ${show(value)} is not a string` }];
    const length = [...value].length;
    const problems = [];
    if (length > MAX_TAG_VALUE_LENGTH) {
        problems.push({ path, message: `tag value is ${length} characters, more than ${MAX_TAG_VALUE_LENGTH}` });
    }
    if (!TAG_CHARACTERS.test(value)) {
        problems.push({ path, message: 'tag value may only contain letters, digits, whitespace and _ . : / = + - @' });
    }
    return problems;
}
/** Rule 14: the segment has a name. */
function nameIsNotEmpty(props) {
    return isBlank(props.name) ? [{ path: 'name', message: 'must not be empty or only whitespace' }] : [];
}
/** Rule 15: applicationId is set, and segmentId, if given, is not empty. */
function idsAreNotEmpty(props) {
    const problems = [];
    if (isBlank(props.applicationId))
        problems.push({ path: 'applicationId', message: 'must not be empty' });
    if (props.segmentId !== undefined && isBlank(props.segmentId)) {
        problems.push({ path: 'segmentId', message: 'must not be empty' });
    }
    return problems;
}
/** Rule 16: only DESTROY and RETAIN mean something for a segment (there are no snapshots). */
function removalPolicyIsSupported(props) {
    const policy = props.removalPolicy;
    const supported = [aws_cdk_lib_1.RemovalPolicy.DESTROY, aws_cdk_lib_1.RemovalPolicy.RETAIN, aws_cdk_lib_1.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE];
    if (policy === undefined || supported.includes(policy))
        return [];
    const name = Object.entries(aws_cdk_lib_1.RemovalPolicy).find(([, value]) => value === policy)?.[0] ?? show(policy);
    return [{ path: 'removalPolicy', message: `${name} is not supported (use DESTROY or RETAIN)` }];
}
/** Rule 17: restoreOnDelete needs a pre-adoption definition, so only an adopted segment has one. */
function restoreOnDeleteNeedsAdoption(props) {
    if (props.restoreOnDelete !== true || props.segmentId !== undefined)
        return [];
    return [{ path: 'restoreOnDelete', message: 'only applies to an adopted segment (set segmentId)' }];
}
const SEGMENT_RULES = [
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
function mapKeysAreNotEmpty(dims, path) {
    return ['attributes', 'userAttributes', 'metrics'].flatMap((family) => {
        const map = walkable(dims[family]);
        if (map === undefined)
            return [];
        return Object.keys(map)
            .filter((name) => !isToken(name) && name.trim() === '')
            .map((name) => ({ path: childPath(`${path}.${family}`, name), message: 'name must not be empty' }));
    });
}
/** Rule 3: every `values` list has at least one value, and no value is an empty string. */
function valuesAreNotEmpty(dims, path) {
    return valueLists(dims, path).flatMap(({ values, path: valuesPath }) => {
        if (isToken(values))
            return [];
        if (!Array.isArray(values))
            return [{ path: valuesPath, message: 'must be a list of strings' }];
        if (values.length === 0)
            return [{ path: valuesPath, message: 'must not be empty' }];
        return values.flatMap((value, i) => {
            if (isToken(value))
                return [];
            if (typeof value !== 'string')
                return [{ path: `${valuesPath}[${i}]`, message: `${show(value)} is not a string` }];
            return value === '' ? [{ path: `${valuesPath}[${i}]`, message: 'must not be an empty string' }] : [];
        });
    });
}
/** Rule 4: BEFORE, AFTER and ON take one ISO-8601 instant; BETWEEN takes two, in order. */
function instantsAreValid(dims, path) {
    const expected = {
        [segment_dimensions_1.AttributeType.BEFORE]: 1,
        [segment_dimensions_1.AttributeType.AFTER]: 1,
        [segment_dimensions_1.AttributeType.ON]: 1,
        [segment_dimensions_1.AttributeType.BETWEEN]: 2,
    };
    return attributesOf(dims, path).flatMap(({ attribute, path: attributePath }) => {
        const count = expected[attribute.attributeType];
        const values = attribute.values;
        // An empty or malformed list is valuesAreNotEmpty's to report.
        if (count === undefined || isToken(values) || !Array.isArray(values) || values.length === 0)
            return [];
        const valuesPath = `${attributePath}.values`;
        if (values.length !== count) {
            const wanted = count === 1 ? 'exactly one ISO-8601 instant' : 'exactly two ISO-8601 instants';
            return [{ path: valuesPath, message: `${attribute.attributeType} takes ${wanted}, got ${values.length}` }];
        }
        const problems = [];
        const instants = values.map((value, i) => {
            if (isToken(value) || typeof value !== 'string' || value === '')
                return undefined;
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
function coordinatesAreInRange(dims, path) {
    const gpsPoint = walkable(walkable(dims.location)?.gpsPoint);
    if (gpsPoint === undefined)
        return [];
    const coordinatesPath = `${path}.location.gpsPoint.coordinates`;
    if (gpsPoint.coordinates === undefined)
        return [{ path: coordinatesPath, message: 'is required' }];
    const coordinates = walkable(gpsPoint.coordinates);
    if (coordinates === undefined)
        return [];
    return [
        ...checkNumberInRange(coordinates.latitude, -90, 90, `${coordinatesPath}.latitude`),
        ...checkNumberInRange(coordinates.longitude, -180, 180, `${coordinatesPath}.longitude`),
    ];
}
/** Rule 6: rangeInKilometers is a finite number greater than 0. */
function rangeIsPositive(dims, path) {
    const range = walkable(walkable(dims.location)?.gpsPoint)?.rangeInKilometers;
    if (range === undefined || isToken(range))
        return [];
    const rangePath = `${path}.location.gpsPoint.rangeInKilometers`;
    if (!isFiniteNumber(range))
        return [{ path: rangePath, message: `${show(range)} is not a finite number` }];
    return range > 0 ? [] : [{ path: rangePath, message: `${show(range)} is not greater than 0` }];
}
/** Rule 7: a country is an assigned ISO 3166-1 alpha-2 code, in uppercase. */
function countriesAreAlpha2(dims, path) {
    const country = walkable(walkable(dims.location)?.country);
    return stringValues(country, `${path}.location.country.values`)
        .filter(({ value }) => !ISO_3166_ALPHA_2.has(value))
        .map(({ value, path: valuePath }) => ({
        path: valuePath,
        message: `${show(value)} is not an ISO 3166-1 alpha-2 country code (such as US or DE)`,
    }));
}
/** Rule 8: a channel is one of Pinpoint's channel types. */
function channelsAreKnown(dims, path) {
    const channel = walkable(walkable(dims.demographic)?.channel);
    const known = Object.values(segment_dimensions_1.ChannelType);
    return stringValues(channel, `${path}.demographic.channel.values`)
        .filter(({ value }) => !known.includes(value))
        .map(({ value, path: valuePath }) => ({
        path: valuePath,
        message: `${show(value)} is not a Pinpoint channel type (one of ${known.join(', ')})`,
    }));
}
/** Rule 9 (dimensions): comparison operators and other enum-typed fields are one of their values. */
function enumsAreKnown(dims, path) {
    const recency = walkable(walkable(dims.behavior)?.recency);
    const recencyPath = `${path}.behavior.recency`;
    return [
        ...attributesOf(dims, path).flatMap(({ attribute, path: p }) => checkEnum(attribute.attributeType, segment_dimensions_1.AttributeType, `${p}.attributeType`, false)),
        ...setDimensionsOf(dims, path).flatMap(({ set, path: p }) => checkEnum(set.dimensionType, segment_dimensions_1.DimensionType, `${p}.dimensionType`, false)),
        ...metricsOf(dims, path).flatMap(({ metric, path: p }) => checkEnum(metric.comparisonOperator, segment_dimensions_1.ComparisonOperator, `${p}.comparisonOperator`, true)),
        ...(recency === undefined ? [] : [
            ...checkEnum(recency.duration, segment_dimensions_1.RecencyDuration, `${recencyPath}.duration`, true),
            ...checkEnum(recency.recencyType, segment_dimensions_1.RecencyType, `${recencyPath}.recencyType`, true),
        ]),
    ];
}
/** Rule 10: a metric's value is a finite number. */
function metricValuesAreFinite(dims, path) {
    return metricsOf(dims, path).flatMap(({ metric, path: metricPath }) => {
        const value = metric.value;
        if (isToken(value))
            return [];
        if (value === undefined)
            return [{ path: `${metricPath}.value`, message: 'is required' }];
        return isFiniteNumber(value) ? [] : [{ path: `${metricPath}.value`, message: `${show(value)} is not a finite number` }];
    });
}
const DIMENSION_RULES = [
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
function dimensionsOf(props) {
    const top = walkable(props.dimensions);
    return [
        ...(top === undefined ? [] : [{ dims: top, path: 'dimensions' }]),
        ...groupsOf(props).flatMap(({ group, path }) => resolvedElements(group.dimensions, `${path}.dimensions`).map(({ value, path: p }) => ({ dims: value, path: p }))),
    ];
}
function groupsOf(props) {
    return resolvedElements(walkable(props.segmentGroups)?.groups, 'segmentGroups.groups')
        .map(({ value, path }) => ({ group: value, path }));
}
function attributesOf(dims, path) {
    return ['attributes', 'userAttributes'].flatMap((family) => resolvedEntries(dims[family], `${path}.${family}`).map(({ value, path: p }) => ({ attribute: value, path: p })));
}
function metricsOf(dims, path) {
    return resolvedEntries(dims.metrics, `${path}.metrics`).map(({ value, path: p }) => ({ metric: value, path: p }));
}
const DEMOGRAPHIC_FIELDS = ['appVersion', 'channel', 'deviceType', 'make', 'model', 'platform'];
/** The six demographic set dimensions and the country, with their paths. */
function setDimensionsOf(dims, path) {
    const demographic = walkable(dims.demographic);
    const sets = DEMOGRAPHIC_FIELDS.map((field) => ({
        set: walkable(demographic?.[field]),
        path: `${path}.demographic.${field}`,
    }));
    sets.push({ set: walkable(walkable(dims.location)?.country), path: `${path}.location.country` });
    return sets.filter((s) => s.set !== undefined);
}
/** Every `values` list in a dimensions object, with its path. */
function valueLists(dims, path) {
    return [
        ...attributesOf(dims, path).map(({ attribute, path: p }) => ({ values: attribute.values, path: `${p}.values` })),
        ...setDimensionsOf(dims, path).map(({ set, path: p }) => ({ values: set.values, path: `${p}.values` })),
    ];
}
/** The resolved, non-empty string values of a set dimension (others are reported elsewhere). */
function stringValues(set, path) {
    const values = set?.values;
    if (!isResolvedList(values))
        return [];
    return values.flatMap((value, i) => typeof value === 'string' && value !== '' && !isToken(value) ? [{ value, path: `${path}[${i}]` }] : []);
}
/** Dimension count as Pinpoint counts it: each criterion is one dimension. */
function countDimensions(dims) {
    const keys = (map) => (walkable(map) === undefined ? 0 : Object.keys(map).length);
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
function isToken(value) {
    return aws_cdk_lib_1.Token.isUnresolved(value);
}
/** The object, unless it is absent, not an object, or a token (whose contents are unknown). */
function walkable(value) {
    if (value === undefined || value === null || typeof value !== 'object' || isToken(value))
        return undefined;
    return value;
}
function isResolvedList(value) {
    return Array.isArray(value) && !isToken(value);
}
/** The walkable elements of a list, with their paths. */
function resolvedElements(list, path) {
    if (!isResolvedList(list))
        return [];
    return list.flatMap((value, i) => {
        const element = walkable(value);
        return element === undefined ? [] : [{ value: element, path: `${path}[${i}]` }];
    });
}
/** The walkable entries of a map, with their paths. */
function resolvedEntries(map, path) {
    const resolved = walkable(map);
    if (resolved === undefined)
        return [];
    return Object.entries(resolved).flatMap(([name, value]) => {
        const entry = walkable(value);
        return entry === undefined ? [] : [{ value: entry, path: childPath(path, name) }];
    });
}
/** `parent.name` for plain names, `parent["odd name"]` otherwise, so paths stay unambiguous. */
function childPath(parent, name) {
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${parent}.${name}` : `${parent}[${JSON.stringify(name)}]`;
}
function checkEnum(value, enumObject, path, required) {
    if (value === undefined)
        return required ? [{ path, message: 'is required' }] : [];
    if (isToken(value))
        return [];
    const allowed = Object.values(enumObject);
    return allowed.includes(value) ? [] : [{ path, message: `${show(value)} is not one of ${allowed.join(', ')}` }];
}
function checkNumberInRange(value, min, max, path) {
    if (isToken(value))
        return [];
    if (value === undefined)
        return [{ path, message: 'is required' }];
    if (!isFiniteNumber(value))
        return [{ path, message: `${show(value)} is not a finite number` }];
    return value >= min && value <= max ? [] : [{ path, message: `${show(value)} is outside ${min}..${max}` }];
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function isBlank(value) {
    if (isToken(value))
        return false;
    return typeof value !== 'string' || value.trim() === '';
}
/** A value as it appears in a message: strings quoted, everything else as written in code. */
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (typeof value === 'number')
        return String(value);
    return JSON.stringify(value) ?? String(value);
}
function parseInstant(text) {
    const match = INSTANT.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const [fraction, sign, offsetHours, offsetMinutes] = match.slice(7);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    let offsetSeconds = 0;
    if (sign !== undefined) {
        const h = Number(offsetHours);
        const m = Number(offsetMinutes);
        if (m > 59 || h * 60 + m > 18 * 60)
            return undefined;
        offsetSeconds = (sign === '-' ? -1 : 1) * (h * 3600 + m * 60);
    }
    const epochSeconds = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    const nanos = fraction === undefined ? 0 : Number(fraction.padEnd(9, '0'));
    return { epochSeconds, nanos };
}
function compareInstants(a, b) {
    return a.epochSeconds !== b.epochSeconds ? a.epochSeconds - b.epochSeconds : a.nanos - b.nanos;
}
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function daysInMonth(year, month) {
    if (month === 2)
        return isLeapYear(year) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Days from 1970-01-01 in the proleptic Gregorian calendar (Date.UTC maps years 0..99 to 19xx). */
function daysSinceEpoch(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidmFsaWRhdGlvbi5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbInZhbGlkYXRpb24udHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7QUF5RkEsb0RBTUM7QUFPRCwwREFLQztBQTNHRCw4RkFBOEY7QUFDOUYsOEZBQThGO0FBQzlGLCtGQUErRjtBQUMvRixtRkFBbUY7QUFDbkYsNkNBQW1EO0FBRW5ELDZEQWE4QjtBQUU5QixnREFBZ0Q7QUFDaEQsTUFBTSxjQUFjLEdBQUcsR0FBRyxDQUFDO0FBQzNCLHNEQUFzRDtBQUN0RCxNQUFNLFVBQVUsR0FBRyxDQUFDLENBQUM7QUFDckIsMEJBQTBCO0FBQzFCLE1BQU0sUUFBUSxHQUFHLEVBQUUsQ0FBQztBQUNwQixNQUFNLGtCQUFrQixHQUFHLEdBQUcsQ0FBQztBQUMvQixNQUFNLG9CQUFvQixHQUFHLEdBQUcsQ0FBQztBQUNqQyx3RkFBd0Y7QUFDeEYsTUFBTSxjQUFjLEdBQUcsZ0NBQWdDLENBQUM7QUFFeEQ7OztHQUdHO0FBQ0gsTUFBTSxnQkFBZ0IsR0FBRyxJQUFJLEdBQUcsQ0FBQzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Q0EwQmhDLENBQUMsSUFBSSxFQUFFLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFFdkI7Ozs7O0dBS0c7QUFDSCxNQUFNLE9BQU8sR0FBRyw4RkFBOEYsQ0FBQztBQUMvRyxNQUFNLFlBQVksR0FBRyxxQ0FBcUMsQ0FBQztBQWEzRDs7OztHQUlHO0FBQ0gsU0FBZ0Isb0JBQW9CLENBQUMsS0FBMkI7SUFDOUQsTUFBTSxRQUFRLEdBQUc7UUFDZixHQUFHLGFBQWEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUMvQyxHQUFHLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsZUFBZSxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO0tBQ3hHLENBQUM7SUFDRixPQUFPLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLENBQUMsR0FBRyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsQ0FBQztBQUNwRSxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLHVCQUF1QixDQUFDLEtBQTJCO0lBQ2pFLE1BQU0sUUFBUSxHQUFHLG9CQUFvQixDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQzdDLElBQUksUUFBUSxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsT0FBTztJQUNsQyxNQUFNLEtBQUssR0FBRyxRQUFRLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxNQUFNLFdBQVcsQ0FBQztJQUNsRixNQUFNLElBQUksS0FBSyxDQUFDLHdDQUF3QyxLQUFLLE9BQU8sUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDcEgsQ0FBQztBQUVELGdHQUFnRztBQUNoRyxnQkFBZ0I7QUFFaEIsMkVBQTJFO0FBQzNFLFNBQVMsc0NBQXNDLENBQUMsS0FBMkI7SUFDekUsSUFBSSxLQUFLLENBQUMsVUFBVSxLQUFLLFNBQVMsSUFBSSxLQUFLLENBQUMsYUFBYSxLQUFLLFNBQVM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUNuRixPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLE9BQU8sRUFBRSw4REFBOEQsRUFBRSxDQUFDLENBQUM7QUFDM0csQ0FBQztBQUVELDREQUE0RDtBQUM1RCxTQUFTLGNBQWMsQ0FBQyxLQUEyQjtJQUNqRCxNQUFNLE1BQU0sR0FBRyxRQUFRLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxFQUFFLE1BQU0sQ0FBQztJQUNyRCxJQUFJLENBQUMsY0FBYyxDQUFDLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxNQUFNLElBQUksVUFBVTtRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3RFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxPQUFPLEVBQUUsR0FBRyxNQUFNLENBQUMsTUFBTSwyQ0FBMkMsVUFBVSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQzlILENBQUM7QUFFRCxrRkFBa0Y7QUFDbEYsU0FBUyxrQkFBa0IsQ0FBQyxLQUEyQjtJQUNyRCxNQUFNLGFBQWEsR0FBRyxRQUFRLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxDQUFDO0lBQ3BELElBQUksYUFBYSxLQUFLLFNBQVM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUMzQyxPQUFPO1FBQ0wsR0FBRyxTQUFTLENBQUMsYUFBYSxDQUFDLE9BQU8sRUFBRSw0QkFBTyxFQUFFLHVCQUF1QixFQUFFLEtBQUssQ0FBQztRQUM1RSxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUM7WUFDOUMsR0FBRyxTQUFTLENBQUMsS0FBSyxDQUFDLFVBQVUsRUFBRSwrQkFBVSxFQUFFLEdBQUcsSUFBSSxhQUFhLEVBQUUsS0FBSyxDQUFDO1lBQ3ZFLEdBQUcsU0FBUyxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsOEJBQVMsRUFBRSxHQUFHLElBQUksT0FBTyxFQUFFLEtBQUssQ0FBQztTQUMzRCxDQUFDO0tBQ0gsQ0FBQztBQUNKLENBQUM7QUFFRCwrRkFBK0Y7QUFDL0YsU0FBUyxzQkFBc0IsQ0FBQyxLQUEyQjtJQUN6RCxPQUFPLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQ2pELGdCQUFnQixDQUFDLEtBQUssQ0FBQyxjQUFjLEVBQUUsR0FBRyxJQUFJLGlCQUFpQixDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFO1FBQy9HLE1BQU0sUUFBUSxHQUFjLEVBQUUsQ0FBQztRQUMvQixJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLE9BQU8sTUFBTSxDQUFDLEVBQUUsS0FBSyxRQUFRLElBQUksTUFBTSxDQUFDLEVBQUUsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ3RGLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLEtBQUssRUFBRSxPQUFPLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDO1FBQzVFLENBQUM7UUFDRCxNQUFNLE9BQU8sR0FBWSxNQUFNLENBQUMsT0FBTyxDQUFDO1FBQ3hDLElBQUksT0FBTyxLQUFLLFNBQVMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLFNBQVMsQ0FBQyxPQUFPLENBQUMsSUFBSyxPQUFrQixJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDM0csUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLFVBQVUsVUFBVSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsa0NBQWtDLEVBQUUsQ0FBQyxDQUFDO1FBQ2hILENBQUM7UUFDRCxPQUFPLFFBQVEsQ0FBQztJQUNsQixDQUFDLENBQUMsQ0FDSCxDQUFDO0FBQ0osQ0FBQztBQUVELDhGQUE4RjtBQUM5RixTQUFTLG1CQUFtQixDQUFDLEtBQTJCO0lBQ3RELE1BQU0sS0FBSyxHQUFHLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsR0FBRyxHQUFHLGVBQWUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUM1RixJQUFJLEtBQUssSUFBSSxjQUFjO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDdkMsTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLFVBQVUsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsZUFBZSxDQUFDO0lBQzdFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsR0FBRyxLQUFLLG9DQUFvQyxjQUFjLGNBQWMsRUFBRSxDQUFDLENBQUM7QUFDdkcsQ0FBQztBQUVELDBGQUEwRjtBQUMxRixTQUFTLGdCQUFnQixDQUFDLEtBQTJCO0lBQ25ELE1BQU0sSUFBSSxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbEMsSUFBSSxJQUFJLEtBQUssU0FBUztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ2xDLE1BQU0sT0FBTyxHQUFHLE1BQU0sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDckMsTUFBTSxRQUFRLEdBQWMsRUFBRSxDQUFDO0lBQy9CLElBQUksT0FBTyxDQUFDLE1BQU0sR0FBRyxRQUFRLEVBQUUsQ0FBQztRQUM5QixRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRyxPQUFPLENBQUMsTUFBTSw4QkFBOEIsUUFBUSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3RHLENBQUM7SUFDRCxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLENBQUM7UUFDbkMsTUFBTSxJQUFJLEdBQUcsU0FBUyxDQUFDLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNwQyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQztZQUFFLFFBQVEsQ0FBQyxJQUFJLENBQUMsR0FBRyxXQUFXLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDNUQsSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUM7WUFBRSxRQUFRLENBQUMsSUFBSSxDQUFDLEdBQUcsYUFBYSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQ3BFLENBQUM7SUFDRCxPQUFPLFFBQVEsQ0FBQztBQUNsQixDQUFDO0FBRUQsU0FBUyxXQUFXLENBQUMsR0FBVyxFQUFFLElBQVk7SUFDNUMsTUFBTSxNQUFNLEdBQUcsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQztJQUMvQixJQUFJLE1BQU0sS0FBSyxDQUFDO1FBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSwyQkFBMkIsRUFBRSxDQUFDLENBQUM7SUFDMUUsTUFBTSxRQUFRLEdBQWMsRUFBRSxDQUFDO0lBQy9CLElBQUksTUFBTSxHQUFHLGtCQUFrQixFQUFFLENBQUM7UUFDaEMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsY0FBYyxNQUFNLDBCQUEwQixrQkFBa0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2RyxDQUFDO0lBQ0QsSUFBSSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUM5QixRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSwwRUFBMEUsRUFBRSxDQUFDLENBQUM7SUFDL0csQ0FBQztJQUNELElBQUksR0FBRyxDQUFDLFdBQVcsRUFBRSxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1FBQ3pDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLHFEQUFxRCxFQUFFLENBQUMsQ0FBQztJQUMxRixDQUFDO0lBQ0QsT0FBTyxRQUFRLENBQUM7QUFDbEIsQ0FBQztBQUVELFNBQVMsYUFBYSxDQUFDLEtBQWMsRUFBRSxJQUFZO0lBQ2pELElBQUksT0FBTyxLQUFLLEtBQUssUUFBUTtRQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsYUFBYSxJQUFJLENBQUMsS0FBSyxDQUFDLGtCQUFrQixFQUFFLENBQUMsQ0FBQztJQUN0RyxNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQUcsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO0lBQ2pDLE1BQU0sUUFBUSxHQUFjLEVBQUUsQ0FBQztJQUMvQixJQUFJLE1BQU0sR0FBRyxvQkFBb0IsRUFBRSxDQUFDO1FBQ2xDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLGdCQUFnQixNQUFNLDBCQUEwQixvQkFBb0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUMzRyxDQUFDO0lBQ0QsSUFBSSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUNoQyxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSw0RUFBNEUsRUFBRSxDQUFDLENBQUM7SUFDakgsQ0FBQztJQUNELE9BQU8sUUFBUSxDQUFDO0FBQ2xCLENBQUM7QUFFRCx1Q0FBdUM7QUFDdkMsU0FBUyxjQUFjLENBQUMsS0FBMkI7SUFDakQsT0FBTyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsc0NBQXNDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDeEcsQ0FBQztBQUVELDRFQUE0RTtBQUM1RSxTQUFTLGNBQWMsQ0FBQyxLQUEyQjtJQUNqRCxNQUFNLFFBQVEsR0FBYyxFQUFFLENBQUM7SUFDL0IsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQztRQUFFLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLE9BQU8sRUFBRSxtQkFBbUIsRUFBRSxDQUFDLENBQUM7SUFDekcsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDOUQsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsT0FBTyxFQUFFLG1CQUFtQixFQUFFLENBQUMsQ0FBQztJQUNyRSxDQUFDO0lBQ0QsT0FBTyxRQUFRLENBQUM7QUFDbEIsQ0FBQztBQUVELDhGQUE4RjtBQUM5RixTQUFTLHdCQUF3QixDQUFDLEtBQTJCO0lBQzNELE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxhQUFhLENBQUM7SUFDbkMsTUFBTSxTQUFTLEdBQUcsQ0FBQywyQkFBYSxDQUFDLE9BQU8sRUFBRSwyQkFBYSxDQUFDLE1BQU0sRUFBRSwyQkFBYSxDQUFDLDBCQUEwQixDQUFDLENBQUM7SUFDMUcsSUFBSSxNQUFNLEtBQUssU0FBUyxJQUFJLFNBQVMsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDbEUsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQywyQkFBYSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLEtBQUssTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDdEcsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLDJDQUEyQyxFQUFFLENBQUMsQ0FBQztBQUNsRyxDQUFDO0FBRUQsb0dBQW9HO0FBQ3BHLFNBQVMsNEJBQTRCLENBQUMsS0FBMkI7SUFDL0QsSUFBSSxLQUFLLENBQUMsZUFBZSxLQUFLLElBQUksSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUMvRSxPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsT0FBTyxFQUFFLG9EQUFvRCxFQUFFLENBQUMsQ0FBQztBQUN0RyxDQUFDO0FBRUQsTUFBTSxhQUFhLEdBQWtCO0lBQ25DLHNDQUFzQztJQUN0QyxjQUFjO0lBQ2QsY0FBYztJQUNkLGNBQWM7SUFDZCx3QkFBd0I7SUFDeEIsNEJBQTRCO0lBQzVCLGdCQUFnQjtJQUNoQixrQkFBa0I7SUFDbEIsc0JBQXNCO0lBQ3RCLG1CQUFtQjtDQUNwQixDQUFDO0FBRUYsZ0dBQWdHO0FBQ2hHLGtCQUFrQjtBQUVsQix5RUFBeUU7QUFDekUsU0FBUyxrQkFBa0IsQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDL0QsT0FBUSxDQUFDLFlBQVksRUFBRSxnQkFBZ0IsRUFBRSxTQUFTLENBQVcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRTtRQUMvRSxNQUFNLEdBQUcsR0FBRyxRQUFRLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7UUFDbkMsSUFBSSxHQUFHLEtBQUssU0FBUztZQUFFLE9BQU8sRUFBRSxDQUFDO1FBQ2pDLE9BQU8sTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUM7YUFDcEIsTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDO2FBQ3RELEdBQUcsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxTQUFTLENBQUMsR0FBRyxJQUFJLElBQUksTUFBTSxFQUFFLEVBQUUsSUFBSSxDQUFDLEVBQUUsT0FBTyxFQUFFLHdCQUF3QixFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3hHLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELDJGQUEyRjtBQUMzRixTQUFTLGlCQUFpQixDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUM5RCxPQUFPLFVBQVUsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUU7UUFDckUsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDO1lBQUUsT0FBTyxFQUFFLENBQUM7UUFDL0IsSUFBSSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDO1lBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsMkJBQTJCLEVBQUUsQ0FBQyxDQUFDO1FBQ2hHLElBQUksTUFBTSxDQUFDLE1BQU0sS0FBSyxDQUFDO1lBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDO1FBQ3JGLE9BQU8sTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLEtBQWMsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUMxQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLENBQUM7Z0JBQUUsT0FBTyxFQUFFLENBQUM7WUFDOUIsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO2dCQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLFVBQVUsSUFBSSxDQUFDLEdBQUcsRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLGtCQUFrQixFQUFFLENBQUMsQ0FBQztZQUNuSCxPQUFPLEtBQUssS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxFQUFFLDZCQUE2QixFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3ZHLENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsMkZBQTJGO0FBQzNGLFNBQVMsZ0JBQWdCLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQzdELE1BQU0sUUFBUSxHQUErQjtRQUMzQyxDQUFDLGtDQUFhLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUN6QixDQUFDLGtDQUFhLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUN4QixDQUFDLGtDQUFhLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUNyQixDQUFDLGtDQUFhLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztLQUMzQixDQUFDO0lBQ0YsT0FBTyxZQUFZLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFO1FBQzdFLE1BQU0sS0FBSyxHQUFHLFFBQVEsQ0FBQyxTQUFTLENBQUMsYUFBdUIsQ0FBQyxDQUFDO1FBQzFELE1BQU0sTUFBTSxHQUFHLFNBQVMsQ0FBQyxNQUFNLENBQUM7UUFDaEMsK0RBQStEO1FBQy9ELElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxNQUFNLEtBQUssQ0FBQztZQUFFLE9BQU8sRUFBRSxDQUFDO1FBQ3ZHLE1BQU0sVUFBVSxHQUFHLEdBQUcsYUFBYSxTQUFTLENBQUM7UUFDN0MsSUFBSSxNQUFNLENBQUMsTUFBTSxLQUFLLEtBQUssRUFBRSxDQUFDO1lBQzVCLE1BQU0sTUFBTSxHQUFHLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLDhCQUE4QixDQUFDLENBQUMsQ0FBQywrQkFBK0IsQ0FBQztZQUM5RixPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLE9BQU8sRUFBRSxHQUFHLFNBQVMsQ0FBQyxhQUFhLFVBQVUsTUFBTSxTQUFTLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDN0csQ0FBQztRQUNELE1BQU0sUUFBUSxHQUFjLEVBQUUsQ0FBQztRQUMvQixNQUFNLFFBQVEsR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQ3ZDLElBQUksT0FBTyxDQUFDLEtBQUssQ0FBQyxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxLQUFLLEtBQUssRUFBRTtnQkFBRSxPQUFPLFNBQVMsQ0FBQztZQUNsRixNQUFNLE9BQU8sR0FBRyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDcEMsSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7Z0JBQzFCLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxnQ0FBZ0MsWUFBWSxHQUFHLEVBQUUsQ0FBQyxDQUFDO1lBQ3pILENBQUM7WUFDRCxPQUFPLE9BQU8sQ0FBQztRQUNqQixDQUFDLENBQUMsQ0FBQztRQUNILE1BQU0sQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLEdBQUcsUUFBUSxDQUFDO1FBQzVCLElBQUksS0FBSyxLQUFLLENBQUMsSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJLEVBQUUsS0FBSyxTQUFTLElBQUksZUFBZSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUM1RixRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsc0NBQXNDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsd0JBQXdCLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUMvSSxDQUFDO1FBQ0QsT0FBTyxRQUFRLENBQUM7SUFDbEIsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsaUVBQWlFO0FBQ2pFLFNBQVMscUJBQXFCLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQ2xFLE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxDQUFDO0lBQzdELElBQUksUUFBUSxLQUFLLFNBQVM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUN0QyxNQUFNLGVBQWUsR0FBRyxHQUFHLElBQUksZ0NBQWdDLENBQUM7SUFDaEUsSUFBSSxRQUFRLENBQUMsV0FBVyxLQUFLLFNBQVM7UUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsQ0FBQyxDQUFDO0lBQ25HLE1BQU0sV0FBVyxHQUFHLFFBQVEsQ0FBQyxRQUFRLENBQUMsV0FBVyxDQUFDLENBQUM7SUFDbkQsSUFBSSxXQUFXLEtBQUssU0FBUztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3pDLE9BQU87UUFDTCxHQUFHLGtCQUFrQixDQUFDLFdBQVcsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxFQUFFLEdBQUcsZUFBZSxXQUFXLENBQUM7UUFDbkYsR0FBRyxrQkFBa0IsQ0FBQyxXQUFXLENBQUMsU0FBUyxFQUFFLENBQUMsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLGVBQWUsWUFBWSxDQUFDO0tBQ3hGLENBQUM7QUFDSixDQUFDO0FBRUQsbUVBQW1FO0FBQ25FLFNBQVMsZUFBZSxDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUM1RCxNQUFNLEtBQUssR0FBWSxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsRUFBRSxRQUFRLENBQUMsRUFBRSxpQkFBaUIsQ0FBQztJQUN0RixJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksT0FBTyxDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3JELE1BQU0sU0FBUyxHQUFHLEdBQUcsSUFBSSxzQ0FBc0MsQ0FBQztJQUNoRSxJQUFJLENBQUMsY0FBYyxDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyx5QkFBeUIsRUFBRSxDQUFDLENBQUM7SUFDM0csT0FBTyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsd0JBQXdCLEVBQUUsQ0FBQyxDQUFDO0FBQ2pHLENBQUM7QUFFRCw4RUFBOEU7QUFDOUUsU0FBUyxrQkFBa0IsQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDL0QsTUFBTSxPQUFPLEdBQUcsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7SUFDM0QsT0FBTyxZQUFZLENBQUMsT0FBTyxFQUFFLEdBQUcsSUFBSSwwQkFBMEIsQ0FBQztTQUM1RCxNQUFNLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQztTQUNuRCxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDcEMsSUFBSSxFQUFFLFNBQVM7UUFDZixPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLCtEQUErRDtLQUN2RixDQUFDLENBQUMsQ0FBQztBQUNSLENBQUM7QUFFRCw0REFBNEQ7QUFDNUQsU0FBUyxnQkFBZ0IsQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDN0QsTUFBTSxPQUFPLEdBQUcsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7SUFDOUQsTUFBTSxLQUFLLEdBQWEsTUFBTSxDQUFDLE1BQU0sQ0FBQyxnQ0FBVyxDQUFDLENBQUM7SUFDbkQsT0FBTyxZQUFZLENBQUMsT0FBTyxFQUFFLEdBQUcsSUFBSSw2QkFBNkIsQ0FBQztTQUMvRCxNQUFNLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUM7U0FDN0MsR0FBRyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3BDLElBQUksRUFBRSxTQUFTO1FBQ2YsT0FBTyxFQUFFLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQywyQ0FBMkMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRztLQUN0RixDQUFDLENBQUMsQ0FBQztBQUNSLENBQUM7QUFFRCxxR0FBcUc7QUFDckcsU0FBUyxhQUFhLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQzFELE1BQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQzNELE1BQU0sV0FBVyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsQ0FBQztJQUMvQyxPQUFPO1FBQ0wsR0FBRyxZQUFZLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQzdELFNBQVMsQ0FBQyxTQUFTLENBQUMsYUFBYSxFQUFFLGtDQUFhLEVBQUUsR0FBRyxDQUFDLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2pGLEdBQUcsZUFBZSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUMxRCxTQUFTLENBQUMsR0FBRyxDQUFDLGFBQWEsRUFBRSxrQ0FBYSxFQUFFLEdBQUcsQ0FBQyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUMzRSxHQUFHLFNBQVMsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FDdkQsU0FBUyxDQUFDLE1BQU0sQ0FBQyxrQkFBa0IsRUFBRSx1Q0FBa0IsRUFBRSxHQUFHLENBQUMscUJBQXFCLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDNUYsR0FBRyxDQUFDLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDL0IsR0FBRyxTQUFTLENBQUMsT0FBTyxDQUFDLFFBQVEsRUFBRSxvQ0FBZSxFQUFFLEdBQUcsV0FBVyxXQUFXLEVBQUUsSUFBSSxDQUFDO1lBQ2hGLEdBQUcsU0FBUyxDQUFDLE9BQU8sQ0FBQyxXQUFXLEVBQUUsZ0NBQVcsRUFBRSxHQUFHLFdBQVcsY0FBYyxFQUFFLElBQUksQ0FBQztTQUNuRixDQUFDO0tBQ0gsQ0FBQztBQUNKLENBQUM7QUFFRCxvREFBb0Q7QUFDcEQsU0FBUyxxQkFBcUIsQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDbEUsT0FBTyxTQUFTLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFO1FBQ3BFLE1BQU0sS0FBSyxHQUFZLE1BQU0sQ0FBQyxLQUFLLENBQUM7UUFDcEMsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDO1lBQUUsT0FBTyxFQUFFLENBQUM7UUFDOUIsSUFBSSxLQUFLLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLFVBQVUsUUFBUSxFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsQ0FBQyxDQUFDO1FBQzFGLE9BQU8sY0FBYyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLFFBQVEsRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLHlCQUF5QixFQUFFLENBQUMsQ0FBQztJQUMxSCxDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCxNQUFNLGVBQWUsR0FBcUI7SUFDeEMsa0JBQWtCO0lBQ2xCLGlCQUFpQjtJQUNqQixnQkFBZ0I7SUFDaEIscUJBQXFCO0lBQ3JCLGVBQWU7SUFDZixrQkFBa0I7SUFDbEIsZ0JBQWdCO0lBQ2hCLGFBQWE7SUFDYixxQkFBcUI7Q0FDdEIsQ0FBQztBQUVGLGdHQUFnRztBQUNoRyxvQkFBb0I7QUFFcEIsNkRBQTZEO0FBQzdELFNBQVMsWUFBWSxDQUFDLEtBQTJCO0lBQy9DLE1BQU0sR0FBRyxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDdkMsT0FBTztRQUNMLEdBQUcsQ0FBQyxHQUFHLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsQ0FBQyxDQUFDO1FBQ2pFLEdBQUcsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxFQUFFLEVBQUUsQ0FDN0MsZ0JBQWdCLENBQUMsS0FBSyxDQUFDLFVBQVUsRUFBRSxHQUFHLElBQUksYUFBYSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0tBQ3BILENBQUM7QUFDSixDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsS0FBMkI7SUFDM0MsT0FBTyxnQkFBZ0IsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxFQUFFLE1BQU0sRUFBRSxzQkFBc0IsQ0FBQztTQUNuRixHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQ3hELENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDekQsT0FBUSxDQUFDLFlBQVksRUFBRSxnQkFBZ0IsQ0FBVyxDQUFDLE9BQU8sQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQ3BFLGVBQWUsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsR0FBRyxJQUFJLElBQUksTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNySCxDQUFDO0FBRUQsU0FBUyxTQUFTLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQ3RELE9BQU8sZUFBZSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsR0FBRyxJQUFJLFVBQVUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztBQUNwSCxDQUFDO0FBRUQsTUFBTSxrQkFBa0IsR0FBRyxDQUFDLFlBQVksRUFBRSxTQUFTLEVBQUUsWUFBWSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsVUFBVSxDQUFVLENBQUM7QUFFekcsNEVBQTRFO0FBQzVFLFNBQVMsZUFBZSxDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUM1RCxNQUFNLFdBQVcsR0FBRyxRQUFRLENBQUMsSUFBSSxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQy9DLE1BQU0sSUFBSSxHQUFHLGtCQUFrQixDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUM5QyxHQUFHLEVBQUUsUUFBUSxDQUFDLFdBQVcsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ25DLElBQUksRUFBRSxHQUFHLElBQUksZ0JBQWdCLEtBQUssRUFBRTtLQUNyQyxDQUFDLENBQUMsQ0FBQztJQUNKLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxtQkFBbUIsRUFBRSxDQUFDLENBQUM7SUFDakcsT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUE0QyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxTQUFTLENBQUMsQ0FBQztBQUMzRixDQUFDO0FBRUQsaUVBQWlFO0FBQ2pFLFNBQVMsVUFBVSxDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUN2RCxPQUFPO1FBQ0wsR0FBRyxZQUFZLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxTQUFTLENBQUMsTUFBaUIsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7UUFDM0gsR0FBRyxlQUFlLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBaUIsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7S0FDbkgsQ0FBQztBQUNKLENBQUM7QUFFRCxnR0FBZ0c7QUFDaEcsU0FBUyxZQUFZLENBQUMsR0FBNkIsRUFBRSxJQUFZO0lBQy9ELE1BQU0sTUFBTSxHQUFZLEdBQUcsRUFBRSxNQUFNLENBQUM7SUFDcEMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxNQUFNLENBQUM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUN2QyxPQUFPLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FDakMsT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLEtBQUssS0FBSyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDNUcsQ0FBQztBQUVELDhFQUE4RTtBQUM5RSxTQUFTLGVBQWUsQ0FBQyxJQUF1QjtJQUM5QyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQXVCLEVBQUUsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQWEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ2hILE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDekMsT0FBTyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQztVQUN4QixJQUFJLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQztVQUN6QixJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQztVQUNsQixDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7VUFDeEQsZUFBZSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsaUNBQWlDO1VBQ2xFLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDakQsQ0FBQztBQUVELGdHQUFnRztBQUNoRyxnQkFBZ0I7QUFFaEIsU0FBUyxPQUFPLENBQUMsS0FBYztJQUM3QixPQUFPLG1CQUFLLENBQUMsWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQ25DLENBQUM7QUFFRCwrRkFBK0Y7QUFDL0YsU0FBUyxRQUFRLENBQUksS0FBb0I7SUFDdkMsSUFBSSxLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLE9BQU8sQ0FBQyxLQUFLLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUMzRyxPQUFPLEtBQUssQ0FBQztBQUNmLENBQUM7QUFFRCxTQUFTLGNBQWMsQ0FBQyxLQUFjO0lBQ3BDLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQztBQUNqRCxDQUFDO0FBRUQseURBQXlEO0FBQ3pELFNBQVMsZ0JBQWdCLENBQUksSUFBcUIsRUFBRSxJQUFZO0lBQzlELElBQUksQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDckMsT0FBUSxJQUFZLENBQUMsT0FBTyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsRUFBRSxFQUFFO1FBQ3hDLE1BQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUNoQyxPQUFPLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUNsRixDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCx1REFBdUQ7QUFDdkQsU0FBUyxlQUFlLENBQUksR0FBc0MsRUFBRSxJQUFZO0lBQzlFLE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMvQixJQUFJLFFBQVEsS0FBSyxTQUFTO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDdEMsT0FBTyxNQUFNLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUU7UUFDeEQsTUFBTSxLQUFLLEdBQUcsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQzlCLE9BQU8sS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsU0FBUyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDcEYsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsZ0dBQWdHO0FBQ2hHLFNBQVMsU0FBUyxDQUFDLE1BQWMsRUFBRSxJQUFZO0lBQzdDLE9BQU8sb0JBQW9CLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxNQUFNLElBQUksSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDO0FBQ3RHLENBQUM7QUFFRCxTQUFTLFNBQVMsQ0FBQyxLQUFjLEVBQUUsVUFBc0MsRUFBRSxJQUFZLEVBQUUsUUFBaUI7SUFDeEcsSUFBSSxLQUFLLEtBQUssU0FBUztRQUFFLE9BQU8sUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7SUFDbkYsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDOUIsTUFBTSxPQUFPLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQztJQUMxQyxPQUFPLE9BQU8sQ0FBQyxRQUFRLENBQUMsS0FBZSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLGtCQUFrQixPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQzVILENBQUM7QUFFRCxTQUFTLGtCQUFrQixDQUFDLEtBQWMsRUFBRSxHQUFXLEVBQUUsR0FBVyxFQUFFLElBQVk7SUFDaEYsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDOUIsSUFBSSxLQUFLLEtBQUssU0FBUztRQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsYUFBYSxFQUFFLENBQUMsQ0FBQztJQUNuRSxJQUFJLENBQUMsY0FBYyxDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLHlCQUF5QixFQUFFLENBQUMsQ0FBQztJQUNoRyxPQUFPLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsZUFBZSxHQUFHLEtBQUssR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQzdHLENBQUM7QUFFRCxTQUFTLGNBQWMsQ0FBQyxLQUFjO0lBQ3BDLE9BQU8sT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLE1BQU0sQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDN0QsQ0FBQztBQUVELFNBQVMsT0FBTyxDQUFDLEtBQWM7SUFDN0IsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTyxLQUFLLENBQUM7SUFDakMsT0FBTyxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksS0FBSyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUMxRCxDQUFDO0FBRUQsOEZBQThGO0FBQzlGLFNBQVMsSUFBSSxDQUFDLEtBQWM7SUFDMUIsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO1FBQUUsT0FBTyxJQUFJLEtBQUssR0FBRyxDQUFDO0lBQ25ELElBQUksT0FBTyxLQUFLLEtBQUssUUFBUTtRQUFFLE9BQU8sTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3BELE9BQU8sSUFBSSxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDaEQsQ0FBQztBQVNELFNBQVMsWUFBWSxDQUFDLElBQVk7SUFDaEMsTUFBTSxLQUFLLEdBQUcsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNqQyxJQUFJLEtBQUssS0FBSyxJQUFJO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDckMsTUFBTSxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQy9FLE1BQU0sQ0FBQyxRQUFRLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxhQUFhLENBQUMsR0FBRyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3BFLElBQUksS0FBSyxHQUFHLENBQUMsSUFBSSxLQUFLLEdBQUcsRUFBRSxJQUFJLEdBQUcsR0FBRyxDQUFDLElBQUksR0FBRyxHQUFHLFdBQVcsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDM0YsSUFBSSxJQUFJLEdBQUcsRUFBRSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksTUFBTSxHQUFHLEVBQUU7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUM5RCxJQUFJLGFBQWEsR0FBRyxDQUFDLENBQUM7SUFDdEIsSUFBSSxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDdkIsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQzlCLE1BQU0sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxhQUFhLENBQUMsQ0FBQztRQUNoQyxJQUFJLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUU7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUNyRCxhQUFhLEdBQUcsQ0FBQyxJQUFJLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUNoRSxDQUFDO0lBQ0QsTUFBTSxZQUFZLEdBQUcsY0FBYyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLEdBQUcsS0FBSyxHQUFHLElBQUksR0FBRyxJQUFJLEdBQUcsTUFBTSxHQUFHLEVBQUUsR0FBRyxNQUFNLEdBQUcsYUFBYSxDQUFDO0lBQ25ILE1BQU0sS0FBSyxHQUFHLFFBQVEsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDM0UsT0FBTyxFQUFFLFlBQVksRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUNqQyxDQUFDO0FBRUQsU0FBUyxlQUFlLENBQUMsQ0FBVSxFQUFFLENBQVU7SUFDN0MsT0FBTyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxZQUFZLEdBQUcsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDO0FBQ2pHLENBQUM7QUFFRCxTQUFTLFVBQVUsQ0FBQyxJQUFZO0lBQzlCLE9BQU8sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsSUFBSSxJQUFJLEdBQUcsR0FBRyxLQUFLLENBQUMsQ0FBQyxJQUFJLElBQUksR0FBRyxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLENBQUM7QUFFRCxTQUFTLFdBQVcsQ0FBQyxJQUFZLEVBQUUsS0FBYTtJQUM5QyxJQUFJLEtBQUssS0FBSyxDQUFDO1FBQUUsT0FBTyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQ25ELE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0FBQ2pELENBQUM7QUFFRCxvR0FBb0c7QUFDcEcsU0FBUyxjQUFjLENBQUMsSUFBWSxFQUFFLEtBQWEsRUFBRSxHQUFXO0lBQzlELE1BQU0sQ0FBQyxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztJQUN2QyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQztJQUNoQyxNQUFNLFNBQVMsR0FBRyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQztJQUNoQyxNQUFNLFNBQVMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsS0FBSyxHQUFHLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQztJQUN2RixNQUFNLFFBQVEsR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsU0FBUyxHQUFHLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsU0FBUyxHQUFHLEdBQUcsQ0FBQyxHQUFHLFNBQVMsQ0FBQztJQUN2RyxPQUFPLEdBQUcsR0FBRyxNQUFNLEdBQUcsUUFBUSxHQUFHLE1BQU0sQ0FBQztBQUMxQyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLy8gU3ludGgtdGltZSB2YWxpZGF0aW9uIG9mIFBpbnBvaW50U2VnbWVudFByb3BzLiBFdmVyeSBydWxlIGlzIGEgc21hbGwgbmFtZWQgZnVuY3Rpb247IGFsbCBvZlxuLy8gdGhlbSBydW4sIGFuZCBldmVyeSBwcm9ibGVtIGlzIHJlcG9ydGVkIGF0IG9uY2UgKGFzIGF3cy1zb2x1dGlvbnMtY29uc3RydWN0cyBkb2VzKSwgZWFjaCBhc1xuLy8gYDxwYXRoPjogPHByb2JsZW0+YCB3aXRoIHRoZSBwYXRoIGluIGNhbWVsQ2FzZSBwcm9wIHRlcm1zLiBWYWx1ZXMgdGhhdCBhcmUgdW5yZXNvbHZlZCB0b2tlbnNcbi8vIChzdHJpbmdzLCBudW1iZXJzLCBsaXN0cywgbWFwcykgYXJlIHNraXBwZWQ6IHRoZXkgYXJlIG9ubHkga25vd24gYXQgZGVwbG95IHRpbWUuXG5pbXBvcnQgeyBSZW1vdmFsUG9saWN5LCBUb2tlbiB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCB0eXBlIHsgUGlucG9pbnRTZWdtZW50UHJvcHMgfSBmcm9tICcuL3BpbnBvaW50LXNlZ21lbnQnO1xuaW1wb3J0IHtcbiAgQXR0cmlidXRlRGltZW5zaW9uQ29uZmlnLFxuICBBdHRyaWJ1dGVUeXBlLFxuICBDaGFubmVsVHlwZSxcbiAgQ29tcGFyaXNvbk9wZXJhdG9yLFxuICBEaW1lbnNpb25UeXBlLFxuICBHcm91cFR5cGUsXG4gIEluY2x1ZGUsXG4gIFJlY2VuY3lEdXJhdGlvbixcbiAgUmVjZW5jeVR5cGUsXG4gIFNlZ21lbnREaW1lbnNpb25zLFxuICBTZXREaW1lbnNpb24sXG4gIFNvdXJjZVR5cGUsXG59IGZyb20gJy4vc2VnbWVudC1kaW1lbnNpb25zJztcblxuLyoqIFBpbnBvaW50J3MgcXVvdGE6IGRpbWVuc2lvbnMgcGVyIHNlZ21lbnQuICovXG5jb25zdCBNQVhfRElNRU5TSU9OUyA9IDEwMDtcbi8qKiBQaW5wb2ludCBhY2NlcHRzIG9uZSBzZWdtZW50IGdyb3VwIHBlciByZXF1ZXN0LiAqL1xuY29uc3QgTUFYX0dST1VQUyA9IDE7XG4vKiogQVdTIHRhZ2dpbmcgbGltaXRzLiAqL1xuY29uc3QgTUFYX1RBR1MgPSA1MDtcbmNvbnN0IE1BWF9UQUdfS0VZX0xFTkdUSCA9IDEyODtcbmNvbnN0IE1BWF9UQUdfVkFMVUVfTEVOR1RIID0gMjU2O1xuLyoqIFRoZSBBV1MgdGFnZ2luZyBjaGFyYWN0ZXIgc2V0OiBsZXR0ZXJzLCBkaWdpdHMsIHdoaXRlc3BhY2UgYW5kIGBfIC4gOiAvID0gKyAtIEBgLiAqL1xuY29uc3QgVEFHX0NIQVJBQ1RFUlMgPSAvXltcXHB7TH1cXHB7Wn1cXHB7Tn1fLjovPStcXC1AXSokL3U7XG5cbi8qKlxuICogRXZlcnkgb2ZmaWNpYWxseSBhc3NpZ25lZCBJU08gMzE2Ni0xIGFscGhhLTIgY29kZSAoMjQ5KS4gRXhjZXB0aW9uYWxseSByZXNlcnZlZCBvclxuICogdXNlci1hc3NpZ25lZCBjb2RlcyAoVUssIEVVLCBYSywgLi4uKSBhcmUgbm90IGFzc2lnbmVkLCBhbmQgUGlucG9pbnQgZG9jdW1lbnRzIGFscGhhLTIgb25seS5cbiAqL1xuY29uc3QgSVNPXzMxNjZfQUxQSEFfMiA9IG5ldyBTZXQoYFxuICBBRCBBRSBBRiBBRyBBSSBBTCBBTSBBTyBBUSBBUiBBUyBBVCBBVSBBVyBBWCBBWlxuICBCQSBCQiBCRCBCRSBCRiBCRyBCSCBCSSBCSiBCTCBCTSBCTiBCTyBCUSBCUiBCUyBCVCBCViBCVyBCWSBCWlxuICBDQSBDQyBDRCBDRiBDRyBDSCBDSSBDSyBDTCBDTSBDTiBDTyBDUiBDVSBDViBDVyBDWCBDWSBDWlxuICBERSBESiBESyBETSBETyBEWlxuICBFQyBFRSBFRyBFSCBFUiBFUyBFVFxuICBGSSBGSiBGSyBGTSBGTyBGUlxuICBHQSBHQiBHRCBHRSBHRiBHRyBHSCBHSSBHTCBHTSBHTiBHUCBHUSBHUiBHUyBHVCBHVSBHVyBHWVxuICBISyBITSBITiBIUiBIVCBIVVxuICBJRCBJRSBJTCBJTSBJTiBJTyBJUSBJUiBJUyBJVFxuICBKRSBKTSBKTyBKUFxuICBLRSBLRyBLSCBLSSBLTSBLTiBLUCBLUiBLVyBLWSBLWlxuICBMQSBMQiBMQyBMSSBMSyBMUiBMUyBMVCBMVSBMViBMWVxuICBNQSBNQyBNRCBNRSBNRiBNRyBNSCBNSyBNTCBNTSBNTiBNTyBNUCBNUSBNUiBNUyBNVCBNVSBNViBNVyBNWCBNWSBNWlxuICBOQSBOQyBORSBORiBORyBOSSBOTCBOTyBOUCBOUiBOVSBOWlxuICBPTVxuICBQQSBQRSBQRiBQRyBQSCBQSyBQTCBQTSBQTiBQUiBQUyBQVCBQVyBQWVxuICBRQVxuICBSRSBSTyBSUyBSVSBSV1xuICBTQSBTQiBTQyBTRCBTRSBTRyBTSCBTSSBTSiBTSyBTTCBTTSBTTiBTTyBTUiBTUyBTVCBTViBTWCBTWSBTWlxuICBUQyBURCBURiBURyBUSCBUSiBUSyBUTCBUTSBUTiBUTyBUUiBUVCBUViBUVyBUWlxuICBVQSBVRyBVTSBVUyBVWSBVWlxuICBWQSBWQyBWRSBWRyBWSSBWTiBWVVxuICBXRiBXU1xuICBZRSBZVFxuICBaQSBaTSBaV1xuYC50cmltKCkuc3BsaXQoL1xccysvKSk7XG5cbi8qKlxuICogQW4gSVNPLTg2MDEgaW5zdGFudCwgYXMgUGlucG9pbnQgcmVhZHMgdGhlc2UgdmFsdWVzIChKYXZhJ3MgYERhdGVUaW1lRm9ybWF0dGVyLklTT19JTlNUQU5UYCk6XG4gKiBgWVlZWS1NTS1ERFRoaDptbTpzc2AsIGFuIG9wdGlvbmFsIGZyYWN0aW9uIG9mIDEgdG8gOSBkaWdpdHMsIHRoZW4gYFpgIG9yIGFuIG9mZnNldCBgwrFoaDptbWBcbiAqIG9mIGF0IG1vc3QgMTggaG91cnMuIFN0cmljdGx5IHRoYXQ6IG5vIGRhdGUtb25seSB2YWx1ZXMsIG5vIG1pc3Npbmcgc2Vjb25kcywgbm8gbG93ZXJjYXNlIGB0YFxuICogb3IgYHpgLCBubyBob3VyIDI0LCBubyBsZWFwIHNlY29uZCwgYW5kIHRoZSBjYWxlbmRhciBkYXRlIG11c3QgZXhpc3QgKDIwMjQtMDItMzAgaXMgcmVqZWN0ZWQpLlxuICovXG5jb25zdCBJTlNUQU5UID0gL14oXFxkezR9KS0oXFxkezJ9KS0oXFxkezJ9KVQoXFxkezJ9KTooXFxkezJ9KTooXFxkezJ9KSg/OlxcLihcXGR7MSw5fSkpPyg/Olp8KFsrLV0pKFxcZHsyfSk6KFxcZHsyfSkpJC87XG5jb25zdCBJTlNUQU5UX0ZPUk0gPSAnWVlZWS1NTS1ERFRoaDptbTpzc1suZmZmXShafMKxaGg6bW0pJztcblxuaW50ZXJmYWNlIFByb2JsZW0ge1xuICByZWFkb25seSBwYXRoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1lc3NhZ2U6IHN0cmluZztcbn1cblxuLyoqIEEgcnVsZSBvdmVyIHRoZSB3aG9sZSBwcm9wcy4gKi9cbnR5cGUgU2VnbWVudFJ1bGUgPSAocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKSA9PiBQcm9ibGVtW107XG5cbi8qKiBBIHJ1bGUgb3ZlciBvbmUgYFNlZ21lbnREaW1lbnNpb25zYCwgd2hlcmV2ZXIgaXQgb2NjdXJzICh0b3AgbGV2ZWwgb3IgaW5zaWRlIGEgZ3JvdXApLiAqL1xudHlwZSBEaW1lbnNpb25zUnVsZSA9IChkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKSA9PiBQcm9ibGVtW107XG5cbi8qKlxuICogRXZlcnkgcHJvYmxlbSB3aXRoIHRoZSBwcm9wcywgZWFjaCBhcyBgPHBhdGg+OiA8cHJvYmxlbT5gOyBlbXB0eSB3aGVuIHRoZXkgYXJlIHZhbGlkLlxuICpcbiAqIEBpbnRlcm5hbFxuICovXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVTZWdtZW50UHJvcHMocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogc3RyaW5nW10ge1xuICBjb25zdCBwcm9ibGVtcyA9IFtcbiAgICAuLi5TRUdNRU5UX1JVTEVTLmZsYXRNYXAoKHJ1bGUpID0+IHJ1bGUocHJvcHMpKSxcbiAgICAuLi5kaW1lbnNpb25zT2YocHJvcHMpLmZsYXRNYXAoKHsgZGltcywgcGF0aCB9KSA9PiBESU1FTlNJT05fUlVMRVMuZmxhdE1hcCgocnVsZSkgPT4gcnVsZShkaW1zLCBwYXRoKSkpLFxuICBdO1xuICByZXR1cm4gcHJvYmxlbXMubWFwKCh7IHBhdGgsIG1lc3NhZ2UgfSkgPT4gYCR7cGF0aH06ICR7bWVzc2FnZX1gKTtcbn1cblxuLyoqXG4gKiBUaHJvd3Mgb25lIGVycm9yIGxpc3RpbmcgZXZlcnkgcHJvYmxlbSB3aXRoIHRoZSBwcm9wcy5cbiAqXG4gKiBAaW50ZXJuYWxcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFZhbGlkU2VnbWVudFByb3BzKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IHZvaWQge1xuICBjb25zdCBwcm9ibGVtcyA9IHZhbGlkYXRlU2VnbWVudFByb3BzKHByb3BzKTtcbiAgaWYgKHByb2JsZW1zLmxlbmd0aCA9PT0gMCkgcmV0dXJuO1xuICBjb25zdCBjb3VudCA9IHByb2JsZW1zLmxlbmd0aCA9PT0gMSA/ICcxIHByb2JsZW0nIDogYCR7cHJvYmxlbXMubGVuZ3RofSBwcm9ibGVtc2A7XG4gIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwaW5wb2ludCBzZWdtZW50IGRlZmluaXRpb24gKCR7Y291bnR9KTpcXG4ke3Byb2JsZW1zLm1hcCgocCkgPT4gYCAgLSAke3B9YCkuam9pbignXFxuJyl9YCk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gU2VnbWVudCBydWxlc1xuXG4vKiogUnVsZSAxOiBQaW5wb2ludCB0YWtlcyBlaXRoZXIgRGltZW5zaW9ucyBvciBTZWdtZW50R3JvdXBzLCBub3QgYm90aC4gKi9cbmZ1bmN0aW9uIGRpbWVuc2lvbnNBbmRTZWdtZW50R3JvdXBzQXJlRXhjbHVzaXZlKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGlmIChwcm9wcy5kaW1lbnNpb25zID09PSB1bmRlZmluZWQgfHwgcHJvcHMuc2VnbWVudEdyb3VwcyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW107XG4gIHJldHVybiBbeyBwYXRoOiAnZGltZW5zaW9ucycsIG1lc3NhZ2U6ICdjYW5ub3QgYmUgY29tYmluZWQgd2l0aCBzZWdtZW50R3JvdXBzIChzZXQgb25lIG9yIHRoZSBvdGhlciknIH1dO1xufVxuXG4vKiogUnVsZSAyOiBhIHJlcXVlc3QgY2FuIGluY2x1ZGUgb25seSBvbmUgc2VnbWVudCBncm91cC4gKi9cbmZ1bmN0aW9uIGF0TW9zdE9uZUdyb3VwKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGdyb3VwcyA9IHdhbGthYmxlKHByb3BzLnNlZ21lbnRHcm91cHMpPy5ncm91cHM7XG4gIGlmICghaXNSZXNvbHZlZExpc3QoZ3JvdXBzKSB8fCBncm91cHMubGVuZ3RoIDw9IE1BWF9HUk9VUFMpIHJldHVybiBbXTtcbiAgcmV0dXJuIFt7IHBhdGg6ICdzZWdtZW50R3JvdXBzLmdyb3VwcycsIG1lc3NhZ2U6IGAke2dyb3Vwcy5sZW5ndGh9IGdyb3VwcyBnaXZlbjsgUGlucG9pbnQgYWNjZXB0cyBhdCBtb3N0ICR7TUFYX0dST1VQU31gIH1dO1xufVxuXG4vKiogUnVsZSA5IChncm91cHMpOiBzb3VyY2VUeXBlLCB0eXBlIGFuZCBpbmNsdWRlIGFyZSBvbmUgb2YgdGhlaXIgZW51bSB2YWx1ZXMuICovXG5mdW5jdGlvbiBncm91cEVudW1zQXJlS25vd24ocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgY29uc3Qgc2VnbWVudEdyb3VwcyA9IHdhbGthYmxlKHByb3BzLnNlZ21lbnRHcm91cHMpO1xuICBpZiAoc2VnbWVudEdyb3VwcyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW107XG4gIHJldHVybiBbXG4gICAgLi4uY2hlY2tFbnVtKHNlZ21lbnRHcm91cHMuaW5jbHVkZSwgSW5jbHVkZSwgJ3NlZ21lbnRHcm91cHMuaW5jbHVkZScsIGZhbHNlKSxcbiAgICAuLi5ncm91cHNPZihwcm9wcykuZmxhdE1hcCgoeyBncm91cCwgcGF0aCB9KSA9PiBbXG4gICAgICAuLi5jaGVja0VudW0oZ3JvdXAuc291cmNlVHlwZSwgU291cmNlVHlwZSwgYCR7cGF0aH0uc291cmNlVHlwZWAsIGZhbHNlKSxcbiAgICAgIC4uLmNoZWNrRW51bShncm91cC50eXBlLCBHcm91cFR5cGUsIGAke3BhdGh9LnR5cGVgLCBmYWxzZSksXG4gICAgXSksXG4gIF07XG59XG5cbi8qKiBSdWxlIDExOiBhIHNvdXJjZSBzZWdtZW50IGhhcyBhbiBpZCwgYW5kIGEgdmVyc2lvbiwgaWYgc2V0LCBpcyBhbiBpbnRlZ2VyIG9mIGF0IGxlYXN0IDEuICovXG5mdW5jdGlvbiBzb3VyY2VTZWdtZW50c0FyZVZhbGlkKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIHJldHVybiBncm91cHNPZihwcm9wcykuZmxhdE1hcCgoeyBncm91cCwgcGF0aCB9KSA9PlxuICAgIHJlc29sdmVkRWxlbWVudHMoZ3JvdXAuc291cmNlU2VnbWVudHMsIGAke3BhdGh9LnNvdXJjZVNlZ21lbnRzYCkuZmxhdE1hcCgoeyB2YWx1ZTogc291cmNlLCBwYXRoOiBzb3VyY2VQYXRoIH0pID0+IHtcbiAgICAgIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXTtcbiAgICAgIGlmICghaXNUb2tlbihzb3VyY2UuaWQpICYmICh0eXBlb2Ygc291cmNlLmlkICE9PSAnc3RyaW5nJyB8fCBzb3VyY2UuaWQudHJpbSgpID09PSAnJykpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7IHBhdGg6IGAke3NvdXJjZVBhdGh9LmlkYCwgbWVzc2FnZTogJ211c3Qgbm90IGJlIGVtcHR5JyB9KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHZlcnNpb246IHVua25vd24gPSBzb3VyY2UudmVyc2lvbjtcbiAgICAgIGlmICh2ZXJzaW9uICE9PSB1bmRlZmluZWQgJiYgIWlzVG9rZW4odmVyc2lvbikgJiYgIShOdW1iZXIuaXNJbnRlZ2VyKHZlcnNpb24pICYmICh2ZXJzaW9uIGFzIG51bWJlcikgPj0gMSkpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7IHBhdGg6IGAke3NvdXJjZVBhdGh9LnZlcnNpb25gLCBtZXNzYWdlOiBgJHtzaG93KHZlcnNpb24pfSBpcyBub3QgYW4gaW50ZWdlciBvZiBhdCBsZWFzdCAxYCB9KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBwcm9ibGVtcztcbiAgICB9KSxcbiAgKTtcbn1cblxuLyoqIFJ1bGUgMTI6IGF0IG1vc3QgMTAwIGRpbWVuc2lvbnMgcGVyIHNlZ21lbnQsIHN1bW1lZCBvdmVyIHRoZSB0b3AgbGV2ZWwgYW5kIGV2ZXJ5IGdyb3VwLiAqL1xuZnVuY3Rpb24gYXRNb3N0MTAwRGltZW5zaW9ucyhwcm9wczogUGlucG9pbnRTZWdtZW50UHJvcHMpOiBQcm9ibGVtW10ge1xuICBjb25zdCB0b3RhbCA9IGRpbWVuc2lvbnNPZihwcm9wcykucmVkdWNlKChzdW0sIHsgZGltcyB9KSA9PiBzdW0gKyBjb3VudERpbWVuc2lvbnMoZGltcyksIDApO1xuICBpZiAodG90YWwgPD0gTUFYX0RJTUVOU0lPTlMpIHJldHVybiBbXTtcbiAgY29uc3QgcGF0aCA9IHByb3BzLmRpbWVuc2lvbnMgIT09IHVuZGVmaW5lZCA/ICdkaW1lbnNpb25zJyA6ICdzZWdtZW50R3JvdXBzJztcbiAgcmV0dXJuIFt7IHBhdGgsIG1lc3NhZ2U6IGAke3RvdGFsfSBkaW1lbnNpb25zIGV4Y2VlZHMgdGhlIGxpbWl0IG9mICR7TUFYX0RJTUVOU0lPTlN9IHBlciBzZWdtZW50YCB9XTtcbn1cblxuLyoqIFJ1bGUgMTM6IHRhZ3MgZml0IHRoZSBBV1MgdGFnZ2luZyBsaW1pdHMsIGFuZCBub25lIHVzZXMgdGhlIHJlc2VydmVkIGBhd3M6YCBwcmVmaXguICovXG5mdW5jdGlvbiB0YWdzRml0QXdzTGltaXRzKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IHRhZ3MgPSB3YWxrYWJsZShwcm9wcy50YWdzKTtcbiAgaWYgKHRhZ3MgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFtdO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyk7XG4gIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID4gTUFYX1RBR1MpIHtcbiAgICBwcm9ibGVtcy5wdXNoKHsgcGF0aDogJ3RhZ3MnLCBtZXNzYWdlOiBgJHtlbnRyaWVzLmxlbmd0aH0gdGFncyBleGNlZWRzIHRoZSBsaW1pdCBvZiAke01BWF9UQUdTfWAgfSk7XG4gIH1cbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGNvbnN0IHBhdGggPSBjaGlsZFBhdGgoJ3RhZ3MnLCBrZXkpO1xuICAgIGlmICghaXNUb2tlbihrZXkpKSBwcm9ibGVtcy5wdXNoKC4uLmNoZWNrVGFnS2V5KGtleSwgcGF0aCkpO1xuICAgIGlmICghaXNUb2tlbih2YWx1ZSkpIHByb2JsZW1zLnB1c2goLi4uY2hlY2tUYWdWYWx1ZSh2YWx1ZSwgcGF0aCkpO1xuICB9XG4gIHJldHVybiBwcm9ibGVtcztcbn1cblxuZnVuY3Rpb24gY2hlY2tUYWdLZXkoa2V5OiBzdHJpbmcsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGxlbmd0aCA9IFsuLi5rZXldLmxlbmd0aDtcbiAgaWYgKGxlbmd0aCA9PT0gMCkgcmV0dXJuIFt7IHBhdGgsIG1lc3NhZ2U6ICd0YWcga2V5IG11c3Qgbm90IGJlIGVtcHR5JyB9XTtcbiAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICBpZiAobGVuZ3RoID4gTUFYX1RBR19LRVlfTEVOR1RIKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGgsIG1lc3NhZ2U6IGB0YWcga2V5IGlzICR7bGVuZ3RofSBjaGFyYWN0ZXJzLCBtb3JlIHRoYW4gJHtNQVhfVEFHX0tFWV9MRU5HVEh9YCB9KTtcbiAgfVxuICBpZiAoIVRBR19DSEFSQUNURVJTLnRlc3Qoa2V5KSkge1xuICAgIHByb2JsZW1zLnB1c2goeyBwYXRoLCBtZXNzYWdlOiAndGFnIGtleSBtYXkgb25seSBjb250YWluIGxldHRlcnMsIGRpZ2l0cywgd2hpdGVzcGFjZSBhbmQgXyAuIDogLyA9ICsgLSBAJyB9KTtcbiAgfVxuICBpZiAoa2V5LnRvTG93ZXJDYXNlKCkuc3RhcnRzV2l0aCgnYXdzOicpKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGgsIG1lc3NhZ2U6ICd0YWcga2V5IG11c3Qgbm90IHN0YXJ0IHdpdGggYXdzOiAocmVzZXJ2ZWQgZm9yIEFXUyknIH0pO1xuICB9XG4gIHJldHVybiBwcm9ibGVtcztcbn1cblxuZnVuY3Rpb24gY2hlY2tUYWdWYWx1ZSh2YWx1ZTogdW5rbm93biwgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ3N0cmluZycpIHJldHVybiBbeyBwYXRoLCBtZXNzYWdlOiBgdGFnIHZhbHVlICR7c2hvdyh2YWx1ZSl9IGlzIG5vdCBhIHN0cmluZ2AgfV07XG4gIGNvbnN0IGxlbmd0aCA9IFsuLi52YWx1ZV0ubGVuZ3RoO1xuICBjb25zdCBwcm9ibGVtczogUHJvYmxlbVtdID0gW107XG4gIGlmIChsZW5ndGggPiBNQVhfVEFHX1ZBTFVFX0xFTkdUSCkge1xuICAgIHByb2JsZW1zLnB1c2goeyBwYXRoLCBtZXNzYWdlOiBgdGFnIHZhbHVlIGlzICR7bGVuZ3RofSBjaGFyYWN0ZXJzLCBtb3JlIHRoYW4gJHtNQVhfVEFHX1ZBTFVFX0xFTkdUSH1gIH0pO1xuICB9XG4gIGlmICghVEFHX0NIQVJBQ1RFUlMudGVzdCh2YWx1ZSkpIHtcbiAgICBwcm9ibGVtcy5wdXNoKHsgcGF0aCwgbWVzc2FnZTogJ3RhZyB2YWx1ZSBtYXkgb25seSBjb250YWluIGxldHRlcnMsIGRpZ2l0cywgd2hpdGVzcGFjZSBhbmQgXyAuIDogLyA9ICsgLSBAJyB9KTtcbiAgfVxuICByZXR1cm4gcHJvYmxlbXM7XG59XG5cbi8qKiBSdWxlIDE0OiB0aGUgc2VnbWVudCBoYXMgYSBuYW1lLiAqL1xuZnVuY3Rpb24gbmFtZUlzTm90RW1wdHkocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgcmV0dXJuIGlzQmxhbmsocHJvcHMubmFtZSkgPyBbeyBwYXRoOiAnbmFtZScsIG1lc3NhZ2U6ICdtdXN0IG5vdCBiZSBlbXB0eSBvciBvbmx5IHdoaXRlc3BhY2UnIH1dIDogW107XG59XG5cbi8qKiBSdWxlIDE1OiBhcHBsaWNhdGlvbklkIGlzIHNldCwgYW5kIHNlZ21lbnRJZCwgaWYgZ2l2ZW4sIGlzIG5vdCBlbXB0eS4gKi9cbmZ1bmN0aW9uIGlkc0FyZU5vdEVtcHR5KHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXTtcbiAgaWYgKGlzQmxhbmsocHJvcHMuYXBwbGljYXRpb25JZCkpIHByb2JsZW1zLnB1c2goeyBwYXRoOiAnYXBwbGljYXRpb25JZCcsIG1lc3NhZ2U6ICdtdXN0IG5vdCBiZSBlbXB0eScgfSk7XG4gIGlmIChwcm9wcy5zZWdtZW50SWQgIT09IHVuZGVmaW5lZCAmJiBpc0JsYW5rKHByb3BzLnNlZ21lbnRJZCkpIHtcbiAgICBwcm9ibGVtcy5wdXNoKHsgcGF0aDogJ3NlZ21lbnRJZCcsIG1lc3NhZ2U6ICdtdXN0IG5vdCBiZSBlbXB0eScgfSk7XG4gIH1cbiAgcmV0dXJuIHByb2JsZW1zO1xufVxuXG4vKiogUnVsZSAxNjogb25seSBERVNUUk9ZIGFuZCBSRVRBSU4gbWVhbiBzb21ldGhpbmcgZm9yIGEgc2VnbWVudCAodGhlcmUgYXJlIG5vIHNuYXBzaG90cykuICovXG5mdW5jdGlvbiByZW1vdmFsUG9saWN5SXNTdXBwb3J0ZWQocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgcG9saWN5ID0gcHJvcHMucmVtb3ZhbFBvbGljeTtcbiAgY29uc3Qgc3VwcG9ydGVkID0gW1JlbW92YWxQb2xpY3kuREVTVFJPWSwgUmVtb3ZhbFBvbGljeS5SRVRBSU4sIFJlbW92YWxQb2xpY3kuUkVUQUlOX09OX1VQREFURV9PUl9ERUxFVEVdO1xuICBpZiAocG9saWN5ID09PSB1bmRlZmluZWQgfHwgc3VwcG9ydGVkLmluY2x1ZGVzKHBvbGljeSkpIHJldHVybiBbXTtcbiAgY29uc3QgbmFtZSA9IE9iamVjdC5lbnRyaWVzKFJlbW92YWxQb2xpY3kpLmZpbmQoKFssIHZhbHVlXSkgPT4gdmFsdWUgPT09IHBvbGljeSk/LlswXSA/PyBzaG93KHBvbGljeSk7XG4gIHJldHVybiBbeyBwYXRoOiAncmVtb3ZhbFBvbGljeScsIG1lc3NhZ2U6IGAke25hbWV9IGlzIG5vdCBzdXBwb3J0ZWQgKHVzZSBERVNUUk9ZIG9yIFJFVEFJTilgIH1dO1xufVxuXG4vKiogUnVsZSAxNzogcmVzdG9yZU9uRGVsZXRlIG5lZWRzIGEgcHJlLWFkb3B0aW9uIGRlZmluaXRpb24sIHNvIG9ubHkgYW4gYWRvcHRlZCBzZWdtZW50IGhhcyBvbmUuICovXG5mdW5jdGlvbiByZXN0b3JlT25EZWxldGVOZWVkc0Fkb3B0aW9uKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGlmIChwcm9wcy5yZXN0b3JlT25EZWxldGUgIT09IHRydWUgfHwgcHJvcHMuc2VnbWVudElkICE9PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgcmV0dXJuIFt7IHBhdGg6ICdyZXN0b3JlT25EZWxldGUnLCBtZXNzYWdlOiAnb25seSBhcHBsaWVzIHRvIGFuIGFkb3B0ZWQgc2VnbWVudCAoc2V0IHNlZ21lbnRJZCknIH1dO1xufVxuXG5jb25zdCBTRUdNRU5UX1JVTEVTOiBTZWdtZW50UnVsZVtdID0gW1xuICBkaW1lbnNpb25zQW5kU2VnbWVudEdyb3Vwc0FyZUV4Y2x1c2l2ZSxcbiAgYXRNb3N0T25lR3JvdXAsXG4gIG5hbWVJc05vdEVtcHR5LFxuICBpZHNBcmVOb3RFbXB0eSxcbiAgcmVtb3ZhbFBvbGljeUlzU3VwcG9ydGVkLFxuICByZXN0b3JlT25EZWxldGVOZWVkc0Fkb3B0aW9uLFxuICB0YWdzRml0QXdzTGltaXRzLFxuICBncm91cEVudW1zQXJlS25vd24sXG4gIHNvdXJjZVNlZ21lbnRzQXJlVmFsaWQsXG4gIGF0TW9zdDEwMERpbWVuc2lvbnMsXG5dO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIERpbWVuc2lvbiBydWxlc1xuXG4vKiogUnVsZSAxODogYXR0cmlidXRlLCB1c2VyIGF0dHJpYnV0ZSBhbmQgbWV0cmljIG5hbWVzIGFyZSBub3QgZW1wdHkuICovXG5mdW5jdGlvbiBtYXBLZXlzQXJlTm90RW1wdHkoZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIHJldHVybiAoWydhdHRyaWJ1dGVzJywgJ3VzZXJBdHRyaWJ1dGVzJywgJ21ldHJpY3MnXSBhcyBjb25zdCkuZmxhdE1hcCgoZmFtaWx5KSA9PiB7XG4gICAgY29uc3QgbWFwID0gd2Fsa2FibGUoZGltc1tmYW1pbHldKTtcbiAgICBpZiAobWFwID09PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgICByZXR1cm4gT2JqZWN0LmtleXMobWFwKVxuICAgICAgLmZpbHRlcigobmFtZSkgPT4gIWlzVG9rZW4obmFtZSkgJiYgbmFtZS50cmltKCkgPT09ICcnKVxuICAgICAgLm1hcCgobmFtZSkgPT4gKHsgcGF0aDogY2hpbGRQYXRoKGAke3BhdGh9LiR7ZmFtaWx5fWAsIG5hbWUpLCBtZXNzYWdlOiAnbmFtZSBtdXN0IG5vdCBiZSBlbXB0eScgfSkpO1xuICB9KTtcbn1cblxuLyoqIFJ1bGUgMzogZXZlcnkgYHZhbHVlc2AgbGlzdCBoYXMgYXQgbGVhc3Qgb25lIHZhbHVlLCBhbmQgbm8gdmFsdWUgaXMgYW4gZW1wdHkgc3RyaW5nLiAqL1xuZnVuY3Rpb24gdmFsdWVzQXJlTm90RW1wdHkoZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIHJldHVybiB2YWx1ZUxpc3RzKGRpbXMsIHBhdGgpLmZsYXRNYXAoKHsgdmFsdWVzLCBwYXRoOiB2YWx1ZXNQYXRoIH0pID0+IHtcbiAgICBpZiAoaXNUb2tlbih2YWx1ZXMpKSByZXR1cm4gW107XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlcykpIHJldHVybiBbeyBwYXRoOiB2YWx1ZXNQYXRoLCBtZXNzYWdlOiAnbXVzdCBiZSBhIGxpc3Qgb2Ygc3RyaW5ncycgfV07XG4gICAgaWYgKHZhbHVlcy5sZW5ndGggPT09IDApIHJldHVybiBbeyBwYXRoOiB2YWx1ZXNQYXRoLCBtZXNzYWdlOiAnbXVzdCBub3QgYmUgZW1wdHknIH1dO1xuICAgIHJldHVybiB2YWx1ZXMuZmxhdE1hcCgodmFsdWU6IHVua25vd24sIGkpID0+IHtcbiAgICAgIGlmIChpc1Rva2VuKHZhbHVlKSkgcmV0dXJuIFtdO1xuICAgICAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ3N0cmluZycpIHJldHVybiBbeyBwYXRoOiBgJHt2YWx1ZXNQYXRofVske2l9XWAsIG1lc3NhZ2U6IGAke3Nob3codmFsdWUpfSBpcyBub3QgYSBzdHJpbmdgIH1dO1xuICAgICAgcmV0dXJuIHZhbHVlID09PSAnJyA/IFt7IHBhdGg6IGAke3ZhbHVlc1BhdGh9WyR7aX1dYCwgbWVzc2FnZTogJ211c3Qgbm90IGJlIGFuIGVtcHR5IHN0cmluZycgfV0gOiBbXTtcbiAgICB9KTtcbiAgfSk7XG59XG5cbi8qKiBSdWxlIDQ6IEJFRk9SRSwgQUZURVIgYW5kIE9OIHRha2Ugb25lIElTTy04NjAxIGluc3RhbnQ7IEJFVFdFRU4gdGFrZXMgdHdvLCBpbiBvcmRlci4gKi9cbmZ1bmN0aW9uIGluc3RhbnRzQXJlVmFsaWQoZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGV4cGVjdGVkOiB7IFt0eXBlOiBzdHJpbmddOiBudW1iZXIgfSA9IHtcbiAgICBbQXR0cmlidXRlVHlwZS5CRUZPUkVdOiAxLFxuICAgIFtBdHRyaWJ1dGVUeXBlLkFGVEVSXTogMSxcbiAgICBbQXR0cmlidXRlVHlwZS5PTl06IDEsXG4gICAgW0F0dHJpYnV0ZVR5cGUuQkVUV0VFTl06IDIsXG4gIH07XG4gIHJldHVybiBhdHRyaWJ1dGVzT2YoZGltcywgcGF0aCkuZmxhdE1hcCgoeyBhdHRyaWJ1dGUsIHBhdGg6IGF0dHJpYnV0ZVBhdGggfSkgPT4ge1xuICAgIGNvbnN0IGNvdW50ID0gZXhwZWN0ZWRbYXR0cmlidXRlLmF0dHJpYnV0ZVR5cGUgYXMgc3RyaW5nXTtcbiAgICBjb25zdCB2YWx1ZXMgPSBhdHRyaWJ1dGUudmFsdWVzO1xuICAgIC8vIEFuIGVtcHR5IG9yIG1hbGZvcm1lZCBsaXN0IGlzIHZhbHVlc0FyZU5vdEVtcHR5J3MgdG8gcmVwb3J0LlxuICAgIGlmIChjb3VudCA9PT0gdW5kZWZpbmVkIHx8IGlzVG9rZW4odmFsdWVzKSB8fCAhQXJyYXkuaXNBcnJheSh2YWx1ZXMpIHx8IHZhbHVlcy5sZW5ndGggPT09IDApIHJldHVybiBbXTtcbiAgICBjb25zdCB2YWx1ZXNQYXRoID0gYCR7YXR0cmlidXRlUGF0aH0udmFsdWVzYDtcbiAgICBpZiAodmFsdWVzLmxlbmd0aCAhPT0gY291bnQpIHtcbiAgICAgIGNvbnN0IHdhbnRlZCA9IGNvdW50ID09PSAxID8gJ2V4YWN0bHkgb25lIElTTy04NjAxIGluc3RhbnQnIDogJ2V4YWN0bHkgdHdvIElTTy04NjAxIGluc3RhbnRzJztcbiAgICAgIHJldHVybiBbeyBwYXRoOiB2YWx1ZXNQYXRoLCBtZXNzYWdlOiBgJHthdHRyaWJ1dGUuYXR0cmlidXRlVHlwZX0gdGFrZXMgJHt3YW50ZWR9LCBnb3QgJHt2YWx1ZXMubGVuZ3RofWAgfV07XG4gICAgfVxuICAgIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXTtcbiAgICBjb25zdCBpbnN0YW50cyA9IHZhbHVlcy5tYXAoKHZhbHVlLCBpKSA9PiB7XG4gICAgICBpZiAoaXNUb2tlbih2YWx1ZSkgfHwgdHlwZW9mIHZhbHVlICE9PSAnc3RyaW5nJyB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBpbnN0YW50ID0gcGFyc2VJbnN0YW50KHZhbHVlKTtcbiAgICAgIGlmIChpbnN0YW50ID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7IHBhdGg6IGAke3ZhbHVlc1BhdGh9WyR7aX1dYCwgbWVzc2FnZTogYCR7c2hvdyh2YWx1ZSl9IGlzIG5vdCBhbiBJU08tODYwMSBpbnN0YW50ICgke0lOU1RBTlRfRk9STX0pYCB9KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBpbnN0YW50O1xuICAgIH0pO1xuICAgIGNvbnN0IFtmcm9tLCB0b10gPSBpbnN0YW50cztcbiAgICBpZiAoY291bnQgPT09IDIgJiYgZnJvbSAhPT0gdW5kZWZpbmVkICYmIHRvICE9PSB1bmRlZmluZWQgJiYgY29tcGFyZUluc3RhbnRzKGZyb20sIHRvKSA+PSAwKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKHsgcGF0aDogdmFsdWVzUGF0aCwgbWVzc2FnZTogYEJFVFdFRU4gaW5zdGFudHMgbXVzdCBiZSBpbiBvcmRlcjogJHtzaG93KHZhbHVlc1swXSl9IGlzIG5vdCBlYXJsaWVyIHRoYW4gJHtzaG93KHZhbHVlc1sxXSl9YCB9KTtcbiAgICB9XG4gICAgcmV0dXJuIHByb2JsZW1zO1xuICB9KTtcbn1cblxuLyoqIFJ1bGUgNTogbGF0aXR1ZGUgaXMgaW4gLTkwLi45MCBhbmQgbG9uZ2l0dWRlIGluIC0xODAuLjE4MC4gKi9cbmZ1bmN0aW9uIGNvb3JkaW5hdGVzQXJlSW5SYW5nZShkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgZ3BzUG9pbnQgPSB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmxvY2F0aW9uKT8uZ3BzUG9pbnQpO1xuICBpZiAoZ3BzUG9pbnQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFtdO1xuICBjb25zdCBjb29yZGluYXRlc1BhdGggPSBgJHtwYXRofS5sb2NhdGlvbi5ncHNQb2ludC5jb29yZGluYXRlc2A7XG4gIGlmIChncHNQb2ludC5jb29yZGluYXRlcyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW3sgcGF0aDogY29vcmRpbmF0ZXNQYXRoLCBtZXNzYWdlOiAnaXMgcmVxdWlyZWQnIH1dO1xuICBjb25zdCBjb29yZGluYXRlcyA9IHdhbGthYmxlKGdwc1BvaW50LmNvb3JkaW5hdGVzKTtcbiAgaWYgKGNvb3JkaW5hdGVzID09PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgcmV0dXJuIFtcbiAgICAuLi5jaGVja051bWJlckluUmFuZ2UoY29vcmRpbmF0ZXMubGF0aXR1ZGUsIC05MCwgOTAsIGAke2Nvb3JkaW5hdGVzUGF0aH0ubGF0aXR1ZGVgKSxcbiAgICAuLi5jaGVja051bWJlckluUmFuZ2UoY29vcmRpbmF0ZXMubG9uZ2l0dWRlLCAtMTgwLCAxODAsIGAke2Nvb3JkaW5hdGVzUGF0aH0ubG9uZ2l0dWRlYCksXG4gIF07XG59XG5cbi8qKiBSdWxlIDY6IHJhbmdlSW5LaWxvbWV0ZXJzIGlzIGEgZmluaXRlIG51bWJlciBncmVhdGVyIHRoYW4gMC4gKi9cbmZ1bmN0aW9uIHJhbmdlSXNQb3NpdGl2ZShkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgcmFuZ2U6IHVua25vd24gPSB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmxvY2F0aW9uKT8uZ3BzUG9pbnQpPy5yYW5nZUluS2lsb21ldGVycztcbiAgaWYgKHJhbmdlID09PSB1bmRlZmluZWQgfHwgaXNUb2tlbihyYW5nZSkpIHJldHVybiBbXTtcbiAgY29uc3QgcmFuZ2VQYXRoID0gYCR7cGF0aH0ubG9jYXRpb24uZ3BzUG9pbnQucmFuZ2VJbktpbG9tZXRlcnNgO1xuICBpZiAoIWlzRmluaXRlTnVtYmVyKHJhbmdlKSkgcmV0dXJuIFt7IHBhdGg6IHJhbmdlUGF0aCwgbWVzc2FnZTogYCR7c2hvdyhyYW5nZSl9IGlzIG5vdCBhIGZpbml0ZSBudW1iZXJgIH1dO1xuICByZXR1cm4gcmFuZ2UgPiAwID8gW10gOiBbeyBwYXRoOiByYW5nZVBhdGgsIG1lc3NhZ2U6IGAke3Nob3cocmFuZ2UpfSBpcyBub3QgZ3JlYXRlciB0aGFuIDBgIH1dO1xufVxuXG4vKiogUnVsZSA3OiBhIGNvdW50cnkgaXMgYW4gYXNzaWduZWQgSVNPIDMxNjYtMSBhbHBoYS0yIGNvZGUsIGluIHVwcGVyY2FzZS4gKi9cbmZ1bmN0aW9uIGNvdW50cmllc0FyZUFscGhhMihkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgY291bnRyeSA9IHdhbGthYmxlKHdhbGthYmxlKGRpbXMubG9jYXRpb24pPy5jb3VudHJ5KTtcbiAgcmV0dXJuIHN0cmluZ1ZhbHVlcyhjb3VudHJ5LCBgJHtwYXRofS5sb2NhdGlvbi5jb3VudHJ5LnZhbHVlc2ApXG4gICAgLmZpbHRlcigoeyB2YWx1ZSB9KSA9PiAhSVNPXzMxNjZfQUxQSEFfMi5oYXModmFsdWUpKVxuICAgIC5tYXAoKHsgdmFsdWUsIHBhdGg6IHZhbHVlUGF0aCB9KSA9PiAoe1xuICAgICAgcGF0aDogdmFsdWVQYXRoLFxuICAgICAgbWVzc2FnZTogYCR7c2hvdyh2YWx1ZSl9IGlzIG5vdCBhbiBJU08gMzE2Ni0xIGFscGhhLTIgY291bnRyeSBjb2RlIChzdWNoIGFzIFVTIG9yIERFKWAsXG4gICAgfSkpO1xufVxuXG4vKiogUnVsZSA4OiBhIGNoYW5uZWwgaXMgb25lIG9mIFBpbnBvaW50J3MgY2hhbm5lbCB0eXBlcy4gKi9cbmZ1bmN0aW9uIGNoYW5uZWxzQXJlS25vd24oZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGNoYW5uZWwgPSB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmRlbW9ncmFwaGljKT8uY2hhbm5lbCk7XG4gIGNvbnN0IGtub3duOiBzdHJpbmdbXSA9IE9iamVjdC52YWx1ZXMoQ2hhbm5lbFR5cGUpO1xuICByZXR1cm4gc3RyaW5nVmFsdWVzKGNoYW5uZWwsIGAke3BhdGh9LmRlbW9ncmFwaGljLmNoYW5uZWwudmFsdWVzYClcbiAgICAuZmlsdGVyKCh7IHZhbHVlIH0pID0+ICFrbm93bi5pbmNsdWRlcyh2YWx1ZSkpXG4gICAgLm1hcCgoeyB2YWx1ZSwgcGF0aDogdmFsdWVQYXRoIH0pID0+ICh7XG4gICAgICBwYXRoOiB2YWx1ZVBhdGgsXG4gICAgICBtZXNzYWdlOiBgJHtzaG93KHZhbHVlKX0gaXMgbm90IGEgUGlucG9pbnQgY2hhbm5lbCB0eXBlIChvbmUgb2YgJHtrbm93bi5qb2luKCcsICcpfSlgLFxuICAgIH0pKTtcbn1cblxuLyoqIFJ1bGUgOSAoZGltZW5zaW9ucyk6IGNvbXBhcmlzb24gb3BlcmF0b3JzIGFuZCBvdGhlciBlbnVtLXR5cGVkIGZpZWxkcyBhcmUgb25lIG9mIHRoZWlyIHZhbHVlcy4gKi9cbmZ1bmN0aW9uIGVudW1zQXJlS25vd24oZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IHJlY2VuY3kgPSB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmJlaGF2aW9yKT8ucmVjZW5jeSk7XG4gIGNvbnN0IHJlY2VuY3lQYXRoID0gYCR7cGF0aH0uYmVoYXZpb3IucmVjZW5jeWA7XG4gIHJldHVybiBbXG4gICAgLi4uYXR0cmlidXRlc09mKGRpbXMsIHBhdGgpLmZsYXRNYXAoKHsgYXR0cmlidXRlLCBwYXRoOiBwIH0pID0+XG4gICAgICBjaGVja0VudW0oYXR0cmlidXRlLmF0dHJpYnV0ZVR5cGUsIEF0dHJpYnV0ZVR5cGUsIGAke3B9LmF0dHJpYnV0ZVR5cGVgLCBmYWxzZSkpLFxuICAgIC4uLnNldERpbWVuc2lvbnNPZihkaW1zLCBwYXRoKS5mbGF0TWFwKCh7IHNldCwgcGF0aDogcCB9KSA9PlxuICAgICAgY2hlY2tFbnVtKHNldC5kaW1lbnNpb25UeXBlLCBEaW1lbnNpb25UeXBlLCBgJHtwfS5kaW1lbnNpb25UeXBlYCwgZmFsc2UpKSxcbiAgICAuLi5tZXRyaWNzT2YoZGltcywgcGF0aCkuZmxhdE1hcCgoeyBtZXRyaWMsIHBhdGg6IHAgfSkgPT5cbiAgICAgIGNoZWNrRW51bShtZXRyaWMuY29tcGFyaXNvbk9wZXJhdG9yLCBDb21wYXJpc29uT3BlcmF0b3IsIGAke3B9LmNvbXBhcmlzb25PcGVyYXRvcmAsIHRydWUpKSxcbiAgICAuLi4ocmVjZW5jeSA9PT0gdW5kZWZpbmVkID8gW10gOiBbXG4gICAgICAuLi5jaGVja0VudW0ocmVjZW5jeS5kdXJhdGlvbiwgUmVjZW5jeUR1cmF0aW9uLCBgJHtyZWNlbmN5UGF0aH0uZHVyYXRpb25gLCB0cnVlKSxcbiAgICAgIC4uLmNoZWNrRW51bShyZWNlbmN5LnJlY2VuY3lUeXBlLCBSZWNlbmN5VHlwZSwgYCR7cmVjZW5jeVBhdGh9LnJlY2VuY3lUeXBlYCwgdHJ1ZSksXG4gICAgXSksXG4gIF07XG59XG5cbi8qKiBSdWxlIDEwOiBhIG1ldHJpYydzIHZhbHVlIGlzIGEgZmluaXRlIG51bWJlci4gKi9cbmZ1bmN0aW9uIG1ldHJpY1ZhbHVlc0FyZUZpbml0ZShkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgcmV0dXJuIG1ldHJpY3NPZihkaW1zLCBwYXRoKS5mbGF0TWFwKCh7IG1ldHJpYywgcGF0aDogbWV0cmljUGF0aCB9KSA9PiB7XG4gICAgY29uc3QgdmFsdWU6IHVua25vd24gPSBtZXRyaWMudmFsdWU7XG4gICAgaWYgKGlzVG9rZW4odmFsdWUpKSByZXR1cm4gW107XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBbeyBwYXRoOiBgJHttZXRyaWNQYXRofS52YWx1ZWAsIG1lc3NhZ2U6ICdpcyByZXF1aXJlZCcgfV07XG4gICAgcmV0dXJuIGlzRmluaXRlTnVtYmVyKHZhbHVlKSA/IFtdIDogW3sgcGF0aDogYCR7bWV0cmljUGF0aH0udmFsdWVgLCBtZXNzYWdlOiBgJHtzaG93KHZhbHVlKX0gaXMgbm90IGEgZmluaXRlIG51bWJlcmAgfV07XG4gIH0pO1xufVxuXG5jb25zdCBESU1FTlNJT05fUlVMRVM6IERpbWVuc2lvbnNSdWxlW10gPSBbXG4gIG1hcEtleXNBcmVOb3RFbXB0eSxcbiAgdmFsdWVzQXJlTm90RW1wdHksXG4gIGluc3RhbnRzQXJlVmFsaWQsXG4gIGNvb3JkaW5hdGVzQXJlSW5SYW5nZSxcbiAgcmFuZ2VJc1Bvc2l0aXZlLFxuICBjb3VudHJpZXNBcmVBbHBoYTIsXG4gIGNoYW5uZWxzQXJlS25vd24sXG4gIGVudW1zQXJlS25vd24sXG4gIG1ldHJpY1ZhbHVlc0FyZUZpbml0ZSxcbl07XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gV2Fsa2luZyB0aGUgcHJvcHNcblxuLyoqIEV2ZXJ5IGBTZWdtZW50RGltZW5zaW9uc2AgaW4gdGhlIHByb3BzLCB3aXRoIGl0cyBwYXRoLiAqL1xuZnVuY3Rpb24gZGltZW5zaW9uc09mKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IHsgZGltczogU2VnbWVudERpbWVuc2lvbnM7IHBhdGg6IHN0cmluZyB9W10ge1xuICBjb25zdCB0b3AgPSB3YWxrYWJsZShwcm9wcy5kaW1lbnNpb25zKTtcbiAgcmV0dXJuIFtcbiAgICAuLi4odG9wID09PSB1bmRlZmluZWQgPyBbXSA6IFt7IGRpbXM6IHRvcCwgcGF0aDogJ2RpbWVuc2lvbnMnIH1dKSxcbiAgICAuLi5ncm91cHNPZihwcm9wcykuZmxhdE1hcCgoeyBncm91cCwgcGF0aCB9KSA9PlxuICAgICAgcmVzb2x2ZWRFbGVtZW50cyhncm91cC5kaW1lbnNpb25zLCBgJHtwYXRofS5kaW1lbnNpb25zYCkubWFwKCh7IHZhbHVlLCBwYXRoOiBwIH0pID0+ICh7IGRpbXM6IHZhbHVlLCBwYXRoOiBwIH0pKSksXG4gIF07XG59XG5cbmZ1bmN0aW9uIGdyb3Vwc09mKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcykge1xuICByZXR1cm4gcmVzb2x2ZWRFbGVtZW50cyh3YWxrYWJsZShwcm9wcy5zZWdtZW50R3JvdXBzKT8uZ3JvdXBzLCAnc2VnbWVudEdyb3Vwcy5ncm91cHMnKVxuICAgIC5tYXAoKHsgdmFsdWUsIHBhdGggfSkgPT4gKHsgZ3JvdXA6IHZhbHVlLCBwYXRoIH0pKTtcbn1cblxuZnVuY3Rpb24gYXR0cmlidXRlc09mKGRpbXM6IFNlZ21lbnREaW1lbnNpb25zLCBwYXRoOiBzdHJpbmcpOiB7IGF0dHJpYnV0ZTogQXR0cmlidXRlRGltZW5zaW9uQ29uZmlnOyBwYXRoOiBzdHJpbmcgfVtdIHtcbiAgcmV0dXJuIChbJ2F0dHJpYnV0ZXMnLCAndXNlckF0dHJpYnV0ZXMnXSBhcyBjb25zdCkuZmxhdE1hcCgoZmFtaWx5KSA9PlxuICAgIHJlc29sdmVkRW50cmllcyhkaW1zW2ZhbWlseV0sIGAke3BhdGh9LiR7ZmFtaWx5fWApLm1hcCgoeyB2YWx1ZSwgcGF0aDogcCB9KSA9PiAoeyBhdHRyaWJ1dGU6IHZhbHVlLCBwYXRoOiBwIH0pKSk7XG59XG5cbmZ1bmN0aW9uIG1ldHJpY3NPZihkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKSB7XG4gIHJldHVybiByZXNvbHZlZEVudHJpZXMoZGltcy5tZXRyaWNzLCBgJHtwYXRofS5tZXRyaWNzYCkubWFwKCh7IHZhbHVlLCBwYXRoOiBwIH0pID0+ICh7IG1ldHJpYzogdmFsdWUsIHBhdGg6IHAgfSkpO1xufVxuXG5jb25zdCBERU1PR1JBUEhJQ19GSUVMRFMgPSBbJ2FwcFZlcnNpb24nLCAnY2hhbm5lbCcsICdkZXZpY2VUeXBlJywgJ21ha2UnLCAnbW9kZWwnLCAncGxhdGZvcm0nXSBhcyBjb25zdDtcblxuLyoqIFRoZSBzaXggZGVtb2dyYXBoaWMgc2V0IGRpbWVuc2lvbnMgYW5kIHRoZSBjb3VudHJ5LCB3aXRoIHRoZWlyIHBhdGhzLiAqL1xuZnVuY3Rpb24gc2V0RGltZW5zaW9uc09mKGRpbXM6IFNlZ21lbnREaW1lbnNpb25zLCBwYXRoOiBzdHJpbmcpOiB7IHNldDogU2V0RGltZW5zaW9uOyBwYXRoOiBzdHJpbmcgfVtdIHtcbiAgY29uc3QgZGVtb2dyYXBoaWMgPSB3YWxrYWJsZShkaW1zLmRlbW9ncmFwaGljKTtcbiAgY29uc3Qgc2V0cyA9IERFTU9HUkFQSElDX0ZJRUxEUy5tYXAoKGZpZWxkKSA9PiAoe1xuICAgIHNldDogd2Fsa2FibGUoZGVtb2dyYXBoaWM/LltmaWVsZF0pLFxuICAgIHBhdGg6IGAke3BhdGh9LmRlbW9ncmFwaGljLiR7ZmllbGR9YCxcbiAgfSkpO1xuICBzZXRzLnB1c2goeyBzZXQ6IHdhbGthYmxlKHdhbGthYmxlKGRpbXMubG9jYXRpb24pPy5jb3VudHJ5KSwgcGF0aDogYCR7cGF0aH0ubG9jYXRpb24uY291bnRyeWAgfSk7XG4gIHJldHVybiBzZXRzLmZpbHRlcigocyk6IHMgaXMgeyBzZXQ6IFNldERpbWVuc2lvbjsgcGF0aDogc3RyaW5nIH0gPT4gcy5zZXQgIT09IHVuZGVmaW5lZCk7XG59XG5cbi8qKiBFdmVyeSBgdmFsdWVzYCBsaXN0IGluIGEgZGltZW5zaW9ucyBvYmplY3QsIHdpdGggaXRzIHBhdGguICovXG5mdW5jdGlvbiB2YWx1ZUxpc3RzKGRpbXM6IFNlZ21lbnREaW1lbnNpb25zLCBwYXRoOiBzdHJpbmcpOiB7IHZhbHVlczogdW5rbm93bjsgcGF0aDogc3RyaW5nIH1bXSB7XG4gIHJldHVybiBbXG4gICAgLi4uYXR0cmlidXRlc09mKGRpbXMsIHBhdGgpLm1hcCgoeyBhdHRyaWJ1dGUsIHBhdGg6IHAgfSkgPT4gKHsgdmFsdWVzOiBhdHRyaWJ1dGUudmFsdWVzIGFzIHVua25vd24sIHBhdGg6IGAke3B9LnZhbHVlc2AgfSkpLFxuICAgIC4uLnNldERpbWVuc2lvbnNPZihkaW1zLCBwYXRoKS5tYXAoKHsgc2V0LCBwYXRoOiBwIH0pID0+ICh7IHZhbHVlczogc2V0LnZhbHVlcyBhcyB1bmtub3duLCBwYXRoOiBgJHtwfS52YWx1ZXNgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFRoZSByZXNvbHZlZCwgbm9uLWVtcHR5IHN0cmluZyB2YWx1ZXMgb2YgYSBzZXQgZGltZW5zaW9uIChvdGhlcnMgYXJlIHJlcG9ydGVkIGVsc2V3aGVyZSkuICovXG5mdW5jdGlvbiBzdHJpbmdWYWx1ZXMoc2V0OiBTZXREaW1lbnNpb24gfCB1bmRlZmluZWQsIHBhdGg6IHN0cmluZyk6IHsgdmFsdWU6IHN0cmluZzsgcGF0aDogc3RyaW5nIH1bXSB7XG4gIGNvbnN0IHZhbHVlczogdW5rbm93biA9IHNldD8udmFsdWVzO1xuICBpZiAoIWlzUmVzb2x2ZWRMaXN0KHZhbHVlcykpIHJldHVybiBbXTtcbiAgcmV0dXJuIHZhbHVlcy5mbGF0TWFwKCh2YWx1ZSwgaSkgPT5cbiAgICB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmIHZhbHVlICE9PSAnJyAmJiAhaXNUb2tlbih2YWx1ZSkgPyBbeyB2YWx1ZSwgcGF0aDogYCR7cGF0aH1bJHtpfV1gIH1dIDogW10pO1xufVxuXG4vKiogRGltZW5zaW9uIGNvdW50IGFzIFBpbnBvaW50IGNvdW50cyBpdDogZWFjaCBjcml0ZXJpb24gaXMgb25lIGRpbWVuc2lvbi4gKi9cbmZ1bmN0aW9uIGNvdW50RGltZW5zaW9ucyhkaW1zOiBTZWdtZW50RGltZW5zaW9ucyk6IG51bWJlciB7XG4gIGNvbnN0IGtleXMgPSAobWFwOiBvYmplY3QgfCB1bmRlZmluZWQpID0+ICh3YWxrYWJsZShtYXApID09PSB1bmRlZmluZWQgPyAwIDogT2JqZWN0LmtleXMobWFwIGFzIG9iamVjdCkubGVuZ3RoKTtcbiAgY29uc3QgbG9jYXRpb24gPSB3YWxrYWJsZShkaW1zLmxvY2F0aW9uKTtcbiAgcmV0dXJuIGtleXMoZGltcy5hdHRyaWJ1dGVzKVxuICAgICsga2V5cyhkaW1zLnVzZXJBdHRyaWJ1dGVzKVxuICAgICsga2V5cyhkaW1zLm1ldHJpY3MpXG4gICAgKyAod2Fsa2FibGUoZGltcy5iZWhhdmlvcik/LnJlY2VuY3kgIT09IHVuZGVmaW5lZCA/IDEgOiAwKVxuICAgICsgc2V0RGltZW5zaW9uc09mKGRpbXMsICcnKS5sZW5ndGggLy8gZGVtb2dyYXBoaWMgZmllbGRzIGFuZCBjb3VudHJ5XG4gICAgKyAobG9jYXRpb24/Lmdwc1BvaW50ICE9PSB1bmRlZmluZWQgPyAxIDogMCk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gU21hbGwgaGVscGVyc1xuXG5mdW5jdGlvbiBpc1Rva2VuKHZhbHVlOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiBUb2tlbi5pc1VucmVzb2x2ZWQodmFsdWUpO1xufVxuXG4vKiogVGhlIG9iamVjdCwgdW5sZXNzIGl0IGlzIGFic2VudCwgbm90IGFuIG9iamVjdCwgb3IgYSB0b2tlbiAod2hvc2UgY29udGVudHMgYXJlIHVua25vd24pLiAqL1xuZnVuY3Rpb24gd2Fsa2FibGU8VD4odmFsdWU6IFQgfCB1bmRlZmluZWQpOiBUIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IG51bGwgfHwgdHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyB8fCBpc1Rva2VuKHZhbHVlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBpc1Jlc29sdmVkTGlzdCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIHVua25vd25bXSB7XG4gIHJldHVybiBBcnJheS5pc0FycmF5KHZhbHVlKSAmJiAhaXNUb2tlbih2YWx1ZSk7XG59XG5cbi8qKiBUaGUgd2Fsa2FibGUgZWxlbWVudHMgb2YgYSBsaXN0LCB3aXRoIHRoZWlyIHBhdGhzLiAqL1xuZnVuY3Rpb24gcmVzb2x2ZWRFbGVtZW50czxUPihsaXN0OiBUW10gfCB1bmRlZmluZWQsIHBhdGg6IHN0cmluZyk6IHsgdmFsdWU6IFQ7IHBhdGg6IHN0cmluZyB9W10ge1xuICBpZiAoIWlzUmVzb2x2ZWRMaXN0KGxpc3QpKSByZXR1cm4gW107XG4gIHJldHVybiAobGlzdCBhcyBUW10pLmZsYXRNYXAoKHZhbHVlLCBpKSA9PiB7XG4gICAgY29uc3QgZWxlbWVudCA9IHdhbGthYmxlKHZhbHVlKTtcbiAgICByZXR1cm4gZWxlbWVudCA9PT0gdW5kZWZpbmVkID8gW10gOiBbeyB2YWx1ZTogZWxlbWVudCwgcGF0aDogYCR7cGF0aH1bJHtpfV1gIH1dO1xuICB9KTtcbn1cblxuLyoqIFRoZSB3YWxrYWJsZSBlbnRyaWVzIG9mIGEgbWFwLCB3aXRoIHRoZWlyIHBhdGhzLiAqL1xuZnVuY3Rpb24gcmVzb2x2ZWRFbnRyaWVzPFQ+KG1hcDogeyBbbmFtZTogc3RyaW5nXTogVCB9IHwgdW5kZWZpbmVkLCBwYXRoOiBzdHJpbmcpOiB7IHZhbHVlOiBUOyBwYXRoOiBzdHJpbmcgfVtdIHtcbiAgY29uc3QgcmVzb2x2ZWQgPSB3YWxrYWJsZShtYXApO1xuICBpZiAocmVzb2x2ZWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFtdO1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMocmVzb2x2ZWQpLmZsYXRNYXAoKFtuYW1lLCB2YWx1ZV0pID0+IHtcbiAgICBjb25zdCBlbnRyeSA9IHdhbGthYmxlKHZhbHVlKTtcbiAgICByZXR1cm4gZW50cnkgPT09IHVuZGVmaW5lZCA/IFtdIDogW3sgdmFsdWU6IGVudHJ5LCBwYXRoOiBjaGlsZFBhdGgocGF0aCwgbmFtZSkgfV07XG4gIH0pO1xufVxuXG4vKiogYHBhcmVudC5uYW1lYCBmb3IgcGxhaW4gbmFtZXMsIGBwYXJlbnRbXCJvZGQgbmFtZVwiXWAgb3RoZXJ3aXNlLCBzbyBwYXRocyBzdGF5IHVuYW1iaWd1b3VzLiAqL1xuZnVuY3Rpb24gY2hpbGRQYXRoKHBhcmVudDogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15bQS1aYS16XyRdW1xcdyRdKiQvLnRlc3QobmFtZSkgPyBgJHtwYXJlbnR9LiR7bmFtZX1gIDogYCR7cGFyZW50fVske0pTT04uc3RyaW5naWZ5KG5hbWUpfV1gO1xufVxuXG5mdW5jdGlvbiBjaGVja0VudW0odmFsdWU6IHVua25vd24sIGVudW1PYmplY3Q6IHsgW25hbWU6IHN0cmluZ106IHN0cmluZyB9LCBwYXRoOiBzdHJpbmcsIHJlcXVpcmVkOiBib29sZWFuKTogUHJvYmxlbVtdIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiByZXF1aXJlZCA/IFt7IHBhdGgsIG1lc3NhZ2U6ICdpcyByZXF1aXJlZCcgfV0gOiBbXTtcbiAgaWYgKGlzVG9rZW4odmFsdWUpKSByZXR1cm4gW107XG4gIGNvbnN0IGFsbG93ZWQgPSBPYmplY3QudmFsdWVzKGVudW1PYmplY3QpO1xuICByZXR1cm4gYWxsb3dlZC5pbmNsdWRlcyh2YWx1ZSBhcyBzdHJpbmcpID8gW10gOiBbeyBwYXRoLCBtZXNzYWdlOiBgJHtzaG93KHZhbHVlKX0gaXMgbm90IG9uZSBvZiAke2FsbG93ZWQuam9pbignLCAnKX1gIH1dO1xufVxuXG5mdW5jdGlvbiBjaGVja051bWJlckluUmFuZ2UodmFsdWU6IHVua25vd24sIG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgaWYgKGlzVG9rZW4odmFsdWUpKSByZXR1cm4gW107XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW3sgcGF0aCwgbWVzc2FnZTogJ2lzIHJlcXVpcmVkJyB9XTtcbiAgaWYgKCFpc0Zpbml0ZU51bWJlcih2YWx1ZSkpIHJldHVybiBbeyBwYXRoLCBtZXNzYWdlOiBgJHtzaG93KHZhbHVlKX0gaXMgbm90IGEgZmluaXRlIG51bWJlcmAgfV07XG4gIHJldHVybiB2YWx1ZSA+PSBtaW4gJiYgdmFsdWUgPD0gbWF4ID8gW10gOiBbeyBwYXRoLCBtZXNzYWdlOiBgJHtzaG93KHZhbHVlKX0gaXMgb3V0c2lkZSAke21pbn0uLiR7bWF4fWAgfV07XG59XG5cbmZ1bmN0aW9uIGlzRmluaXRlTnVtYmVyKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgbnVtYmVyIHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKTtcbn1cblxuZnVuY3Rpb24gaXNCbGFuayh2YWx1ZTogdW5rbm93bik6IGJvb2xlYW4ge1xuICBpZiAoaXNUb2tlbih2YWx1ZSkpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSAhPT0gJ3N0cmluZycgfHwgdmFsdWUudHJpbSgpID09PSAnJztcbn1cblxuLyoqIEEgdmFsdWUgYXMgaXQgYXBwZWFycyBpbiBhIG1lc3NhZ2U6IHN0cmluZ3MgcXVvdGVkLCBldmVyeXRoaW5nIGVsc2UgYXMgd3JpdHRlbiBpbiBjb2RlLiAqL1xuZnVuY3Rpb24gc2hvdyh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gYCcke3ZhbHVlfSdgO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJykgcmV0dXJuIFN0cmluZyh2YWx1ZSk7XG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh2YWx1ZSkgPz8gU3RyaW5nKHZhbHVlKTtcbn1cblxuaW50ZXJmYWNlIEluc3RhbnQge1xuICAvKiogU2Vjb25kcyBzaW5jZSAxOTcwLTAxLTAxVDAwOjAwOjAwWi4gKi9cbiAgcmVhZG9ubHkgZXBvY2hTZWNvbmRzOiBudW1iZXI7XG4gIC8qKiBUaGUgZnJhY3Rpb24gb2YgdGhlIHNlY29uZCwgaW4gbmFub3NlY29uZHMuICovXG4gIHJlYWRvbmx5IG5hbm9zOiBudW1iZXI7XG59XG5cbmZ1bmN0aW9uIHBhcnNlSW5zdGFudCh0ZXh0OiBzdHJpbmcpOiBJbnN0YW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbWF0Y2ggPSBJTlNUQU5ULmV4ZWModGV4dCk7XG4gIGlmIChtYXRjaCA9PT0gbnVsbCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgW3llYXIsIG1vbnRoLCBkYXksIGhvdXIsIG1pbnV0ZSwgc2Vjb25kXSA9IG1hdGNoLnNsaWNlKDEsIDcpLm1hcChOdW1iZXIpO1xuICBjb25zdCBbZnJhY3Rpb24sIHNpZ24sIG9mZnNldEhvdXJzLCBvZmZzZXRNaW51dGVzXSA9IG1hdGNoLnNsaWNlKDcpO1xuICBpZiAobW9udGggPCAxIHx8IG1vbnRoID4gMTIgfHwgZGF5IDwgMSB8fCBkYXkgPiBkYXlzSW5Nb250aCh5ZWFyLCBtb250aCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmIChob3VyID4gMjMgfHwgbWludXRlID4gNTkgfHwgc2Vjb25kID4gNTkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGxldCBvZmZzZXRTZWNvbmRzID0gMDtcbiAgaWYgKHNpZ24gIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGggPSBOdW1iZXIob2Zmc2V0SG91cnMpO1xuICAgIGNvbnN0IG0gPSBOdW1iZXIob2Zmc2V0TWludXRlcyk7XG4gICAgaWYgKG0gPiA1OSB8fCBoICogNjAgKyBtID4gMTggKiA2MCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBvZmZzZXRTZWNvbmRzID0gKHNpZ24gPT09ICctJyA/IC0xIDogMSkgKiAoaCAqIDM2MDAgKyBtICogNjApO1xuICB9XG4gIGNvbnN0IGVwb2NoU2Vjb25kcyA9IGRheXNTaW5jZUVwb2NoKHllYXIsIG1vbnRoLCBkYXkpICogODY0MDAgKyBob3VyICogMzYwMCArIG1pbnV0ZSAqIDYwICsgc2Vjb25kIC0gb2Zmc2V0U2Vjb25kcztcbiAgY29uc3QgbmFub3MgPSBmcmFjdGlvbiA9PT0gdW5kZWZpbmVkID8gMCA6IE51bWJlcihmcmFjdGlvbi5wYWRFbmQoOSwgJzAnKSk7XG4gIHJldHVybiB7IGVwb2NoU2Vjb25kcywgbmFub3MgfTtcbn1cblxuZnVuY3Rpb24gY29tcGFyZUluc3RhbnRzKGE6IEluc3RhbnQsIGI6IEluc3RhbnQpOiBudW1iZXIge1xuICByZXR1cm4gYS5lcG9jaFNlY29uZHMgIT09IGIuZXBvY2hTZWNvbmRzID8gYS5lcG9jaFNlY29uZHMgLSBiLmVwb2NoU2Vjb25kcyA6IGEubmFub3MgLSBiLm5hbm9zO1xufVxuXG5mdW5jdGlvbiBpc0xlYXBZZWFyKHllYXI6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gKHllYXIgJSA0ID09PSAwICYmIHllYXIgJSAxMDAgIT09IDApIHx8IHllYXIgJSA0MDAgPT09IDA7XG59XG5cbmZ1bmN0aW9uIGRheXNJbk1vbnRoKHllYXI6IG51bWJlciwgbW9udGg6IG51bWJlcik6IG51bWJlciB7XG4gIGlmIChtb250aCA9PT0gMikgcmV0dXJuIGlzTGVhcFllYXIoeWVhcikgPyAyOSA6IDI4O1xuICByZXR1cm4gWzQsIDYsIDksIDExXS5pbmNsdWRlcyhtb250aCkgPyAzMCA6IDMxO1xufVxuXG4vKiogRGF5cyBmcm9tIDE5NzAtMDEtMDEgaW4gdGhlIHByb2xlcHRpYyBHcmVnb3JpYW4gY2FsZW5kYXIgKERhdGUuVVRDIG1hcHMgeWVhcnMgMC4uOTkgdG8gMTl4eCkuICovXG5mdW5jdGlvbiBkYXlzU2luY2VFcG9jaCh5ZWFyOiBudW1iZXIsIG1vbnRoOiBudW1iZXIsIGRheTogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgeSA9IG1vbnRoIDw9IDIgPyB5ZWFyIC0gMSA6IHllYXI7XG4gIGNvbnN0IGVyYSA9IE1hdGguZmxvb3IoeSAvIDQwMCk7XG4gIGNvbnN0IHllYXJPZkVyYSA9IHkgLSBlcmEgKiA0MDA7XG4gIGNvbnN0IGRheU9mWWVhciA9IE1hdGguZmxvb3IoKDE1MyAqIChtb250aCArIChtb250aCA+IDIgPyAtMyA6IDkpKSArIDIpIC8gNSkgKyBkYXkgLSAxO1xuICBjb25zdCBkYXlPZkVyYSA9IHllYXJPZkVyYSAqIDM2NSArIE1hdGguZmxvb3IoeWVhck9mRXJhIC8gNCkgLSBNYXRoLmZsb29yKHllYXJPZkVyYSAvIDEwMCkgKyBkYXlPZlllYXI7XG4gIHJldHVybiBlcmEgKiAxNDYwOTcgKyBkYXlPZkVyYSAtIDcxOTQ2ODtcbn1cbiJdfQ==