"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SetDimensions = exports.GpsPoint = exports.Recency = exports.MetricDimension = exports.AttributeDimension = exports.ChannelType = exports.Include = exports.GroupType = exports.SourceType = exports.ComparisonOperator = exports.RecencyType = exports.RecencyDuration = exports.DimensionType = exports.AttributeType = void 0;
const JSII_RTTI_SYMBOL_1 = Symbol.for("jsii.rtti");
// The structs mirror Pinpoint's WriteSegmentRequest field for field, in camelCase.
// lib/render.ts is the one place that maps them to the API's PascalCase shape.
/**
 * How an attribute dimension compares endpoint attribute values with its `values`.
 */
var AttributeType;
(function (AttributeType) {
    /** Endpoints whose attribute matches one of the values are included. */
    AttributeType["INCLUSIVE"] = "INCLUSIVE";
    /** Endpoints whose attribute matches one of the values are excluded. */
    AttributeType["EXCLUSIVE"] = "EXCLUSIVE";
    /** Endpoints whose attribute contains one of the values as a substring are included. */
    AttributeType["CONTAINS"] = "CONTAINS";
    /** Endpoints whose attribute, read as an ISO-8601 instant, is before the value are included. */
    AttributeType["BEFORE"] = "BEFORE";
    /** Endpoints whose attribute, read as an ISO-8601 instant, is after the value are included. */
    AttributeType["AFTER"] = "AFTER";
    /** Endpoints whose attribute, read as an ISO-8601 instant, is on the value's date are included. Time is ignored. */
    AttributeType["ON"] = "ON";
    /** Endpoints whose attribute, read as an ISO-8601 instant, is between the two values are included. */
    AttributeType["BETWEEN"] = "BETWEEN";
})(AttributeType || (exports.AttributeType = AttributeType = {}));
/**
 * Whether endpoints that match a set dimension are included in or excluded from the segment.
 */
var DimensionType;
(function (DimensionType) {
    /** Endpoints that match the values are included. */
    DimensionType["INCLUSIVE"] = "INCLUSIVE";
    /** Endpoints that match the values are excluded. */
    DimensionType["EXCLUSIVE"] = "EXCLUSIVE";
})(DimensionType || (exports.DimensionType = DimensionType = {}));
/**
 * The period a recency dimension looks back over (Pinpoint's `Duration`).
 *
 * Named `RecencyDuration` so that it does not clash with `aws-cdk-lib`'s `Duration`.
 */
var RecencyDuration;
(function (RecencyDuration) {
    /** The last 24 hours. */
    RecencyDuration["HR_24"] = "HR_24";
    /** The last 7 days. */
    RecencyDuration["DAY_7"] = "DAY_7";
    /** The last 14 days. */
    RecencyDuration["DAY_14"] = "DAY_14";
    /** The last 30 days. */
    RecencyDuration["DAY_30"] = "DAY_30";
})(RecencyDuration || (exports.RecencyDuration = RecencyDuration = {}));
/**
 * Whether a recency dimension selects endpoints that were active or inactive.
 */
var RecencyType;
(function (RecencyType) {
    /** Endpoints that were active within the duration are included. */
    RecencyType["ACTIVE"] = "ACTIVE";
    /** Endpoints that were not active within the duration are included. */
    RecencyType["INACTIVE"] = "INACTIVE";
})(RecencyType || (exports.RecencyType = RecencyType = {}));
/**
 * How a metric dimension compares an endpoint's metric with its `value`.
 */
var ComparisonOperator;
(function (ComparisonOperator) {
    /** The metric is greater than the value. */
    ComparisonOperator["GREATER_THAN"] = "GREATER_THAN";
    /** The metric is less than the value. */
    ComparisonOperator["LESS_THAN"] = "LESS_THAN";
    /** The metric is greater than or equal to the value. */
    ComparisonOperator["GREATER_THAN_OR_EQUAL"] = "GREATER_THAN_OR_EQUAL";
    /** The metric is less than or equal to the value. */
    ComparisonOperator["LESS_THAN_OR_EQUAL"] = "LESS_THAN_OR_EQUAL";
    /** The metric equals the value. */
    ComparisonOperator["EQUAL"] = "EQUAL";
})(ComparisonOperator || (exports.ComparisonOperator = ComparisonOperator = {}));
/**
 * How a segment group combines its source (base) segments.
 */
var SourceType;
(function (SourceType) {
    /** Endpoints in all of the source segments. */
    SourceType["ALL"] = "ALL";
    /** Endpoints in any of the source segments. */
    SourceType["ANY"] = "ANY";
    /** Endpoints in none of the source segments. */
    SourceType["NONE"] = "NONE";
})(SourceType || (exports.SourceType = SourceType = {}));
/**
 * How a segment group combines its dimensions.
 */
var GroupType;
(function (GroupType) {
    /** Endpoints that match all of the dimensions. */
    GroupType["ALL"] = "ALL";
    /** Endpoints that match any of the dimensions. */
    GroupType["ANY"] = "ANY";
    /** Endpoints that match none of the dimensions. */
    GroupType["NONE"] = "NONE";
})(GroupType || (exports.GroupType = GroupType = {}));
/**
 * How the segment combines its segment groups.
 */
var Include;
(function (Include) {
    /** Endpoints that match all of the groups. */
    Include["ALL"] = "ALL";
    /** Endpoints that match any of the groups. */
    Include["ANY"] = "ANY";
    /** Endpoints that match none of the groups. */
    Include["NONE"] = "NONE";
})(Include || (exports.Include = Include = {}));
/**
 * Pinpoint's channel types, for the values of `SegmentDemographics.channel`.
 *
 * A convenience: `channel.values` stays a `string[]`, so pass e.g. `ChannelType.EMAIL`.
 */
var ChannelType;
(function (ChannelType) {
    /** Push notifications through any push channel. */
    ChannelType["PUSH"] = "PUSH";
    /** Firebase Cloud Messaging (formerly Google Cloud Messaging). */
    ChannelType["GCM"] = "GCM";
    /** Apple Push Notification service. */
    ChannelType["APNS"] = "APNS";
    /** Apple Push Notification service, sandbox environment. */
    ChannelType["APNS_SANDBOX"] = "APNS_SANDBOX";
    /** Apple Push Notification service, VoIP. */
    ChannelType["APNS_VOIP"] = "APNS_VOIP";
    /** Apple Push Notification service, VoIP sandbox environment. */
    ChannelType["APNS_VOIP_SANDBOX"] = "APNS_VOIP_SANDBOX";
    /** Amazon Device Messaging. */
    ChannelType["ADM"] = "ADM";
    /** SMS text messages. */
    ChannelType["SMS"] = "SMS";
    /** Voice messages. */
    ChannelType["VOICE"] = "VOICE";
    /** Email. */
    ChannelType["EMAIL"] = "EMAIL";
    /** Baidu Cloud Push. */
    ChannelType["BAIDU"] = "BAIDU";
    /** A custom channel. */
    ChannelType["CUSTOM"] = "CUSTOM";
    /** In-app messages. */
    ChannelType["IN_APP"] = "IN_APP";
})(ChannelType || (exports.ChannelType = ChannelType = {}));
/**
 * Factories for attribute dimensions, for `attributes` and `userAttributes`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   attributes: { plan: AttributeDimension.inclusive('gold', 'platinum') },
 * };
 */
class AttributeDimension {
    static [JSII_RTTI_SYMBOL_1] = { fqn: "cdk-pinpoint-segment.AttributeDimension", version: "0.1.0" };
    /**
     * Include endpoints whose attribute matches one of the values.
     *
     * @param values the attribute values to match; at least one
     * @example AttributeDimension.inclusive('gold', 'platinum')
     */
    static inclusive(...values) {
        return AttributeDimension.of(AttributeType.INCLUSIVE, values);
    }
    /**
     * Exclude endpoints whose attribute matches one of the values.
     *
     * @param values the attribute values to match; at least one
     * @example AttributeDimension.exclusive('trial')
     */
    static exclusive(...values) {
        return AttributeDimension.of(AttributeType.EXCLUSIVE, values);
    }
    /**
     * Include endpoints whose attribute contains one of the values as a substring.
     *
     * @param values the substrings to look for; at least one
     * @example AttributeDimension.contains('@example.com')
     */
    static contains(...values) {
        return AttributeDimension.of(AttributeType.CONTAINS, values);
    }
    /**
     * Include endpoints whose attribute is an instant before `instant`.
     *
     * @param instant an ISO-8601 instant, such as `2024-01-01T00:00:00Z`
     * @example AttributeDimension.before('2024-01-01T00:00:00Z')
     */
    static before(instant) {
        return AttributeDimension.of(AttributeType.BEFORE, [instant]);
    }
    /**
     * Include endpoints whose attribute is an instant after `instant`.
     *
     * @param instant an ISO-8601 instant, such as `2024-01-01T00:00:00Z`
     * @example AttributeDimension.after('2024-01-01T00:00:00Z')
     */
    static after(instant) {
        return AttributeDimension.of(AttributeType.AFTER, [instant]);
    }
    /**
     * Include endpoints whose attribute is an instant on the same date as `instant` (time is ignored).
     *
     * @param instant an ISO-8601 instant, such as `2024-07-04T00:00:00Z`
     * @example AttributeDimension.on('2024-07-04T00:00:00Z')
     */
    static on(instant) {
        return AttributeDimension.of(AttributeType.ON, [instant]);
    }
    /**
     * Include endpoints whose attribute is an instant between `start` and `end`.
     *
     * @param start an ISO-8601 instant, earlier than `end`
     * @param end an ISO-8601 instant, later than `start`
     * @example AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z')
     */
    static between(start, end) {
        return AttributeDimension.of(AttributeType.BETWEEN, [start, end]);
    }
    static of(attributeType, values) {
        return { attributeType, values };
    }
    constructor() { }
}
exports.AttributeDimension = AttributeDimension;
/**
 * Factories for metric dimensions, for `metrics`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   metrics: { purchases: MetricDimension.greaterThan(10) },
 * };
 */
