// Criteria on custom endpoint and user attributes, and on custom endpoint metrics.

/**
 * How an attribute dimension compares endpoint attribute values with its `values`.
 */
export enum AttributeType {
  /** Endpoints whose attribute matches one of the values are included. */
  INCLUSIVE = 'INCLUSIVE',
  /** Endpoints whose attribute matches one of the values are excluded. */
  EXCLUSIVE = 'EXCLUSIVE',
  /** Endpoints whose attribute contains one of the values as a substring are included. */
  CONTAINS = 'CONTAINS',
  /** Endpoints whose attribute, read as an ISO-8601 instant, is before the value are included. */
  BEFORE = 'BEFORE',
  /** Endpoints whose attribute, read as an ISO-8601 instant, is after the value are included. */
  AFTER = 'AFTER',
  /** Endpoints whose attribute, read as an ISO-8601 instant, is on the value's date are included. Time is ignored. */
  ON = 'ON',
  /** Endpoints whose attribute, read as an ISO-8601 instant, is between the two values are included. */
  BETWEEN = 'BETWEEN',
}

/**
 * How a metric dimension compares an endpoint's metric with its `value`.
 */
export enum ComparisonOperator {
  /** The metric is greater than the value. */
  GREATER_THAN = 'GREATER_THAN',
  /** The metric is less than the value. */
  LESS_THAN = 'LESS_THAN',
  /** The metric is greater than or equal to the value. */
  GREATER_THAN_OR_EQUAL = 'GREATER_THAN_OR_EQUAL',
  /** The metric is less than or equal to the value. */
  LESS_THAN_OR_EQUAL = 'LESS_THAN_OR_EQUAL',
  /** The metric equals the value. */
  EQUAL = 'EQUAL',
}

/**
 * Attribute-based criteria (`AttributeDimension`).
 */
export interface AttributeDimensionConfig {
  /**
   * How the attribute is compared with `values`.
   *
   * @default AttributeType.INCLUSIVE
   */
  readonly attributeType?: AttributeType;

  /**
   * The values to compare with. `BEFORE`, `AFTER` and `ON` take one ISO-8601 instant,
   * `BETWEEN` takes two, in order.
   */
  readonly values: string[];
}

/**
 * Metric-based criteria (`MetricDimension`).
 */
export interface MetricDimensionConfig {
  /**
   * How the metric is compared with `value`.
   */
  readonly comparisonOperator: ComparisonOperator;

  /**
   * The value to compare with.
   */
  readonly value: number;
}

/**
 * Factories for attribute dimensions, for `attributes` and `userAttributes`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   attributes: { plan: AttributeDimension.inclusive('gold', 'platinum') },
 * };
 */
export class AttributeDimension {
  /**
   * Include endpoints whose attribute matches one of the values.
   *
   * @param values the attribute values to match; at least one
   * @example AttributeDimension.inclusive('gold', 'platinum')
   */
  public static inclusive(...values: string[]): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.INCLUSIVE, values);
  }

  /**
   * Exclude endpoints whose attribute matches one of the values.
   *
   * @param values the attribute values to match; at least one
   * @example AttributeDimension.exclusive('trial')
   */
  public static exclusive(...values: string[]): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.EXCLUSIVE, values);
  }

  /**
   * Include endpoints whose attribute contains one of the values as a substring.
   *
   * @param values the substrings to look for; at least one
   * @example AttributeDimension.contains('@example.com')
   */
  public static contains(...values: string[]): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.CONTAINS, values);
  }

  /**
   * Include endpoints whose attribute is an instant before `instant`.
   *
   * @param instant an ISO-8601 instant, such as `2024-01-01T00:00:00Z`
   * @example AttributeDimension.before('2024-01-01T00:00:00Z')
   */
  public static before(instant: string): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.BEFORE, [instant]);
  }

  /**
   * Include endpoints whose attribute is an instant after `instant`.
   *
   * @param instant an ISO-8601 instant, such as `2024-01-01T00:00:00Z`
   * @example AttributeDimension.after('2024-01-01T00:00:00Z')
   */
  public static after(instant: string): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.AFTER, [instant]);
  }

  /**
   * Include endpoints whose attribute is an instant on the same date as `instant` (time is ignored).
   *
   * @param instant an ISO-8601 instant, such as `2024-07-04T00:00:00Z`
   * @example AttributeDimension.on('2024-07-04T00:00:00Z')
   */
  public static on(instant: string): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.ON, [instant]);
  }

  /**
   * Include endpoints whose attribute is an instant between `start` and `end`.
   *
   * @param start an ISO-8601 instant, earlier than `end`
   * @param end an ISO-8601 instant, later than `start`
   * @example AttributeDimension.between('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z')
   */
  public static between(start: string, end: string): AttributeDimensionConfig {
    return AttributeDimension.of(AttributeType.BETWEEN, [start, end]);
  }

  private static of(attributeType: AttributeType, values: string[]): AttributeDimensionConfig {
    return { attributeType, values };
  }

  private constructor() {}
}

/**
 * Factories for metric dimensions, for `metrics`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   metrics: { purchases: MetricDimension.greaterThan(10) },
 * };
 */
export class MetricDimension {
  /**
   * The metric is greater than `value`.
   *
   * @param value the number the endpoint's metric is compared with
   * @example MetricDimension.greaterThan(10)
   */
  public static greaterThan(value: number): MetricDimensionConfig {
    return { comparisonOperator: ComparisonOperator.GREATER_THAN, value };
  }

  /**
   * The metric is less than `value`.
   *
   * @param value the number the endpoint's metric is compared with
   * @example MetricDimension.lessThan(3)
   */
  public static lessThan(value: number): MetricDimensionConfig {
    return { comparisonOperator: ComparisonOperator.LESS_THAN, value };
  }

  /**
   * The metric is greater than or equal to `value`.
   *
   * @param value the number the endpoint's metric is compared with
   * @example MetricDimension.greaterThanOrEqual(5)
   */
  public static greaterThanOrEqual(value: number): MetricDimensionConfig {
    return { comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL, value };
  }

  /**
   * The metric is less than or equal to `value`.
   *
   * @param value the number the endpoint's metric is compared with
   * @example MetricDimension.lessThanOrEqual(5)
   */
  public static lessThanOrEqual(value: number): MetricDimensionConfig {
    return { comparisonOperator: ComparisonOperator.LESS_THAN_OR_EQUAL, value };
  }

  /**
   * The metric equals `value`.
   *
   * @param value the number the endpoint's metric is compared with
   * @example MetricDimension.equalTo(0)
   */
  public static equalTo(value: number): MetricDimensionConfig {
    return { comparisonOperator: ComparisonOperator.EQUAL, value };
  }

  private constructor() {}
}
