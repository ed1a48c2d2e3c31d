/**
 * The one segment definition every approach declares: a GPS point, a metric, a user attribute and a
 * demographic platform, plus tags. It is written once in the API's shape (what Pinpoint receives),
 * and each approach's props are derived from it, so that all three declare the same thing.
 */
import type { CfnSegmentProps } from 'aws-cdk-lib/aws-pinpoint';
import {
  AttributeDimension,
  GpsPoint,
  MetricDimension,
  PinpointSegmentProps,
  Values,
} from '../lib';

/** `WriteSegmentRequest` without tags, as Pinpoint receives it. */
export interface ApiDefinition {
  readonly Name: string;
  readonly Dimensions: {
    readonly Location: { readonly GPSPoint: { readonly Coordinates: { readonly Latitude: number; readonly Longitude: number }; readonly RangeInKilometers: number } };
    readonly Metrics: { readonly [name: string]: { readonly ComparisonOperator: string; readonly Value: number } };
    readonly UserAttributes: { readonly [name: string]: { readonly AttributeType: string; readonly Values: string[] } };
    readonly Demographic: { readonly Platform: { readonly DimensionType: string; readonly Values: string[] } };
  };
}

export const TAGS: Readonly<Record<string, string>> = { team: 'growth', 'cost-center': 'marketing' };

/** The `index`-th segment (1-based): same shape for every index, distinct name and threshold. */
export function apiDefinition(index: number): ApiDefinition {
  return {
    Name: `Gold customers near Seattle ${index}`,
    Dimensions: {
      Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 50 } },
      Metrics: { orders: { ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: 5 + (index % 20) } },
      UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
      Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios', 'android'] } },
    },
  };
}

/** This construct's props, written the way the README shows (typed factories). */
export function constructProps(applicationId: string, index: number): PinpointSegmentProps {
  const api = apiDefinition(index);
  const gps = api.Dimensions.Location.GPSPoint;
  return {
    applicationId,
    name: api.Name,
    dimensions: {
      location: { gpsPoint: GpsPoint.within(gps.Coordinates.Latitude, gps.Coordinates.Longitude, gps.RangeInKilometers) },
      metrics: { orders: MetricDimension.greaterThanOrEqual(api.Dimensions.Metrics.orders.Value) },
      userAttributes: { plan: AttributeDimension.inclusive(...api.Dimensions.UserAttributes.plan.Values) },
      demographic: { platform: Values.including(...api.Dimensions.Demographic.Platform.Values) },
    },
    tags: { ...TAGS },
  };
}

/**
 * `CfnSegment`'s props. Its typed parts are camelCase; `metrics` and `userAttributes` are `any`
 * and go to CloudFormation as given, so they take the API's PascalCase. Tags through its `tags`.
 */
export function cfnSegmentProps(applicationId: string, index: number): CfnSegmentProps {
  const api = apiDefinition(index);
  const gps = api.Dimensions.Location.GPSPoint;
  const platform = api.Dimensions.Demographic.Platform;
  return {
    applicationId,
    name: api.Name,
    dimensions: {
      location: {
        gpsPoint: {
          coordinates: { latitude: gps.Coordinates.Latitude, longitude: gps.Coordinates.Longitude },
          rangeInKilometers: gps.RangeInKilometers,
        },
      },
      metrics: api.Dimensions.Metrics,
      userAttributes: api.Dimensions.UserAttributes,
      demographic: { platform: { dimensionType: platform.DimensionType, values: [...platform.Values] } },
    },
    tags: { ...TAGS },
  };
}
