/**
 * The physical resource id is the only state CloudFormation hands back on later events. Its format
 * is fixed by docs/internals.md:
 *
 * ```
 * created:  <applicationId>:<segmentId>
 * adopted:  <applicationId>:<segmentId>:adopted:<preAdoptionVersion>
 * ```
 *
 * optionally followed by `|prev=<previous physical id without its own |prev part>`, and
 * `create-failed:<RequestId>` for a Create that failed.
 */

/** The segment a physical id points at. */
export interface SegmentRef {
  readonly applicationId: string;
  readonly segmentId: string;
  /** Set for an adopted segment: the version it had before the stack took it over. */
  readonly adoptedVersion?: number;
}

export interface ParsedPhysicalId {
  readonly current: SegmentRef;
  /** The segment a replacement moved away from, kept so that its rollback can return to it. */
  readonly previous?: SegmentRef;
}

/** CloudFormation's limit on a physical resource id. */
export const MAX_PHYSICAL_ID_BYTES = 1024;

const PREV_SEPARATOR = '|prev=';
const ADOPTED_MARKER = 'adopted';
const CREATE_FAILED_PREFIX = 'create-failed:';
const ID_PATTERN = /^[^:|\s]+$/;
/** Widest pre-adoption version we reserve room for when checking an id's length up front. */
const MAX_VERSION_DIGITS = 10;

export function isCreateFailedId(physicalId: unknown): boolean {
  return typeof physicalId === 'string' && physicalId.startsWith(CREATE_FAILED_PREFIX);
}

export function createFailedId(requestId: string): string {
  return `${CREATE_FAILED_PREFIX}${requestId}`;
}

/** The RequestId of the failed Create a `create-failed:<RequestId>` id names. */
export function createFailedRequestId(physicalId: string): string {
  return physicalId.slice(CREATE_FAILED_PREFIX.length);
}

export function isAdopted(ref: SegmentRef): boolean {
  return ref.adoptedVersion !== undefined;
}

/**
 * Formats `ref`, with `previous` as its `|prev=` part. A `previous` that would push the id past
 * 1024 bytes is left out (the id stays valid; only the twin-free rollback is lost).
 */
export function formatPhysicalId(ref: SegmentRef, previous?: SegmentRef): string {
  const current = formatRef(ref);
  if (Buffer.byteLength(current) > MAX_PHYSICAL_ID_BYTES) {
    throw new Error(
      `the physical resource id for segment ${ref.segmentId} of application ${ref.applicationId} ` +
        `would exceed ${MAX_PHYSICAL_ID_BYTES} bytes`,
    );
  }
  if (!previous) {
    return current;
  }
  const withPrevious = `${current}${PREV_SEPARATOR}${formatRef(previous)}`;
  return Buffer.byteLength(withPrevious) <= MAX_PHYSICAL_ID_BYTES ? withPrevious : current;
}

function formatRef(ref: SegmentRef): string {
  assertIdPart(ref.applicationId, 'ApplicationId');
  assertIdPart(ref.segmentId, 'SegmentId');
  const base = `${ref.applicationId}:${ref.segmentId}`;
  return ref.adoptedVersion === undefined ? base : `${base}:${ADOPTED_MARKER}:${ref.adoptedVersion}`;
}

/**
 * Parses a physical id this handler wrote. Anything else (including `create-failed:...`) is
 * `undefined`: not ours.
 */
export function parsePhysicalId(physicalId: unknown): ParsedPhysicalId | undefined {
  if (typeof physicalId !== 'string' || isCreateFailedId(physicalId)) {
    return undefined;
  }
  const separator = physicalId.indexOf(PREV_SEPARATOR);
  const currentText = separator < 0 ? physicalId : physicalId.slice(0, separator);
  const current = parseRef(currentText);
  if (!current) {
    return undefined;
  }
  if (separator < 0) {
    return { current };
  }
  const previous = parseRef(physicalId.slice(separator + PREV_SEPARATOR.length));
  return previous ? { current, previous } : undefined;
}

function parseRef(text: string): SegmentRef | undefined {
  const parts = text.split(':');
  if (!parts.every((part) => ID_PATTERN.test(part))) {
    return undefined;
  }
  if (parts.length === 2) {
    return { applicationId: parts[0], segmentId: parts[1] };
  }
  if (parts.length === 4 && parts[2] === ADOPTED_MARKER && /^\d+$/.test(parts[3])) {
    return { applicationId: parts[0], segmentId: parts[1], adoptedVersion: Number(parts[3]) };
  }
  return undefined;
}

/**
 * Throws, before any Pinpoint call, if these ids could not be written into a valid physical id:
 * better a clear FAILED than a segment the stack cannot track.
 */
export function assertIdsFitPhysicalId(applicationId: string, segmentId: string | undefined): void {
  assertIdPart(applicationId, 'ApplicationId');
  if (segmentId !== undefined) {
    assertIdPart(segmentId, 'SegmentId');
  }
  // A created segment's id is chosen by Pinpoint (32 hex characters); reserve a generous 64.
  const longest = `${applicationId}:${segmentId ?? 'x'.repeat(64)}:${ADOPTED_MARKER}:${'9'.repeat(MAX_VERSION_DIGITS)}`;
  if (Buffer.byteLength(longest) > MAX_PHYSICAL_ID_BYTES) {
    throw new Error(
      `ApplicationId and SegmentId are too long to fit in a physical resource id (at most ${MAX_PHYSICAL_ID_BYTES} bytes)`,
    );
  }
}

function assertIdPart(value: string, name: string): void {
  if (!ID_PATTERN.test(value)) {
    throw new Error(`${name} ${JSON.stringify(value)} may not be empty or contain ':', '|' or whitespace`);
  }
}
