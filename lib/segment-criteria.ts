// The two ways to define a segment: its dimensions, or segment groups (whose groups nest dimensions).
import { AttributeDimensionConfig, MetricDimensionConfig } from './dimensions-attributes';
import { SegmentBehaviors } from './dimensions-behavior';
import { SegmentDemographics } from './dimensions-demographic';
import { SegmentLocation } from './dimensions-location';

/**
 * The dimension settings of a segment (`SegmentDimensions`).
 */
export interface SegmentDimensions {
  /**
   * Custom endpoint attributes to use as criteria, keyed by attribute name.
   *
   * @default - no attribute dimensions
   */
  readonly attributes?: { [name: string]: AttributeDimensionConfig };

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
  readonly metrics?: { [name: string]: MetricDimensionConfig };

  /**
   * Custom user attributes to use as criteria, keyed by attribute name.
   *
   * @default - no user attribute dimensions
   */
  readonly userAttributes?: { [name: string]: AttributeDimensionConfig };
}

/**
 * How a segment group combines its source (base) segments.
 */
export enum SourceType {
  /** Endpoints in all of the source segments. */
  ALL = 'ALL',
  /** Endpoints in any of the source segments. */
  ANY = 'ANY',
  /** Endpoints in none of the source segments. */
  NONE = 'NONE',
}

/**
 * How a segment group combines its dimensions.
 */
export enum GroupType {
  /** Endpoints that match all of the dimensions. */
  ALL = 'ALL',
  /** Endpoints that match any of the dimensions. */
  ANY = 'ANY',
  /** Endpoints that match none of the dimensions. */
  NONE = 'NONE',
}

/**
 * How the segment combines its segment groups.
 */
export enum Include {
  /** Endpoints that match all of the groups. */
  ALL = 'ALL',
  /** Endpoints that match any of the groups. */
  ANY = 'ANY',
  /** Endpoints that match none of the groups. */
  NONE = 'NONE',
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

  // `type` mirrors the API's `Type` (DESIGN.md). jsii warns that it is reserved in Go, but Go
  // bindings export struct fields capitalised (`Type`), which is not reserved; hence the suppression.
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
