import { Problem } from './validation-format';
/** What a field holds. */
export type Shape = {
    readonly kind: 'string';
} | {
    readonly kind: 'number';
} | {
    readonly kind: 'boolean';
}
/** Any object: a construct or another class instance that is checked elsewhere. */
 | {
    readonly kind: 'object';
} | {
    readonly kind: 'enum';
    readonly values: readonly string[];
} | {
    readonly kind: 'list';
    readonly of: Shape;
} | {
    readonly kind: 'map';
    readonly of: Shape;
} | {
    readonly kind: 'struct';
    readonly fields: {
        readonly [prop: string]: Field;
    };
};
/** A field of a struct. */
export interface Field {
    readonly shape: Shape;
    readonly required?: boolean;
}
/** `SegmentDimensions`, wherever it occurs. */
export declare const SEGMENT_DIMENSIONS: Shape;
/** `SegmentGroups`. */
export declare const SEGMENT_GROUPS: Shape;
/** `PinpointSegmentProps`. */
export declare const SEGMENT_PROPS: Shape;
/**
 * Every place where `value` does not have `shape`: unknown keys, wrong types, missing required
 * fields and enum values outside their set. Unresolved tokens are skipped, at any depth.
 */
export declare function checkShape(value: unknown, shape: Shape, path: string): Problem[];
/** `parent.name` for plain names, `parent["odd name"]` otherwise, so paths stay unambiguous. */
export declare function childPath(parent: string, name: string): string;