class MetricDimension {
    static [JSII_RTTI_SYMBOL_1] = { fqn: "cdk-pinpoint-segment.MetricDimension", version: "0.1.0" };
    /**
     * The metric is greater than `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.greaterThan(10)
     */
    static greaterThan(value) {
        return { comparisonOperator: ComparisonOperator.GREATER_THAN, value };
    }
    /**
     * The metric is less than `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.lessThan(3)
     */
    static lessThan(value) {
        return { comparisonOperator: ComparisonOperator.LESS_THAN, value };
    }
    /**
     * The metric is greater than or equal to `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.greaterThanOrEqual(5)
     */
    static greaterThanOrEqual(value) {
        return { comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL, value };
    }
    /**
     * The metric is less than or equal to `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.lessThanOrEqual(5)
     */
    static lessThanOrEqual(value) {
        return { comparisonOperator: ComparisonOperator.LESS_THAN_OR_EQUAL, value };
    }
    /**
     * The metric equals `value`.
     *
     * @param value the number the endpoint's metric is compared with
     * @example MetricDimension.equalTo(0)
     */
    static equalTo(value) {
        return { comparisonOperator: ComparisonOperator.EQUAL, value };
    }
    constructor() { }
}
exports.MetricDimension = MetricDimension;
/**
 * Factories for recency dimensions, for `behavior.recency`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) },
 * };
 */
class Recency {
    static [JSII_RTTI_SYMBOL_1] = { fqn: "cdk-pinpoint-segment.Recency", version: "0.1.0" };
    /**
     * Endpoints that were active within `duration`.
     *
     * @param duration the period to look back over
     * @example Recency.activeWithin(RecencyDuration.DAY_7)
     */
    static activeWithin(duration) {
        return { duration, recencyType: RecencyType.ACTIVE };
    }
    /**
     * Endpoints that were not active within `duration`.
     *
     * @param duration the period to look back over
     * @example Recency.inactiveWithin(RecencyDuration.DAY_30)
     */
    static inactiveWithin(duration) {
        return { duration, recencyType: RecencyType.INACTIVE };
    }
    constructor() { }
}
exports.Recency = Recency;
/**
 * Factories for GPS dimensions, for `location.gpsPoint`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   location: { gpsPoint: GpsPoint.within(47.6, -122.3, 25) },
 * };
 */
class GpsPoint {
    static [JSII_RTTI_SYMBOL_1] = { fqn: "cdk-pinpoint-segment.GpsPoint", version: "0.1.0" };
    /**
     * Endpoints within `rangeInKilometers` of the given coordinates.
     *
     * @param latitude in -90..90
     * @param longitude in -180..180
     * @param rangeInKilometers greater than 0
     * @example GpsPoint.within(47.6, -122.3, 25)
     */
    static within(latitude, longitude, rangeInKilometers) {
        return { coordinates: { latitude, longitude }, rangeInKilometers };
    }
    constructor() { }
}
exports.GpsPoint = GpsPoint;
/**
 * Factories for set dimensions, for the `demographic` fields and `location.country`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   demographic: { platform: SetDimensions.including('ios', 'android') },
 *   location: { country: SetDimensions.excluding('US') },
 * };
 */
