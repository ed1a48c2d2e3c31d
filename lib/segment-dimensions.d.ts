/**
 * How an attribute dimension compares endpoint attribute values with its `values`.
 */
export declare enum AttributeType {
    /** Endpoints whose attribute matches one of the values are included. */
    INCLUSIVE = "INCLUSIVE",
    /** Endpoints whose attribute matches one of the values are excluded. */
    EXCLUSIVE = "EXCLUSIVE",
    /** Endpoints whose attribute contains one of the values as a substring are included. */
    CONTAINS = "CONTAINS",
    /** Endpoints whose attribute, read as an ISO-8601 instant, is before the value are included. */
    BEFORE = "BEFORE",
    /** Endpoints whose attribute, read as an ISO-8601 instant, is after the value are included. */
    AFTER = "AFTER",
    /** Endpoints whose attribute, read as an ISO-8601 instant, is on the value's date are included. Time is ignored. */
    ON = "ON",
    /** Endpoints whose attribute, read as an ISO-8601 instant, is between the two values are included. */
    BETWEEN = "BETWEEN"
}
/**
 * Whether endpoints that match a set dimension are included in or excluded from the segment.
 */
export declare enum DimensionType {
    /** Endpoints that match the values are included. */
    INCLUSIVE = "INCLUSIVE",
    /** Endpoints that match the values are excluded. */
    EXCLUSIVE = "EXCLUSIVE"
}
/**
 * The period a recency dimension looks back over (Pinpoint's `Duration`).
 *
 * Named `RecencyDuration` so that it does not clash with `aws-cdk-lib`'s `Duration`.
 */
export declare enum RecencyDuration {
    /** The last 24 hours. */
    HR_24 = "HR_24",
    /** The last 7 days. */
    DAY_7 = "DAY_7",
    /** The last 14 days. */
    DAY_14 = "DAY_14",
    /** The last 30 days. */
    DAY_30 = "DAY_30"
}
/**
 * Whether a recency dimension selects endpoints that were active or inactive.
 */
export declare enum RecencyType {
    /** Endpoints that were active within the duration are included. */
    ACTIVE = "ACTIVE",
    /** Endpoints that were not active within the duration are included. */
    INACTIVE = "INACTIVE"
}
/**
 * How a metric dimension compares an endpoint's metric with its `value`.
 */
export declare enum ComparisonOperator {
    /** The metric is greater than the value. */
    GREATER_THAN = "GREATER_THAN",
    /** The metric is less than the value. */
    LESS_THAN = "LESS_THAN",
    /** The metric is greater than or equal to the value. */
    GREATER_THAN_OR_EQUAL = "GREATER_THAN_OR_EQUAL",
    /** The metric is less than or equal to the value. */
    LESS_THAN_OR_EQUAL = "LESS_THAN_OR_EQUAL",
    /** The metric equals the value. */
    EQUAL = "EQUAL"
}
/**
 * How a segment group combines its source (base) segments.
 */
export declare enum SourceType {
    /** Endpoints in all of the source segments. */
    ALL = "ALL",
    /** Endpoints in any of the source segments. */
    ANY = "ANY",
    /** Endpoints in none of the source segments. */
    NONE = "NONE"
}
/**
 * How a segment group combines its dimensions.
 */
export declare enum GroupType {
    /** Endpoints that match all of the dimensions. */
    ALL = "ALL",
    /** Endpoints that match any of the dimensions. */
    ANY = "ANY",
    /** Endpoints that match none of the dimensions. */
    NONE = "NONE"
}
/**
 * How the segment combines its segment groups.
 */
export declare enum Include {
    /** Endpoints that match all of the groups. */
    ALL = "ALL",
    /** Endpoints that match any of the groups. */
    ANY = "ANY",
    /** Endpoints that match none of the groups. */
    NONE = "NONE"
}
/**
 * Pinpoint's channel types, for the values of `SegmentDemographics.channel`.
 *
 * A convenience: `channel.values` stays a `string[]`, so pass e.g. `ChannelType.EMAIL`.
 */
