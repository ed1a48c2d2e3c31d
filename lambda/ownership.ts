/**
 * The ownership tag (DESIGN.md, "Ownership tag"; docs/internals.md, "Ownership tag"). Every segment
 * the handler creates carries `OWNERSHIP_TAG_KEY` with the value
 *
 * ```
 * v1.<hash(StackId, LogicalResourceId)>.<hash(RequestId)>
 * ```
 *
 * each hash the first 32 hex characters (128 bits) of a SHA-256, so the value is 68 characters of
 * `[0-9a-f.]`: well inside AWS's 256-character limit and tag charset. It matches
 * - exactly one creating request: the whole value ({@link ownerTagValue});
 * - this stack's logical resource, whatever request made it: the prefix ({@link resourceOwnerPrefix}).
 *
 * The StackId is the stack's ARN, which includes a unique id, so a stack deleted and made again
 * under the same name never matches the segments of its predecessor.
 */
import { createHash } from 'crypto';
import { OWNERSHIP_TAG_KEY } from '../lib/ownership';

export { OWNERSHIP_TAG_KEY };

const VERSION = 'v1';
const HASH_CHARS = 32;

/** Who is creating a segment: taken from the CloudFormation event. */
export interface OwnerIdentity {
  readonly stackId: string;
  readonly logicalResourceId: string;
  readonly requestId: string;
}

function hash(...parts: readonly string[]): string {
  // A separator that cannot occur in an ARN or a logical id keeps ('ab','c') apart from ('a','bc').
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, HASH_CHARS);
}

/** `v1.<stack+logical hash>.`: the part shared by every segment this logical resource created. */
export function resourceOwnerPrefix(stackId: string, logicalResourceId: string): string {
  return `${VERSION}.${hash(stackId, logicalResourceId)}.`;
}

/** The full value for a segment created by `owner.requestId`. */
export function ownerTagValue(owner: OwnerIdentity): string {
  return `${resourceOwnerPrefix(owner.stackId, owner.logicalResourceId)}${hash(owner.requestId)}`;
}

/** The ownership value in a tag map, if any. */
export function ownerOf(tags: Readonly<Record<string, string>> | undefined): string | undefined {
  const value = tags?.[OWNERSHIP_TAG_KEY];
  return typeof value === 'string' ? value : undefined;
}

/** Whether `key` is the reserved ownership key: never declared, converged, removed or changed. */
export function isOwnershipKey(key: string): boolean {
  return key === OWNERSHIP_TAG_KEY;
}
