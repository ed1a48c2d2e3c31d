/** The accepted form, as messages show it. */
export declare const INSTANT_FORM = "YYYY-MM-DDThh:mm:ss[.fff](Z|\u00B1hh:mm)";
/** A point in time, exact to the nanosecond. */
export interface Instant {
    /** Seconds since 1970-01-01T00:00:00Z. */
    readonly epochSeconds: number;
    /** The fraction of the second, in nanoseconds. */
    readonly nanos: number;
}
/** The instant `text` stands for, or `undefined` if it is not one. */
export declare function parseInstant(text: string): Instant | undefined;
/** Negative, zero or positive, as `a` is earlier than, equal to or later than `b`. */
export declare function compareInstants(a: Instant, b: Instant): number;
