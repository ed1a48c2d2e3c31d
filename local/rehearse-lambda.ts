/**
 * The rehearsal's stand-ins for Lambda and for CloudFormation's response bucket: loading a bundled
 * handler, invoking it with a real-looking context, capturing what it logs, and receiving the one
 * response it must PUT to the presigned `ResponseURL`.
 */
import { randomBytes, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { createRequire } from 'module';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { format } from 'util';

export type LambdaHandler = (event: unknown, context: unknown, callback?: (error?: unknown, result?: unknown) => void) => unknown;

let loadCounter = 0;

/**
 * Loads `<folder>/<module>.js` and returns its `<export>` for a Lambda `Handler` setting such as
 * `index.handler`. Every call evaluates the file afresh, in the caller's realm, so that a handler
 * that builds its SDK client at load time sees this run's environment (endpoint, credentials).
 */
export async function loadHandler(folder: string, handlerSetting: string): Promise<{ handler: LambdaHandler; file: string }> {
  const { file, exportName } = handlerModule(folder, handlerSetting);
  const loaded: unknown = file.endsWith('.mjs') || isEsmPackage(path.dirname(file))
    ? await import(`${pathToFileURL(file).href}?rehearsal=${++loadCounter}`)
    : evaluateCommonJs(file);
  const exported = moduleExports(loaded);
  const handler = exported[exportName];
  if (typeof handler !== 'function') {
    throw new Error(`${path.basename(file)} does not export a function named ${exportName} (exports: ${Object.keys(exported).join(', ') || 'none'})`);
  }
  return { handler: handler as LambdaHandler, file };
}

/** The module file and export name a Lambda `Handler` setting names; throws when the file is missing. */
export function handlerModule(folder: string, handlerSetting: string): { file: string; exportName: string } {
  const dot = handlerSetting.lastIndexOf('.');
  if (dot <= 0) throw new Error(`Handler ${JSON.stringify(handlerSetting)} is not <module>.<export>`);
  const moduleName = handlerSetting.slice(0, dot);
  const base = path.resolve(folder, moduleName);
  const file = ['.js', '.cjs', '.mjs'].map((ext) => base + ext).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`the handler module ${moduleName}.js is not in ${folder}`);
  return { file, exportName: handlerSetting.slice(dot + 1) };
}

/** A module's exports as a record; a module that exports a primitive exports no named members. */
function moduleExports(loaded: unknown): Record<string, unknown> {
  if ((typeof loaded === 'object' && loaded !== null) || typeof loaded === 'function') return loaded as Record<string, unknown>;
  return {};
}

function isEsmPackage(dir: string): boolean {
  const pkg = path.join(dir, 'package.json');
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(pkg, 'utf8'));
  } catch {
    return false;
  }
  return typeof manifest === 'object' && manifest !== null && 'type' in manifest && manifest.type === 'module';
}

/**
 * `require()` without the module cache: a bundle is self-contained, so only builtins are required,
 * and those through a `require` rooted at the bundle, as Node.js's own loader would give it.
 */