export declare enum ChannelType {
    /** Push notifications through any push channel. */
    PUSH = "PUSH",
    /** Firebase Cloud Messaging (formerly Google Cloud Messaging). */
    GCM = "GCM",
    /** Apple Push Notification service. */
    APNS = "APNS",
    /** Apple Push Notification service, sandbox environment. */
    APNS_SANDBOX = "APNS_SANDBOX",
    /** Apple Push Notification service, VoIP. */
    APNS_VOIP = "APNS_VOIP",
    /** Apple Push Notification service, VoIP sandbox environment. */
    APNS_VOIP_SANDBOX = "APNS_VOIP_SANDBOX",
    /** Amazon Device Messaging. */
    ADM = "ADM",
    /** SMS text messages. */
    SMS = "SMS",
    /** Voice messages. */
    VOICE = "VOICE",
    /** Email. */
    EMAIL = "EMAIL",
    /** Baidu Cloud Push. */
    BAIDU = "BAIDU",
    /** A custom channel. */
    CUSTOM = "CUSTOM",
    /** In-app messages. */
    IN_APP = "IN_APP"
}
/**
 * The dimension settings of a segment (`SegmentDimensions`).
 */
export interface SegmentDimensions {
    /**
     * Custom endpoint attributes to use as criteria, keyed by attribute name.
     *
     * @default - no attribute dimensions
     */
    readonly attributes?: {
        [name: string]: AttributeDimensionConfig;
    };
    /**
     * Behavior-based criteria, such as how recently endpoints were active.
     *
     * @default - no behavior dimension
     */
    readonly behavior?: SegmentBehaviors;
    /**
     * Demographic criteria, such as device platform.
     *
     * @default - no demographic dimensions
     */
    readonly demographic?: SegmentDemographics;
    /**
     * Location criteria: country or GPS point.
     *
     * @default - no location dimensions
     */
    readonly location?: SegmentLocation;
    /**
     * Custom endpoint metrics to use as criteria, keyed by metric name.
     *
     * @default - no metric dimensions
     */
    readonly metrics?: {
        [name: string]: MetricDimensionConfig;
    };
    /**
     * Custom user attributes to use as criteria, keyed by attribute name.
     *
     * @default - no user attribute dimensions
     */
    readonly userAttributes?: {
        [name: string]: AttributeDimensionConfig;
    };
}
/**
 * Attribute-based criteria (`AttributeDimension`).
 */
export interface AttributeDimensionConfig {
    /**
     * How the attribute is compared with `values`.
     *
     * @default AttributeType.INCLUSIVE
     */
    readonly attributeType?: AttributeType;
    /**
     * The values to compare with. `BEFORE`, `AFTER` and `ON` take one ISO-8601 instant,
     * `BETWEEN` takes two, in order.
     */
    readonly values: string[];
}
/**
 * Metric-based criteria (`MetricDimension`).
 */
export interface MetricDimensionConfig {
    /**
     * How the metric is compared with `value`.
     */
    readonly comparisonOperator: ComparisonOperator;
    /**
     * The value to compare with.
     */
    readonly value: number;
}
/**
 * Behavior-based criteria (`SegmentBehaviors`).
 */
export interface SegmentBehaviors {
    /**
     * Criteria based on how recently endpoints were active.
     *
     * @default - no recency dimension
     */
    readonly recency?: RecencyDimension;
}
/**
 * Criteria based on how recently an endpoint was active (`RecencyDimension`).
 */
export interface RecencyDimension {
    /**
     * The period to look back over.
     */
    readonly duration: RecencyDuration;
    /**
     * Whether endpoints active or inactive within `duration` are included.
     */
    readonly recencyType: RecencyType;
}
/**
 * Demographic criteria (`SegmentDemographics`).
 */
