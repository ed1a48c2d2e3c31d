/**
 * A flaky front for the harness's response bucket: it stands between the handler and the
 * presigned ResponseURL, and can fail the next K PUTs (an S3 500, or a reset connection) or every
 * PUT, forwarding the others unchanged to the real bucket.
 *
 *   const proxy = await startResponseProxy();
 *   proxy.failNext(2, 'http-500');
 *   const r = await h.create(props, { mutate: proxy.route });   // ResponseURL now points here
 *   proxy.attempts;                                              // every PUT, failed or forwarded
 *   await proxy.stop();
 *
 * It lives apart from test/support/cfn-harness.ts so that the harness stays what the wire tests
 * rely on; only the host and port of the ResponseURL change, never its path or query string.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

/** How a PUT is made to fail. */
export type PutFailure = 'http-500' | 'http-503' | 'reset';

export interface PutAttempt {
  /** The RequestId the URL belongs to (last `|` part of the key), if any. */
  readonly requestId?: string;
  /** What happened: forwarded with the bucket's status, or the failure injected. */
  readonly outcome: { readonly forwarded: number } | { readonly failed: PutFailure };
  readonly at: number;
  /** The full path and query string as received (for leak checks). */
  readonly pathAndQuery: string;
}

export interface ResponseProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every PUT received, in arrival order. */
  readonly attempts: PutAttempt[];
  /** The next `count` PUTs fail this way (queued after any already queued). */
  failNext(count: number, failure: PutFailure): void;
  /** Every PUT fails this way until `clear()`. */
  failAlways(failure: PutFailure): void;
  clear(): void;
  /** Rewrites an event's ResponseURL to go through this proxy; usable as the harness's `mutate`. */
  route(this: void, event: Record<string, unknown>): Record<string, unknown>;
  attemptsFor(requestId: string): PutAttempt[];
  stop(): Promise<void>;
}

export async function startResponseProxy(): Promise<ResponseProxy> {
  const attempts: PutAttempt[] = [];
  const queue: PutFailure[] = [];
  let always: PutFailure | undefined;
  /** Where each proxied path really goes: proxy path+query -> original origin. */
  const upstreamOf = new Map<string, string>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => undefined);
    req.on('end', () => {
      const pathAndQuery = req.url ?? '/';
      const pathname = pathAndQuery.split('?')[0];
      const key = decodeURIComponent(pathname.split('/').pop() ?? '');
      const requestId = key.includes('|') ? key.split('|').pop() : undefined;
      const failure = queue.shift() ?? always;
      const record = (outcome: PutAttempt['outcome']) => attempts.push({ requestId, outcome, at: Date.now(), pathAndQuery });
      if (failure === 'reset') {
        record({ failed: failure });
        req.socket.destroy();
        return;
      }
      if (failure) {
        record({ failed: failure });
        const status = failure === 'http-503' ? 503 : 500;
        const code = status === 503 ? 'SlowDown' : 'InternalError';
        const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>injected by the response proxy</Message></Error>`;
        res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
        return;
      }
      const upstream = upstreamOf.get(pathname);
      if (!upstream) {
        record({ forwarded: 404 });
        res.writeHead(404, { 'content-length': 0 }).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const forward = http.request(
        new URL(pathAndQuery, upstream),
        { method: req.method, headers: { ...req.headers, host: new URL(upstream).host } },
        (upstreamRes) => {
          const parts: Buffer[] = [];
          upstreamRes.on('data', (c: Buffer) => parts.push(c));
          upstreamRes.on('end', () => {
            record({ forwarded: upstreamRes.statusCode ?? 0 });
            const text = Buffer.concat(parts);
            res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, 'content-length': text.length }).end(text);
          });
        },
      );
      forward.on('error', () => {
        record({ forwarded: 502 });
        if (!res.headersSent) res.writeHead(502, { 'content-length': 0 }).end();
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let stopped: Promise<void> | undefined;

  return {
    url,
    attempts,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) queue.push(failure);
    },
    failAlways(failure) {
      always = failure;
    },
    clear() {
      queue.length = 0;
      always = undefined;
    },
    route(event) {
      const original = new URL(String(event.ResponseURL));
      upstreamOf.set(original.pathname, original.origin);
      return { ...event, ResponseURL: `${url}${original.pathname}${original.search}` };
    },
    attemptsFor(requestId) {
      return attempts.filter((a) => a.requestId === requestId);
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
