import type { PinpointSegmentProps } from './pinpoint-segment-props';
/**
 * Every problem with the props, each as `<path>: <problem>`; empty when they are valid. Accepts
 * anything, as a JavaScript caller may pass anything.
 *
 * @internal
 */
export declare function validateSegmentProps(props: PinpointSegmentProps): string[];
/**
 * Throws one error listing every problem with the props, one line each, every line starting
 * with the construct path (`Growth/Gold: dimensions.location.country.values[0]: ...`), so that a
 * stack of many segments shows which one is wrong.
 *
 * @param props what the caller passed
 * @param constructPath the segment's `node.path`; omitted, lines start with the prop path
 * @internal
 */
export declare function assertValidSegmentProps(props: PinpointSegmentProps, constructPath?: string): void;
/**
 * One line per problem, each prefixed with the construct path when there is one.
 *
 * @internal
 */
export declare function formatProblems(problems: readonly string[], constructPath?: string): string;
