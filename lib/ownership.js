"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OWNERSHIP_TAG_KEY = void 0;
/**
 * The reserved tag that marks a segment as made by this construct (DESIGN.md, "Ownership tag").
 * Shared by the construct (users may not declare it), the handler (it writes and reads it) and the
 * local tools (drift, import and rehearsal output ignore it). Not part of the jsii API.
 */
exports.OWNERSHIP_TAG_KEY = 'cdk-pinpoint-segment:owner';
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoib3duZXJzaGlwLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsib3duZXJzaGlwLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQUFBOzs7O0dBSUc7QUFDVSxRQUFBLGlCQUFpQixHQUFHLDRCQUE0QixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcmVzZXJ2ZWQgdGFnIHRoYXQgbWFya3MgYSBzZWdtZW50IGFzIG1hZGUgYnkgdGhpcyBjb25zdHJ1Y3QgKERFU0lHTi5tZCwgXCJPd25lcnNoaXAgdGFnXCIpLlxuICogU2hhcmVkIGJ5IHRoZSBjb25zdHJ1Y3QgKHVzZXJzIG1heSBub3QgZGVjbGFyZSBpdCksIHRoZSBoYW5kbGVyIChpdCB3cml0ZXMgYW5kIHJlYWRzIGl0KSBhbmQgdGhlXG4gKiBsb2NhbCB0b29scyAoZHJpZnQsIGltcG9ydCBhbmQgcmVoZWFyc2FsIG91dHB1dCBpZ25vcmUgaXQpLiBOb3QgcGFydCBvZiB0aGUganNpaSBBUEkuXG4gKi9cbmV4cG9ydCBjb25zdCBPV05FUlNISVBfVEFHX0tFWSA9ICdjZGstcGlucG9pbnQtc2VnbWVudDpvd25lcic7XG4iXX0=