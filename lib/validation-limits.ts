// The service limits that synth enforces, each with the page that documents it. A limit that no
// page documents is not enforced; README.md ("Validation at synth") lists those too.

/**
 * "Maximum number of dimensions that can be used to create a segment: 100 per segment" (not
 * eligible for increase). Amazon Pinpoint Developer Guide, Quotas, "Segment quotas":
 * https://docs.aws.amazon.com/pinpoint/latest/developerguide/quotas.html#quotas-segment
 */
export const MAX_DIMENSIONS = 100;

/**
 * "Your request can include only one segment group." Amazon Pinpoint API Reference, Segments,
 * `SegmentGroupList.Groups` (also /work/shared/reference/update_segment-api-reference.txt):
 * https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html
 */
export const MAX_GROUPS = 1;

/**
 * The source-segment rule: "You can specify more than one dimensional segment or only one
 * imported segment." Amazon Pinpoint API Reference, `SegmentGroup.SourceSegments`:
 * https://docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-segments-segment-id.html
 * So a group with several source segments may only name dimensional ones.
 */
export const MAX_IMPORTED_SOURCE_SEGMENTS = 1;

/**
 * Tag limits: "A resource can have as many as 50 tags", "A tag key can contain as many as 128
 * characters. A tag value can contain as many as 256 characters", and "The aws: prefix is
 * reserved for use by AWS". Amazon Pinpoint Developer Guide, Tagging Amazon Pinpoint resources:
 * https://docs.aws.amazon.com/pinpoint/latest/developerguide/tagging-resources.html
 * (The character set here also admits `@`, as the general AWS tagging guide does.)
 */
export const MAX_TAGS = 50;
/** See {@link MAX_TAGS}. */
export const MAX_TAG_KEY_LENGTH = 128;
/** See {@link MAX_TAGS}. */
export const MAX_TAG_VALUE_LENGTH = 256;

// Not enforced, because no page documents them for a segment (see README.md):
// - the segment name's length: WriteSegmentRequest.Name is a plain String in the API Reference
//   and in AWS::Pinpoint::Segment, with no length constraint;
// - values per dimension and attributes per segment: the quotas page documents them only for
//   endpoints ("Values assigned to Attributes parameter attributes: 50 per attribute", attribute
//   name length 50, attribute value length 100, 250 attributes per application, "Endpoint quotas",
//   https://docs.aws.amazon.com/pinpoint/latest/developerguide/quotas.html#quotas-endpoint).
//   Those bound what an endpoint stores, not the criteria of a segment; the only segment-level
//   count is MAX_DIMENSIONS.
