import {
  ArnFormat, CfnResource, IResource, ITaggable, RemovalPolicy, Resource, Stack, TagManager, TagType, Token,
} from 'aws-cdk-lib';
import { ISegmentRef, SegmentReference } from 'aws-cdk-lib/aws-pinpoint';
import { Construct } from 'constructs';
import { PinpointSegmentProps } from './pinpoint-segment-props';
import { PinpointSegmentProvider, SERVICE_TIMEOUT } from './provider';
import { renderWriteSegmentRequest } from './render';
import { SegmentDefinition } from './segment-definition';
import { SourceSegment } from './segment-dimensions';
import { validateSegmentTags } from './validation';
import { assertValidSegment, claimSegment } from './validation-app';

/** The custom resource's ServiceTimeout, in seconds (computed once: it is the same for every segment). */
const SERVICE_TIMEOUT_SECONDS = SERVICE_TIMEOUT.toSeconds();

/** The CloudFormation type of the custom resource that stands for one segment. */
const SEGMENT_RESOURCE_TYPE = 'Custom::PinpointSegment';

/**
 * An Amazon Pinpoint segment: one this stack declares (`PinpointSegment`) or one managed elsewhere
 * (`PinpointSegment.fromSegmentAttributes`).
 */
export interface IPinpointSegment extends IResource, ISegmentRef {
  /**
   * The id of the Pinpoint application the segment belongs to.
   *
   * @attribute
   */
  readonly applicationId: string;

  /**
   * The segment id.
   *
   * @attribute
   */
  readonly segmentId: string;

  /**
   * The segment ARN.
   *
   * @attribute
   */
  readonly segmentArn: string;

  /**
   * This segment as a base segment of a segment group (`segmentGroups.groups[].sourceSegments`),
   * without writing its id.
   *
   * @param version the version of the segment to use, an integer of at least 1; omit it for the
   * latest version
   */
  asSourceSegment(version?: number): SourceSegment;
}

/**
 * The attributes of a segment managed outside this stack, for `PinpointSegment.fromSegmentAttributes`.
 */
export interface PinpointSegmentAttributes {
  /**
   * The id of the Pinpoint application (project) the segment belongs to.
   */
  readonly applicationId: string;

  /**
   * The segment id.
   */
  readonly segmentId: string;
}

/** A segment managed elsewhere: a reference only, with nothing in the template. */
class ImportedPinpointSegment extends Resource implements IPinpointSegment {
  public readonly applicationId: string;
  public readonly segmentId: string;
  public readonly segmentArn: string;

  constructor(scope: Construct, id: string, attrs: PinpointSegmentAttributes) {
    super(scope, id);
    for (const [field, value] of Object.entries({ applicationId: attrs.applicationId, segmentId: attrs.segmentId })) {
      if (!Token.isUnresolved(value) && (typeof value !== 'string' || value.trim() === '')) {
        throw new Error(`${this.node.path}: ${field}: must not be empty`);
      }
    }
    this.applicationId = attrs.applicationId;
    this.segmentId = attrs.segmentId;
    this.segmentArn = segmentArnOf(this, attrs.applicationId, attrs.segmentId);
  }

  public get segmentRef(): SegmentReference {
    return { segmentId: this.segmentId, segmentArn: this.segmentArn };
  }

  public asSourceSegment(version?: number): SourceSegment {
    return sourceSegmentOf(this, version);
  }
}

