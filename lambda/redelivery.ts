/**
 * Lambda delivers CloudFormation's asynchronous invocations at least once: the same event (same
 * RequestId) can arrive twice. A second Create must not make a twin, but looking for the first
 * delivery's segment costs a GetSegments read per 100 segments of the application, and a first-time
 * create should stay one CreateSegment. So the handler looks first only on a redelivery signal:
 *
 * - this container has already started an event with this RequestId (a retry often lands on the
 *   same warm container);
 * - the event is older than {@link STALE_EVENT_MS}, judged by when CloudFormation presigned its
 *   ResponseURL (`X-Amz-Date`, or `Expires` less the two hours such URLs live): Lambda's own
 *   retries come a minute or more later, a first delivery within seconds.
 *
 * Two deliveries running at the same moment in two containers give no signal; see README.md,
 * "Known gaps".
 */

/** Events older than this are treated as possible second deliveries. */
export const STALE_EVENT_MS = 30_000;
/** How long CloudFormation's presigned ResponseURLs stay valid (used for the `Expires` form). */
const RESPONSE_URL_LIFETIME_MS = 2 * 60 * 60 * 1000;
/** RequestIds remembered per handler instance. */
const REMEMBERED = 1000;

/** The RequestIds one handler instance (one container, for the deployed `handler`) has started. */
export interface RequestMemory {
  /** Records that `requestId` is starting; `true` if it had started before. */
  remember(requestId: string): boolean;
}

export function createRequestMemory(): RequestMemory {
  const seen = new Set<string>();
  return {
    remember(requestId) {
      if (seen.has(requestId)) {
        return true;
      }
      seen.add(requestId);
      if (seen.size > REMEMBERED) {
        seen.delete(seen.values().next().value as string);
      }
      return false;
    },
  };
}

/** When CloudFormation issued the ResponseURL (epoch ms), if the URL says. */
export function responseUrlIssuedAt(responseUrl: unknown): number | undefined {
  if (typeof responseUrl !== 'string') return undefined;
  let query: URLSearchParams;
  try {
    query = new URL(responseUrl).searchParams;
  } catch {
    return undefined;
  }
  const amzDate = query.get('X-Amz-Date');
  const match = amzDate ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate) : null;
  if (match) {
    const [, y, mo, d, h, mi, s] = match.map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, s);
  }
  const expires = Number(query.get('Expires'));
  return Number.isFinite(expires) && expires > 0 ? expires * 1000 - RESPONSE_URL_LIFETIME_MS : undefined;
}

/** Whether the event may be a second delivery: see the module comment. */
export function mayBeRedelivery(alreadySeen: boolean, responseUrl: unknown, now: number = Date.now()): boolean {
  if (alreadySeen) return true;
  const issuedAt = responseUrlIssuedAt(responseUrl);
  return issuedAt !== undefined && now - issuedAt > STALE_EVENT_MS;
}
