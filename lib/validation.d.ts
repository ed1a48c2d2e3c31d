import type { PinpointSegmentProps } from './pinpoint-segment';
/**
 * Every problem with the props, each as `<path>: <problem>`; empty when they are valid.
 *
 * @internal
 */
export declare function validateSegmentProps(props: PinpointSegmentProps): string[];
/**
 * Throws one error listing every problem with the props.
 *
 * @internal
 */
export declare function assertValidSegmentProps(props: PinpointSegmentProps): void;
