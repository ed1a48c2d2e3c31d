// Behavior criteria: how recently an endpoint was active.

/**
 * The period a recency dimension looks back over (Pinpoint's `Duration`).
 *
 * Named `RecencyDuration` so that it does not clash with `aws-cdk-lib`'s `Duration`.
 */
export enum RecencyDuration {
  /** The last 24 hours. */
  HR_24 = 'HR_24',
  /** The last 7 days. */
  DAY_7 = 'DAY_7',
  /** The last 14 days. */
  DAY_14 = 'DAY_14',
  /** The last 30 days. */
  DAY_30 = 'DAY_30',
}

/**
 * Whether a recency dimension selects endpoints that were active or inactive.
 */
export enum RecencyType {
  /** Endpoints that were active within the duration are included. */
  ACTIVE = 'ACTIVE',
  /** Endpoints that were not active within the duration are included. */
  INACTIVE = 'INACTIVE',
}

/**
 * Behavior-based criteria (`SegmentBehaviors`).
 */
export interface SegmentBehaviors {
  /**
   * Criteria based on how recently endpoints were active.
   *
   * @default - no recency dimension
   */
  readonly recency?: RecencyDimension;
}

/**
 * Criteria based on how recently an endpoint was active (`RecencyDimension`).
 */
export interface RecencyDimension {
  /**
   * The period to look back over.
   */
  readonly duration: RecencyDuration;

  /**
   * Whether endpoints active or inactive within `duration` are included.
   */
  readonly recencyType: RecencyType;
}

/**
 * Factories for recency dimensions, for `behavior.recency`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   behavior: { recency: Recency.activeWithin(RecencyDuration.DAY_7) },
 * };
 */
export class Recency {
  /**
   * Endpoints that were active within `duration`.
   *
   * @param duration the period to look back over
   * @example Recency.activeWithin(RecencyDuration.DAY_7)
   */
  public static activeWithin(duration: RecencyDuration): RecencyDimension {
    return { duration, recencyType: RecencyType.ACTIVE };
  }

  /**
   * Endpoints that were not active within `duration`.
   *
   * @param duration the period to look back over
   * @example Recency.inactiveWithin(RecencyDuration.DAY_30)
   */
  public static inactiveWithin(duration: RecencyDuration): RecencyDimension {
    return { duration, recencyType: RecencyType.INACTIVE };
  }

  private constructor() {}
}
