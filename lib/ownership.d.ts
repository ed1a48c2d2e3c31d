/**
 * The reserved tag that marks a segment as made by this construct (DESIGN.md, "Ownership tag").
 * Shared by the construct (users may not declare it), the handler (it writes and reads it) and the
 * local tools (drift, import and rehearsal output ignore it). Not part of the jsii API.
 */
export declare const OWNERSHIP_TAG_KEY = "cdk-pinpoint-segment:owner";