/** The segment's ARN in the scope's partition, region and account. */
function segmentArnOf(scope: Construct, applicationId: string, segmentId: string): string {
  return Stack.of(scope).formatArn({
    service: 'mobiletargeting',
    resource: 'apps',
    resourceName: `${applicationId}/segments/${segmentId}`,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

function sourceSegmentOf(segment: IPinpointSegment, version: number | undefined): SourceSegment {
  return version === undefined ? { id: segment.segmentId } : { id: segment.segmentId, version };
}

/**
 * An Amazon Pinpoint segment, declared in the stack and converged whenever CloudFormation creates
 * or updates it (on a deploy that changes its properties).
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
export class PinpointSegment extends Resource implements IPinpointSegment, ITaggable {
  /**
   * A segment managed outside this stack (in the console, another stack or another tool), for use
   * where an `IPinpointSegment` or `ISegmentRef` is expected, such as a segment group's base segment.
   * Nothing is added to the template, and the segment is never changed.
   *
   * The ARN is built in the partition, region and account of `scope`'s stack.
   *
   * @param scope the construct the reference belongs to
   * @param id the construct id of the reference
   * @param attrs the application and segment ids
   * @example
   * declare const app: pinpoint.CfnApp;
   * const vip = PinpointSegment.fromSegmentAttributes(this, 'Vip', {
   *   applicationId: app.ref,
   *   segmentId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
   * });
   * new PinpointSegment(this, 'LapsedVip', {
   *   applicationId: app.ref,
   *   name: 'Lapsed VIP customers',
   *   segmentGroups: {
   *     groups: [{
   *       sourceSegments: [vip.asSourceSegment()],
   *       dimensions: [{ behavior: { recency: Recency.inactiveWithin(RecencyDuration.DAY_30) } }],
   *     }],
   *   },
   * });
   */
  public static fromSegmentAttributes(scope: Construct, id: string, attrs: PinpointSegmentAttributes): IPinpointSegment {
    return new ImportedPinpointSegment(scope, id, attrs);
  }

  /**
   * The segment id, known at deploy time.
   *
   * @attribute
   */
  public get segmentId(): string {
    if (this.attributes.segmentId === undefined) {
      this.attributes.segmentId = this.resource.getAtt('SegmentId').toString();
      // A segment this construct creates is claimed when its id is first handed out: only a
      // construct holding this token can adopt the same segment (see the constructor).
      if (this.claimOnFirstUse !== undefined) claimSegment(this, this.claimOnFirstUse, this.attributes.segmentId);
    }
    return this.attributes.segmentId;
  }

  /**
   * The segment ARN, known at deploy time.
   *
   * @attribute
   */
  public get segmentArn(): string {
    return (this.attributes.segmentArn ??= this.resource.getAtt('Arn').toString());
  }

  /**
   * The segment's version after the last deploy, known at deploy time, as a string token.
   *
   * For properties that take a number, such as `CfnCampaign.segmentVersion`, use
   * `segmentVersionNumber`.
   *
   * @attribute
   */
  public get segmentVersion(): string {
    return (this.attributes.segmentVersion ??= this.resource.getAtt('Version').toString());
  }

  /**
   * The segment's version after the last deploy, known at deploy time, as a number token: for
   * properties that take a number, such as `CfnCampaign.segmentVersion`.
   */
  public get segmentVersionNumber(): number {
    return (this.attributes.segmentVersionNumber ??= Token.asNumber(this.resource.getAtt('Version')));
  }

  /**
   * The segment's tags: the `tags` prop and those added with `Tags.of(scope)`, merged as for any
   * aws-cdk-lib resource (`Tags.of` wins a clash, at its default priority). They are converged
   * whenever CloudFormation creates or updates the segment, like the `tags` prop.
   */
  public readonly tags: TagManager;

  /**
   * The id of the Pinpoint application the segment belongs to, known at deploy time.
   *
   * @attribute
   */
  public get applicationId(): string {
    return (this.attributes.applicationId ??= this.resource.getAtt('ApplicationId').toString());
  }

  /**
   * What the segment selects: its name, dimensions and segment groups, as declared. Pass it to
   * `CustomerProfilesSegment` (or use `CustomerProfilesSegment.fromPinpointSegment`) to declare the
   * same audience in Amazon Connect Customer Profiles.
   */
  public readonly definition: SegmentDefinition;

  /** The custom resource. */
  private readonly resource: CfnResource;

  /** For a segment this construct creates: the application id its claim is made under, on first use of `segmentId`. */
  private readonly claimOnFirstUse?: string;

  /**
   * The attribute tokens, made on first use: most segments of a large stack are never referenced,
   * and making five references per segment up front is a measurable part of synth time.
   */
  private readonly attributes: {
    segmentId?: string;
    segmentArn?: string;
    segmentVersion?: string;
    segmentVersionNumber?: number;
    applicationId?: string;
  } = {};

  /**
   * Declares a segment. The definition is validated here, at synth time.
   *
   * @param scope the construct the segment belongs to
   * @param id the construct id of the segment
   * @param props the segment's definition
   */
  constructor(scope: Construct, id: string, props: PinpointSegmentProps) {
    super(scope, id);
    assertValidSegment(this, props);

    // Pinpoint's tags are a map, and so is the custom resource's Tags property (as for
    // AWS::Pinpoint::Segment): TagType.MAP.
    this.tags = new TagManager(TagType.MAP, SEGMENT_RESOURCE_TYPE, props.tags, { tagPropertyName: 'tags' });

    const adopted = props.segmentId !== undefined;
    const provider = props.provider ?? PinpointSegmentProvider.getOrCreate(this);

    const retain = props.removalPolicy === RemovalPolicy.RETAIN
      || props.removalPolicy === RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;

    const resource = new CfnResource(this, 'Resource', {
      type: SEGMENT_RESOURCE_TYPE,
      properties: {
        ServiceToken: provider._serviceTokenFor(this),
        ServiceTimeout: SERVICE_TIMEOUT_SECONDS,
        ApplicationId: props.applicationId,
        SegmentId: props.segmentId,
        ...renderWriteSegmentRequest(props),
        Tags: this.tags.renderedTags, // omitted when there are none
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

    this.resource = resource;
    this.definition = definitionOf(props);
    // Two segments of one app must never manage the same Pinpoint segment (checked once the app is
    // built). An adopted segment claims its segmentId now. A created one is claimed under its own
    // segmentId token, which only a construct that read `segmentId` can hold: the claim is made
    // when the token is first made (most segments of a large stack are never referenced).
    if (props.segmentId !== undefined) claimSegment(this, props.applicationId, props.segmentId);
    else this.claimOnFirstUse = props.applicationId;

    // Tags.of(scope) adds tags after construction, so their check waits until the app is built.
    this.node.addValidation({
      validate: () => validateSegmentTags(this.tags.tagValues()),
    });
  }

  /**
   * A reference to this segment, for APIs in aws-cdk-lib that accept an `ISegmentRef`.
   */
  public get segmentRef(): SegmentReference {
    return { segmentId: this.segmentId, segmentArn: this.segmentArn };
  }

  /**
   * This segment as a base segment of a segment group, without writing its id.
   *
   * @param version the version of the segment to use, an integer of at least 1; omit it for the
   * latest version
   */
  public asSourceSegment(version?: number): SourceSegment {
    return sourceSegmentOf(this, version);
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
