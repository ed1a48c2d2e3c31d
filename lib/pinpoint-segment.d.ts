import { RemovalPolicy, Resource } from 'aws-cdk-lib';
import { ISegmentRef, SegmentReference } from 'aws-cdk-lib/aws-pinpoint';
import { Construct } from 'constructs';
import { SegmentDimensions, SegmentGroups } from './segment-dimensions';
/**
 * Properties of a `PinpointSegment`.
 */
export interface PinpointSegmentProps {
    /**
     * The Pinpoint application (project) the segment belongs to. A token, such as `CfnApp.ref`, is fine.
     */
    readonly applicationId: string;
    /**
     * The name of the segment (`WriteSegmentRequest.Name`).
     */
    readonly name: string;
    /**
     * Adopt this existing segment instead of creating one. Its id stays the same, so campaigns and
     * journeys that point at it keep working. An adopted segment is never deleted.
     *
     * @default - a new segment is created
     */
    readonly segmentId?: string;
    /**
     * The dimensions of the segment. At most one of `dimensions` and `segmentGroups` may be set.
     *
     * @default - no dimensions
     */
    readonly dimensions?: SegmentDimensions;
    /**
     * The segment group, with its base segments and dimensions. At most one of `dimensions` and
     * `segmentGroups` may be set.
     *
     * @default - no segment groups
     */
    readonly segmentGroups?: SegmentGroups;
    /**
     * Tags for the segment, converged on every deploy through TagResource and UntagResource.
     *
     * @default - no tags
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * What happens to a segment this construct created when it leaves the stack. Only `DESTROY` and
     * `RETAIN` are supported. An adopted segment is never deleted, whatever this says.
     *
     * @default RemovalPolicy.DESTROY
     */
    readonly removalPolicy?: RemovalPolicy;
    /**
     * For an adopted segment: when it leaves the stack, put back the definition it had before adoption.
     *
     * @default false - the segment is left as last deployed
     */
    readonly restoreOnDelete?: boolean;
}
/**
 * An Amazon Pinpoint segment, declared in the stack and converged on every deploy.
 *
 * A shared custom-resource function (one per stack) makes the live segment match this
 * declaration with `UpdateSegment`, and creates it first with `CreateSegment` unless an existing
 * segment is adopted through `segmentId`.
 *
 * @example
 * declare const app: pinpoint.CfnApp;
 * new PinpointSegment(this, 'Gold', {
 *   applicationId: app.ref,
 *   name: 'Gold customers',
 *   dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } },
 *   tags: { team: 'growth' },
 * });
 */
export declare class PinpointSegment extends Resource implements ISegmentRef {
    /**
     * The segment id, known at deploy time.
     *
     * @attribute
     */
    readonly segmentId: string;
    /**
     * The segment ARN, known at deploy time.
     *
     * @attribute
     */
    readonly segmentArn: string;
    /**
     * The segment's version after the last deploy, known at deploy time.
     *
     * @attribute
     */
    readonly segmentVersion: string;
    /**
     * The id of the Pinpoint application the segment belongs to, known at deploy time.
     *
     * @attribute
     */
    readonly applicationId: string;
    /**
     * Declares a segment. The definition is validated here, at synth time.
     *
     * @param scope the construct the segment belongs to
     * @param id the construct id of the segment
     * @param props the segment's definition
     */
    constructor(scope: Construct, id: string, props: PinpointSegmentProps);
    /**
     * A reference to this segment, for APIs in aws-cdk-lib that accept an `ISegmentRef`.
     */
    get segmentRef(): SegmentReference;
}
