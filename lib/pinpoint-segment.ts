import { CfnResource, RemovalPolicy, Resource } from 'aws-cdk-lib';
import { ISegmentRef, SegmentReference } from 'aws-cdk-lib/aws-pinpoint';
import { Construct } from 'constructs';
import { PinpointSegmentProvider, SERVICE_TIMEOUT } from './provider';
import { renderWriteSegmentRequest } from './render';
import { SegmentDimensions, SegmentGroups } from './segment-dimensions';
import { assertValidSegmentProps } from './validation';

/** The CloudFormation type of the custom resource that stands for one segment. */
const SEGMENT_RESOURCE_TYPE = 'Custom::PinpointSegment';

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
  readonly tags?: { [key: string]: string };

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

  /**
   * The custom-resource function (with its role and log group) that converges this segment.
   * Create a `PinpointSegmentProvider` to run it in a VPC, log to your own log group, or set its
   * concurrency, tracing or dead-letter queue; one provider serves any number of segments.
   *
   * @default - the stack's default provider, created on first use and shared by every segment of
   *   the stack that names no provider
   */
  readonly provider?: PinpointSegmentProvider;
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
export class PinpointSegment extends Resource implements ISegmentRef {
  /**
   * The segment id, known at deploy time.
   *
   * @attribute
   */
  public readonly segmentId: string;

  /**
   * The segment ARN, known at deploy time.
   *
   * @attribute
   */
  public readonly segmentArn: string;

  /**
   * The segment's version after the last deploy, known at deploy time.
   *
   * @attribute
   */
  public readonly segmentVersion: string;

  /**
   * The id of the Pinpoint application the segment belongs to, known at deploy time.
   *
   * @attribute
   */
  public readonly applicationId: string;

  /**
   * Declares a segment. The definition is validated here, at synth time.
   *
   * @param scope the construct the segment belongs to
   * @param id the construct id of the segment
   * @param props the segment's definition
   */
  constructor(scope: Construct, id: string, props: PinpointSegmentProps) {
    super(scope, id);
    assertValidSegmentProps(props);

    const adopted = props.segmentId !== undefined;
    const provider = props.provider ?? PinpointSegmentProvider.getOrCreate(this);

    const retain = props.removalPolicy === RemovalPolicy.RETAIN
      || props.removalPolicy === RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;

    const resource = new CfnResource(this, 'Resource', {
      type: SEGMENT_RESOURCE_TYPE,
      properties: {
        ServiceToken: provider.serviceToken,
        ServiceTimeout: SERVICE_TIMEOUT.toSeconds(),
        ApplicationId: props.applicationId,
        SegmentId: props.segmentId,
        ...renderWriteSegmentRequest(props),
        Tags: props.tags && Object.keys(props.tags).length > 0 ? props.tags : undefined,
        RemovalPolicy: retain ? 'retain' : undefined,
        RestoreOnDelete: props.restoreOnDelete ? true : undefined,
      },
    });
    // The grant for this segment's application, which the resource depends on (cleanup-safe IAM).
    provider._bindSegment(resource, props.applicationId, adopted);
    // An adopted segment is never deleted by the handler, and its Delete must still reach the handler
    // so that restoreOnDelete can run; only a created segment takes a CloudFormation deletion policy.
    if (retain && !adopted) {
      resource.applyRemovalPolicy(props.removalPolicy);
    }

    this.segmentId = resource.getAtt('SegmentId').toString();
    this.segmentArn = resource.getAtt('Arn').toString();
    this.segmentVersion = resource.getAtt('Version').toString();
    this.applicationId = resource.getAtt('ApplicationId').toString();
  }

  /**
   * A reference to this segment, for APIs in aws-cdk-lib that accept an `ISegmentRef`.
   */
  public get segmentRef(): SegmentReference {
    return { segmentId: this.segmentId, segmentArn: this.segmentArn };
  }
}
