// A set dimension includes or excludes endpoints whose value is one of a set: the demographic
// fields and location.country. Values (and its former name, SetDimensions) makes them.

/**
 * Whether endpoints that match a set dimension are included in or excluded from the segment.
 */
export enum DimensionType {
  /** Endpoints that match the values are included. */
  INCLUSIVE = 'INCLUSIVE',
  /** Endpoints that match the values are excluded. */
  EXCLUSIVE = 'EXCLUSIVE',
}

/**
 * A set of values to include or exclude (`SetDimension`).
 */
export interface SetDimension {
  /**
   * Whether matching endpoints are included or excluded.
   *
   * @default DimensionType.INCLUSIVE
   */
  readonly dimensionType?: DimensionType;

  /**
   * The values to match.
   */
  readonly values: string[];
}

/**
 * Factories for `SetDimension` values, for the `demographic` fields and `location.country`.
 *
 * Named `Values`, not after the struct it makes, so that the factory and the `SetDimension`
 * struct cannot be mistaken for each other.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   demographic: { platform: Values.including('ios', 'android') },
 *   location: { country: Values.excluding('US') },
 * };
 */
export class Values {
  /**
   * Include endpoints that match one of the values.
   *
   * @param values the values to match; at least one
   * @example Values.including(ChannelType.EMAIL, ChannelType.SMS)
   */
  public static including(...values: string[]): SetDimension {
    return { dimensionType: DimensionType.INCLUSIVE, values };
  }

  /**
   * Exclude endpoints that match one of the values.
   *
   * @param values the values to match; at least one
   * @example Values.excluding('US', 'CA')
   */
  public static excluding(...values: string[]): SetDimension {
    return { dimensionType: DimensionType.EXCLUSIVE, values };
  }

  private constructor() {}
}

/**
 * The former name of `Values`, kept so that existing code compiles.
 *
 * @deprecated use `Values`: `SetDimensions` was too easily confused with the `SetDimension` struct
 */
export class SetDimensions {
  /**
   * Include endpoints that match one of the values.
   *
   * @param values the values to match; at least one
   * @deprecated use `Values.including`
   */
  public static including(...values: string[]): SetDimension {
    return Values.including(...values);
  }

  /**
   * Exclude endpoints that match one of the values.
   *
   * @param values the values to match; at least one
   * @deprecated use `Values.excluding`
   */
  public static excluding(...values: string[]): SetDimension {
    return Values.excluding(...values);
  }

  private constructor() {}
}
