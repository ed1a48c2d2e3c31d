import type { PinpointSegmentProps } from './pinpoint-segment';
/** @internal */
export interface AttributeDimensionShape {
    readonly AttributeType?: string;
    readonly Values: string[];
}
/** @internal */
export interface MetricDimensionShape {
    readonly ComparisonOperator: string;
    readonly Value: number;
}
/** @internal */
export interface SetDimensionShape {
    readonly DimensionType?: string;
    readonly Values: string[];
}
/** @internal */
export interface RecencyDimensionShape {
    readonly Duration: string;
    readonly RecencyType: string;
}
/** @internal */
export interface GpsPointDimensionShape {
    readonly Coordinates: {
        readonly Latitude: number;
        readonly Longitude: number;
    };
    readonly RangeInKilometers?: number;
}
/** @internal */
export interface SegmentDemographicsShape {
    readonly AppVersion?: SetDimensionShape;
    readonly Channel?: SetDimensionShape;
    readonly DeviceType?: SetDimensionShape;
    readonly Make?: SetDimensionShape;
    readonly Model?: SetDimensionShape;
    readonly Platform?: SetDimensionShape;
}
/** @internal */
export interface SegmentLocationShape {
    readonly Country?: SetDimensionShape;
    readonly GPSPoint?: GpsPointDimensionShape;
}
/** @internal */
export interface SegmentDimensionsShape {
    readonly Attributes?: {
        readonly [name: string]: AttributeDimensionShape;
    };
    readonly Behavior?: {
        readonly Recency?: RecencyDimensionShape;
    };
    readonly Demographic?: SegmentDemographicsShape;
    readonly Location?: SegmentLocationShape;
    readonly Metrics?: {
        readonly [name: string]: MetricDimensionShape;
    };
    readonly UserAttributes?: {
        readonly [name: string]: AttributeDimensionShape;
    };
}
/** @internal */
export interface SegmentGroupShape {
    readonly Dimensions?: SegmentDimensionsShape[];
    readonly SourceSegments?: {
        readonly Id: string;
        readonly Version?: number;
    }[];
    readonly SourceType?: string;
    readonly Type?: string;
}
/** @internal */
export interface SegmentGroupsShape {
    readonly Groups?: SegmentGroupShape[];
    readonly Include?: string;
}
/**
 * The API shape of `WriteSegmentRequest`, without `tags` (tags are converged separately).
 *
 * @internal
 */
export interface WriteSegmentRequestShape {
    readonly Name: string;
    readonly Dimensions?: SegmentDimensionsShape;
    readonly SegmentGroups?: SegmentGroupsShape;
}
/**
 * Render the props as the API's `WriteSegmentRequest` (PascalCase), omitting absent fields.
 *
 * @internal
 */
export declare function renderWriteSegmentRequest(props: PinpointSegmentProps): WriteSegmentRequestShape;
