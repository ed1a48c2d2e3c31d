import type { SegmentDimensions, SegmentGroups } from './segment-dimensions';

/**
 * What a segment selects: its name and its criteria, as Pinpoint's `WriteSegmentRequest` has them
 * (without tags). `PinpointSegmentProps` extends it, `PinpointSegment.definition` returns it, and
 * `CustomerProfilesSegment` translates it into a Customer Profiles segment definition.
 */
export interface SegmentDefinition {
  /**
   * The name of the segment (`WriteSegmentRequest.Name`).
   */
  readonly name: string;

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
}
