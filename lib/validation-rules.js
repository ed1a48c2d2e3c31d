"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIMENSION_RULES = exports.SEGMENT_RULES = void 0;
exports.dimensionsOf = dimensionsOf;
exports.groupsOf = groupsOf;
exports.countDimensions = countDimensions;
exports.isToken = isToken;
exports.walkable = walkable;
exports.isResolvedList = isResolvedList;
// The value rules of a segment definition: one small named function per rule. They run after the
// shape check (validation-shape.ts), which has already reported every wrong type, unknown key and
// missing field, so a rule only looks at values of the right type and skips the rest. Values that
// are unresolved tokens are skipped: they are only known at deploy time.
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ownership_1 = require("./ownership");
const segment_dimensions_1 = require("./segment-dimensions");
const validation_format_1 = require("./validation-format");
const validation_instant_1 = require("./validation-instant");
const validation_limits_1 = require("./validation-limits");
const validation_shape_1 = require("./validation-shape");
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
function dimensionsAndSegmentGroupsAreExclusive(props) {
    if (props.dimensions === undefined || props.segmentGroups === undefined)
        return [];
    return [{ path: 'dimensions', message: 'cannot be combined with segmentGroups (set one or the other)' }];
}
/** A request can include only one segment group (MAX_GROUPS cites the source). */
function atMostOneGroup(props) {
    const groups = walkable(props.segmentGroups)?.groups;
    if (!isResolvedList(groups) || groups.length <= validation_limits_1.MAX_GROUPS)
        return [];
    return [{ path: 'segmentGroups.groups', message: `${groups.length} groups given; Pinpoint accepts at most ${validation_limits_1.MAX_GROUPS}` }];
}
/** A source segment's id is not empty, and its version, if set, is an integer of at least 1. */
function sourceSegmentsAreValid(props) {
    return groupsOf(props).flatMap(({ group, path }) => resolvedElements(group.sourceSegments, `${path}.sourceSegments`).flatMap(({ value: source, path: sourcePath }) => {
        const problems = [];
        if (isBlankString(source.id))
            problems.push({ path: `${sourcePath}.id`, message: 'must not be empty' });
        const version = source.version;
        if (typeof version === 'number' && !isToken(version) && !(Number.isInteger(version) && version >= 1)) {
            problems.push({ path: `${sourcePath}.version`, message: `${(0, validation_format_1.showValue)(version)} is not an integer of at least 1` });
        }
        return problems;
    }));
}
/** At most 100 dimensions per segment, summed over the top level and every group. */
function atMost100Dimensions(props) {
    const total = dimensionsOf(props).reduce((sum, { dims }) => sum + countDimensions(dims), 0);
    if (total <= validation_limits_1.MAX_DIMENSIONS)
        return [];
    const path = props.dimensions !== undefined ? 'dimensions' : 'segmentGroups';
    return [{ path, message: `${total} dimensions exceeds the limit of ${validation_limits_1.MAX_DIMENSIONS} per segment` }];
}
/** Tags fit the tagging limits; none uses `aws:` or the construct's own ownership tag. */
function tagsFitLimits(props) {
    const tags = walkable(props.tags);
    if (tags === undefined || Array.isArray(tags))
        return [];
    const entries = Object.entries(tags);
    const problems = [];
    if (entries.length > validation_limits_1.MAX_TAGS) {
        problems.push({ path: 'tags', message: `${entries.length} tags exceeds the limit of ${validation_limits_1.MAX_TAGS}` });
    }
    for (const [key, value] of entries) {
        const path = (0, validation_shape_1.childPath)('tags', key);
        if (!isToken(key))
            problems.push(...checkTagKey(key, path));
        if (typeof value === 'string' && !isToken(value))
            problems.push(...checkTagValue(value, path));
    }
    return problems;
}
function checkTagKey(key, path) {
    const length = [...key].length;
    if (length === 0)
        return [{ path, message: 'tag key must not be empty' }];
    const problems = [];
    if (length > validation_limits_1.MAX_TAG_KEY_LENGTH) {
        problems.push({ path, message: `tag key is ${length} characters, more than ${validation_limits_1.MAX_TAG_KEY_LENGTH}` });
    }
    if (!TAG_CHARACTERS.test(key)) {
        problems.push({ path, message: 'tag key may only contain letters, digits, whitespace and _ . : / = + - @' });
    }
    if (key.toLowerCase().startsWith('aws:')) {
        problems.push({ path, message: 'tag key must not start with aws: (reserved for AWS)' });
    }
    if (key === ownership_1.OWNERSHIP_TAG_KEY) {
        problems.push({ path, message: 'tag key is reserved for the ownership tag this construct writes itself' });
    }
    return problems;
}
function checkTagValue(value, path) {
    const length = [...value].length;
    const problems = [];
    if (length > validation_limits_1.MAX_TAG_VALUE_LENGTH) {
        problems.push({ path, message: `tag value is ${length} characters, more than ${validation_limits_1.MAX_TAG_VALUE_LENGTH}` });
    }
    if (!TAG_CHARACTERS.test(value)) {
        problems.push({ path, message: 'tag value may only contain letters, digits, whitespace and _ . : / = + - @' });
    }
    return problems;
}
/** The segment has a name. (Its length has no documented limit; see validation-limits.ts.) */
function nameIsNotEmpty(props) {
    return isBlankString(props.name) ? [{ path: 'name', message: 'must not be empty or only whitespace' }] : [];
}
/** applicationId and, if given, segmentId are not empty. */
function idsAreNotEmpty(props) {
    const problems = [];
    if (isBlankString(props.applicationId))
        problems.push({ path: 'applicationId', message: 'must not be empty' });
    if (isBlankString(props.segmentId))
        problems.push({ path: 'segmentId', message: 'must not be empty' });
    return problems;
}
/** Only DESTROY and RETAIN mean something for a segment (there are no snapshots). */
function removalPolicyIsSupported(props) {
    const policy = props.removalPolicy;
    const supported = [aws_cdk_lib_1.RemovalPolicy.DESTROY, aws_cdk_lib_1.RemovalPolicy.RETAIN, aws_cdk_lib_1.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE];
    if (typeof policy !== 'string' || supported.includes(policy))
        return [];
    const name = Object.entries(aws_cdk_lib_1.RemovalPolicy).find(([, value]) => value === policy)?.[0] ?? (0, validation_format_1.showValue)(policy);
    return [{ path: 'removalPolicy', message: `${name} is not supported (use DESTROY or RETAIN)` }];
}
/** restoreOnDelete needs a pre-adoption definition, so only an adopted segment has one. */
function restoreOnDeleteNeedsAdoption(props) {
    if (props.restoreOnDelete !== true || props.segmentId !== undefined)
        return [];
    return [{ path: 'restoreOnDelete', message: 'only applies to an adopted segment (set segmentId)' }];
}
/** The rules over the whole props, in the order their problems are listed. */
exports.SEGMENT_RULES = [
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
function mapKeysAreNotEmpty(dims, path) {
    return ['attributes', 'userAttributes', 'metrics'].flatMap((family) => {
        const map = walkable(dims[family]);
        if (map === undefined)
            return [];
        return Object.keys(map)
            .filter((name) => !isToken(name) && name.trim() === '')
            .map((name) => ({ path: (0, validation_shape_1.childPath)(`${path}.${family}`, name), message: 'name must not be empty' }));
    });
}
/** Every `values` list has at least one value, and no value is an empty string. */
function valuesAreNotEmpty(dims, path) {
    return valueLists(dims, path).flatMap(({ values, path: valuesPath }) => {
        if (!isResolvedList(values))
            return [];
        if (values.length === 0)
            return [{ path: valuesPath, message: 'must not be empty' }];
        return values.flatMap((value, i) => value === '' ? [{ path: `${valuesPath}[${i}]`, message: 'must not be an empty string' }] : []);
    });
}
/** BEFORE, AFTER and ON take one ISO-8601 instant; BETWEEN takes two, in order. */
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
        // An empty or malformed list is reported elsewhere.
        if (count === undefined || !isResolvedList(values) || values.length === 0)
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
            const instant = (0, validation_instant_1.parseInstant)(value);
            if (instant === undefined) {
                problems.push({ path: `${valuesPath}[${i}]`, message: `${(0, validation_format_1.showValue)(value)} is not an ISO-8601 instant (${validation_instant_1.INSTANT_FORM})` });
            }
            return instant;
        });
        const [from, to] = instants;
        if (count === 2 && from !== undefined && to !== undefined && (0, validation_instant_1.compareInstants)(from, to) >= 0) {
            problems.push({
                path: valuesPath,
                message: `BETWEEN instants must be in order: ${(0, validation_format_1.showValue)(values[0])} is not earlier than ${(0, validation_format_1.showValue)(values[1])}`,
            });
        }
        return problems;
    });
}
/** Latitude is in -90..90 and longitude in -180..180. */
function coordinatesAreInRange(dims, path) {
    const coordinates = walkable(walkable(walkable(dims.location)?.gpsPoint)?.coordinates);
    if (coordinates === undefined)
        return [];
    const coordinatesPath = `${path}.location.gpsPoint.coordinates`;
    return [
        ...checkNumberInRange(coordinates.latitude, -90, 90, `${coordinatesPath}.latitude`),
        ...checkNumberInRange(coordinates.longitude, -180, 180, `${coordinatesPath}.longitude`),
    ];
}
/** rangeInKilometers is a finite number greater than 0. */
function rangeIsPositive(dims, path) {
    const range = walkable(walkable(dims.location)?.gpsPoint)?.rangeInKilometers;
    if (typeof range !== 'number' || isToken(range))
        return [];
    const rangePath = `${path}.location.gpsPoint.rangeInKilometers`;
    if (!Number.isFinite(range))
        return [{ path: rangePath, message: `${(0, validation_format_1.showValue)(range)} is not a finite number` }];
    return range > 0 ? [] : [{ path: rangePath, message: `${(0, validation_format_1.showValue)(range)} is not greater than 0` }];
}
/** A country is an assigned ISO 3166-1 alpha-2 code, in uppercase. */
function countriesAreAlpha2(dims, path) {
    const country = walkable(walkable(dims.location)?.country);
    return stringValues(country, `${path}.location.country.values`)
        .filter(({ value }) => !ISO_3166_ALPHA_2.has(value))
        .map(({ value, path: valuePath }) => ({
        path: valuePath,
        message: `${(0, validation_format_1.showValue)(value)} is not an ISO 3166-1 alpha-2 country code (such as US or DE)`,
    }));
}
/** A channel is one of Pinpoint's channel types. */
function channelsAreKnown(dims, path) {
    const channel = walkable(walkable(dims.demographic)?.channel);
    const known = Object.values(segment_dimensions_1.ChannelType);
    return stringValues(channel, `${path}.demographic.channel.values`)
        .filter(({ value }) => !known.includes(value))
        .map(({ value, path: valuePath }) => ({
        path: valuePath,
        message: `${(0, validation_format_1.showValue)(value)} is not a Pinpoint channel type (one of ${known.join(', ')})`,
    }));
}
/** A metric's value is a finite number. */
function metricValuesAreFinite(dims, path) {
    return metricsOf(dims, path).flatMap(({ metric, path: metricPath }) => {
        const value = metric.value;
        if (typeof value !== 'number' || isToken(value) || Number.isFinite(value))
            return [];
        return [{ path: `${metricPath}.value`, message: `${(0, validation_format_1.showValue)(value)} is not a finite number` }];
    });
}
/** The rules over each `SegmentDimensions`, in the order their problems are listed. */
exports.DIMENSION_RULES = [
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
function dimensionsOf(props) {
    const top = walkable(props.dimensions);
    return [
        ...(top === undefined ? [] : [{ dims: top, path: 'dimensions' }]),
        ...groupsOf(props).flatMap(({ group, path }) => resolvedElements(group.dimensions, `${path}.dimensions`).map(({ value, path: p }) => ({ dims: value, path: p }))),
    ];
}
/** Every group of the props, with its path. */
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
/**
 * Dimension count as Pinpoint counts it: each criterion is one dimension. A container that is a
 * token counts as 0: its contents are unknown until deploy.
 */
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
/** True for an unresolved token of any kind (string, number, list, or an IResolvable). */
function isToken(value) {
    return aws_cdk_lib_1.Token.isUnresolved(value);
}
/** The object, unless it is absent, not an object, or a token (whose contents are unknown). */
function walkable(value) {
    if (value === undefined || value === null || typeof value !== 'object' || isToken(value))
        return undefined;
    return value;
}
/** A list whose elements can be looked at. */
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
    if (resolved === undefined || Array.isArray(resolved))
        return [];
    return Object.entries(resolved).flatMap(([name, value]) => {
        const entry = walkable(value);
        return entry === undefined ? [] : [{ value: entry, path: (0, validation_shape_1.childPath)(path, name) }];
    });
}
/** Range check for a number; a token, a missing value or a non-number is reported elsewhere. */
function checkNumberInRange(value, min, max, path) {
    if (typeof value !== 'number' || isToken(value))
        return [];
    if (!Number.isFinite(value))
        return [{ path, message: `${(0, validation_format_1.showValue)(value)} is not a finite number` }];
    return value >= min && value <= max ? [] : [{ path, message: `${(0, validation_format_1.showValue)(value)} is outside ${min}..${max}` }];
}
/** A resolved string that is empty or only whitespace. Other types are the shape check's. */
function isBlankString(value) {
    return typeof value === 'string' && !isToken(value) && value.trim() === '';
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidmFsaWRhdGlvbi1ydWxlcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbInZhbGlkYXRpb24tcnVsZXMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBZ1VBLG9DQU9DO0FBR0QsNEJBR0M7QUE0Q0QsMENBU0M7QUFNRCwwQkFFQztBQUdELDRCQUdDO0FBR0Qsd0NBRUM7QUFyWkQsaUdBQWlHO0FBQ2pHLGtHQUFrRztBQUNsRyxrR0FBa0c7QUFDbEcseUVBQXlFO0FBQ3pFLDZDQUFtRDtBQUNuRCwyQ0FBZ0Q7QUFFaEQsNkRBUThCO0FBQzlCLDJEQUF5RDtBQUN6RCw2REFBbUY7QUFDbkYsMkRBQXFIO0FBQ3JILHlEQUErQztBQVEvQyx3RkFBd0Y7QUFDeEYsTUFBTSxjQUFjLEdBQUcsZ0NBQWdDLENBQUM7QUFFeEQ7OztHQUdHO0FBQ0gsTUFBTSxnQkFBZ0IsR0FBRyxJQUFJLEdBQUcsQ0FBQzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Q0EwQmhDLENBQUMsSUFBSSxFQUFFLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFFdkIsZ0dBQWdHO0FBQ2hHLGdCQUFnQjtBQUVoQixtRUFBbUU7QUFDbkUsU0FBUyxzQ0FBc0MsQ0FBQyxLQUEyQjtJQUN6RSxJQUFJLEtBQUssQ0FBQyxVQUFVLEtBQUssU0FBUyxJQUFJLEtBQUssQ0FBQyxhQUFhLEtBQUssU0FBUztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ25GLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsT0FBTyxFQUFFLDhEQUE4RCxFQUFFLENBQUMsQ0FBQztBQUMzRyxDQUFDO0FBRUQsa0ZBQWtGO0FBQ2xGLFNBQVMsY0FBYyxDQUFDLEtBQTJCO0lBQ2pELE1BQU0sTUFBTSxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsYUFBYSxDQUFDLEVBQUUsTUFBTSxDQUFDO0lBQ3JELElBQUksQ0FBQyxjQUFjLENBQUMsTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBSSw4QkFBVTtRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3RFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxPQUFPLEVBQUUsR0FBRyxNQUFNLENBQUMsTUFBTSwyQ0FBMkMsOEJBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQztBQUM5SCxDQUFDO0FBRUQsZ0dBQWdHO0FBQ2hHLFNBQVMsc0JBQXNCLENBQUMsS0FBMkI7SUFDekQsT0FBTyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLEVBQUUsRUFBRSxDQUNqRCxnQkFBZ0IsQ0FBQyxLQUFLLENBQUMsY0FBYyxFQUFFLEdBQUcsSUFBSSxpQkFBaUIsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEVBQUUsRUFBRTtRQUMvRyxNQUFNLFFBQVEsR0FBYyxFQUFFLENBQUM7UUFDL0IsSUFBSSxhQUFhLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztZQUFFLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLEtBQUssRUFBRSxPQUFPLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDO1FBQ3hHLE1BQU0sT0FBTyxHQUFZLE1BQU0sQ0FBQyxPQUFPLENBQUM7UUFDeEMsSUFBSSxPQUFPLE9BQU8sS0FBSyxRQUFRLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsT0FBTyxDQUFDLElBQUksT0FBTyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDckcsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxHQUFHLFVBQVUsVUFBVSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUEsNkJBQVMsRUFBQyxPQUFPLENBQUMsa0NBQWtDLEVBQUUsQ0FBQyxDQUFDO1FBQ3JILENBQUM7UUFDRCxPQUFPLFFBQVEsQ0FBQztJQUNsQixDQUFDLENBQUMsQ0FDSCxDQUFDO0FBQ0osQ0FBQztBQUVELHFGQUFxRjtBQUNyRixTQUFTLG1CQUFtQixDQUFDLEtBQTJCO0lBQ3RELE1BQU0sS0FBSyxHQUFHLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsR0FBRyxHQUFHLGVBQWUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUM1RixJQUFJLEtBQUssSUFBSSxrQ0FBYztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3ZDLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQztJQUM3RSxPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEdBQUcsS0FBSyxvQ0FBb0Msa0NBQWMsY0FBYyxFQUFFLENBQUMsQ0FBQztBQUN2RyxDQUFDO0FBRUQsMEZBQTBGO0FBQzFGLFNBQVMsYUFBYSxDQUFDLEtBQTJCO0lBQ2hELE1BQU0sSUFBSSxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbEMsSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDekQsTUFBTSxPQUFPLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNyQyxNQUFNLFFBQVEsR0FBYyxFQUFFLENBQUM7SUFDL0IsSUFBSSxPQUFPLENBQUMsTUFBTSxHQUFHLDRCQUFRLEVBQUUsQ0FBQztRQUM5QixRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRyxPQUFPLENBQUMsTUFBTSw4QkFBOEIsNEJBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN0RyxDQUFDO0lBQ0QsS0FBSyxNQUFNLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxDQUFDO1FBQ25DLE1BQU0sSUFBSSxHQUFHLElBQUEsNEJBQVMsRUFBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUM7UUFDcEMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUM7WUFBRSxRQUFRLENBQUMsSUFBSSxDQUFDLEdBQUcsV0FBVyxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQzVELElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQztZQUFFLFFBQVEsQ0FBQyxJQUFJLENBQUMsR0FBRyxhQUFhLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDakcsQ0FBQztJQUNELE9BQU8sUUFBUSxDQUFDO0FBQ2xCLENBQUM7QUFFRCxTQUFTLFdBQVcsQ0FBQyxHQUFXLEVBQUUsSUFBWTtJQUM1QyxNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDO0lBQy9CLElBQUksTUFBTSxLQUFLLENBQUM7UUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLDJCQUEyQixFQUFFLENBQUMsQ0FBQztJQUMxRSxNQUFNLFFBQVEsR0FBYyxFQUFFLENBQUM7SUFDL0IsSUFBSSxNQUFNLEdBQUcsc0NBQWtCLEVBQUUsQ0FBQztRQUNoQyxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxjQUFjLE1BQU0sMEJBQTBCLHNDQUFrQixFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZHLENBQUM7SUFDRCxJQUFJLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQzlCLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLDBFQUEwRSxFQUFFLENBQUMsQ0FBQztJQUMvRyxDQUFDO0lBQ0QsSUFBSSxHQUFHLENBQUMsV0FBVyxFQUFFLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7UUFDekMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUscURBQXFELEVBQUUsQ0FBQyxDQUFDO0lBQzFGLENBQUM7SUFDRCxJQUFJLEdBQUcsS0FBSyw2QkFBaUIsRUFBRSxDQUFDO1FBQzlCLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLHdFQUF3RSxFQUFFLENBQUMsQ0FBQztJQUM3RyxDQUFDO0lBQ0QsT0FBTyxRQUFRLENBQUM7QUFDbEIsQ0FBQztBQUVELFNBQVMsYUFBYSxDQUFDLEtBQWEsRUFBRSxJQUFZO0lBQ2hELE1BQU0sTUFBTSxHQUFHLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDakMsTUFBTSxRQUFRLEdBQWMsRUFBRSxDQUFDO0lBQy9CLElBQUksTUFBTSxHQUFHLHdDQUFvQixFQUFFLENBQUM7UUFDbEMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsZ0JBQWdCLE1BQU0sMEJBQTBCLHdDQUFvQixFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzNHLENBQUM7SUFDRCxJQUFJLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ2hDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLDRFQUE0RSxFQUFFLENBQUMsQ0FBQztJQUNqSCxDQUFDO0lBQ0QsT0FBTyxRQUFRLENBQUM7QUFDbEIsQ0FBQztBQUVELDhGQUE4RjtBQUM5RixTQUFTLGNBQWMsQ0FBQyxLQUEyQjtJQUNqRCxPQUFPLGFBQWEsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxzQ0FBc0MsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUM5RyxDQUFDO0FBRUQsNERBQTREO0FBQzVELFNBQVMsY0FBYyxDQUFDLEtBQTJCO0lBQ2pELE1BQU0sUUFBUSxHQUFjLEVBQUUsQ0FBQztJQUMvQixJQUFJLGFBQWEsQ0FBQyxLQUFLLENBQUMsYUFBYSxDQUFDO1FBQUUsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUUsT0FBTyxFQUFFLG1CQUFtQixFQUFFLENBQUMsQ0FBQztJQUMvRyxJQUFJLGFBQWEsQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDO1FBQUUsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsT0FBTyxFQUFFLG1CQUFtQixFQUFFLENBQUMsQ0FBQztJQUN2RyxPQUFPLFFBQVEsQ0FBQztBQUNsQixDQUFDO0FBRUQscUZBQXFGO0FBQ3JGLFNBQVMsd0JBQXdCLENBQUMsS0FBMkI7SUFDM0QsTUFBTSxNQUFNLEdBQVksS0FBSyxDQUFDLGFBQWEsQ0FBQztJQUM1QyxNQUFNLFNBQVMsR0FBYyxDQUFDLDJCQUFhLENBQUMsT0FBTyxFQUFFLDJCQUFhLENBQUMsTUFBTSxFQUFFLDJCQUFhLENBQUMsMEJBQTBCLENBQUMsQ0FBQztJQUNySCxJQUFJLE9BQU8sTUFBTSxLQUFLLFFBQVEsSUFBSSxTQUFTLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3hFLE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxPQUFPLENBQUMsMkJBQWEsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxLQUFLLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBQSw2QkFBUyxFQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQzNHLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBSSwyQ0FBMkMsRUFBRSxDQUFDLENBQUM7QUFDbEcsQ0FBQztBQUVELDJGQUEyRjtBQUMzRixTQUFTLDRCQUE0QixDQUFDLEtBQTJCO0lBQy9ELElBQUksS0FBSyxDQUFDLGVBQWUsS0FBSyxJQUFJLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxTQUFTO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDL0UsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLGlCQUFpQixFQUFFLE9BQU8sRUFBRSxvREFBb0QsRUFBRSxDQUFDLENBQUM7QUFDdEcsQ0FBQztBQUVELDhFQUE4RTtBQUNqRSxRQUFBLGFBQWEsR0FBMkI7SUFDbkQsc0NBQXNDO0lBQ3RDLGNBQWM7SUFDZCxjQUFjO0lBQ2QsY0FBYztJQUNkLHdCQUF3QjtJQUN4Qiw0QkFBNEI7SUFDNUIsYUFBYTtJQUNiLHNCQUFzQjtJQUN0QixtQkFBbUI7Q0FDcEIsQ0FBQztBQUVGLGdHQUFnRztBQUNoRyxrQkFBa0I7QUFFbEIsZ0VBQWdFO0FBQ2hFLFNBQVMsa0JBQWtCLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQy9ELE9BQVEsQ0FBQyxZQUFZLEVBQUUsZ0JBQWdCLEVBQUUsU0FBUyxDQUFXLENBQUMsT0FBTyxDQUFDLENBQUMsTUFBTSxFQUFFLEVBQUU7UUFDL0UsTUFBTSxHQUFHLEdBQUcsUUFBUSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO1FBQ25DLElBQUksR0FBRyxLQUFLLFNBQVM7WUFBRSxPQUFPLEVBQUUsQ0FBQztRQUNqQyxPQUFPLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDO2FBQ3BCLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQzthQUN0RCxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBQSw0QkFBUyxFQUFDLEdBQUcsSUFBSSxJQUFJLE1BQU0sRUFBRSxFQUFFLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSx3QkFBd0IsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN4RyxDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCxtRkFBbUY7QUFDbkYsU0FBUyxpQkFBaUIsQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDOUQsT0FBTyxVQUFVLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFO1FBQ3JFLElBQUksQ0FBQyxjQUFjLENBQUMsTUFBTSxDQUFDO1lBQUUsT0FBTyxFQUFFLENBQUM7UUFDdkMsSUFBSSxNQUFNLENBQUMsTUFBTSxLQUFLLENBQUM7WUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLE9BQU8sRUFBRSxtQkFBbUIsRUFBRSxDQUFDLENBQUM7UUFDckYsT0FBTyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsS0FBYyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQzFDLEtBQUssS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxFQUFFLDZCQUE2QixFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDbkcsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsbUZBQW1GO0FBQ25GLFNBQVMsZ0JBQWdCLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQzdELE1BQU0sUUFBUSxHQUErQjtRQUMzQyxDQUFDLGtDQUFhLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUN6QixDQUFDLGtDQUFhLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUN4QixDQUFDLGtDQUFhLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUNyQixDQUFDLGtDQUFhLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztLQUMzQixDQUFDO0lBQ0YsT0FBTyxZQUFZLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFO1FBQzdFLE1BQU0sS0FBSyxHQUFHLFFBQVEsQ0FBQyxTQUFTLENBQUMsYUFBdUIsQ0FBQyxDQUFDO1FBQzFELE1BQU0sTUFBTSxHQUFZLFNBQVMsQ0FBQyxNQUFNLENBQUM7UUFDekMsb0RBQW9EO1FBQ3BELElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsTUFBTSxLQUFLLENBQUM7WUFBRSxPQUFPLEVBQUUsQ0FBQztRQUNyRixNQUFNLFVBQVUsR0FBRyxHQUFHLGFBQWEsU0FBUyxDQUFDO1FBQzdDLElBQUksTUFBTSxDQUFDLE1BQU0sS0FBSyxLQUFLLEVBQUUsQ0FBQztZQUM1QixNQUFNLE1BQU0sR0FBRyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyw4QkFBOEIsQ0FBQyxDQUFDLENBQUMsK0JBQStCLENBQUM7WUFDOUYsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsR0FBRyxTQUFTLENBQUMsYUFBYSxVQUFVLE1BQU0sU0FBUyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzdHLENBQUM7UUFDRCxNQUFNLFFBQVEsR0FBYyxFQUFFLENBQUM7UUFDL0IsTUFBTSxRQUFRLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUN2QyxJQUFJLE9BQU8sQ0FBQyxLQUFLLENBQUMsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksS0FBSyxLQUFLLEVBQUU7Z0JBQUUsT0FBTyxTQUFTLENBQUM7WUFDbEYsTUFBTSxPQUFPLEdBQUcsSUFBQSxpQ0FBWSxFQUFDLEtBQUssQ0FBQyxDQUFDO1lBQ3BDLElBQUksT0FBTyxLQUFLLFNBQVMsRUFBRSxDQUFDO2dCQUMxQixRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsVUFBVSxJQUFJLENBQUMsR0FBRyxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUEsNkJBQVMsRUFBQyxLQUFLLENBQUMsZ0NBQWdDLGlDQUFZLEdBQUcsRUFBRSxDQUFDLENBQUM7WUFDOUgsQ0FBQztZQUNELE9BQU8sT0FBTyxDQUFDO1FBQ2pCLENBQUMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsR0FBRyxRQUFRLENBQUM7UUFDNUIsSUFBSSxLQUFLLEtBQUssQ0FBQyxJQUFJLElBQUksS0FBSyxTQUFTLElBQUksRUFBRSxLQUFLLFNBQVMsSUFBSSxJQUFBLG9DQUFlLEVBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQzVGLFFBQVEsQ0FBQyxJQUFJLENBQUM7Z0JBQ1osSUFBSSxFQUFFLFVBQVU7Z0JBQ2hCLE9BQU8sRUFBRSxzQ0FBc0MsSUFBQSw2QkFBUyxFQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyx3QkFBd0IsSUFBQSw2QkFBUyxFQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFO2FBQ2xILENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxPQUFPLFFBQVEsQ0FBQztJQUNsQixDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCx5REFBeUQ7QUFDekQsU0FBUyxxQkFBcUIsQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDbEUsTUFBTSxXQUFXLEdBQUcsUUFBUSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxFQUFFLFdBQVcsQ0FBQyxDQUFDO0lBQ3ZGLElBQUksV0FBVyxLQUFLLFNBQVM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUN6QyxNQUFNLGVBQWUsR0FBRyxHQUFHLElBQUksZ0NBQWdDLENBQUM7SUFDaEUsT0FBTztRQUNMLEdBQUcsa0JBQWtCLENBQUMsV0FBVyxDQUFDLFFBQVEsRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxlQUFlLFdBQVcsQ0FBQztRQUNuRixHQUFHLGtCQUFrQixDQUFDLFdBQVcsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsZUFBZSxZQUFZLENBQUM7S0FDeEYsQ0FBQztBQUNKLENBQUM7QUFFRCwyREFBMkQ7QUFDM0QsU0FBUyxlQUFlLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQzVELE1BQU0sS0FBSyxHQUFZLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxFQUFFLGlCQUFpQixDQUFDO0lBQ3RGLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLE9BQU8sQ0FBQyxLQUFLLENBQUM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUMzRCxNQUFNLFNBQVMsR0FBRyxHQUFHLElBQUksc0NBQXNDLENBQUM7SUFDaEUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFBLDZCQUFTLEVBQUMsS0FBSyxDQUFDLHlCQUF5QixFQUFFLENBQUMsQ0FBQztJQUNqSCxPQUFPLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBQSw2QkFBUyxFQUFDLEtBQUssQ0FBQyx3QkFBd0IsRUFBRSxDQUFDLENBQUM7QUFDdEcsQ0FBQztBQUVELHNFQUFzRTtBQUN0RSxTQUFTLGtCQUFrQixDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUMvRCxNQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQztJQUMzRCxPQUFPLFlBQVksQ0FBQyxPQUFPLEVBQUUsR0FBRyxJQUFJLDBCQUEwQixDQUFDO1NBQzVELE1BQU0sQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsZ0JBQWdCLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDO1NBQ25ELEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNwQyxJQUFJLEVBQUUsU0FBUztRQUNmLE9BQU8sRUFBRSxHQUFHLElBQUEsNkJBQVMsRUFBQyxLQUFLLENBQUMsK0RBQStEO0tBQzVGLENBQUMsQ0FBQyxDQUFDO0FBQ1IsQ0FBQztBQUVELG9EQUFvRDtBQUNwRCxTQUFTLGdCQUFnQixDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUM3RCxNQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxXQUFXLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQztJQUM5RCxNQUFNLEtBQUssR0FBYSxNQUFNLENBQUMsTUFBTSxDQUFDLGdDQUFXLENBQUMsQ0FBQztJQUNuRCxPQUFPLFlBQVksQ0FBQyxPQUFPLEVBQUUsR0FBRyxJQUFJLDZCQUE2QixDQUFDO1NBQy9ELE1BQU0sQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztTQUM3QyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDcEMsSUFBSSxFQUFFLFNBQVM7UUFDZixPQUFPLEVBQUUsR0FBRyxJQUFBLDZCQUFTLEVBQUMsS0FBSyxDQUFDLDJDQUEyQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHO0tBQzNGLENBQUMsQ0FBQyxDQUFDO0FBQ1IsQ0FBQztBQUVELDJDQUEyQztBQUMzQyxTQUFTLHFCQUFxQixDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUNsRSxPQUFPLFNBQVMsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUU7UUFDcEUsTUFBTSxLQUFLLEdBQVksTUFBTSxDQUFDLEtBQUssQ0FBQztRQUNwQyxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUM7WUFBRSxPQUFPLEVBQUUsQ0FBQztRQUNyRixPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxVQUFVLFFBQVEsRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFBLDZCQUFTLEVBQUMsS0FBSyxDQUFDLHlCQUF5QixFQUFFLENBQUMsQ0FBQztJQUNsRyxDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCx1RkFBdUY7QUFDMUUsUUFBQSxlQUFlLEdBQThCO0lBQ3hELGtCQUFrQjtJQUNsQixpQkFBaUI7SUFDakIsZ0JBQWdCO0lBQ2hCLHFCQUFxQjtJQUNyQixlQUFlO0lBQ2Ysa0JBQWtCO0lBQ2xCLGdCQUFnQjtJQUNoQixxQkFBcUI7Q0FDdEIsQ0FBQztBQUVGLGdHQUFnRztBQUNoRyxvQkFBb0I7QUFFcEIsNkRBQTZEO0FBQzdELFNBQWdCLFlBQVksQ0FBQyxLQUEyQjtJQUN0RCxNQUFNLEdBQUcsR0FBRyxRQUFRLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxDQUFDO0lBQ3ZDLE9BQU87UUFDTCxHQUFHLENBQUMsR0FBRyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLENBQUMsQ0FBQztRQUNqRSxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQzdDLGdCQUFnQixDQUFDLEtBQUssQ0FBQyxVQUFVLEVBQUUsR0FBRyxJQUFJLGFBQWEsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztLQUNwSCxDQUFDO0FBQ0osQ0FBQztBQUVELCtDQUErQztBQUMvQyxTQUFnQixRQUFRLENBQUMsS0FBMkI7SUFDbEQsT0FBTyxnQkFBZ0IsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxFQUFFLE1BQU0sRUFBRSxzQkFBc0IsQ0FBQztTQUNuRixHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQ3hELENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxJQUF1QixFQUFFLElBQVk7SUFDekQsT0FBUSxDQUFDLFlBQVksRUFBRSxnQkFBZ0IsQ0FBVyxDQUFDLE9BQU8sQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQ3BFLGVBQWUsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsR0FBRyxJQUFJLElBQUksTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNySCxDQUFDO0FBRUQsU0FBUyxTQUFTLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQ3RELE9BQU8sZUFBZSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsR0FBRyxJQUFJLFVBQVUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztBQUNwSCxDQUFDO0FBRUQsTUFBTSxrQkFBa0IsR0FBRyxDQUFDLFlBQVksRUFBRSxTQUFTLEVBQUUsWUFBWSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsVUFBVSxDQUFVLENBQUM7QUFFekcsNEVBQTRFO0FBQzVFLFNBQVMsZUFBZSxDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUM1RCxNQUFNLFdBQVcsR0FBRyxRQUFRLENBQUMsSUFBSSxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQy9DLE1BQU0sSUFBSSxHQUFHLGtCQUFrQixDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUM5QyxHQUFHLEVBQUUsUUFBUSxDQUFDLFdBQVcsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ25DLElBQUksRUFBRSxHQUFHLElBQUksZ0JBQWdCLEtBQUssRUFBRTtLQUNyQyxDQUFDLENBQUMsQ0FBQztJQUNKLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxtQkFBbUIsRUFBRSxDQUFDLENBQUM7SUFDakcsT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUE0QyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxTQUFTLENBQUMsQ0FBQztBQUMzRixDQUFDO0FBRUQsaUVBQWlFO0FBQ2pFLFNBQVMsVUFBVSxDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUN2RCxPQUFPO1FBQ0wsR0FBRyxZQUFZLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxTQUFTLENBQUMsTUFBaUIsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7UUFDM0gsR0FBRyxlQUFlLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBaUIsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7S0FDbkgsQ0FBQztBQUNKLENBQUM7QUFFRCxnR0FBZ0c7QUFDaEcsU0FBUyxZQUFZLENBQUMsR0FBNkIsRUFBRSxJQUFZO0lBQy9ELE1BQU0sTUFBTSxHQUFZLEdBQUcsRUFBRSxNQUFNLENBQUM7SUFDcEMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxNQUFNLENBQUM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUN2QyxPQUFPLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FDakMsT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLEtBQUssS0FBSyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDNUcsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLGVBQWUsQ0FBQyxJQUF1QjtJQUNyRCxNQUFNLElBQUksR0FBRyxDQUFDLEdBQXVCLEVBQUUsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQWEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ2hILE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDekMsT0FBTyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQztVQUN4QixJQUFJLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQztVQUN6QixJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQztVQUNsQixDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7VUFDeEQsZUFBZSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsaUNBQWlDO1VBQ2xFLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDakQsQ0FBQztBQUVELGdHQUFnRztBQUNoRyxnQkFBZ0I7QUFFaEIsMEZBQTBGO0FBQzFGLFNBQWdCLE9BQU8sQ0FBQyxLQUFjO0lBQ3BDLE9BQU8sbUJBQUssQ0FBQyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDbkMsQ0FBQztBQUVELCtGQUErRjtBQUMvRixTQUFnQixRQUFRLENBQUksS0FBb0I7SUFDOUMsSUFBSSxLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLE9BQU8sQ0FBQyxLQUFLLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUMzRyxPQUFPLEtBQUssQ0FBQztBQUNmLENBQUM7QUFFRCw4Q0FBOEM7QUFDOUMsU0FBZ0IsY0FBYyxDQUFDLEtBQWM7SUFDM0MsT0FBTyxLQUFLLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQ2pELENBQUM7QUFFRCx5REFBeUQ7QUFDekQsU0FBUyxnQkFBZ0IsQ0FBSSxJQUFxQixFQUFFLElBQVk7SUFDOUQsSUFBSSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUNyQyxPQUFRLElBQVksQ0FBQyxPQUFPLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEVBQUU7UUFDeEMsTUFBTSxPQUFPLEdBQUcsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ2hDLE9BQU8sT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsR0FBRyxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0lBQ2xGLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELHVEQUF1RDtBQUN2RCxTQUFTLGVBQWUsQ0FBSSxHQUFzQyxFQUFFLElBQVk7SUFDOUUsTUFBTSxRQUFRLEdBQUcsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQy9CLElBQUksUUFBUSxLQUFLLFNBQVMsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ2pFLE9BQU8sTUFBTSxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFO1FBQ3hELE1BQU0sS0FBSyxHQUFHLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUM5QixPQUFPLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUEsNEJBQVMsRUFBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3BGLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELGdHQUFnRztBQUNoRyxTQUFTLGtCQUFrQixDQUFDLEtBQWMsRUFBRSxHQUFXLEVBQUUsR0FBVyxFQUFFLElBQVk7SUFDaEYsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksT0FBTyxDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQzNELElBQUksQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFBLDZCQUFTLEVBQUMsS0FBSyxDQUFDLHlCQUF5QixFQUFFLENBQUMsQ0FBQztJQUN0RyxPQUFPLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUEsNkJBQVMsRUFBQyxLQUFLLENBQUMsZUFBZSxHQUFHLEtBQUssR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQ2xILENBQUM7QUFFRCw2RkFBNkY7QUFDN0YsU0FBUyxhQUFhLENBQUMsS0FBYztJQUNuQyxPQUFPLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsSUFBSSxLQUFLLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQzdFLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvLyBUaGUgdmFsdWUgcnVsZXMgb2YgYSBzZWdtZW50IGRlZmluaXRpb246IG9uZSBzbWFsbCBuYW1lZCBmdW5jdGlvbiBwZXIgcnVsZS4gVGhleSBydW4gYWZ0ZXIgdGhlXG4vLyBzaGFwZSBjaGVjayAodmFsaWRhdGlvbi1zaGFwZS50cyksIHdoaWNoIGhhcyBhbHJlYWR5IHJlcG9ydGVkIGV2ZXJ5IHdyb25nIHR5cGUsIHVua25vd24ga2V5IGFuZFxuLy8gbWlzc2luZyBmaWVsZCwgc28gYSBydWxlIG9ubHkgbG9va3MgYXQgdmFsdWVzIG9mIHRoZSByaWdodCB0eXBlIGFuZCBza2lwcyB0aGUgcmVzdC4gVmFsdWVzIHRoYXRcbi8vIGFyZSB1bnJlc29sdmVkIHRva2VucyBhcmUgc2tpcHBlZDogdGhleSBhcmUgb25seSBrbm93biBhdCBkZXBsb3kgdGltZS5cbmltcG9ydCB7IFJlbW92YWxQb2xpY3ksIFRva2VuIH0gZnJvbSAnYXdzLWNkay1saWInO1xuaW1wb3J0IHsgT1dORVJTSElQX1RBR19LRVkgfSBmcm9tICcuL293bmVyc2hpcCc7XG5pbXBvcnQgdHlwZSB7IFBpbnBvaW50U2VnbWVudFByb3BzIH0gZnJvbSAnLi9waW5wb2ludC1zZWdtZW50JztcbmltcG9ydCB7XG4gIEF0dHJpYnV0ZURpbWVuc2lvbkNvbmZpZyxcbiAgQXR0cmlidXRlVHlwZSxcbiAgQ2hhbm5lbFR5cGUsXG4gIE1ldHJpY0RpbWVuc2lvbkNvbmZpZyxcbiAgU2VnbWVudERpbWVuc2lvbnMsXG4gIFNlZ21lbnRHcm91cCxcbiAgU2V0RGltZW5zaW9uLFxufSBmcm9tICcuL3NlZ21lbnQtZGltZW5zaW9ucyc7XG5pbXBvcnQgeyBQcm9ibGVtLCBzaG93VmFsdWUgfSBmcm9tICcuL3ZhbGlkYXRpb24tZm9ybWF0JztcbmltcG9ydCB7IGNvbXBhcmVJbnN0YW50cywgSU5TVEFOVF9GT1JNLCBwYXJzZUluc3RhbnQgfSBmcm9tICcuL3ZhbGlkYXRpb24taW5zdGFudCc7XG5pbXBvcnQgeyBNQVhfRElNRU5TSU9OUywgTUFYX0dST1VQUywgTUFYX1RBR19LRVlfTEVOR1RILCBNQVhfVEFHX1ZBTFVFX0xFTkdUSCwgTUFYX1RBR1MgfSBmcm9tICcuL3ZhbGlkYXRpb24tbGltaXRzJztcbmltcG9ydCB7IGNoaWxkUGF0aCB9IGZyb20gJy4vdmFsaWRhdGlvbi1zaGFwZSc7XG5cbi8qKiBBIHJ1bGUgb3ZlciB0aGUgd2hvbGUgcHJvcHMuICovXG5leHBvcnQgdHlwZSBTZWdtZW50UnVsZSA9IChwcm9wczogUGlucG9pbnRTZWdtZW50UHJvcHMpID0+IFByb2JsZW1bXTtcblxuLyoqIEEgcnVsZSBvdmVyIG9uZSBgU2VnbWVudERpbWVuc2lvbnNgLCB3aGVyZXZlciBpdCBvY2N1cnMgKHRvcCBsZXZlbCBvciBpbnNpZGUgYSBncm91cCkuICovXG5leHBvcnQgdHlwZSBEaW1lbnNpb25zUnVsZSA9IChkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKSA9PiBQcm9ibGVtW107XG5cbi8qKiBUaGUgQVdTIHRhZ2dpbmcgY2hhcmFjdGVyIHNldDogbGV0dGVycywgZGlnaXRzLCB3aGl0ZXNwYWNlIGFuZCBgXyAuIDogLyA9ICsgLSBAYC4gKi9cbmNvbnN0IFRBR19DSEFSQUNURVJTID0gL15bXFxwe0x9XFxwe1p9XFxwe059Xy46Lz0rXFwtQF0qJC91O1xuXG4vKipcbiAqIEV2ZXJ5IG9mZmljaWFsbHkgYXNzaWduZWQgSVNPIDMxNjYtMSBhbHBoYS0yIGNvZGUgKDI0OSkuIEV4Y2VwdGlvbmFsbHkgcmVzZXJ2ZWQgb3JcbiAqIHVzZXItYXNzaWduZWQgY29kZXMgKFVLLCBFVSwgWEssIC4uLikgYXJlIG5vdCBhc3NpZ25lZCwgYW5kIFBpbnBvaW50IGRvY3VtZW50cyBhbHBoYS0yIG9ubHkuXG4gKi9cbmNvbnN0IElTT18zMTY2X0FMUEhBXzIgPSBuZXcgU2V0KGBcbiAgQUQgQUUgQUYgQUcgQUkgQUwgQU0gQU8gQVEgQVIgQVMgQVQgQVUgQVcgQVggQVpcbiAgQkEgQkIgQkQgQkUgQkYgQkcgQkggQkkgQkogQkwgQk0gQk4gQk8gQlEgQlIgQlMgQlQgQlYgQlcgQlkgQlpcbiAgQ0EgQ0MgQ0QgQ0YgQ0cgQ0ggQ0kgQ0sgQ0wgQ00gQ04gQ08gQ1IgQ1UgQ1YgQ1cgQ1ggQ1kgQ1pcbiAgREUgREogREsgRE0gRE8gRFpcbiAgRUMgRUUgRUcgRUggRVIgRVMgRVRcbiAgRkkgRkogRksgRk0gRk8gRlJcbiAgR0EgR0IgR0QgR0UgR0YgR0cgR0ggR0kgR0wgR00gR04gR1AgR1EgR1IgR1MgR1QgR1UgR1cgR1lcbiAgSEsgSE0gSE4gSFIgSFQgSFVcbiAgSUQgSUUgSUwgSU0gSU4gSU8gSVEgSVIgSVMgSVRcbiAgSkUgSk0gSk8gSlBcbiAgS0UgS0cgS0ggS0kgS00gS04gS1AgS1IgS1cgS1kgS1pcbiAgTEEgTEIgTEMgTEkgTEsgTFIgTFMgTFQgTFUgTFYgTFlcbiAgTUEgTUMgTUQgTUUgTUYgTUcgTUggTUsgTUwgTU0gTU4gTU8gTVAgTVEgTVIgTVMgTVQgTVUgTVYgTVcgTVggTVkgTVpcbiAgTkEgTkMgTkUgTkYgTkcgTkkgTkwgTk8gTlAgTlIgTlUgTlpcbiAgT01cbiAgUEEgUEUgUEYgUEcgUEggUEsgUEwgUE0gUE4gUFIgUFMgUFQgUFcgUFlcbiAgUUFcbiAgUkUgUk8gUlMgUlUgUldcbiAgU0EgU0IgU0MgU0QgU0UgU0cgU0ggU0kgU0ogU0sgU0wgU00gU04gU08gU1IgU1MgU1QgU1YgU1ggU1kgU1pcbiAgVEMgVEQgVEYgVEcgVEggVEogVEsgVEwgVE0gVE4gVE8gVFIgVFQgVFYgVFcgVFpcbiAgVUEgVUcgVU0gVVMgVVkgVVpcbiAgVkEgVkMgVkUgVkcgVkkgVk4gVlVcbiAgV0YgV1NcbiAgWUUgWVRcbiAgWkEgWk0gWldcbmAudHJpbSgpLnNwbGl0KC9cXHMrLykpO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFNlZ21lbnQgcnVsZXNcblxuLyoqIFBpbnBvaW50IHRha2VzIGVpdGhlciBEaW1lbnNpb25zIG9yIFNlZ21lbnRHcm91cHMsIG5vdCBib3RoLiAqL1xuZnVuY3Rpb24gZGltZW5zaW9uc0FuZFNlZ21lbnRHcm91cHNBcmVFeGNsdXNpdmUocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgaWYgKHByb3BzLmRpbWVuc2lvbnMgPT09IHVuZGVmaW5lZCB8fCBwcm9wcy5zZWdtZW50R3JvdXBzID09PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgcmV0dXJuIFt7IHBhdGg6ICdkaW1lbnNpb25zJywgbWVzc2FnZTogJ2Nhbm5vdCBiZSBjb21iaW5lZCB3aXRoIHNlZ21lbnRHcm91cHMgKHNldCBvbmUgb3IgdGhlIG90aGVyKScgfV07XG59XG5cbi8qKiBBIHJlcXVlc3QgY2FuIGluY2x1ZGUgb25seSBvbmUgc2VnbWVudCBncm91cCAoTUFYX0dST1VQUyBjaXRlcyB0aGUgc291cmNlKS4gKi9cbmZ1bmN0aW9uIGF0TW9zdE9uZUdyb3VwKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGdyb3VwcyA9IHdhbGthYmxlKHByb3BzLnNlZ21lbnRHcm91cHMpPy5ncm91cHM7XG4gIGlmICghaXNSZXNvbHZlZExpc3QoZ3JvdXBzKSB8fCBncm91cHMubGVuZ3RoIDw9IE1BWF9HUk9VUFMpIHJldHVybiBbXTtcbiAgcmV0dXJuIFt7IHBhdGg6ICdzZWdtZW50R3JvdXBzLmdyb3VwcycsIG1lc3NhZ2U6IGAke2dyb3Vwcy5sZW5ndGh9IGdyb3VwcyBnaXZlbjsgUGlucG9pbnQgYWNjZXB0cyBhdCBtb3N0ICR7TUFYX0dST1VQU31gIH1dO1xufVxuXG4vKiogQSBzb3VyY2Ugc2VnbWVudCdzIGlkIGlzIG5vdCBlbXB0eSwgYW5kIGl0cyB2ZXJzaW9uLCBpZiBzZXQsIGlzIGFuIGludGVnZXIgb2YgYXQgbGVhc3QgMS4gKi9cbmZ1bmN0aW9uIHNvdXJjZVNlZ21lbnRzQXJlVmFsaWQocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgcmV0dXJuIGdyb3Vwc09mKHByb3BzKS5mbGF0TWFwKCh7IGdyb3VwLCBwYXRoIH0pID0+XG4gICAgcmVzb2x2ZWRFbGVtZW50cyhncm91cC5zb3VyY2VTZWdtZW50cywgYCR7cGF0aH0uc291cmNlU2VnbWVudHNgKS5mbGF0TWFwKCh7IHZhbHVlOiBzb3VyY2UsIHBhdGg6IHNvdXJjZVBhdGggfSkgPT4ge1xuICAgICAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICAgICAgaWYgKGlzQmxhbmtTdHJpbmcoc291cmNlLmlkKSkgcHJvYmxlbXMucHVzaCh7IHBhdGg6IGAke3NvdXJjZVBhdGh9LmlkYCwgbWVzc2FnZTogJ211c3Qgbm90IGJlIGVtcHR5JyB9KTtcbiAgICAgIGNvbnN0IHZlcnNpb246IHVua25vd24gPSBzb3VyY2UudmVyc2lvbjtcbiAgICAgIGlmICh0eXBlb2YgdmVyc2lvbiA9PT0gJ251bWJlcicgJiYgIWlzVG9rZW4odmVyc2lvbikgJiYgIShOdW1iZXIuaXNJbnRlZ2VyKHZlcnNpb24pICYmIHZlcnNpb24gPj0gMSkpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7IHBhdGg6IGAke3NvdXJjZVBhdGh9LnZlcnNpb25gLCBtZXNzYWdlOiBgJHtzaG93VmFsdWUodmVyc2lvbil9IGlzIG5vdCBhbiBpbnRlZ2VyIG9mIGF0IGxlYXN0IDFgIH0pO1xuICAgICAgfVxuICAgICAgcmV0dXJuIHByb2JsZW1zO1xuICAgIH0pLFxuICApO1xufVxuXG4vKiogQXQgbW9zdCAxMDAgZGltZW5zaW9ucyBwZXIgc2VnbWVudCwgc3VtbWVkIG92ZXIgdGhlIHRvcCBsZXZlbCBhbmQgZXZlcnkgZ3JvdXAuICovXG5mdW5jdGlvbiBhdE1vc3QxMDBEaW1lbnNpb25zKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IHRvdGFsID0gZGltZW5zaW9uc09mKHByb3BzKS5yZWR1Y2UoKHN1bSwgeyBkaW1zIH0pID0+IHN1bSArIGNvdW50RGltZW5zaW9ucyhkaW1zKSwgMCk7XG4gIGlmICh0b3RhbCA8PSBNQVhfRElNRU5TSU9OUykgcmV0dXJuIFtdO1xuICBjb25zdCBwYXRoID0gcHJvcHMuZGltZW5zaW9ucyAhPT0gdW5kZWZpbmVkID8gJ2RpbWVuc2lvbnMnIDogJ3NlZ21lbnRHcm91cHMnO1xuICByZXR1cm4gW3sgcGF0aCwgbWVzc2FnZTogYCR7dG90YWx9IGRpbWVuc2lvbnMgZXhjZWVkcyB0aGUgbGltaXQgb2YgJHtNQVhfRElNRU5TSU9OU30gcGVyIHNlZ21lbnRgIH1dO1xufVxuXG4vKiogVGFncyBmaXQgdGhlIHRhZ2dpbmcgbGltaXRzOyBub25lIHVzZXMgYGF3czpgIG9yIHRoZSBjb25zdHJ1Y3QncyBvd24gb3duZXJzaGlwIHRhZy4gKi9cbmZ1bmN0aW9uIHRhZ3NGaXRMaW1pdHMocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgdGFncyA9IHdhbGthYmxlKHByb3BzLnRhZ3MpO1xuICBpZiAodGFncyA9PT0gdW5kZWZpbmVkIHx8IEFycmF5LmlzQXJyYXkodGFncykpIHJldHVybiBbXTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MpO1xuICBjb25zdCBwcm9ibGVtczogUHJvYmxlbVtdID0gW107XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA+IE1BWF9UQUdTKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGg6ICd0YWdzJywgbWVzc2FnZTogYCR7ZW50cmllcy5sZW5ndGh9IHRhZ3MgZXhjZWVkcyB0aGUgbGltaXQgb2YgJHtNQVhfVEFHU31gIH0pO1xuICB9XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBjb25zdCBwYXRoID0gY2hpbGRQYXRoKCd0YWdzJywga2V5KTtcbiAgICBpZiAoIWlzVG9rZW4oa2V5KSkgcHJvYmxlbXMucHVzaCguLi5jaGVja1RhZ0tleShrZXksIHBhdGgpKTtcbiAgICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiAhaXNUb2tlbih2YWx1ZSkpIHByb2JsZW1zLnB1c2goLi4uY2hlY2tUYWdWYWx1ZSh2YWx1ZSwgcGF0aCkpO1xuICB9XG4gIHJldHVybiBwcm9ibGVtcztcbn1cblxuZnVuY3Rpb24gY2hlY2tUYWdLZXkoa2V5OiBzdHJpbmcsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGxlbmd0aCA9IFsuLi5rZXldLmxlbmd0aDtcbiAgaWYgKGxlbmd0aCA9PT0gMCkgcmV0dXJuIFt7IHBhdGgsIG1lc3NhZ2U6ICd0YWcga2V5IG11c3Qgbm90IGJlIGVtcHR5JyB9XTtcbiAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICBpZiAobGVuZ3RoID4gTUFYX1RBR19LRVlfTEVOR1RIKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGgsIG1lc3NhZ2U6IGB0YWcga2V5IGlzICR7bGVuZ3RofSBjaGFyYWN0ZXJzLCBtb3JlIHRoYW4gJHtNQVhfVEFHX0tFWV9MRU5HVEh9YCB9KTtcbiAgfVxuICBpZiAoIVRBR19DSEFSQUNURVJTLnRlc3Qoa2V5KSkge1xuICAgIHByb2JsZW1zLnB1c2goeyBwYXRoLCBtZXNzYWdlOiAndGFnIGtleSBtYXkgb25seSBjb250YWluIGxldHRlcnMsIGRpZ2l0cywgd2hpdGVzcGFjZSBhbmQgXyAuIDogLyA9ICsgLSBAJyB9KTtcbiAgfVxuICBpZiAoa2V5LnRvTG93ZXJDYXNlKCkuc3RhcnRzV2l0aCgnYXdzOicpKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGgsIG1lc3NhZ2U6ICd0YWcga2V5IG11c3Qgbm90IHN0YXJ0IHdpdGggYXdzOiAocmVzZXJ2ZWQgZm9yIEFXUyknIH0pO1xuICB9XG4gIGlmIChrZXkgPT09IE9XTkVSU0hJUF9UQUdfS0VZKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGgsIG1lc3NhZ2U6ICd0YWcga2V5IGlzIHJlc2VydmVkIGZvciB0aGUgb3duZXJzaGlwIHRhZyB0aGlzIGNvbnN0cnVjdCB3cml0ZXMgaXRzZWxmJyB9KTtcbiAgfVxuICByZXR1cm4gcHJvYmxlbXM7XG59XG5cbmZ1bmN0aW9uIGNoZWNrVGFnVmFsdWUodmFsdWU6IHN0cmluZywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgbGVuZ3RoID0gWy4uLnZhbHVlXS5sZW5ndGg7XG4gIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXTtcbiAgaWYgKGxlbmd0aCA+IE1BWF9UQUdfVkFMVUVfTEVOR1RIKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IHBhdGgsIG1lc3NhZ2U6IGB0YWcgdmFsdWUgaXMgJHtsZW5ndGh9IGNoYXJhY3RlcnMsIG1vcmUgdGhhbiAke01BWF9UQUdfVkFMVUVfTEVOR1RIfWAgfSk7XG4gIH1cbiAgaWYgKCFUQUdfQ0hBUkFDVEVSUy50ZXN0KHZhbHVlKSkge1xuICAgIHByb2JsZW1zLnB1c2goeyBwYXRoLCBtZXNzYWdlOiAndGFnIHZhbHVlIG1heSBvbmx5IGNvbnRhaW4gbGV0dGVycywgZGlnaXRzLCB3aGl0ZXNwYWNlIGFuZCBfIC4gOiAvID0gKyAtIEAnIH0pO1xuICB9XG4gIHJldHVybiBwcm9ibGVtcztcbn1cblxuLyoqIFRoZSBzZWdtZW50IGhhcyBhIG5hbWUuIChJdHMgbGVuZ3RoIGhhcyBubyBkb2N1bWVudGVkIGxpbWl0OyBzZWUgdmFsaWRhdGlvbi1saW1pdHMudHMuKSAqL1xuZnVuY3Rpb24gbmFtZUlzTm90RW1wdHkocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgcmV0dXJuIGlzQmxhbmtTdHJpbmcocHJvcHMubmFtZSkgPyBbeyBwYXRoOiAnbmFtZScsIG1lc3NhZ2U6ICdtdXN0IG5vdCBiZSBlbXB0eSBvciBvbmx5IHdoaXRlc3BhY2UnIH1dIDogW107XG59XG5cbi8qKiBhcHBsaWNhdGlvbklkIGFuZCwgaWYgZ2l2ZW4sIHNlZ21lbnRJZCBhcmUgbm90IGVtcHR5LiAqL1xuZnVuY3Rpb24gaWRzQXJlTm90RW1wdHkocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICBpZiAoaXNCbGFua1N0cmluZyhwcm9wcy5hcHBsaWNhdGlvbklkKSkgcHJvYmxlbXMucHVzaCh7IHBhdGg6ICdhcHBsaWNhdGlvbklkJywgbWVzc2FnZTogJ211c3Qgbm90IGJlIGVtcHR5JyB9KTtcbiAgaWYgKGlzQmxhbmtTdHJpbmcocHJvcHMuc2VnbWVudElkKSkgcHJvYmxlbXMucHVzaCh7IHBhdGg6ICdzZWdtZW50SWQnLCBtZXNzYWdlOiAnbXVzdCBub3QgYmUgZW1wdHknIH0pO1xuICByZXR1cm4gcHJvYmxlbXM7XG59XG5cbi8qKiBPbmx5IERFU1RST1kgYW5kIFJFVEFJTiBtZWFuIHNvbWV0aGluZyBmb3IgYSBzZWdtZW50ICh0aGVyZSBhcmUgbm8gc25hcHNob3RzKS4gKi9cbmZ1bmN0aW9uIHJlbW92YWxQb2xpY3lJc1N1cHBvcnRlZChwcm9wczogUGlucG9pbnRTZWdtZW50UHJvcHMpOiBQcm9ibGVtW10ge1xuICBjb25zdCBwb2xpY3k6IHVua25vd24gPSBwcm9wcy5yZW1vdmFsUG9saWN5O1xuICBjb25zdCBzdXBwb3J0ZWQ6IHVua25vd25bXSA9IFtSZW1vdmFsUG9saWN5LkRFU1RST1ksIFJlbW92YWxQb2xpY3kuUkVUQUlOLCBSZW1vdmFsUG9saWN5LlJFVEFJTl9PTl9VUERBVEVfT1JfREVMRVRFXTtcbiAgaWYgKHR5cGVvZiBwb2xpY3kgIT09ICdzdHJpbmcnIHx8IHN1cHBvcnRlZC5pbmNsdWRlcyhwb2xpY3kpKSByZXR1cm4gW107XG4gIGNvbnN0IG5hbWUgPSBPYmplY3QuZW50cmllcyhSZW1vdmFsUG9saWN5KS5maW5kKChbLCB2YWx1ZV0pID0+IHZhbHVlID09PSBwb2xpY3kpPy5bMF0gPz8gc2hvd1ZhbHVlKHBvbGljeSk7XG4gIHJldHVybiBbeyBwYXRoOiAncmVtb3ZhbFBvbGljeScsIG1lc3NhZ2U6IGAke25hbWV9IGlzIG5vdCBzdXBwb3J0ZWQgKHVzZSBERVNUUk9ZIG9yIFJFVEFJTilgIH1dO1xufVxuXG4vKiogcmVzdG9yZU9uRGVsZXRlIG5lZWRzIGEgcHJlLWFkb3B0aW9uIGRlZmluaXRpb24sIHNvIG9ubHkgYW4gYWRvcHRlZCBzZWdtZW50IGhhcyBvbmUuICovXG5mdW5jdGlvbiByZXN0b3JlT25EZWxldGVOZWVkc0Fkb3B0aW9uKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IFByb2JsZW1bXSB7XG4gIGlmIChwcm9wcy5yZXN0b3JlT25EZWxldGUgIT09IHRydWUgfHwgcHJvcHMuc2VnbWVudElkICE9PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgcmV0dXJuIFt7IHBhdGg6ICdyZXN0b3JlT25EZWxldGUnLCBtZXNzYWdlOiAnb25seSBhcHBsaWVzIHRvIGFuIGFkb3B0ZWQgc2VnbWVudCAoc2V0IHNlZ21lbnRJZCknIH1dO1xufVxuXG4vKiogVGhlIHJ1bGVzIG92ZXIgdGhlIHdob2xlIHByb3BzLCBpbiB0aGUgb3JkZXIgdGhlaXIgcHJvYmxlbXMgYXJlIGxpc3RlZC4gKi9cbmV4cG9ydCBjb25zdCBTRUdNRU5UX1JVTEVTOiByZWFkb25seSBTZWdtZW50UnVsZVtdID0gW1xuICBkaW1lbnNpb25zQW5kU2VnbWVudEdyb3Vwc0FyZUV4Y2x1c2l2ZSxcbiAgYXRNb3N0T25lR3JvdXAsXG4gIG5hbWVJc05vdEVtcHR5LFxuICBpZHNBcmVOb3RFbXB0eSxcbiAgcmVtb3ZhbFBvbGljeUlzU3VwcG9ydGVkLFxuICByZXN0b3JlT25EZWxldGVOZWVkc0Fkb3B0aW9uLFxuICB0YWdzRml0TGltaXRzLFxuICBzb3VyY2VTZWdtZW50c0FyZVZhbGlkLFxuICBhdE1vc3QxMDBEaW1lbnNpb25zLFxuXTtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBEaW1lbnNpb24gcnVsZXNcblxuLyoqIEF0dHJpYnV0ZSwgdXNlciBhdHRyaWJ1dGUgYW5kIG1ldHJpYyBuYW1lcyBhcmUgbm90IGVtcHR5LiAqL1xuZnVuY3Rpb24gbWFwS2V5c0FyZU5vdEVtcHR5KGRpbXM6IFNlZ21lbnREaW1lbnNpb25zLCBwYXRoOiBzdHJpbmcpOiBQcm9ibGVtW10ge1xuICByZXR1cm4gKFsnYXR0cmlidXRlcycsICd1c2VyQXR0cmlidXRlcycsICdtZXRyaWNzJ10gYXMgY29uc3QpLmZsYXRNYXAoKGZhbWlseSkgPT4ge1xuICAgIGNvbnN0IG1hcCA9IHdhbGthYmxlKGRpbXNbZmFtaWx5XSk7XG4gICAgaWYgKG1hcCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW107XG4gICAgcmV0dXJuIE9iamVjdC5rZXlzKG1hcClcbiAgICAgIC5maWx0ZXIoKG5hbWUpID0+ICFpc1Rva2VuKG5hbWUpICYmIG5hbWUudHJpbSgpID09PSAnJylcbiAgICAgIC5tYXAoKG5hbWUpID0+ICh7IHBhdGg6IGNoaWxkUGF0aChgJHtwYXRofS4ke2ZhbWlseX1gLCBuYW1lKSwgbWVzc2FnZTogJ25hbWUgbXVzdCBub3QgYmUgZW1wdHknIH0pKTtcbiAgfSk7XG59XG5cbi8qKiBFdmVyeSBgdmFsdWVzYCBsaXN0IGhhcyBhdCBsZWFzdCBvbmUgdmFsdWUsIGFuZCBubyB2YWx1ZSBpcyBhbiBlbXB0eSBzdHJpbmcuICovXG5mdW5jdGlvbiB2YWx1ZXNBcmVOb3RFbXB0eShkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgcmV0dXJuIHZhbHVlTGlzdHMoZGltcywgcGF0aCkuZmxhdE1hcCgoeyB2YWx1ZXMsIHBhdGg6IHZhbHVlc1BhdGggfSkgPT4ge1xuICAgIGlmICghaXNSZXNvbHZlZExpc3QodmFsdWVzKSkgcmV0dXJuIFtdO1xuICAgIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSByZXR1cm4gW3sgcGF0aDogdmFsdWVzUGF0aCwgbWVzc2FnZTogJ211c3Qgbm90IGJlIGVtcHR5JyB9XTtcbiAgICByZXR1cm4gdmFsdWVzLmZsYXRNYXAoKHZhbHVlOiB1bmtub3duLCBpKSA9PlxuICAgICAgdmFsdWUgPT09ICcnID8gW3sgcGF0aDogYCR7dmFsdWVzUGF0aH1bJHtpfV1gLCBtZXNzYWdlOiAnbXVzdCBub3QgYmUgYW4gZW1wdHkgc3RyaW5nJyB9XSA6IFtdKTtcbiAgfSk7XG59XG5cbi8qKiBCRUZPUkUsIEFGVEVSIGFuZCBPTiB0YWtlIG9uZSBJU08tODYwMSBpbnN0YW50OyBCRVRXRUVOIHRha2VzIHR3bywgaW4gb3JkZXIuICovXG5mdW5jdGlvbiBpbnN0YW50c0FyZVZhbGlkKGRpbXM6IFNlZ21lbnREaW1lbnNpb25zLCBwYXRoOiBzdHJpbmcpOiBQcm9ibGVtW10ge1xuICBjb25zdCBleHBlY3RlZDogeyBbdHlwZTogc3RyaW5nXTogbnVtYmVyIH0gPSB7XG4gICAgW0F0dHJpYnV0ZVR5cGUuQkVGT1JFXTogMSxcbiAgICBbQXR0cmlidXRlVHlwZS5BRlRFUl06IDEsXG4gICAgW0F0dHJpYnV0ZVR5cGUuT05dOiAxLFxuICAgIFtBdHRyaWJ1dGVUeXBlLkJFVFdFRU5dOiAyLFxuICB9O1xuICByZXR1cm4gYXR0cmlidXRlc09mKGRpbXMsIHBhdGgpLmZsYXRNYXAoKHsgYXR0cmlidXRlLCBwYXRoOiBhdHRyaWJ1dGVQYXRoIH0pID0+IHtcbiAgICBjb25zdCBjb3VudCA9IGV4cGVjdGVkW2F0dHJpYnV0ZS5hdHRyaWJ1dGVUeXBlIGFzIHN0cmluZ107XG4gICAgY29uc3QgdmFsdWVzOiB1bmtub3duID0gYXR0cmlidXRlLnZhbHVlcztcbiAgICAvLyBBbiBlbXB0eSBvciBtYWxmb3JtZWQgbGlzdCBpcyByZXBvcnRlZCBlbHNld2hlcmUuXG4gICAgaWYgKGNvdW50ID09PSB1bmRlZmluZWQgfHwgIWlzUmVzb2x2ZWRMaXN0KHZhbHVlcykgfHwgdmFsdWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIFtdO1xuICAgIGNvbnN0IHZhbHVlc1BhdGggPSBgJHthdHRyaWJ1dGVQYXRofS52YWx1ZXNgO1xuICAgIGlmICh2YWx1ZXMubGVuZ3RoICE9PSBjb3VudCkge1xuICAgICAgY29uc3Qgd2FudGVkID0gY291bnQgPT09IDEgPyAnZXhhY3RseSBvbmUgSVNPLTg2MDEgaW5zdGFudCcgOiAnZXhhY3RseSB0d28gSVNPLTg2MDEgaW5zdGFudHMnO1xuICAgICAgcmV0dXJuIFt7IHBhdGg6IHZhbHVlc1BhdGgsIG1lc3NhZ2U6IGAke2F0dHJpYnV0ZS5hdHRyaWJ1dGVUeXBlfSB0YWtlcyAke3dhbnRlZH0sIGdvdCAke3ZhbHVlcy5sZW5ndGh9YCB9XTtcbiAgICB9XG4gICAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICAgIGNvbnN0IGluc3RhbnRzID0gdmFsdWVzLm1hcCgodmFsdWUsIGkpID0+IHtcbiAgICAgIGlmIChpc1Rva2VuKHZhbHVlKSB8fCB0eXBlb2YgdmFsdWUgIT09ICdzdHJpbmcnIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIGNvbnN0IGluc3RhbnQgPSBwYXJzZUluc3RhbnQodmFsdWUpO1xuICAgICAgaWYgKGluc3RhbnQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBwcm9ibGVtcy5wdXNoKHsgcGF0aDogYCR7dmFsdWVzUGF0aH1bJHtpfV1gLCBtZXNzYWdlOiBgJHtzaG93VmFsdWUodmFsdWUpfSBpcyBub3QgYW4gSVNPLTg2MDEgaW5zdGFudCAoJHtJTlNUQU5UX0ZPUk19KWAgfSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gaW5zdGFudDtcbiAgICB9KTtcbiAgICBjb25zdCBbZnJvbSwgdG9dID0gaW5zdGFudHM7XG4gICAgaWYgKGNvdW50ID09PSAyICYmIGZyb20gIT09IHVuZGVmaW5lZCAmJiB0byAhPT0gdW5kZWZpbmVkICYmIGNvbXBhcmVJbnN0YW50cyhmcm9tLCB0bykgPj0gMCkge1xuICAgICAgcHJvYmxlbXMucHVzaCh7XG4gICAgICAgIHBhdGg6IHZhbHVlc1BhdGgsXG4gICAgICAgIG1lc3NhZ2U6IGBCRVRXRUVOIGluc3RhbnRzIG11c3QgYmUgaW4gb3JkZXI6ICR7c2hvd1ZhbHVlKHZhbHVlc1swXSl9IGlzIG5vdCBlYXJsaWVyIHRoYW4gJHtzaG93VmFsdWUodmFsdWVzWzFdKX1gLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHJldHVybiBwcm9ibGVtcztcbiAgfSk7XG59XG5cbi8qKiBMYXRpdHVkZSBpcyBpbiAtOTAuLjkwIGFuZCBsb25naXR1ZGUgaW4gLTE4MC4uMTgwLiAqL1xuZnVuY3Rpb24gY29vcmRpbmF0ZXNBcmVJblJhbmdlKGRpbXM6IFNlZ21lbnREaW1lbnNpb25zLCBwYXRoOiBzdHJpbmcpOiBQcm9ibGVtW10ge1xuICBjb25zdCBjb29yZGluYXRlcyA9IHdhbGthYmxlKHdhbGthYmxlKHdhbGthYmxlKGRpbXMubG9jYXRpb24pPy5ncHNQb2ludCk/LmNvb3JkaW5hdGVzKTtcbiAgaWYgKGNvb3JkaW5hdGVzID09PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgY29uc3QgY29vcmRpbmF0ZXNQYXRoID0gYCR7cGF0aH0ubG9jYXRpb24uZ3BzUG9pbnQuY29vcmRpbmF0ZXNgO1xuICByZXR1cm4gW1xuICAgIC4uLmNoZWNrTnVtYmVySW5SYW5nZShjb29yZGluYXRlcy5sYXRpdHVkZSwgLTkwLCA5MCwgYCR7Y29vcmRpbmF0ZXNQYXRofS5sYXRpdHVkZWApLFxuICAgIC4uLmNoZWNrTnVtYmVySW5SYW5nZShjb29yZGluYXRlcy5sb25naXR1ZGUsIC0xODAsIDE4MCwgYCR7Y29vcmRpbmF0ZXNQYXRofS5sb25naXR1ZGVgKSxcbiAgXTtcbn1cblxuLyoqIHJhbmdlSW5LaWxvbWV0ZXJzIGlzIGEgZmluaXRlIG51bWJlciBncmVhdGVyIHRoYW4gMC4gKi9cbmZ1bmN0aW9uIHJhbmdlSXNQb3NpdGl2ZShkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgcmFuZ2U6IHVua25vd24gPSB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmxvY2F0aW9uKT8uZ3BzUG9pbnQpPy5yYW5nZUluS2lsb21ldGVycztcbiAgaWYgKHR5cGVvZiByYW5nZSAhPT0gJ251bWJlcicgfHwgaXNUb2tlbihyYW5nZSkpIHJldHVybiBbXTtcbiAgY29uc3QgcmFuZ2VQYXRoID0gYCR7cGF0aH0ubG9jYXRpb24uZ3BzUG9pbnQucmFuZ2VJbktpbG9tZXRlcnNgO1xuICBpZiAoIU51bWJlci5pc0Zpbml0ZShyYW5nZSkpIHJldHVybiBbeyBwYXRoOiByYW5nZVBhdGgsIG1lc3NhZ2U6IGAke3Nob3dWYWx1ZShyYW5nZSl9IGlzIG5vdCBhIGZpbml0ZSBudW1iZXJgIH1dO1xuICByZXR1cm4gcmFuZ2UgPiAwID8gW10gOiBbeyBwYXRoOiByYW5nZVBhdGgsIG1lc3NhZ2U6IGAke3Nob3dWYWx1ZShyYW5nZSl9IGlzIG5vdCBncmVhdGVyIHRoYW4gMGAgfV07XG59XG5cbi8qKiBBIGNvdW50cnkgaXMgYW4gYXNzaWduZWQgSVNPIDMxNjYtMSBhbHBoYS0yIGNvZGUsIGluIHVwcGVyY2FzZS4gKi9cbmZ1bmN0aW9uIGNvdW50cmllc0FyZUFscGhhMihkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgY29uc3QgY291bnRyeSA9IHdhbGthYmxlKHdhbGthYmxlKGRpbXMubG9jYXRpb24pPy5jb3VudHJ5KTtcbiAgcmV0dXJuIHN0cmluZ1ZhbHVlcyhjb3VudHJ5LCBgJHtwYXRofS5sb2NhdGlvbi5jb3VudHJ5LnZhbHVlc2ApXG4gICAgLmZpbHRlcigoeyB2YWx1ZSB9KSA9PiAhSVNPXzMxNjZfQUxQSEFfMi5oYXModmFsdWUpKVxuICAgIC5tYXAoKHsgdmFsdWUsIHBhdGg6IHZhbHVlUGF0aCB9KSA9PiAoe1xuICAgICAgcGF0aDogdmFsdWVQYXRoLFxuICAgICAgbWVzc2FnZTogYCR7c2hvd1ZhbHVlKHZhbHVlKX0gaXMgbm90IGFuIElTTyAzMTY2LTEgYWxwaGEtMiBjb3VudHJ5IGNvZGUgKHN1Y2ggYXMgVVMgb3IgREUpYCxcbiAgICB9KSk7XG59XG5cbi8qKiBBIGNoYW5uZWwgaXMgb25lIG9mIFBpbnBvaW50J3MgY2hhbm5lbCB0eXBlcy4gKi9cbmZ1bmN0aW9uIGNoYW5uZWxzQXJlS25vd24oZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIGNvbnN0IGNoYW5uZWwgPSB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmRlbW9ncmFwaGljKT8uY2hhbm5lbCk7XG4gIGNvbnN0IGtub3duOiBzdHJpbmdbXSA9IE9iamVjdC52YWx1ZXMoQ2hhbm5lbFR5cGUpO1xuICByZXR1cm4gc3RyaW5nVmFsdWVzKGNoYW5uZWwsIGAke3BhdGh9LmRlbW9ncmFwaGljLmNoYW5uZWwudmFsdWVzYClcbiAgICAuZmlsdGVyKCh7IHZhbHVlIH0pID0+ICFrbm93bi5pbmNsdWRlcyh2YWx1ZSkpXG4gICAgLm1hcCgoeyB2YWx1ZSwgcGF0aDogdmFsdWVQYXRoIH0pID0+ICh7XG4gICAgICBwYXRoOiB2YWx1ZVBhdGgsXG4gICAgICBtZXNzYWdlOiBgJHtzaG93VmFsdWUodmFsdWUpfSBpcyBub3QgYSBQaW5wb2ludCBjaGFubmVsIHR5cGUgKG9uZSBvZiAke2tub3duLmpvaW4oJywgJyl9KWAsXG4gICAgfSkpO1xufVxuXG4vKiogQSBtZXRyaWMncyB2YWx1ZSBpcyBhIGZpbml0ZSBudW1iZXIuICovXG5mdW5jdGlvbiBtZXRyaWNWYWx1ZXNBcmVGaW5pdGUoZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IFByb2JsZW1bXSB7XG4gIHJldHVybiBtZXRyaWNzT2YoZGltcywgcGF0aCkuZmxhdE1hcCgoeyBtZXRyaWMsIHBhdGg6IG1ldHJpY1BhdGggfSkgPT4ge1xuICAgIGNvbnN0IHZhbHVlOiB1bmtub3duID0gbWV0cmljLnZhbHVlO1xuICAgIGlmICh0eXBlb2YgdmFsdWUgIT09ICdudW1iZXInIHx8IGlzVG9rZW4odmFsdWUpIHx8IE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiBbXTtcbiAgICByZXR1cm4gW3sgcGF0aDogYCR7bWV0cmljUGF0aH0udmFsdWVgLCBtZXNzYWdlOiBgJHtzaG93VmFsdWUodmFsdWUpfSBpcyBub3QgYSBmaW5pdGUgbnVtYmVyYCB9XTtcbiAgfSk7XG59XG5cbi8qKiBUaGUgcnVsZXMgb3ZlciBlYWNoIGBTZWdtZW50RGltZW5zaW9uc2AsIGluIHRoZSBvcmRlciB0aGVpciBwcm9ibGVtcyBhcmUgbGlzdGVkLiAqL1xuZXhwb3J0IGNvbnN0IERJTUVOU0lPTl9SVUxFUzogcmVhZG9ubHkgRGltZW5zaW9uc1J1bGVbXSA9IFtcbiAgbWFwS2V5c0FyZU5vdEVtcHR5LFxuICB2YWx1ZXNBcmVOb3RFbXB0eSxcbiAgaW5zdGFudHNBcmVWYWxpZCxcbiAgY29vcmRpbmF0ZXNBcmVJblJhbmdlLFxuICByYW5nZUlzUG9zaXRpdmUsXG4gIGNvdW50cmllc0FyZUFscGhhMixcbiAgY2hhbm5lbHNBcmVLbm93bixcbiAgbWV0cmljVmFsdWVzQXJlRmluaXRlLFxuXTtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBXYWxraW5nIHRoZSBwcm9wc1xuXG4vKiogRXZlcnkgYFNlZ21lbnREaW1lbnNpb25zYCBpbiB0aGUgcHJvcHMsIHdpdGggaXRzIHBhdGguICovXG5leHBvcnQgZnVuY3Rpb24gZGltZW5zaW9uc09mKHByb3BzOiBQaW5wb2ludFNlZ21lbnRQcm9wcyk6IHsgZGltczogU2VnbWVudERpbWVuc2lvbnM7IHBhdGg6IHN0cmluZyB9W10ge1xuICBjb25zdCB0b3AgPSB3YWxrYWJsZShwcm9wcy5kaW1lbnNpb25zKTtcbiAgcmV0dXJuIFtcbiAgICAuLi4odG9wID09PSB1bmRlZmluZWQgPyBbXSA6IFt7IGRpbXM6IHRvcCwgcGF0aDogJ2RpbWVuc2lvbnMnIH1dKSxcbiAgICAuLi5ncm91cHNPZihwcm9wcykuZmxhdE1hcCgoeyBncm91cCwgcGF0aCB9KSA9PlxuICAgICAgcmVzb2x2ZWRFbGVtZW50cyhncm91cC5kaW1lbnNpb25zLCBgJHtwYXRofS5kaW1lbnNpb25zYCkubWFwKCh7IHZhbHVlLCBwYXRoOiBwIH0pID0+ICh7IGRpbXM6IHZhbHVlLCBwYXRoOiBwIH0pKSksXG4gIF07XG59XG5cbi8qKiBFdmVyeSBncm91cCBvZiB0aGUgcHJvcHMsIHdpdGggaXRzIHBhdGguICovXG5leHBvcnQgZnVuY3Rpb24gZ3JvdXBzT2YocHJvcHM6IFBpbnBvaW50U2VnbWVudFByb3BzKTogeyBncm91cDogU2VnbWVudEdyb3VwOyBwYXRoOiBzdHJpbmcgfVtdIHtcbiAgcmV0dXJuIHJlc29sdmVkRWxlbWVudHMod2Fsa2FibGUocHJvcHMuc2VnbWVudEdyb3Vwcyk/Lmdyb3VwcywgJ3NlZ21lbnRHcm91cHMuZ3JvdXBzJylcbiAgICAubWFwKCh7IHZhbHVlLCBwYXRoIH0pID0+ICh7IGdyb3VwOiB2YWx1ZSwgcGF0aCB9KSk7XG59XG5cbmZ1bmN0aW9uIGF0dHJpYnV0ZXNPZihkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogeyBhdHRyaWJ1dGU6IEF0dHJpYnV0ZURpbWVuc2lvbkNvbmZpZzsgcGF0aDogc3RyaW5nIH1bXSB7XG4gIHJldHVybiAoWydhdHRyaWJ1dGVzJywgJ3VzZXJBdHRyaWJ1dGVzJ10gYXMgY29uc3QpLmZsYXRNYXAoKGZhbWlseSkgPT5cbiAgICByZXNvbHZlZEVudHJpZXMoZGltc1tmYW1pbHldLCBgJHtwYXRofS4ke2ZhbWlseX1gKS5tYXAoKHsgdmFsdWUsIHBhdGg6IHAgfSkgPT4gKHsgYXR0cmlidXRlOiB2YWx1ZSwgcGF0aDogcCB9KSkpO1xufVxuXG5mdW5jdGlvbiBtZXRyaWNzT2YoZGltczogU2VnbWVudERpbWVuc2lvbnMsIHBhdGg6IHN0cmluZyk6IHsgbWV0cmljOiBNZXRyaWNEaW1lbnNpb25Db25maWc7IHBhdGg6IHN0cmluZyB9W10ge1xuICByZXR1cm4gcmVzb2x2ZWRFbnRyaWVzKGRpbXMubWV0cmljcywgYCR7cGF0aH0ubWV0cmljc2ApLm1hcCgoeyB2YWx1ZSwgcGF0aDogcCB9KSA9PiAoeyBtZXRyaWM6IHZhbHVlLCBwYXRoOiBwIH0pKTtcbn1cblxuY29uc3QgREVNT0dSQVBISUNfRklFTERTID0gWydhcHBWZXJzaW9uJywgJ2NoYW5uZWwnLCAnZGV2aWNlVHlwZScsICdtYWtlJywgJ21vZGVsJywgJ3BsYXRmb3JtJ10gYXMgY29uc3Q7XG5cbi8qKiBUaGUgc2l4IGRlbW9ncmFwaGljIHNldCBkaW1lbnNpb25zIGFuZCB0aGUgY291bnRyeSwgd2l0aCB0aGVpciBwYXRocy4gKi9cbmZ1bmN0aW9uIHNldERpbWVuc2lvbnNPZihkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogeyBzZXQ6IFNldERpbWVuc2lvbjsgcGF0aDogc3RyaW5nIH1bXSB7XG4gIGNvbnN0IGRlbW9ncmFwaGljID0gd2Fsa2FibGUoZGltcy5kZW1vZ3JhcGhpYyk7XG4gIGNvbnN0IHNldHMgPSBERU1PR1JBUEhJQ19GSUVMRFMubWFwKChmaWVsZCkgPT4gKHtcbiAgICBzZXQ6IHdhbGthYmxlKGRlbW9ncmFwaGljPy5bZmllbGRdKSxcbiAgICBwYXRoOiBgJHtwYXRofS5kZW1vZ3JhcGhpYy4ke2ZpZWxkfWAsXG4gIH0pKTtcbiAgc2V0cy5wdXNoKHsgc2V0OiB3YWxrYWJsZSh3YWxrYWJsZShkaW1zLmxvY2F0aW9uKT8uY291bnRyeSksIHBhdGg6IGAke3BhdGh9LmxvY2F0aW9uLmNvdW50cnlgIH0pO1xuICByZXR1cm4gc2V0cy5maWx0ZXIoKHMpOiBzIGlzIHsgc2V0OiBTZXREaW1lbnNpb247IHBhdGg6IHN0cmluZyB9ID0+IHMuc2V0ICE9PSB1bmRlZmluZWQpO1xufVxuXG4vKiogRXZlcnkgYHZhbHVlc2AgbGlzdCBpbiBhIGRpbWVuc2lvbnMgb2JqZWN0LCB3aXRoIGl0cyBwYXRoLiAqL1xuZnVuY3Rpb24gdmFsdWVMaXN0cyhkaW1zOiBTZWdtZW50RGltZW5zaW9ucywgcGF0aDogc3RyaW5nKTogeyB2YWx1ZXM6IHVua25vd247IHBhdGg6IHN0cmluZyB9W10ge1xuICByZXR1cm4gW1xuICAgIC4uLmF0dHJpYnV0ZXNPZihkaW1zLCBwYXRoKS5tYXAoKHsgYXR0cmlidXRlLCBwYXRoOiBwIH0pID0+ICh7IHZhbHVlczogYXR0cmlidXRlLnZhbHVlcyBhcyB1bmtub3duLCBwYXRoOiBgJHtwfS52YWx1ZXNgIH0pKSxcbiAgICAuLi5zZXREaW1lbnNpb25zT2YoZGltcywgcGF0aCkubWFwKCh7IHNldCwgcGF0aDogcCB9KSA9PiAoeyB2YWx1ZXM6IHNldC52YWx1ZXMgYXMgdW5rbm93biwgcGF0aDogYCR7cH0udmFsdWVzYCB9KSksXG4gIF07XG59XG5cbi8qKiBUaGUgcmVzb2x2ZWQsIG5vbi1lbXB0eSBzdHJpbmcgdmFsdWVzIG9mIGEgc2V0IGRpbWVuc2lvbiAob3RoZXJzIGFyZSByZXBvcnRlZCBlbHNld2hlcmUpLiAqL1xuZnVuY3Rpb24gc3RyaW5nVmFsdWVzKHNldDogU2V0RGltZW5zaW9uIHwgdW5kZWZpbmVkLCBwYXRoOiBzdHJpbmcpOiB7IHZhbHVlOiBzdHJpbmc7IHBhdGg6IHN0cmluZyB9W10ge1xuICBjb25zdCB2YWx1ZXM6IHVua25vd24gPSBzZXQ/LnZhbHVlcztcbiAgaWYgKCFpc1Jlc29sdmVkTGlzdCh2YWx1ZXMpKSByZXR1cm4gW107XG4gIHJldHVybiB2YWx1ZXMuZmxhdE1hcCgodmFsdWUsIGkpID0+XG4gICAgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiB2YWx1ZSAhPT0gJycgJiYgIWlzVG9rZW4odmFsdWUpID8gW3sgdmFsdWUsIHBhdGg6IGAke3BhdGh9WyR7aX1dYCB9XSA6IFtdKTtcbn1cblxuLyoqXG4gKiBEaW1lbnNpb24gY291bnQgYXMgUGlucG9pbnQgY291bnRzIGl0OiBlYWNoIGNyaXRlcmlvbiBpcyBvbmUgZGltZW5zaW9uLiBBIGNvbnRhaW5lciB0aGF0IGlzIGFcbiAqIHRva2VuIGNvdW50cyBhcyAwOiBpdHMgY29udGVudHMgYXJlIHVua25vd24gdW50aWwgZGVwbG95LlxuICovXG5leHBvcnQgZnVuY3Rpb24gY291bnREaW1lbnNpb25zKGRpbXM6IFNlZ21lbnREaW1lbnNpb25zKTogbnVtYmVyIHtcbiAgY29uc3Qga2V5cyA9IChtYXA6IG9iamVjdCB8IHVuZGVmaW5lZCkgPT4gKHdhbGthYmxlKG1hcCkgPT09IHVuZGVmaW5lZCA/IDAgOiBPYmplY3Qua2V5cyhtYXAgYXMgb2JqZWN0KS5sZW5ndGgpO1xuICBjb25zdCBsb2NhdGlvbiA9IHdhbGthYmxlKGRpbXMubG9jYXRpb24pO1xuICByZXR1cm4ga2V5cyhkaW1zLmF0dHJpYnV0ZXMpXG4gICAgKyBrZXlzKGRpbXMudXNlckF0dHJpYnV0ZXMpXG4gICAgKyBrZXlzKGRpbXMubWV0cmljcylcbiAgICArICh3YWxrYWJsZShkaW1zLmJlaGF2aW9yKT8ucmVjZW5jeSAhPT0gdW5kZWZpbmVkID8gMSA6IDApXG4gICAgKyBzZXREaW1lbnNpb25zT2YoZGltcywgJycpLmxlbmd0aCAvLyBkZW1vZ3JhcGhpYyBmaWVsZHMgYW5kIGNvdW50cnlcbiAgICArIChsb2NhdGlvbj8uZ3BzUG9pbnQgIT09IHVuZGVmaW5lZCA/IDEgOiAwKTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBTbWFsbCBoZWxwZXJzXG5cbi8qKiBUcnVlIGZvciBhbiB1bnJlc29sdmVkIHRva2VuIG9mIGFueSBraW5kIChzdHJpbmcsIG51bWJlciwgbGlzdCwgb3IgYW4gSVJlc29sdmFibGUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVG9rZW4odmFsdWU6IHVua25vd24pOiBib29sZWFuIHtcbiAgcmV0dXJuIFRva2VuLmlzVW5yZXNvbHZlZCh2YWx1ZSk7XG59XG5cbi8qKiBUaGUgb2JqZWN0LCB1bmxlc3MgaXQgaXMgYWJzZW50LCBub3QgYW4gb2JqZWN0LCBvciBhIHRva2VuICh3aG9zZSBjb250ZW50cyBhcmUgdW5rbm93bikuICovXG5leHBvcnQgZnVuY3Rpb24gd2Fsa2FibGU8VD4odmFsdWU6IFQgfCB1bmRlZmluZWQpOiBUIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IG51bGwgfHwgdHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyB8fCBpc1Rva2VuKHZhbHVlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKiogQSBsaXN0IHdob3NlIGVsZW1lbnRzIGNhbiBiZSBsb29rZWQgYXQuICovXG5leHBvcnQgZnVuY3Rpb24gaXNSZXNvbHZlZExpc3QodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyB1bmtub3duW10ge1xuICByZXR1cm4gQXJyYXkuaXNBcnJheSh2YWx1ZSkgJiYgIWlzVG9rZW4odmFsdWUpO1xufVxuXG4vKiogVGhlIHdhbGthYmxlIGVsZW1lbnRzIG9mIGEgbGlzdCwgd2l0aCB0aGVpciBwYXRocy4gKi9cbmZ1bmN0aW9uIHJlc29sdmVkRWxlbWVudHM8VD4obGlzdDogVFtdIHwgdW5kZWZpbmVkLCBwYXRoOiBzdHJpbmcpOiB7IHZhbHVlOiBUOyBwYXRoOiBzdHJpbmcgfVtdIHtcbiAgaWYgKCFpc1Jlc29sdmVkTGlzdChsaXN0KSkgcmV0dXJuIFtdO1xuICByZXR1cm4gKGxpc3QgYXMgVFtdKS5mbGF0TWFwKCh2YWx1ZSwgaSkgPT4ge1xuICAgIGNvbnN0IGVsZW1lbnQgPSB3YWxrYWJsZSh2YWx1ZSk7XG4gICAgcmV0dXJuIGVsZW1lbnQgPT09IHVuZGVmaW5lZCA/IFtdIDogW3sgdmFsdWU6IGVsZW1lbnQsIHBhdGg6IGAke3BhdGh9WyR7aX1dYCB9XTtcbiAgfSk7XG59XG5cbi8qKiBUaGUgd2Fsa2FibGUgZW50cmllcyBvZiBhIG1hcCwgd2l0aCB0aGVpciBwYXRocy4gKi9cbmZ1bmN0aW9uIHJlc29sdmVkRW50cmllczxUPihtYXA6IHsgW25hbWU6IHN0cmluZ106IFQgfSB8IHVuZGVmaW5lZCwgcGF0aDogc3RyaW5nKTogeyB2YWx1ZTogVDsgcGF0aDogc3RyaW5nIH1bXSB7XG4gIGNvbnN0IHJlc29sdmVkID0gd2Fsa2FibGUobWFwKTtcbiAgaWYgKHJlc29sdmVkID09PSB1bmRlZmluZWQgfHwgQXJyYXkuaXNBcnJheShyZXNvbHZlZCkpIHJldHVybiBbXTtcbiAgcmV0dXJuIE9iamVjdC5lbnRyaWVzKHJlc29sdmVkKS5mbGF0TWFwKChbbmFtZSwgdmFsdWVdKSA9PiB7XG4gICAgY29uc3QgZW50cnkgPSB3YWxrYWJsZSh2YWx1ZSk7XG4gICAgcmV0dXJuIGVudHJ5ID09PSB1bmRlZmluZWQgPyBbXSA6IFt7IHZhbHVlOiBlbnRyeSwgcGF0aDogY2hpbGRQYXRoKHBhdGgsIG5hbWUpIH1dO1xuICB9KTtcbn1cblxuLyoqIFJhbmdlIGNoZWNrIGZvciBhIG51bWJlcjsgYSB0b2tlbiwgYSBtaXNzaW5nIHZhbHVlIG9yIGEgbm9uLW51bWJlciBpcyByZXBvcnRlZCBlbHNld2hlcmUuICovXG5mdW5jdGlvbiBjaGVja051bWJlckluUmFuZ2UodmFsdWU6IHVua25vd24sIG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgcGF0aDogc3RyaW5nKTogUHJvYmxlbVtdIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgaXNUb2tlbih2YWx1ZSkpIHJldHVybiBbXTtcbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gW3sgcGF0aCwgbWVzc2FnZTogYCR7c2hvd1ZhbHVlKHZhbHVlKX0gaXMgbm90IGEgZmluaXRlIG51bWJlcmAgfV07XG4gIHJldHVybiB2YWx1ZSA+PSBtaW4gJiYgdmFsdWUgPD0gbWF4ID8gW10gOiBbeyBwYXRoLCBtZXNzYWdlOiBgJHtzaG93VmFsdWUodmFsdWUpfSBpcyBvdXRzaWRlICR7bWlufS4uJHttYXh9YCB9XTtcbn1cblxuLyoqIEEgcmVzb2x2ZWQgc3RyaW5nIHRoYXQgaXMgZW1wdHkgb3Igb25seSB3aGl0ZXNwYWNlLiBPdGhlciB0eXBlcyBhcmUgdGhlIHNoYXBlIGNoZWNrJ3MuICovXG5mdW5jdGlvbiBpc0JsYW5rU3RyaW5nKHZhbHVlOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmICFpc1Rva2VuKHZhbHVlKSAmJiB2YWx1ZS50cmltKCkgPT09ICcnO1xufVxuIl19