class SetDimensions {
    static [JSII_RTTI_SYMBOL_1] = { fqn: "cdk-pinpoint-segment.SetDimensions", version: "0.1.0" };
    /**
     * Include endpoints that match one of the values.
     *
     * @param values the values to match; at least one
     * @example SetDimensions.including(ChannelType.EMAIL, ChannelType.SMS)
     */
    static including(...values) {
        return { dimensionType: DimensionType.INCLUSIVE, values };
    }
    /**
     * Exclude endpoints that match one of the values.
     *
     * @param values the values to match; at least one
     * @example SetDimensions.excluding('US', 'CA')
     */
    static excluding(...values) {
        return { dimensionType: DimensionType.EXCLUSIVE, values };
    }
    constructor() { }
}
exports.SetDimensions = SetDimensions;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2VnbWVudC1kaW1lbnNpb25zLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsic2VnbWVudC1kaW1lbnNpb25zLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7QUFBQSxtRkFBbUY7QUFDbkYsK0VBQStFO0FBRS9FOztHQUVHO0FBQ0gsSUFBWSxhQWVYO0FBZkQsV0FBWSxhQUFhO0lBQ3ZCLHdFQUF3RTtJQUN4RSx3Q0FBdUIsQ0FBQTtJQUN2Qix3RUFBd0U7SUFDeEUsd0NBQXVCLENBQUE7SUFDdkIsd0ZBQXdGO0lBQ3hGLHNDQUFxQixDQUFBO0lBQ3JCLGdHQUFnRztJQUNoRyxrQ0FBaUIsQ0FBQTtJQUNqQiwrRkFBK0Y7SUFDL0YsZ0NBQWUsQ0FBQTtJQUNmLG9IQUFvSDtJQUNwSCwwQkFBUyxDQUFBO0lBQ1Qsc0dBQXNHO0lBQ3RHLG9DQUFtQixDQUFBO0FBQ3JCLENBQUMsRUFmVyxhQUFhLDZCQUFiLGFBQWEsUUFleEI7QUFFRDs7R0FFRztBQUNILElBQVksYUFLWDtBQUxELFdBQVksYUFBYTtJQUN2QixvREFBb0Q7SUFDcEQsd0NBQXVCLENBQUE7SUFDdkIsb0RBQW9EO0lBQ3BELHdDQUF1QixDQUFBO0FBQ3pCLENBQUMsRUFMVyxhQUFhLDZCQUFiLGFBQWEsUUFLeEI7QUFFRDs7OztHQUlHO0FBQ0gsSUFBWSxlQVNYO0FBVEQsV0FBWSxlQUFlO0lBQ3pCLHlCQUF5QjtJQUN6QixrQ0FBZSxDQUFBO0lBQ2YsdUJBQXVCO0lBQ3ZCLGtDQUFlLENBQUE7SUFDZix3QkFBd0I7SUFDeEIsb0NBQWlCLENBQUE7SUFDakIsd0JBQXdCO0lBQ3hCLG9DQUFpQixDQUFBO0FBQ25CLENBQUMsRUFUVyxlQUFlLCtCQUFmLGVBQWUsUUFTMUI7QUFFRDs7R0FFRztBQUNILElBQVksV0FLWDtBQUxELFdBQVksV0FBVztJQUNyQixtRUFBbUU7SUFDbkUsZ0NBQWlCLENBQUE7SUFDakIsdUVBQXVFO0lBQ3ZFLG9DQUFxQixDQUFBO0FBQ3ZCLENBQUMsRUFMVyxXQUFXLDJCQUFYLFdBQVcsUUFLdEI7QUFFRDs7R0FFRztBQUNILElBQVksa0JBV1g7QUFYRCxXQUFZLGtCQUFrQjtJQUM1Qiw0Q0FBNEM7SUFDNUMsbURBQTZCLENBQUE7SUFDN0IseUNBQXlDO0lBQ3pDLDZDQUF1QixDQUFBO0lBQ3ZCLHdEQUF3RDtJQUN4RCxxRUFBK0MsQ0FBQTtJQUMvQyxxREFBcUQ7SUFDckQsK0RBQXlDLENBQUE7SUFDekMsbUNBQW1DO0lBQ25DLHFDQUFlLENBQUE7QUFDakIsQ0FBQyxFQVhXLGtCQUFrQixrQ0FBbEIsa0JBQWtCLFFBVzdCO0FBRUQ7O0dBRUc7QUFDSCxJQUFZLFVBT1g7QUFQRCxXQUFZLFVBQVU7SUFDcEIsK0NBQStDO0lBQy9DLHlCQUFXLENBQUE7SUFDWCwrQ0FBK0M7SUFDL0MseUJBQVcsQ0FBQTtJQUNYLGdEQUFnRDtJQUNoRCwyQkFBYSxDQUFBO0FBQ2YsQ0FBQyxFQVBXLFVBQVUsMEJBQVYsVUFBVSxRQU9yQjtBQUVEOztHQUVHO0FBQ0gsSUFBWSxTQU9YO0FBUEQsV0FBWSxTQUFTO0lBQ25CLGtEQUFrRDtJQUNsRCx3QkFBVyxDQUFBO0lBQ1gsa0RBQWtEO0lBQ2xELHdCQUFXLENBQUE7SUFDWCxtREFBbUQ7SUFDbkQsMEJBQWEsQ0FBQTtBQUNmLENBQUMsRUFQVyxTQUFTLHlCQUFULFNBQVMsUUFPcEI7QUFFRDs7R0FFRztBQUNILElBQVksT0FPWDtBQVBELFdBQVksT0FBTztJQUNqQiw4Q0FBOEM7SUFDOUMsc0JBQVcsQ0FBQTtJQUNYLDhDQUE4QztJQUM5QyxzQkFBVyxDQUFBO0lBQ1gsK0NBQStDO0lBQy9DLHdCQUFhLENBQUE7QUFDZixDQUFDLEVBUFcsT0FBTyx1QkFBUCxPQUFPLFFBT2xCO0FBRUQ7Ozs7R0FJRztBQUNILElBQVksV0EyQlg7QUEzQkQsV0FBWSxXQUFXO0lBQ3JCLG1EQUFtRDtJQUNuRCw0QkFBYSxDQUFBO0lBQ2Isa0VBQWtFO0lBQ2xFLDBCQUFXLENBQUE7SUFDWCx1Q0FBdUM7SUFDdkMsNEJBQWEsQ0FBQTtJQUNiLDREQUE0RDtJQUM1RCw0Q0FBNkIsQ0FBQTtJQUM3Qiw2Q0FBNkM7SUFDN0Msc0NBQXVCLENBQUE7SUFDdkIsaUVBQWlFO0lBQ2pFLHNEQUF1QyxDQUFBO0lBQ3ZDLCtCQUErQjtJQUMvQiwwQkFBVyxDQUFBO0lBQ1gseUJBQXlCO0lBQ3pCLDBCQUFXLENBQUE7SUFDWCxzQkFBc0I7SUFDdEIsOEJBQWUsQ0FBQTtJQUNmLGFBQWE7SUFDYiw4QkFBZSxDQUFBO0lBQ2Ysd0JBQXdCO0lBQ3hCLDhCQUFlLENBQUE7SUFDZix3QkFBd0I7SUFDeEIsZ0NBQWlCLENBQUE7SUFDakIsdUJBQXVCO0lBQ3ZCLGdDQUFpQixDQUFBO0FBQ25CLENBQUMsRUEzQlcsV0FBVywyQkFBWCxXQUFXLFFBMkJ0QjtBQTJTRDs7Ozs7OztHQU9HO0FBQ0gsTUFBYSxrQkFBa0I7O0lBQzdCOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLFNBQVMsQ0FBQyxHQUFHLE1BQWdCO1FBQ3pDLE9BQU8sa0JBQWtCLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxTQUFTLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDaEUsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLFNBQVMsQ0FBQyxHQUFHLE1BQWdCO1FBQ3pDLE9BQU8sa0JBQWtCLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxTQUFTLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDaEUsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLFFBQVEsQ0FBQyxHQUFHLE1BQWdCO1FBQ3hDLE9BQU8sa0JBQWtCLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDL0QsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLE1BQU0sQ0FBQyxPQUFlO1FBQ2xDLE9BQU8sa0JBQWtCLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDO0lBQ2hFLENBQUM7SUFFRDs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBZTtRQUNqQyxPQUFPLGtCQUFrQixDQUFDLEVBQUUsQ0FBQyxhQUFhLENBQUMsS0FBSyxFQUFFLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztJQUMvRCxDQUFDO0lBRUQ7Ozs7O09BS0c7SUFDSSxNQUFNLENBQUMsRUFBRSxDQUFDLE9BQWU7UUFDOUIsT0FBTyxrQkFBa0IsQ0FBQyxFQUFFLENBQUMsYUFBYSxDQUFDLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7SUFDNUQsQ0FBQztJQUVEOzs7Ozs7T0FNRztJQUNJLE1BQU0sQ0FBQyxPQUFPLENBQUMsS0FBYSxFQUFFLEdBQVc7UUFDOUMsT0FBTyxrQkFBa0IsQ0FBQyxFQUFFLENBQUMsYUFBYSxDQUFDLE9BQU8sRUFBRSxDQUFDLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQ3BFLENBQUM7SUFFTyxNQUFNLENBQUMsRUFBRSxDQUFDLGFBQTRCLEVBQUUsTUFBZ0I7UUFDOUQsT0FBTyxFQUFFLGFBQWEsRUFBRSxNQUFNLEVBQUUsQ0FBQztJQUNuQyxDQUFDO0lBRUQsZ0JBQXVCLENBQUM7O0FBNUUxQixnREE2RUM7QUFFRDs7Ozs7OztHQU9HO0FBQ0gsTUFBYSxlQUFlOztJQUMxQjs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxXQUFXLENBQUMsS0FBYTtRQUNyQyxPQUFPLEVBQUUsa0JBQWtCLEVBQUUsa0JBQWtCLENBQUMsWUFBWSxFQUFFLEtBQUssRUFBRSxDQUFDO0lBQ3hFLENBQUM7SUFFRDs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxRQUFRLENBQUMsS0FBYTtRQUNsQyxPQUFPLEVBQUUsa0JBQWtCLEVBQUUsa0JBQWtCLENBQUMsU0FBUyxFQUFFLEtBQUssRUFBRSxDQUFDO0lBQ3JFLENBQUM7SUFFRDs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxrQkFBa0IsQ0FBQyxLQUFhO1FBQzVDLE9BQU8sRUFBRSxrQkFBa0IsRUFBRSxrQkFBa0IsQ0FBQyxxQkFBcUIsRUFBRSxLQUFLLEVBQUUsQ0FBQztJQUNqRixDQUFDO0lBRUQ7Ozs7O09BS0c7SUFDSSxNQUFNLENBQUMsZUFBZSxDQUFDLEtBQWE7UUFDekMsT0FBTyxFQUFFLGtCQUFrQixFQUFFLGtCQUFrQixDQUFDLGtCQUFrQixFQUFFLEtBQUssRUFBRSxDQUFDO0lBQzlFLENBQUM7SUFFRDs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxPQUFPLENBQUMsS0FBYTtRQUNqQyxPQUFPLEVBQUUsa0JBQWtCLEVBQUUsa0JBQWtCLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDO0lBQ2pFLENBQUM7SUFFRCxnQkFBdUIsQ0FBQzs7QUFuRDFCLDBDQW9EQztBQUVEOzs7Ozs7O0dBT0c7QUFDSCxNQUFhLE9BQU87O0lBQ2xCOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLFlBQVksQ0FBQyxRQUF5QjtRQUNsRCxPQUFPLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxXQUFXLENBQUMsTUFBTSxFQUFFLENBQUM7SUFDdkQsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLGNBQWMsQ0FBQyxRQUF5QjtRQUNwRCxPQUFPLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxXQUFXLENBQUMsUUFBUSxFQUFFLENBQUM7SUFDekQsQ0FBQztJQUVELGdCQUF1QixDQUFDOztBQXJCMUIsMEJBc0JDO0FBRUQ7Ozs7Ozs7R0FPRztBQUNILE1BQWEsUUFBUTs7SUFDbkI7Ozs7Ozs7T0FPRztJQUNJLE1BQU0sQ0FBQyxNQUFNLENBQUMsUUFBZ0IsRUFBRSxTQUFpQixFQUFFLGlCQUF5QjtRQUNqRixPQUFPLEVBQUUsV0FBVyxFQUFFLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxFQUFFLGlCQUFpQixFQUFFLENBQUM7SUFDckUsQ0FBQztJQUVELGdCQUF1QixDQUFDOztBQWIxQiw0QkFjQztBQUVEOzs7Ozs7OztHQVFHO0FBQ0gsTUFBYSxhQUFhOztJQUN4Qjs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxTQUFTLENBQUMsR0FBRyxNQUFnQjtRQUN6QyxPQUFPLEVBQUUsYUFBYSxFQUFFLGFBQWEsQ0FBQyxTQUFTLEVBQUUsTUFBTSxFQUFFLENBQUM7SUFDNUQsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksTUFBTSxDQUFDLFNBQVMsQ0FBQyxHQUFHLE1BQWdCO1FBQ3pDLE9BQU8sRUFBRSxhQUFhLEVBQUUsYUFBYSxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsQ0FBQztJQUM1RCxDQUFDO0lBRUQsZ0JBQXVCLENBQUM7O0FBckIxQixzQ0FzQkMiLCJzb3VyY2VzQ29udGVudCI6WyIvLyBUaGUgc3RydWN0cyBtaXJyb3IgUGlucG9pbnQncyBXcml0ZVNlZ21lbnRSZXF1ZXN0IGZpZWxkIGZvciBmaWVsZCwgaW4gY2FtZWxDYXNlLlxuLy8gbGliL3JlbmRlci50cyBpcyB0aGUgb25lIHBsYWNlIHRoYXQgbWFwcyB0aGVtIHRvIHRoZSBBUEkncyBQYXNjYWxDYXNlIHNoYXBlLlxuXG4vKipcbiAqIEhvdyBhbiBhdHRyaWJ1dGUgZGltZW5zaW9uIGNvbXBhcmVzIGVuZHBvaW50IGF0dHJpYnV0ZSB2YWx1ZXMgd2l0aCBpdHMgYHZhbHVlc2AuXG4gKi9cbmV4cG9ydCBlbnVtIEF0dHJpYnV0ZVR5cGUge1xuICAvKiogRW5kcG9pbnRzIHdob3NlIGF0dHJpYnV0ZSBtYXRjaGVzIG9uZSBvZiB0aGUgdmFsdWVzIGFyZSBpbmNsdWRlZC4gKi9cbiAgSU5DTFVTSVZFID0gJ0lOQ0xVU0lWRScsXG4gIC8qKiBFbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlIG1hdGNoZXMgb25lIG9mIHRoZSB2YWx1ZXMgYXJlIGV4Y2x1ZGVkLiAqL1xuICBFWENMVVNJVkUgPSAnRVhDTFVTSVZFJyxcbiAgLyoqIEVuZHBvaW50cyB3aG9zZSBhdHRyaWJ1dGUgY29udGFpbnMgb25lIG9mIHRoZSB2YWx1ZXMgYXMgYSBzdWJzdHJpbmcgYXJlIGluY2x1ZGVkLiAqL1xuICBDT05UQUlOUyA9ICdDT05UQUlOUycsXG4gIC8qKiBFbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlLCByZWFkIGFzIGFuIElTTy04NjAxIGluc3RhbnQsIGlzIGJlZm9yZSB0aGUgdmFsdWUgYXJlIGluY2x1ZGVkLiAqL1xuICBCRUZPUkUgPSAnQkVGT1JFJyxcbiAgLyoqIEVuZHBvaW50cyB3aG9zZSBhdHRyaWJ1dGUsIHJlYWQgYXMgYW4gSVNPLTg2MDEgaW5zdGFudCwgaXMgYWZ0ZXIgdGhlIHZhbHVlIGFyZSBpbmNsdWRlZC4gKi9cbiAgQUZURVIgPSAnQUZURVInLFxuICAvKiogRW5kcG9pbnRzIHdob3NlIGF0dHJpYnV0ZSwgcmVhZCBhcyBhbiBJU08tODYwMSBpbnN0YW50LCBpcyBvbiB0aGUgdmFsdWUncyBkYXRlIGFyZSBpbmNsdWRlZC4gVGltZSBpcyBpZ25vcmVkLiAqL1xuICBPTiA9ICdPTicsXG4gIC8qKiBFbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlLCByZWFkIGFzIGFuIElTTy04NjAxIGluc3RhbnQsIGlzIGJldHdlZW4gdGhlIHR3byB2YWx1ZXMgYXJlIGluY2x1ZGVkLiAqL1xuICBCRVRXRUVOID0gJ0JFVFdFRU4nLFxufVxuXG4vKipcbiAqIFdoZXRoZXIgZW5kcG9pbnRzIHRoYXQgbWF0Y2ggYSBzZXQgZGltZW5zaW9uIGFyZSBpbmNsdWRlZCBpbiBvciBleGNsdWRlZCBmcm9tIHRoZSBzZWdtZW50LlxuICovXG5leHBvcnQgZW51bSBEaW1lbnNpb25UeXBlIHtcbiAgLyoqIEVuZHBvaW50cyB0aGF0IG1hdGNoIHRoZSB2YWx1ZXMgYXJlIGluY2x1ZGVkLiAqL1xuICBJTkNMVVNJVkUgPSAnSU5DTFVTSVZFJyxcbiAgLyoqIEVuZHBvaW50cyB0aGF0IG1hdGNoIHRoZSB2YWx1ZXMgYXJlIGV4Y2x1ZGVkLiAqL1xuICBFWENMVVNJVkUgPSAnRVhDTFVTSVZFJyxcbn1cblxuLyoqXG4gKiBUaGUgcGVyaW9kIGEgcmVjZW5jeSBkaW1lbnNpb24gbG9va3MgYmFjayBvdmVyIChQaW5wb2ludCdzIGBEdXJhdGlvbmApLlxuICpcbiAqIE5hbWVkIGBSZWNlbmN5RHVyYXRpb25gIHNvIHRoYXQgaXQgZG9lcyBub3QgY2xhc2ggd2l0aCBgYXdzLWNkay1saWJgJ3MgYER1cmF0aW9uYC5cbiAqL1xuZXhwb3J0IGVudW0gUmVjZW5jeUR1cmF0aW9uIHtcbiAgLyoqIFRoZSBsYXN0IDI0IGhvdXJzLiAqL1xuICBIUl8yNCA9ICdIUl8yNCcsXG4gIC8qKiBUaGUgbGFzdCA3IGRheXMuICovXG4gIERBWV83ID0gJ0RBWV83JyxcbiAgLyoqIFRoZSBsYXN0IDE0IGRheXMuICovXG4gIERBWV8xNCA9ICdEQVlfMTQnLFxuICAvKiogVGhlIGxhc3QgMzAgZGF5cy4gKi9cbiAgREFZXzMwID0gJ0RBWV8zMCcsXG59XG5cbi8qKlxuICogV2hldGhlciBhIHJlY2VuY3kgZGltZW5zaW9uIHNlbGVjdHMgZW5kcG9pbnRzIHRoYXQgd2VyZSBhY3RpdmUgb3IgaW5hY3RpdmUuXG4gKi9cbmV4cG9ydCBlbnVtIFJlY2VuY3lUeXBlIHtcbiAgLyoqIEVuZHBvaW50cyB0aGF0IHdlcmUgYWN0aXZlIHdpdGhpbiB0aGUgZHVyYXRpb24gYXJlIGluY2x1ZGVkLiAqL1xuICBBQ1RJVkUgPSAnQUNUSVZFJyxcbiAgLyoqIEVuZHBvaW50cyB0aGF0IHdlcmUgbm90IGFjdGl2ZSB3aXRoaW4gdGhlIGR1cmF0aW9uIGFyZSBpbmNsdWRlZC4gKi9cbiAgSU5BQ1RJVkUgPSAnSU5BQ1RJVkUnLFxufVxuXG4vKipcbiAqIEhvdyBhIG1ldHJpYyBkaW1lbnNpb24gY29tcGFyZXMgYW4gZW5kcG9pbnQncyBtZXRyaWMgd2l0aCBpdHMgYHZhbHVlYC5cbiAqL1xuZXhwb3J0IGVudW0gQ29tcGFyaXNvbk9wZXJhdG9yIHtcbiAgLyoqIFRoZSBtZXRyaWMgaXMgZ3JlYXRlciB0aGFuIHRoZSB2YWx1ZS4gKi9cbiAgR1JFQVRFUl9USEFOID0gJ0dSRUFURVJfVEhBTicsXG4gIC8qKiBUaGUgbWV0cmljIGlzIGxlc3MgdGhhbiB0aGUgdmFsdWUuICovXG4gIExFU1NfVEhBTiA9ICdMRVNTX1RIQU4nLFxuICAvKiogVGhlIG1ldHJpYyBpcyBncmVhdGVyIHRoYW4gb3IgZXF1YWwgdG8gdGhlIHZhbHVlLiAqL1xuICBHUkVBVEVSX1RIQU5fT1JfRVFVQUwgPSAnR1JFQVRFUl9USEFOX09SX0VRVUFMJyxcbiAgLyoqIFRoZSBtZXRyaWMgaXMgbGVzcyB0aGFuIG9yIGVxdWFsIHRvIHRoZSB2YWx1ZS4gKi9cbiAgTEVTU19USEFOX09SX0VRVUFMID0gJ0xFU1NfVEhBTl9PUl9FUVVBTCcsXG4gIC8qKiBUaGUgbWV0cmljIGVxdWFscyB0aGUgdmFsdWUuICovXG4gIEVRVUFMID0gJ0VRVUFMJyxcbn1cblxuLyoqXG4gKiBIb3cgYSBzZWdtZW50IGdyb3VwIGNvbWJpbmVzIGl0cyBzb3VyY2UgKGJhc2UpIHNlZ21lbnRzLlxuICovXG5leHBvcnQgZW51bSBTb3VyY2VUeXBlIHtcbiAgLyoqIEVuZHBvaW50cyBpbiBhbGwgb2YgdGhlIHNvdXJjZSBzZWdtZW50cy4gKi9cbiAgQUxMID0gJ0FMTCcsXG4gIC8qKiBFbmRwb2ludHMgaW4gYW55IG9mIHRoZSBzb3VyY2Ugc2VnbWVudHMuICovXG4gIEFOWSA9ICdBTlknLFxuICAvKiogRW5kcG9pbnRzIGluIG5vbmUgb2YgdGhlIHNvdXJjZSBzZWdtZW50cy4gKi9cbiAgTk9ORSA9ICdOT05FJyxcbn1cblxuLyoqXG4gKiBIb3cgYSBzZWdtZW50IGdyb3VwIGNvbWJpbmVzIGl0cyBkaW1lbnNpb25zLlxuICovXG5leHBvcnQgZW51bSBHcm91cFR5cGUge1xuICAvKiogRW5kcG9pbnRzIHRoYXQgbWF0Y2ggYWxsIG9mIHRoZSBkaW1lbnNpb25zLiAqL1xuICBBTEwgPSAnQUxMJyxcbiAgLyoqIEVuZHBvaW50cyB0aGF0IG1hdGNoIGFueSBvZiB0aGUgZGltZW5zaW9ucy4gKi9cbiAgQU5ZID0gJ0FOWScsXG4gIC8qKiBFbmRwb2ludHMgdGhhdCBtYXRjaCBub25lIG9mIHRoZSBkaW1lbnNpb25zLiAqL1xuICBOT05FID0gJ05PTkUnLFxufVxuXG4vKipcbiAqIEhvdyB0aGUgc2VnbWVudCBjb21iaW5lcyBpdHMgc2VnbWVudCBncm91cHMuXG4gKi9cbmV4cG9ydCBlbnVtIEluY2x1ZGUge1xuICAvKiogRW5kcG9pbnRzIHRoYXQgbWF0Y2ggYWxsIG9mIHRoZSBncm91cHMuICovXG4gIEFMTCA9ICdBTEwnLFxuICAvKiogRW5kcG9pbnRzIHRoYXQgbWF0Y2ggYW55IG9mIHRoZSBncm91cHMuICovXG4gIEFOWSA9ICdBTlknLFxuICAvKiogRW5kcG9pbnRzIHRoYXQgbWF0Y2ggbm9uZSBvZiB0aGUgZ3JvdXBzLiAqL1xuICBOT05FID0gJ05PTkUnLFxufVxuXG4vKipcbiAqIFBpbnBvaW50J3MgY2hhbm5lbCB0eXBlcywgZm9yIHRoZSB2YWx1ZXMgb2YgYFNlZ21lbnREZW1vZ3JhcGhpY3MuY2hhbm5lbGAuXG4gKlxuICogQSBjb252ZW5pZW5jZTogYGNoYW5uZWwudmFsdWVzYCBzdGF5cyBhIGBzdHJpbmdbXWAsIHNvIHBhc3MgZS5nLiBgQ2hhbm5lbFR5cGUuRU1BSUxgLlxuICovXG5leHBvcnQgZW51bSBDaGFubmVsVHlwZSB7XG4gIC8qKiBQdXNoIG5vdGlmaWNhdGlvbnMgdGhyb3VnaCBhbnkgcHVzaCBjaGFubmVsLiAqL1xuICBQVVNIID0gJ1BVU0gnLFxuICAvKiogRmlyZWJhc2UgQ2xvdWQgTWVzc2FnaW5nIChmb3JtZXJseSBHb29nbGUgQ2xvdWQgTWVzc2FnaW5nKS4gKi9cbiAgR0NNID0gJ0dDTScsXG4gIC8qKiBBcHBsZSBQdXNoIE5vdGlmaWNhdGlvbiBzZXJ2aWNlLiAqL1xuICBBUE5TID0gJ0FQTlMnLFxuICAvKiogQXBwbGUgUHVzaCBOb3RpZmljYXRpb24gc2VydmljZSwgc2FuZGJveCBlbnZpcm9ubWVudC4gKi9cbiAgQVBOU19TQU5EQk9YID0gJ0FQTlNfU0FOREJPWCcsXG4gIC8qKiBBcHBsZSBQdXNoIE5vdGlmaWNhdGlvbiBzZXJ2aWNlLCBWb0lQLiAqL1xuICBBUE5TX1ZPSVAgPSAnQVBOU19WT0lQJyxcbiAgLyoqIEFwcGxlIFB1c2ggTm90aWZpY2F0aW9uIHNlcnZpY2UsIFZvSVAgc2FuZGJveCBlbnZpcm9ubWVudC4gKi9cbiAgQVBOU19WT0lQX1NBTkRCT1ggPSAnQVBOU19WT0lQX1NBTkRCT1gnLFxuICAvKiogQW1hem9uIERldmljZSBNZXNzYWdpbmcuICovXG4gIEFETSA9ICdBRE0nLFxuICAvKiogU01TIHRleHQgbWVzc2FnZXMuICovXG4gIFNNUyA9ICdTTVMnLFxuICAvKiogVm9pY2UgbWVzc2FnZXMuICovXG4gIFZPSUNFID0gJ1ZPSUNFJyxcbiAgLyoqIEVtYWlsLiAqL1xuICBFTUFJTCA9ICdFTUFJTCcsXG4gIC8qKiBCYWlkdSBDbG91ZCBQdXNoLiAqL1xuICBCQUlEVSA9ICdCQUlEVScsXG4gIC8qKiBBIGN1c3RvbSBjaGFubmVsLiAqL1xuICBDVVNUT00gPSAnQ1VTVE9NJyxcbiAgLyoqIEluLWFwcCBtZXNzYWdlcy4gKi9cbiAgSU5fQVBQID0gJ0lOX0FQUCcsXG59XG5cbi8qKlxuICogVGhlIGRpbWVuc2lvbiBzZXR0aW5ncyBvZiBhIHNlZ21lbnQgKGBTZWdtZW50RGltZW5zaW9uc2ApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlZ21lbnREaW1lbnNpb25zIHtcbiAgLyoqXG4gICAqIEN1c3RvbSBlbmRwb2ludCBhdHRyaWJ1dGVzIHRvIHVzZSBhcyBjcml0ZXJpYSwga2V5ZWQgYnkgYXR0cmlidXRlIG5hbWUuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gbm8gYXR0cmlidXRlIGRpbWVuc2lvbnNcbiAgICovXG4gIHJlYWRvbmx5IGF0dHJpYnV0ZXM/OiB7IFtuYW1lOiBzdHJpbmddOiBBdHRyaWJ1dGVEaW1lbnNpb25Db25maWcgfTtcblxuICAvKipcbiAgICogQmVoYXZpb3ItYmFzZWQgY3JpdGVyaWEsIHN1Y2ggYXMgaG93IHJlY2VudGx5IGVuZHBvaW50cyB3ZXJlIGFjdGl2ZS5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBubyBiZWhhdmlvciBkaW1lbnNpb25cbiAgICovXG4gIHJlYWRvbmx5IGJlaGF2aW9yPzogU2VnbWVudEJlaGF2aW9ycztcblxuICAvKipcbiAgICogRGVtb2dyYXBoaWMgY3JpdGVyaWEsIHN1Y2ggYXMgZGV2aWNlIHBsYXRmb3JtLlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIGRlbW9ncmFwaGljIGRpbWVuc2lvbnNcbiAgICovXG4gIHJlYWRvbmx5IGRlbW9ncmFwaGljPzogU2VnbWVudERlbW9ncmFwaGljcztcblxuICAvKipcbiAgICogTG9jYXRpb24gY3JpdGVyaWE6IGNvdW50cnkgb3IgR1BTIHBvaW50LlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIGxvY2F0aW9uIGRpbWVuc2lvbnNcbiAgICovXG4gIHJlYWRvbmx5IGxvY2F0aW9uPzogU2VnbWVudExvY2F0aW9uO1xuXG4gIC8qKlxuICAgKiBDdXN0b20gZW5kcG9pbnQgbWV0cmljcyB0byB1c2UgYXMgY3JpdGVyaWEsIGtleWVkIGJ5IG1ldHJpYyBuYW1lLlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIG1ldHJpYyBkaW1lbnNpb25zXG4gICAqL1xuICByZWFkb25seSBtZXRyaWNzPzogeyBbbmFtZTogc3RyaW5nXTogTWV0cmljRGltZW5zaW9uQ29uZmlnIH07XG5cbiAgLyoqXG4gICAqIEN1c3RvbSB1c2VyIGF0dHJpYnV0ZXMgdG8gdXNlIGFzIGNyaXRlcmlhLCBrZXllZCBieSBhdHRyaWJ1dGUgbmFtZS5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBubyB1c2VyIGF0dHJpYnV0ZSBkaW1lbnNpb25zXG4gICAqL1xuICByZWFkb25seSB1c2VyQXR0cmlidXRlcz86IHsgW25hbWU6IHN0cmluZ106IEF0dHJpYnV0ZURpbWVuc2lvbkNvbmZpZyB9O1xufVxuXG4vKipcbiAqIEF0dHJpYnV0ZS1iYXNlZCBjcml0ZXJpYSAoYEF0dHJpYnV0ZURpbWVuc2lvbmApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIEF0dHJpYnV0ZURpbWVuc2lvbkNvbmZpZyB7XG4gIC8qKlxuICAgKiBIb3cgdGhlIGF0dHJpYnV0ZSBpcyBjb21wYXJlZCB3aXRoIGB2YWx1ZXNgLlxuICAgKlxuICAgKiBAZGVmYXVsdCBBdHRyaWJ1dGVUeXBlLklOQ0xVU0lWRVxuICAgKi9cbiAgcmVhZG9ubHkgYXR0cmlidXRlVHlwZT86IEF0dHJpYnV0ZVR5cGU7XG5cbiAgLyoqXG4gICAqIFRoZSB2YWx1ZXMgdG8gY29tcGFyZSB3aXRoLiBgQkVGT1JFYCwgYEFGVEVSYCBhbmQgYE9OYCB0YWtlIG9uZSBJU08tODYwMSBpbnN0YW50LFxuICAgKiBgQkVUV0VFTmAgdGFrZXMgdHdvLCBpbiBvcmRlci5cbiAgICovXG4gIHJlYWRvbmx5IHZhbHVlczogc3RyaW5nW107XG59XG5cbi8qKlxuICogTWV0cmljLWJhc2VkIGNyaXRlcmlhIChgTWV0cmljRGltZW5zaW9uYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGltZW5zaW9uQ29uZmlnIHtcbiAgLyoqXG4gICAqIEhvdyB0aGUgbWV0cmljIGlzIGNvbXBhcmVkIHdpdGggYHZhbHVlYC5cbiAgICovXG4gIHJlYWRvbmx5IGNvbXBhcmlzb25PcGVyYXRvcjogQ29tcGFyaXNvbk9wZXJhdG9yO1xuXG4gIC8qKlxuICAgKiBUaGUgdmFsdWUgdG8gY29tcGFyZSB3aXRoLlxuICAgKi9cbiAgcmVhZG9ubHkgdmFsdWU6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBCZWhhdmlvci1iYXNlZCBjcml0ZXJpYSAoYFNlZ21lbnRCZWhhdmlvcnNgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZWdtZW50QmVoYXZpb3JzIHtcbiAgLyoqXG4gICAqIENyaXRlcmlhIGJhc2VkIG9uIGhvdyByZWNlbnRseSBlbmRwb2ludHMgd2VyZSBhY3RpdmUuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gbm8gcmVjZW5jeSBkaW1lbnNpb25cbiAgICovXG4gIHJlYWRvbmx5IHJlY2VuY3k/OiBSZWNlbmN5RGltZW5zaW9uO1xufVxuXG4vKipcbiAqIENyaXRlcmlhIGJhc2VkIG9uIGhvdyByZWNlbnRseSBhbiBlbmRwb2ludCB3YXMgYWN0aXZlIChgUmVjZW5jeURpbWVuc2lvbmApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlY2VuY3lEaW1lbnNpb24ge1xuICAvKipcbiAgICogVGhlIHBlcmlvZCB0byBsb29rIGJhY2sgb3Zlci5cbiAgICovXG4gIHJlYWRvbmx5IGR1cmF0aW9uOiBSZWNlbmN5RHVyYXRpb247XG5cbiAgLyoqXG4gICAqIFdoZXRoZXIgZW5kcG9pbnRzIGFjdGl2ZSBvciBpbmFjdGl2ZSB3aXRoaW4gYGR1cmF0aW9uYCBhcmUgaW5jbHVkZWQuXG4gICAqL1xuICByZWFkb25seSByZWNlbmN5VHlwZTogUmVjZW5jeVR5cGU7XG59XG5cbi8qKlxuICogRGVtb2dyYXBoaWMgY3JpdGVyaWEgKGBTZWdtZW50RGVtb2dyYXBoaWNzYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2VnbWVudERlbW9ncmFwaGljcyB7XG4gIC8qKlxuICAgKiBBcHAgdmVyc2lvbiBjcml0ZXJpYS5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBubyBhcHAgdmVyc2lvbiBkaW1lbnNpb25cbiAgICovXG4gIHJlYWRvbmx5IGFwcFZlcnNpb24/OiBTZXREaW1lbnNpb247XG5cbiAgLyoqXG4gICAqIENoYW5uZWwgY3JpdGVyaWE7IHZhbHVlcyBhcmUgUGlucG9pbnQgY2hhbm5lbCB0eXBlcyAoc2VlIGBDaGFubmVsVHlwZWApLlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIGNoYW5uZWwgZGltZW5zaW9uXG4gICAqL1xuICByZWFkb25seSBjaGFubmVsPzogU2V0RGltZW5zaW9uO1xuXG4gIC8qKlxuICAgKiBEZXZpY2UgdHlwZSBjcml0ZXJpYS5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBubyBkZXZpY2UgdHlwZSBkaW1lbnNpb25cbiAgICovXG4gIHJlYWRvbmx5IGRldmljZVR5cGU/OiBTZXREaW1lbnNpb247XG5cbiAgLy8gYG1ha2VgIG1pcnJvcnMgdGhlIEFQSSdzIGBNYWtlYCAoREVTSUdOLm1kKS4ganNpaSB3YXJucyB0aGF0IGl0IGlzIHJlc2VydmVkIGluIEdvLCBidXQgR29cbiAgLy8gYmluZGluZ3MgZXhwb3J0IHN0cnVjdCBmaWVsZHMgY2FwaXRhbGlzZWQgKGBNYWtlYCksIHdoaWNoIGlzIG5vdCByZXNlcnZlZDsgaGVuY2UgdGhlIHN1cHByZXNzaW9uLlxuICAvKipcbiAgICogRGV2aWNlIG1ha2UgY3JpdGVyaWEuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gbm8gbWFrZSBkaW1lbnNpb25cbiAgICogQGpzaWkgc3VwcHJlc3MgSlNJSTUwMThcbiAgICovXG4gIHJlYWRvbmx5IG1ha2U/OiBTZXREaW1lbnNpb247XG5cbiAgLyoqXG4gICAqIERldmljZSBtb2RlbCBjcml0ZXJpYS5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBubyBtb2RlbCBkaW1lbnNpb25cbiAgICovXG4gIHJlYWRvbmx5IG1vZGVsPzogU2V0RGltZW5zaW9uO1xuXG4gIC8qKlxuICAgKiBEZXZpY2UgcGxhdGZvcm0gY3JpdGVyaWEuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gbm8gcGxhdGZvcm0gZGltZW5zaW9uXG4gICAqL1xuICByZWFkb25seSBwbGF0Zm9ybT86IFNldERpbWVuc2lvbjtcbn1cblxuLyoqXG4gKiBBIHNldCBvZiB2YWx1ZXMgdG8gaW5jbHVkZSBvciBleGNsdWRlIChgU2V0RGltZW5zaW9uYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2V0RGltZW5zaW9uIHtcbiAgLyoqXG4gICAqIFdoZXRoZXIgbWF0Y2hpbmcgZW5kcG9pbnRzIGFyZSBpbmNsdWRlZCBvciBleGNsdWRlZC5cbiAgICpcbiAgICogQGRlZmF1bHQgRGltZW5zaW9uVHlwZS5JTkNMVVNJVkVcbiAgICovXG4gIHJlYWRvbmx5IGRpbWVuc2lvblR5cGU/OiBEaW1lbnNpb25UeXBlO1xuXG4gIC8qKlxuICAgKiBUaGUgdmFsdWVzIHRvIG1hdGNoLlxuICAgKi9cbiAgcmVhZG9ubHkgdmFsdWVzOiBzdHJpbmdbXTtcbn1cblxuLyoqXG4gKiBMb2NhdGlvbiBjcml0ZXJpYSAoYFNlZ21lbnRMb2NhdGlvbmApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlZ21lbnRMb2NhdGlvbiB7XG4gIC8qKlxuICAgKiBDb3VudHJ5IGNyaXRlcmlhOyB2YWx1ZXMgYXJlIElTTyAzMTY2LTEgYWxwaGEtMiBjb2Rlcywgc3VjaCBhcyBgVVNgLlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIGNvdW50cnkgZGltZW5zaW9uXG4gICAqL1xuICByZWFkb25seSBjb3VudHJ5PzogU2V0RGltZW5zaW9uO1xuXG4gIC8qKlxuICAgKiBBIEdQUyBwb2ludCBhbmQgcmFuZ2UuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gbm8gR1BTIGRpbWVuc2lvblxuICAgKi9cbiAgcmVhZG9ubHkgZ3BzUG9pbnQ/OiBHcHNQb2ludERpbWVuc2lvbjtcbn1cblxuLyoqXG4gKiBBIEdQUyBsb2NhdGlvbiBhbmQgcmFuZ2UgKGBHUFNQb2ludERpbWVuc2lvbmApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIEdwc1BvaW50RGltZW5zaW9uIHtcbiAgLyoqXG4gICAqIFRoZSBjb29yZGluYXRlcyB0byBtZWFzdXJlIGRpc3RhbmNlIGZyb20uXG4gICAqL1xuICByZWFkb25seSBjb29yZGluYXRlczogR3BzQ29vcmRpbmF0ZXM7XG5cbiAgLyoqXG4gICAqIFRoZSByYW5nZSwgaW4ga2lsb21ldGVycywgZnJvbSB0aGUgY29vcmRpbmF0ZXMuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gUGlucG9pbnQncyBkZWZhdWx0IHJhbmdlXG4gICAqL1xuICByZWFkb25seSByYW5nZUluS2lsb21ldGVycz86IG51bWJlcjtcbn1cblxuLyoqXG4gKiBHUFMgY29vcmRpbmF0ZXMgKGBHUFNDb29yZGluYXRlc2ApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIEdwc0Nvb3JkaW5hdGVzIHtcbiAgLyoqXG4gICAqIFRoZSBsYXRpdHVkZSwgaW4gLTkwLi45MC5cbiAgICovXG4gIHJlYWRvbmx5IGxhdGl0dWRlOiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIFRoZSBsb25naXR1ZGUsIGluIC0xODAuLjE4MC5cbiAgICovXG4gIHJlYWRvbmx5IGxvbmdpdHVkZTogbnVtYmVyO1xufVxuXG4vKipcbiAqIFRoZSBzZWdtZW50IGdyb3VwcyBvZiBhIHNlZ21lbnQgKGBTZWdtZW50R3JvdXBMaXN0YCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2VnbWVudEdyb3VwcyB7XG4gIC8qKlxuICAgKiBUaGUgZ3JvdXBzLiBQaW5wb2ludCBhY2NlcHRzIGF0IG1vc3Qgb25lLlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIGdyb3Vwc1xuICAgKi9cbiAgcmVhZG9ubHkgZ3JvdXBzPzogU2VnbWVudEdyb3VwW107XG5cbiAgLyoqXG4gICAqIEhvdyB0aGUgZ3JvdXBzIGFyZSBjb21iaW5lZC5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBQaW5wb2ludCdzIGRlZmF1bHRcbiAgICovXG4gIHJlYWRvbmx5IGluY2x1ZGU/OiBJbmNsdWRlO1xufVxuXG4vKipcbiAqIEJhc2Ugc2VnbWVudHMgYW5kIHRoZSBkaW1lbnNpb25zIGFwcGxpZWQgdG8gdGhlbSAoYFNlZ21lbnRHcm91cGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlZ21lbnRHcm91cCB7XG4gIC8qKlxuICAgKiBUaGUgZGltZW5zaW9ucyBhcHBsaWVkIHRvIHRoZSBiYXNlIHNlZ21lbnRzLlxuICAgKlxuICAgKiBAZGVmYXVsdCAtIG5vIGRpbWVuc2lvbnNcbiAgICovXG4gIHJlYWRvbmx5IGRpbWVuc2lvbnM/OiBTZWdtZW50RGltZW5zaW9uc1tdO1xuXG4gIC8qKlxuICAgKiBUaGUgYmFzZSBzZWdtZW50cy5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBubyBiYXNlIHNlZ21lbnRzXG4gICAqL1xuICByZWFkb25seSBzb3VyY2VTZWdtZW50cz86IFNvdXJjZVNlZ21lbnRbXTtcblxuICAvKipcbiAgICogSG93IHRoZSBiYXNlIHNlZ21lbnRzIGFyZSBjb21iaW5lZC5cbiAgICpcbiAgICogQGRlZmF1bHQgLSBQaW5wb2ludCdzIGRlZmF1bHRcbiAgICovXG4gIHJlYWRvbmx5IHNvdXJjZVR5cGU/OiBTb3VyY2VUeXBlO1xuXG4gIC8vIGB0eXBlYCBtaXJyb3JzIHRoZSBBUEkncyBgVHlwZWAgKERFU0lHTi5tZCkuIGpzaWkgd2FybnMgdGhhdCBpdCBpcyByZXNlcnZlZCBpbiBHbywgYnV0IEdvXG4gIC8vIGJpbmRpbmdzIGV4cG9ydCBzdHJ1Y3QgZmllbGRzIGNhcGl0YWxpc2VkIChgVHlwZWApLCB3aGljaCBpcyBub3QgcmVzZXJ2ZWQ7IGhlbmNlIHRoZSBzdXBwcmVzc2lvbi5cbiAgLyoqXG4gICAqIEhvdyB0aGUgZGltZW5zaW9ucyBhcmUgY29tYmluZWQuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gUGlucG9pbnQncyBkZWZhdWx0XG4gICAqIEBqc2lpIHN1cHByZXNzIEpTSUk1MDE4XG4gICAqL1xuICByZWFkb25seSB0eXBlPzogR3JvdXBUeXBlO1xufVxuXG4vKipcbiAqIEEgYmFzZSBzZWdtZW50LCBieSBpZCBhbmQgb3B0aW9uYWwgdmVyc2lvbiAoYFNlZ21lbnRSZWZlcmVuY2VgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTb3VyY2VTZWdtZW50IHtcbiAgLyoqXG4gICAqIFRoZSBpZCBvZiB0aGUgc2VnbWVudC5cbiAgICovXG4gIHJlYWRvbmx5IGlkOiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIFRoZSB2ZXJzaW9uIG9mIHRoZSBzZWdtZW50LCBhbiBpbnRlZ2VyIG9mIGF0IGxlYXN0IDEuXG4gICAqXG4gICAqIEBkZWZhdWx0IC0gdGhlIGxhdGVzdCB2ZXJzaW9uXG4gICAqL1xuICByZWFkb25seSB2ZXJzaW9uPzogbnVtYmVyO1xufVxuXG4vKipcbiAqIEZhY3RvcmllcyBmb3IgYXR0cmlidXRlIGRpbWVuc2lvbnMsIGZvciBgYXR0cmlidXRlc2AgYW5kIGB1c2VyQXR0cmlidXRlc2AuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGRpbXM6IFNlZ21lbnREaW1lbnNpb25zID0ge1xuICogICBhdHRyaWJ1dGVzOiB7IHBsYW46IEF0dHJpYnV0ZURpbWVuc2lvbi5pbmNsdXNpdmUoJ2dvbGQnLCAncGxhdGludW0nKSB9LFxuICogfTtcbiAqL1xuZXhwb3J0IGNsYXNzIEF0dHJpYnV0ZURpbWVuc2lvbiB7XG4gIC8qKlxuICAgKiBJbmNsdWRlIGVuZHBvaW50cyB3aG9zZSBhdHRyaWJ1dGUgbWF0Y2hlcyBvbmUgb2YgdGhlIHZhbHVlcy5cbiAgICpcbiAgICogQHBhcmFtIHZhbHVlcyB0aGUgYXR0cmlidXRlIHZhbHVlcyB0byBtYXRjaDsgYXQgbGVhc3Qgb25lXG4gICAqIEBleGFtcGxlIEF0dHJpYnV0ZURpbWVuc2lvbi5pbmNsdXNpdmUoJ2dvbGQnLCAncGxhdGludW0nKVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBpbmNsdXNpdmUoLi4udmFsdWVzOiBzdHJpbmdbXSk6IEF0dHJpYnV0ZURpbWVuc2lvbkNvbmZpZyB7XG4gICAgcmV0dXJuIEF0dHJpYnV0ZURpbWVuc2lvbi5vZihBdHRyaWJ1dGVUeXBlLklOQ0xVU0lWRSwgdmFsdWVzKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBFeGNsdWRlIGVuZHBvaW50cyB3aG9zZSBhdHRyaWJ1dGUgbWF0Y2hlcyBvbmUgb2YgdGhlIHZhbHVlcy5cbiAgICpcbiAgICogQHBhcmFtIHZhbHVlcyB0aGUgYXR0cmlidXRlIHZhbHVlcyB0byBtYXRjaDsgYXQgbGVhc3Qgb25lXG4gICAqIEBleGFtcGxlIEF0dHJpYnV0ZURpbWVuc2lvbi5leGNsdXNpdmUoJ3RyaWFsJylcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgZXhjbHVzaXZlKC4uLnZhbHVlczogc3RyaW5nW10pOiBBdHRyaWJ1dGVEaW1lbnNpb25Db25maWcge1xuICAgIHJldHVybiBBdHRyaWJ1dGVEaW1lbnNpb24ub2YoQXR0cmlidXRlVHlwZS5FWENMVVNJVkUsIHZhbHVlcyk7XG4gIH1cblxuICAvKipcbiAgICogSW5jbHVkZSBlbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlIGNvbnRhaW5zIG9uZSBvZiB0aGUgdmFsdWVzIGFzIGEgc3Vic3RyaW5nLlxuICAgKlxuICAgKiBAcGFyYW0gdmFsdWVzIHRoZSBzdWJzdHJpbmdzIHRvIGxvb2sgZm9yOyBhdCBsZWFzdCBvbmVcbiAgICogQGV4YW1wbGUgQXR0cmlidXRlRGltZW5zaW9uLmNvbnRhaW5zKCdAZXhhbXBsZS5jb20nKVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBjb250YWlucyguLi52YWx1ZXM6IHN0cmluZ1tdKTogQXR0cmlidXRlRGltZW5zaW9uQ29uZmlnIHtcbiAgICByZXR1cm4gQXR0cmlidXRlRGltZW5zaW9uLm9mKEF0dHJpYnV0ZVR5cGUuQ09OVEFJTlMsIHZhbHVlcyk7XG4gIH1cblxuICAvKipcbiAgICogSW5jbHVkZSBlbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlIGlzIGFuIGluc3RhbnQgYmVmb3JlIGBpbnN0YW50YC5cbiAgICpcbiAgICogQHBhcmFtIGluc3RhbnQgYW4gSVNPLTg2MDEgaW5zdGFudCwgc3VjaCBhcyBgMjAyNC0wMS0wMVQwMDowMDowMFpgXG4gICAqIEBleGFtcGxlIEF0dHJpYnV0ZURpbWVuc2lvbi5iZWZvcmUoJzIwMjQtMDEtMDFUMDA6MDA6MDBaJylcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgYmVmb3JlKGluc3RhbnQ6IHN0cmluZyk6IEF0dHJpYnV0ZURpbWVuc2lvbkNvbmZpZyB7XG4gICAgcmV0dXJuIEF0dHJpYnV0ZURpbWVuc2lvbi5vZihBdHRyaWJ1dGVUeXBlLkJFRk9SRSwgW2luc3RhbnRdKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBJbmNsdWRlIGVuZHBvaW50cyB3aG9zZSBhdHRyaWJ1dGUgaXMgYW4gaW5zdGFudCBhZnRlciBgaW5zdGFudGAuXG4gICAqXG4gICAqIEBwYXJhbSBpbnN0YW50IGFuIElTTy04NjAxIGluc3RhbnQsIHN1Y2ggYXMgYDIwMjQtMDEtMDFUMDA6MDA6MDBaYFxuICAgKiBAZXhhbXBsZSBBdHRyaWJ1dGVEaW1lbnNpb24uYWZ0ZXIoJzIwMjQtMDEtMDFUMDA6MDA6MDBaJylcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgYWZ0ZXIoaW5zdGFudDogc3RyaW5nKTogQXR0cmlidXRlRGltZW5zaW9uQ29uZmlnIHtcbiAgICByZXR1cm4gQXR0cmlidXRlRGltZW5zaW9uLm9mKEF0dHJpYnV0ZVR5cGUuQUZURVIsIFtpbnN0YW50XSk7XG4gIH1cblxuICAvKipcbiAgICogSW5jbHVkZSBlbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlIGlzIGFuIGluc3RhbnQgb24gdGhlIHNhbWUgZGF0ZSBhcyBgaW5zdGFudGAgKHRpbWUgaXMgaWdub3JlZCkuXG4gICAqXG4gICAqIEBwYXJhbSBpbnN0YW50IGFuIElTTy04NjAxIGluc3RhbnQsIHN1Y2ggYXMgYDIwMjQtMDctMDRUMDA6MDA6MDBaYFxuICAgKiBAZXhhbXBsZSBBdHRyaWJ1dGVEaW1lbnNpb24ub24oJzIwMjQtMDctMDRUMDA6MDA6MDBaJylcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgb24oaW5zdGFudDogc3RyaW5nKTogQXR0cmlidXRlRGltZW5zaW9uQ29uZmlnIHtcbiAgICByZXR1cm4gQXR0cmlidXRlRGltZW5zaW9uLm9mKEF0dHJpYnV0ZVR5cGUuT04sIFtpbnN0YW50XSk7XG4gIH1cblxuICAvKipcbiAgICogSW5jbHVkZSBlbmRwb2ludHMgd2hvc2UgYXR0cmlidXRlIGlzIGFuIGluc3RhbnQgYmV0d2VlbiBgc3RhcnRgIGFuZCBgZW5kYC5cbiAgICpcbiAgICogQHBhcmFtIHN0YXJ0IGFuIElTTy04NjAxIGluc3RhbnQsIGVhcmxpZXIgdGhhbiBgZW5kYFxuICAgKiBAcGFyYW0gZW5kIGFuIElTTy04NjAxIGluc3RhbnQsIGxhdGVyIHRoYW4gYHN0YXJ0YFxuICAgKiBAZXhhbXBsZSBBdHRyaWJ1dGVEaW1lbnNpb24uYmV0d2VlbignMjAyNC0wMS0wMVQwMDowMDowMFonLCAnMjAyNC0wMi0wMVQwMDowMDowMFonKVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBiZXR3ZWVuKHN0YXJ0OiBzdHJpbmcsIGVuZDogc3RyaW5nKTogQXR0cmlidXRlRGltZW5zaW9uQ29uZmlnIHtcbiAgICByZXR1cm4gQXR0cmlidXRlRGltZW5zaW9uLm9mKEF0dHJpYnV0ZVR5cGUuQkVUV0VFTiwgW3N0YXJ0LCBlbmRdKTtcbiAgfVxuXG4gIHByaXZhdGUgc3RhdGljIG9mKGF0dHJpYnV0ZVR5cGU6IEF0dHJpYnV0ZVR5cGUsIHZhbHVlczogc3RyaW5nW10pOiBBdHRyaWJ1dGVEaW1lbnNpb25Db25maWcge1xuICAgIHJldHVybiB7IGF0dHJpYnV0ZVR5cGUsIHZhbHVlcyB9O1xuICB9XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcigpIHt9XG59XG5cbi8qKlxuICogRmFjdG9yaWVzIGZvciBtZXRyaWMgZGltZW5zaW9ucywgZm9yIGBtZXRyaWNzYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgZGltczogU2VnbWVudERpbWVuc2lvbnMgPSB7XG4gKiAgIG1ldHJpY3M6IHsgcHVyY2hhc2VzOiBNZXRyaWNEaW1lbnNpb24uZ3JlYXRlclRoYW4oMTApIH0sXG4gKiB9O1xuICovXG5leHBvcnQgY2xhc3MgTWV0cmljRGltZW5zaW9uIHtcbiAgLyoqXG4gICAqIFRoZSBtZXRyaWMgaXMgZ3JlYXRlciB0aGFuIGB2YWx1ZWAuXG4gICAqXG4gICAqIEBwYXJhbSB2YWx1ZSB0aGUgbnVtYmVyIHRoZSBlbmRwb2ludCdzIG1ldHJpYyBpcyBjb21wYXJlZCB3aXRoXG4gICAqIEBleGFtcGxlIE1ldHJpY0RpbWVuc2lvbi5ncmVhdGVyVGhhbigxMClcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgZ3JlYXRlclRoYW4odmFsdWU6IG51bWJlcik6IE1ldHJpY0RpbWVuc2lvbkNvbmZpZyB7XG4gICAgcmV0dXJuIHsgY29tcGFyaXNvbk9wZXJhdG9yOiBDb21wYXJpc29uT3BlcmF0b3IuR1JFQVRFUl9USEFOLCB2YWx1ZSB9O1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBtZXRyaWMgaXMgbGVzcyB0aGFuIGB2YWx1ZWAuXG4gICAqXG4gICAqIEBwYXJhbSB2YWx1ZSB0aGUgbnVtYmVyIHRoZSBlbmRwb2ludCdzIG1ldHJpYyBpcyBjb21wYXJlZCB3aXRoXG4gICAqIEBleGFtcGxlIE1ldHJpY0RpbWVuc2lvbi5sZXNzVGhhbigzKVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBsZXNzVGhhbih2YWx1ZTogbnVtYmVyKTogTWV0cmljRGltZW5zaW9uQ29uZmlnIHtcbiAgICByZXR1cm4geyBjb21wYXJpc29uT3BlcmF0b3I6IENvbXBhcmlzb25PcGVyYXRvci5MRVNTX1RIQU4sIHZhbHVlIH07XG4gIH1cblxuICAvKipcbiAgICogVGhlIG1ldHJpYyBpcyBncmVhdGVyIHRoYW4gb3IgZXF1YWwgdG8gYHZhbHVlYC5cbiAgICpcbiAgICogQHBhcmFtIHZhbHVlIHRoZSBudW1iZXIgdGhlIGVuZHBvaW50J3MgbWV0cmljIGlzIGNvbXBhcmVkIHdpdGhcbiAgICogQGV4YW1wbGUgTWV0cmljRGltZW5zaW9uLmdyZWF0ZXJUaGFuT3JFcXVhbCg1KVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBncmVhdGVyVGhhbk9yRXF1YWwodmFsdWU6IG51bWJlcik6IE1ldHJpY0RpbWVuc2lvbkNvbmZpZyB7XG4gICAgcmV0dXJuIHsgY29tcGFyaXNvbk9wZXJhdG9yOiBDb21wYXJpc29uT3BlcmF0b3IuR1JFQVRFUl9USEFOX09SX0VRVUFMLCB2YWx1ZSB9O1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBtZXRyaWMgaXMgbGVzcyB0aGFuIG9yIGVxdWFsIHRvIGB2YWx1ZWAuXG4gICAqXG4gICAqIEBwYXJhbSB2YWx1ZSB0aGUgbnVtYmVyIHRoZSBlbmRwb2ludCdzIG1ldHJpYyBpcyBjb21wYXJlZCB3aXRoXG4gICAqIEBleGFtcGxlIE1ldHJpY0RpbWVuc2lvbi5sZXNzVGhhbk9yRXF1YWwoNSlcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgbGVzc1RoYW5PckVxdWFsKHZhbHVlOiBudW1iZXIpOiBNZXRyaWNEaW1lbnNpb25Db25maWcge1xuICAgIHJldHVybiB7IGNvbXBhcmlzb25PcGVyYXRvcjogQ29tcGFyaXNvbk9wZXJhdG9yLkxFU1NfVEhBTl9PUl9FUVVBTCwgdmFsdWUgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgbWV0cmljIGVxdWFscyBgdmFsdWVgLlxuICAgKlxuICAgKiBAcGFyYW0gdmFsdWUgdGhlIG51bWJlciB0aGUgZW5kcG9pbnQncyBtZXRyaWMgaXMgY29tcGFyZWQgd2l0aFxuICAgKiBAZXhhbXBsZSBNZXRyaWNEaW1lbnNpb24uZXF1YWxUbygwKVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBlcXVhbFRvKHZhbHVlOiBudW1iZXIpOiBNZXRyaWNEaW1lbnNpb25Db25maWcge1xuICAgIHJldHVybiB7IGNvbXBhcmlzb25PcGVyYXRvcjogQ29tcGFyaXNvbk9wZXJhdG9yLkVRVUFMLCB2YWx1ZSB9O1xuICB9XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcigpIHt9XG59XG5cbi8qKlxuICogRmFjdG9yaWVzIGZvciByZWNlbmN5IGRpbWVuc2lvbnMsIGZvciBgYmVoYXZpb3IucmVjZW5jeWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGRpbXM6IFNlZ21lbnREaW1lbnNpb25zID0ge1xuICogICBiZWhhdmlvcjogeyByZWNlbmN5OiBSZWNlbmN5LmFjdGl2ZVdpdGhpbihSZWNlbmN5RHVyYXRpb24uREFZXzcpIH0sXG4gKiB9O1xuICovXG5leHBvcnQgY2xhc3MgUmVjZW5jeSB7XG4gIC8qKlxuICAgKiBFbmRwb2ludHMgdGhhdCB3ZXJlIGFjdGl2ZSB3aXRoaW4gYGR1cmF0aW9uYC5cbiAgICpcbiAgICogQHBhcmFtIGR1cmF0aW9uIHRoZSBwZXJpb2QgdG8gbG9vayBiYWNrIG92ZXJcbiAgICogQGV4YW1wbGUgUmVjZW5jeS5hY3RpdmVXaXRoaW4oUmVjZW5jeUR1cmF0aW9uLkRBWV83KVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBhY3RpdmVXaXRoaW4oZHVyYXRpb246IFJlY2VuY3lEdXJhdGlvbik6IFJlY2VuY3lEaW1lbnNpb24ge1xuICAgIHJldHVybiB7IGR1cmF0aW9uLCByZWNlbmN5VHlwZTogUmVjZW5jeVR5cGUuQUNUSVZFIH07XG4gIH1cblxuICAvKipcbiAgICogRW5kcG9pbnRzIHRoYXQgd2VyZSBub3QgYWN0aXZlIHdpdGhpbiBgZHVyYXRpb25gLlxuICAgKlxuICAgKiBAcGFyYW0gZHVyYXRpb24gdGhlIHBlcmlvZCB0byBsb29rIGJhY2sgb3ZlclxuICAgKiBAZXhhbXBsZSBSZWNlbmN5LmluYWN0aXZlV2l0aGluKFJlY2VuY3lEdXJhdGlvbi5EQVlfMzApXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIGluYWN0aXZlV2l0aGluKGR1cmF0aW9uOiBSZWNlbmN5RHVyYXRpb24pOiBSZWNlbmN5RGltZW5zaW9uIHtcbiAgICByZXR1cm4geyBkdXJhdGlvbiwgcmVjZW5jeVR5cGU6IFJlY2VuY3lUeXBlLklOQUNUSVZFIH07XG4gIH1cblxuICBwcml2YXRlIGNvbnN0cnVjdG9yKCkge31cbn1cblxuLyoqXG4gKiBGYWN0b3JpZXMgZm9yIEdQUyBkaW1lbnNpb25zLCBmb3IgYGxvY2F0aW9uLmdwc1BvaW50YC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgZGltczogU2VnbWVudERpbWVuc2lvbnMgPSB7XG4gKiAgIGxvY2F0aW9uOiB7IGdwc1BvaW50OiBHcHNQb2ludC53aXRoaW4oNDcuNiwgLTEyMi4zLCAyNSkgfSxcbiAqIH07XG4gKi9cbmV4cG9ydCBjbGFzcyBHcHNQb2ludCB7XG4gIC8qKlxuICAgKiBFbmRwb2ludHMgd2l0aGluIGByYW5nZUluS2lsb21ldGVyc2Agb2YgdGhlIGdpdmVuIGNvb3JkaW5hdGVzLlxuICAgKlxuICAgKiBAcGFyYW0gbGF0aXR1ZGUgaW4gLTkwLi45MFxuICAgKiBAcGFyYW0gbG9uZ2l0dWRlIGluIC0xODAuLjE4MFxuICAgKiBAcGFyYW0gcmFuZ2VJbktpbG9tZXRlcnMgZ3JlYXRlciB0aGFuIDBcbiAgICogQGV4YW1wbGUgR3BzUG9pbnQud2l0aGluKDQ3LjYsIC0xMjIuMywgMjUpXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHdpdGhpbihsYXRpdHVkZTogbnVtYmVyLCBsb25naXR1ZGU6IG51bWJlciwgcmFuZ2VJbktpbG9tZXRlcnM6IG51bWJlcik6IEdwc1BvaW50RGltZW5zaW9uIHtcbiAgICByZXR1cm4geyBjb29yZGluYXRlczogeyBsYXRpdHVkZSwgbG9uZ2l0dWRlIH0sIHJhbmdlSW5LaWxvbWV0ZXJzIH07XG4gIH1cblxuICBwcml2YXRlIGNvbnN0cnVjdG9yKCkge31cbn1cblxuLyoqXG4gKiBGYWN0b3JpZXMgZm9yIHNldCBkaW1lbnNpb25zLCBmb3IgdGhlIGBkZW1vZ3JhcGhpY2AgZmllbGRzIGFuZCBgbG9jYXRpb24uY291bnRyeWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGRpbXM6IFNlZ21lbnREaW1lbnNpb25zID0ge1xuICogICBkZW1vZ3JhcGhpYzogeyBwbGF0Zm9ybTogU2V0RGltZW5zaW9ucy5pbmNsdWRpbmcoJ2lvcycsICdhbmRyb2lkJykgfSxcbiAqICAgbG9jYXRpb246IHsgY291bnRyeTogU2V0RGltZW5zaW9ucy5leGNsdWRpbmcoJ1VTJykgfSxcbiAqIH07XG4gKi9cbmV4cG9ydCBjbGFzcyBTZXREaW1lbnNpb25zIHtcbiAgLyoqXG4gICAqIEluY2x1ZGUgZW5kcG9pbnRzIHRoYXQgbWF0Y2ggb25lIG9mIHRoZSB2YWx1ZXMuXG4gICAqXG4gICAqIEBwYXJhbSB2YWx1ZXMgdGhlIHZhbHVlcyB0byBtYXRjaDsgYXQgbGVhc3Qgb25lXG4gICAqIEBleGFtcGxlIFNldERpbWVuc2lvbnMuaW5jbHVkaW5nKENoYW5uZWxUeXBlLkVNQUlMLCBDaGFubmVsVHlwZS5TTVMpXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIGluY2x1ZGluZyguLi52YWx1ZXM6IHN0cmluZ1tdKTogU2V0RGltZW5zaW9uIHtcbiAgICByZXR1cm4geyBkaW1lbnNpb25UeXBlOiBEaW1lbnNpb25UeXBlLklOQ0xVU0lWRSwgdmFsdWVzIH07XG4gIH1cblxuICAvKipcbiAgICogRXhjbHVkZSBlbmRwb2ludHMgdGhhdCBtYXRjaCBvbmUgb2YgdGhlIHZhbHVlcy5cbiAgICpcbiAgICogQHBhcmFtIHZhbHVlcyB0aGUgdmFsdWVzIHRvIG1hdGNoOyBhdCBsZWFzdCBvbmVcbiAgICogQGV4YW1wbGUgU2V0RGltZW5zaW9ucy5leGNsdWRpbmcoJ1VTJywgJ0NBJylcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgZXhjbHVkaW5nKC4uLnZhbHVlczogc3RyaW5nW10pOiBTZXREaW1lbnNpb24ge1xuICAgIHJldHVybiB7IGRpbWVuc2lvblR5cGU6IERpbWVuc2lvblR5cGUuRVhDTFVTSVZFLCB2YWx1ZXMgfTtcbiAgfVxuXG4gIHByaXZhdGUgY29uc3RydWN0b3IoKSB7fVxufVxuIl19