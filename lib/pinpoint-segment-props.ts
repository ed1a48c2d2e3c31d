import { RemovalPolicy } from 'aws-cdk-lib';
import type { PinpointSegmentProvider } from './provider';
import { SegmentDefinition } from './segment-definition';

/**
 * Properties of a `PinpointSegment`.
 */
export interface PinpointSegmentProps extends SegmentDefinition {
  /**
   * The Pinpoint application (project) the segment belongs to. A token, such as `CfnApp.ref`, is fine.
   */
  readonly applicationId: string;

  /**
   * Adopt this existing segment instead of creating one. Its id stays the same, so campaigns and
   * journeys that point at it keep working. An adopted segment is never deleted.
   *
   * @default - a new segment is created
   */
  readonly segmentId?: string;

  /**
   * Tags for the segment, converged through TagResource and UntagResource whenever CloudFormation
   * creates or updates the segment (that is, when its properties change; see the README).
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
