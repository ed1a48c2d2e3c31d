/** One problem, at a path in camelCase prop terms (`dimensions.location.country.values[0]`). */
export interface Problem {
    readonly path: string;
    readonly message: string;
}
/** A value as it appears in a message: strings quoted, everything else as written in code. */
export declare function showValue(value: unknown): string;
/**
 * What came, for `expected X, got <this>`: the type, and the value where it is short
 * (`number 123`, `string 'gold'`, `boolean true`, `null`, `a list`, `an object`,
 * `an instance of Duration`).
 */
export declare function describeValue(value: unknown): string;
/**
 * The valid key a misspelt one most likely meant, or `undefined` if none is close. Case,
 * `_` and `-` are ignored first, so that the API's PascalCase (`Dimensions`, `GPSPoint`) and
 * Python's snake_case (`user_attributes`) find their camelCase prop; then typos within a small
 * edit distance (`behaviour`, `demografic`).
 */
export declare function nearestKey(key: string, known: readonly string[]): string | undefined;
