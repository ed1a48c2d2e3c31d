/**
 * "Maximum number of dimensions that can be used to create a segment: 100 per segment" (not
 * eligible for increase). Amazon Pinpoint Developer Guide, Quotas, "Segment quotas":
 * https://docs.aws.amazon.com/pinpoint/latest/developerguide/quotas.html#quotas-segment
 */
export declare const MAX_DIMENSIONS = 100;
/**
 * "Your request can include only one segment group." Amazon Pinpoint API Reference, Segments,
 * `SegmentGroupList.Groups` (also /work/shared/reference/update_segment-api-reference.txt):
 * https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html
 */
export declare const MAX_GROUPS = 1;
/**
 * The source-segment rule: "You can specify more than one dimensional segment or only one
 * imported segment." Amazon Pinpoint API Reference, `SegmentGroup.SourceSegments`:
 * https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html
 * So a group with several source segments may only name dimensional ones.
 */
export declare const MAX_IMPORTED_SOURCE_SEGMENTS = 1;
/**
 * Tag limits: "A resource can have as many as 50 tags", "A tag key can contain as many as 128
 * characters. A tag value can contain as many as 256 characters", and "The aws: prefix is
 * reserved for use by AWS". Amazon Pinpoint Developer Guide, Tagging Amazon Pinpoint resources:
 * https://docs.aws.amazon.com/pinpoint/latest/developerguide/tagging-resources.html
 * (The character set here also admits `@`, as the general AWS tagging guide does.)
 */
export declare const MAX_TAGS = 50;
/** See {@link MAX_TAGS}. */
export declare const MAX_TAG_KEY_LENGTH = 128;
/** See {@link MAX_TAGS}. */
export declare const MAX_TAG_VALUE_LENGTH = 256;
