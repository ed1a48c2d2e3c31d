import type { PinpointSegmentProps } from './pinpoint-segment-props';
import { SegmentDimensions, SegmentGroup } from './segment-dimensions';
import { Problem } from './validation-format';
/** A rule over the whole props. */
export type SegmentRule = (props: PinpointSegmentProps) => Problem[];
/** A rule over one `SegmentDimensions`, wherever it occurs (top level or inside a group). */
export type DimensionsRule = (dims: SegmentDimensions, path: string) => Problem[];
/** The rules over the whole props, in the order their problems are listed. */
export declare const SEGMENT_RULES: readonly SegmentRule[];
/** The rules over each `SegmentDimensions`, in the order their problems are listed. */
export declare const DIMENSION_RULES: readonly DimensionsRule[];
/** Every `SegmentDimensions` in the props, with its path. */
export declare function dimensionsOf(props: PinpointSegmentProps): {
    dims: SegmentDimensions;
    path: string;
}[];
/** Every group of the props, with its path. */
export declare function groupsOf(props: PinpointSegmentProps): {
    group: SegmentGroup;
    path: string;
}[];
/**
 * Dimension count as Pinpoint counts it: each criterion is one dimension. A container that is a
 * token counts as 0: its contents are unknown until deploy.
 */
export declare function countDimensions(dims: SegmentDimensions): number;
/** True for an unresolved token of any kind (string, number, list, or an IResolvable). */
export declare function isToken(value: unknown): boolean;
/** The object, unless it is absent, not an object, or a token (whose contents are unknown). */
export declare function walkable<T>(value: T | undefined): T | undefined;
/** A list whose elements can be looked at. */
export declare function isResolvedList(value: unknown): value is unknown[];