function evaluateCommonJs(file: string): unknown {
  const code = fs.readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const module: { exports: unknown; id: string; filename: string; loaded: boolean } = { exports: {}, id: file, filename: file, loaded: false };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the bundle's own source is what a module loader does
  const wrapper = new Function('exports', 'require', 'module', '__filename', '__dirname', `${code}\n//# sourceURL=${pathToFileURL(file).href}`);
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

// ---------------------------------------------------------------------------------------------
// Log capture

/**
 * While installed, everything written to the console or to stdout/stderr goes to the current
 * sink instead of the terminal, like a Lambda's CloudWatch log stream. The rehearsal's own output
 * goes through {@link LogCapture.passthrough}.
 */
export class LogCapture {
  private sink: string[];
  private readonly unattributed: string[] = [];
  private readonly restores: Array<() => void> = [];
  private passing = false;

  constructor() {
    this.sink = this.unattributed;
  }

  /** Lines written while no event was running. */
  get orphans(): readonly string[] {
    return this.unattributed;
  }

  install(): void {
    const target = console as unknown as Record<string, unknown>;
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
      const original = target[method];
      target[method] = (...values: unknown[]) => {
        if (this.passing && typeof original === 'function') return (original as (...a: unknown[]) => void).apply(console, values);
        this.sink.push(format(...values));
      };
      this.restores.push(() => {
        target[method] = original;
      });
    }
    for (const stream of [process.stdout, process.stderr]) {
      const ownWrite = Object.getOwnPropertyDescriptor(stream, 'write');
      const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
      stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
        if (this.passing) return write(chunk, ...rest);
        this.sink.push((typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')).replace(/\n$/, ''));
        const callback = rest.find((r): r is () => void => typeof r === 'function');
        if (callback) process.nextTick(callback);
        return true;
      };
      // Put back exactly what was there: the stream's own write, or none (the prototype's).
      this.restores.push(() => {
        if (ownWrite) Object.defineProperty(stream, 'write', ownWrite);
        else Reflect.deleteProperty(stream, 'write');
      });
    }
  }

  uninstall(): void {
    while (this.restores.length > 0) this.restores.pop()!();
  }

  /** Sends what follows to `lines` until the next call. */
  attribute(lines: string[] | undefined): void {
    this.sink = lines ?? this.unattributed;
  }

  /** Runs `fn` with the console and streams behaving normally. */
  passthrough<T>(fn: () => T): T {
    const before = this.passing;
    this.passing = true;
    try {
      return fn();
    } finally {
      this.passing = before;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The response bucket

/** One PUT to a ResponseURL. */
export interface ReceivedResponse {
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
  /** ms since the epoch. */
  readonly at: number;
}

interface IssuedUrl {
  readonly signature: string;
  readonly responses: ReceivedResponse[];
  readonly waiters: Array<() => void>;
}

/**
 * Stands in for the S3 bucket behind CloudFormation's presigned response URLs. Each URL carries a
 * fake SigV4 query string; a PUT must present it unchanged and with a Content-Length, as S3
 * requires. Accepted bodies are recorded per RequestId.
 */
export class ResponseBucket {
  private server?: http.Server;
  private base = '';
  private readonly issued = new Map<string, IssuedUrl>();
  /** PUTs that S3 would have refused, with why. */
  readonly rejected: Array<{ readonly requestId?: string; readonly status: number; readonly reason: string }> = [];

  async start(): Promise<void> {
    const server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** A presigned-looking URL for one event; its signature is the secret a handler must not log. */
  issue(stackId: string, logicalId: string, requestId: string): { url: string; signature: string; query: string } {
    const signature = randomBytes(32).toString('hex');
    const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const key = encodeURIComponent(`${stackId}|${logicalId}|${requestId}`);
    const query = [
      'X-Amz-Algorithm=AWS4-HMAC-SHA256',
      `X-Amz-Date=${date}`,
      'X-Amz-SignedHeaders=host',
      'X-Amz-Expires=7199',
      `X-Amz-Credential=AKIAREHEARSAL0000000%2F${date.slice(0, 8)}%2Fus-east-1%2Fs3%2Faws4_request`,
      `X-Amz-Signature=${signature}`,
    ].join('&');
    this.issued.set(requestId, { signature, responses: [], waiters: [] });
    return { url: `${this.base}/cloudformation-custom-resource-response-useast1/${key}?${query}`, signature, query };
  }

  /** The signatures of every URL issued so far. */
  signatures(): string[] {
    return [...this.issued.values()].map((i) => i.signature);
  }

  responses(requestId: string): readonly ReceivedResponse[] {
    return this.issued.get(requestId)?.responses ?? [];
  }

  /** Resolves when a response for `requestId` has arrived (at once if one already has). */
  whenResponded(requestId: string): Promise<void> {
    const issued = this.issued.get(requestId);
    if (!issued) return Promise.reject(new Error(`no URL was issued for ${requestId}`));
    if (issued.responses.length > 0) return Promise.resolve();
    return new Promise((resolve) => issued.waiters.push(resolve));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => undefined);
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.base);
      const key = decodeURIComponent(url.pathname.split('/').pop() ?? '');
      const requestId = key.split('|').pop();
      const issued = requestId ? this.issued.get(requestId) : undefined;
      const refuse = (status: number, code: string, reason: string) => {
        this.rejected.push({ requestId: issued ? requestId : undefined, status, reason });
        const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${reason}</Message></Error>`;
        res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
      };
      if (req.method !== 'PUT') return refuse(405, 'MethodNotAllowed', `${req.method} is not allowed; the response is a PUT`);
      if (!issued) return refuse(404, 'NoSuchKey', 'no response URL was issued for this key');
      if (url.searchParams.get('X-Amz-Signature') !== issued.signature) {
        return refuse(403, 'SignatureDoesNotMatch', 'the request signature does not match the presigned URL (was the query string altered?)');
      }
      if (req.headers['content-length'] === undefined) {
        return refuse(411, 'MissingContentLength', 'you must provide the Content-Length HTTP header');
      }
      issued.responses.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, at: Date.now() });
      issued.waiters.splice(0).forEach((w) => w());
      res.writeHead(200, { etag: `"${randomBytes(16).toString('hex')}"`, 'content-length': 0 }).end();
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Invocation

export interface LambdaFunction {
  readonly logicalId: string;
  readonly functionName: string;
  readonly arn: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  readonly handler: LambdaHandler;
  /** The function's own environment variables, resolved. */
  readonly environment: Record<string, string>;
}

export interface Invocation {
  /** The handler's promise settled, or its callback was called. */
  readonly returned: boolean;
  /** What it threw or rejected with, or passed to its callback. */
  readonly error?: string;
  /** The deadline (plus grace) passed before the handler returned. */
  readonly timedOut: boolean;
  readonly durationMs: number;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)).unref?.());

/**
 * The plain-data part of a Lambda context for one invocation of `fn` started at `started` (ms since
 * the epoch): names, ARN, memory, a fresh request id and a log stream named as Lambda names them.
 * Both the in-process invoker and the child runtime (which receives it over IPC) start from this.
 */
export function invocationIdentity(fn: Pick<LambdaFunction, 'functionName' | 'arn' | 'memoryMb'>, started: number) {
  return {
    functionName: fn.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: fn.arn,
    memoryLimitInMB: String(fn.memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${fn.functionName}`,
    logStreamName: `${new Date(started).toISOString().slice(0, 10).replace(/-/g, '/')}/[$LATEST]${randomBytes(16).toString('hex')}`,
  };
}

/**
 * Invokes `fn` as Lambda would for an asynchronous CloudFormation invocation and waits until it has
 * returned AND a response has arrived, or until the deadline plus `graceMs`.
 */
export async function invoke(
  fn: LambdaFunction,
  event: { RequestId: string },
  bucket: ResponseBucket,
  options: { readonly timeoutSeconds?: number; readonly graceMs: number; readonly settleMs: number },
): Promise<Invocation> {
  const started = Date.now();
  const deadline = started + (options.timeoutSeconds ?? fn.timeoutSeconds) * 1000;
  let error: string | undefined;
  let markReturned!: () => void;
  const returned = new Promise<void>((resolve) => (markReturned = resolve));
  let hasReturned = false;
  const settle = (err?: unknown) => {
    if (hasReturned) return;
    hasReturned = true;
    if (err !== undefined && err !== null) error = errorText(err);
    markReturned();
  };
  const context = {
    ...invocationIdentity(fn, started),
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: (err?: unknown) => settle(err),
    succeed: () => settle(),
    fail: (err: unknown) => settle(err ?? 'failed'),
  };
  try {
    const result = fn.handler(event, context, (err?: unknown) => settle(err));
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(() => settle(), (err) => settle(err ?? 'rejected'));
    } else if (fn.handler.length < 3) {
      settle();
    }
  } catch (thrown) {
    settle(thrown ?? 'threw');
  }
  const finished = Promise.all([returned, bucket.whenResponded(event.RequestId)]).then(() => true);
  const done = await Promise.race([finished, delay(deadline + options.graceMs - Date.now()).then(() => false)]);
  // A second response sent right after the first (a retry that should not have happened) lands here.
  if (done) await delay(options.settleMs);
  return { returned: hasReturned, error, timedOut: !hasReturned, durationMs: Date.now() - started };
}