export interface SegmentDemographics {
    /**
     * App version criteria.
     *
     * @default - no app version dimension
     */
    readonly appVersion?: SetDimension;
    /**
     * Channel criteria; values are Pinpoint channel types (see `ChannelType`).
     *
     * @default - no channel dimension
     */
    readonly channel?: SetDimension;
    /**
     * Device type criteria.
     *
     * @default - no device type dimension
     */
    readonly deviceType?: SetDimension;
    /**
     * Device make criteria.
     *
     * @default - no make dimension
     * @jsii suppress JSII5018
     */
    readonly make?: SetDimension;
    /**
     * Device model criteria.
     *
     * @default - no model dimension
     */
    readonly model?: SetDimension;
    /**
     * Device platform criteria.
     *
     * @default - no platform dimension
     */
    readonly platform?: SetDimension;
}
/**
 * A set of values to include or exclude (`SetDimension`).
 */
export interface SetDimension {
    /**
     * Whether matching endpoints are included or excluded.
     *
     * @default DimensionType.INCLUSIVE
     */
    readonly dimensionType?: DimensionType;
    /**
     * The values to match.
     */
    readonly values: string[];
}
/**
 * Location criteria (`SegmentLocation`).
 */
export interface SegmentLocation {
    /**
     * Country criteria; values are ISO 3166-1 alpha-2 codes, such as `US`.
     *
     * @default - no country dimension
     */
    readonly country?: SetDimension;
    /**
     * A GPS point and range.
     *
     * @default - no GPS dimension
     */
    readonly gpsPoint?: GpsPointDimension;
}
/**
 * A GPS location and range (`GPSPointDimension`).
 */
export interface GpsPointDimension {
    /**
     * The coordinates to measure distance from.
     */
    readonly coordinates: GpsCoordinates;
    /**
     * The range, in kilometers, from the coordinates.
     *
     * @default - Pinpoint's default range
     */
    readonly rangeInKilometers?: number;
}
/**
 * GPS coordinates (`GPSCoordinates`).
 */
export interface GpsCoordinates {
    /**
     * The latitude, in -90..90.
     */
    readonly latitude: number;
    /**
     * The longitude, in -180..180.
     */
    readonly longitude: number;
}
/**
 * The segment groups of a segment (`SegmentGroupList`).
 */
export interface SegmentGroups {
    /**
     * The groups. Pinpoint accepts at most one.
     *
     * @default - no groups
     */
    readonly groups?: SegmentGroup[];
    /**
     * How the groups are combined.
     *
     * @default - Pinpoint's default
     */
    readonly include?: Include;
}
/**
 * Base segments and the dimensions applied to them (`SegmentGroup`).
 */
export interface SegmentGroup {
    /**
     * The dimensions applied to the base segments.
     *
     * @default - no dimensions
     */
    readonly dimensions?: SegmentDimensions[];
    /**
     * The base segments.
     *
     * @default - no base segments
     */
    readonly sourceSegments?: SourceSegment[];
    /**
     * How the base segments are combined.
     *
     * @default - Pinpoint's default
     */
    readonly sourceType?: SourceType;
    /**
     * How the dimensions are combined.
     *
     * @default - Pinpoint's default
     * @jsii suppress JSII5018
     */
    readonly type?: GroupType;
}
/**
 * A base segment, by id and optional version (`SegmentReference`).
 */
export interface SourceSegment {
    /**
     * The id of the segment.
     */
    readonly id: string;
    /**
     * The version of the segment, an integer of at least 1.
     *
     * @default - the latest version
     */
    readonly version?: number;
}
/**
 * Factories for attribute dimensions, for `attributes` and `userAttributes`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   attributes: { plan: AttributeDimension.inclusive('gold', 'platinum') },
 * };
 */
