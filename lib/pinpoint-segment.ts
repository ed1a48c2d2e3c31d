import { CfnResource, RemovalPolicy, Resource } from 'aws-cdk-lib';
import { ISegmentRef, SegmentReference } from 'aws-cdk-lib/aws-pinpoint';
import { Construct } from 'constructs';
import { PinpointSegmentProps } from './pinpoint-segment-props';
import { PinpointSegmentProvider, SERVICE_TIMEOUT } from './provider';
import { renderWriteSegmentRequest } from './render';
import { SegmentDefinition } from './segment-definition';
import { assertValidSegmentProps } from './validation';

/** The CloudFormation type of the custom resource that stands for one segment. */
const SEGMENT_RESOURCE_TYPE = 'Custom::PinpointSegment';

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
   * What the segment selects: its name, dimensions and segment groups, as declared. Pass it to
   * `CustomerProfilesSegment` (or use `CustomerProfilesSegment.fromPinpointSegment`) to declare the
   * same audience in Amazon Connect Customer Profiles.
   */
  public readonly definition: SegmentDefinition;

  /**
   * Declares a segment. The definition is validated here, at synth time.
   *
   * @param scope the construct the segment belongs to
   * @param id the construct id of the segment
   * @param props the segment's definition
   */
  constructor(scope: Construct, id: string, props: PinpointSegmentProps) {
    super(scope, id);
    assertValidSegmentProps(props, this.node.path);

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
    this.definition = definitionOf(props);
  }

  /**
   * A reference to this segment, for APIs in aws-cdk-lib that accept an `ISegmentRef`.
   */
  public get segmentRef(): SegmentReference {
    return { segmentId: this.segmentId, segmentArn: this.segmentArn };
  }
}

/** The definition part of the props, without absent keys. */
function definitionOf(props: PinpointSegmentProps): SegmentDefinition {
  return {
    name: props.name,
    ...(props.dimensions !== undefined ? { dimensions: props.dimensions } : {}),
    ...(props.segmentGroups !== undefined ? { segmentGroups: props.segmentGroups } : {}),
  };
}