export declare class AttributeDimension {
    /**
     * Include endpoints whose attribute matches one of the values.
     *
     * @param values the attribute values to match; at least one
     * @example AttributeDimension.inclusive('gold', 'platinum')
     */
    static inclusive(...values: string[]): AttributeDimensionConfig;
    /**
     * Exclude endpoints whose attribute matches one of the values.
     *
     * @param values the attribute values to match; at least one
     * @example AttributeDimension.exclusive('trial')
     */
    static exclusive(...values: string[]): AttributeDimensionConfig;
    /**
     * Include endpoints whose attribute contains one of the values as a substring.
     *
     * @param values the substrings to look for; at least one
     * @example AttributeDimension.contains('@example.com')
     */
    static contains(...values: string[]): AttributeDimensionConfig;
    /**
     * Include endpoints whose attribute is an instant before `instant`.
     *
     * @param instant an ISO-8601 instant, such as `2024-01-01T00:00:00Z`
     * @example AttributeDimension.before('2024-01-01T00:00:00Z')
     */
    static before(instant: string): AttributeDimensionConfig;
    /**
     * Include endpoints whose attribute is an instant after `instant`.
     *
     * @param instant an ISO-8601 instant, such as `2024-01-01T00:00:00Z`
     * @example AttributeDimension.after('2024-01-01T00:00:00Z')
     */
    static after(instant: string): AttributeDimensionConfig;
    /**
     * Include endpoints whose attribute is an instant on the same date as `instant` (time is ignored).
     *
     * @param instant an ISO-8601 instant, such as `2024-07-04T00:00:00Z`
     * @example AttributeDimension.on('2024-07-04T00:00:00Z')
     */
    static on(instant: string): AttributeDimensionConfig;
    /**
     * Include endpoints whose attribute is an instant between `start` and `end`.
     *
     * @param start an ISO-8601 instant, earlier than `end`
     * @param end an ISO-8601 instant, later than `start`
     * @example AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z')
     */
    static between(start: string, end: string): AttributeDimensionConfig;
    private static of;
    private constructor();
}
/**
 * Factories for metric dimensions, for `metrics`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   metrics: { purchases: MetricDimension.greaterThan(10) },
 * };
 */
export declare class MetricDimension {
    /**
     * The metric is greater than `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.greaterThan(10)
     */
    static greaterThan(value: number): MetricDimensionConfig;
    /**
     * The metric is less than `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.lessThan(3)
     */
    static lessThan(value: number): MetricDimensionConfig;
    /**
     * The metric is greater than or equal to `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.greaterThanOrEqual(5)
     */
    static greaterThanOrEqual(value: number): MetricDimensionConfig;
    /**
     * The metric is less than or equal to `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.lessThanOrEqual(5)
     */
    static lessThanOrEqual(value: number): MetricDimensionConfig;
    /**
     * The metric equals `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.equalTo(0)
     */
    static equalTo(value: number): MetricDimensionConfig;
    private constructor();
}
/**
 * Factories for recency dimensions, for `behavior.recency`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) },
 * };
 */
export declare class Recency {
    /**
     * Endpoints that were active within `duration`.
     *
     * @param duration the period to look back over
     * @example Recency.activeWithin(RecencyDuration.DAY_7)
     */
    static activeWithin(duration: RecencyDuration): RecencyDimension;
    /**
     * Endpoints that were not active within `duration`.
     *
     * @param duration the period to look back over
     * @example Recency.inactiveWithin(RecencyDuration.DAY_30)
     */
    static inactiveWithin(duration: RecencyDuration): RecencyDimension;
    private constructor();
}
/**
 * Factories for GPS dimensions, for `location.gpsPoint`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   location: { gpsPoint: GpsPoint.within(47.6, -122.3, 25) },
 * };
 */
export declare class GpsPoint {
    /**
     * Endpoints within `rangeInKilometers` of the given coordinates.
     *
     * @param latitude in -90..90
     * @param longitude in -180..180
     * @param rangeInKilometers greater than 0
     * @example GpsPoint.within(47.6, -122.3, 25)
     */
    static within(latitude: number, longitude: number, rangeInKilometers: number): GpsPointDimension;
    private constructor();
}
/**
 * Factories for set dimensions, for the `demographic` fields and `location.country`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   demographic: { platform: SetDimensions.including('ios', 'android') },
 *   location: { country: SetDimensions.excluding('US') },
 * };
 */
export declare class SetDimensions {
    /**
     * Include endpoints that match one of the values.
     *
     * @param values the values to match; at least one
     * @example SetDimensions.including(ChannelType.EMAIL, ChannelType.SMS)
     */
    static including(...values: string[]): SetDimension;
    /**
     * Exclude endpoints that match one of the values.
     *
     * @param values the values to match; at least one
     * @example SetDimensions.excluding('US', 'CA')
     */
    static excluding(...values: string[]): SetDimension;
    private constructor();
}
