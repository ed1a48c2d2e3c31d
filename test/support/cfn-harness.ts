/**
 * A CloudFormation stand-in for wire-level tests: it runs the REAL bundled handler
 * (`assets/handler/index.js`, with the SDK client inside it) against the loopback Pinpoint emulator,
 * with CloudFormation's semantics:
 *
 * - every scalar of ResourceProperties (and OldResourceProperties) is stringified, recursively;
 * - the response goes to a presigned-looking ResponseURL served by a local response bucket
 *   (`ResponseBucket` from local/rehearse-lambda.ts), which refuses PUTs that alter the query
 *   string or lack a Content-Length, as S3 would;
 * - an Update carries OldResourceProperties, a Delete carries the properties of the resource
 *   being deleted;
 * - the context's `getRemainingTimeInMillis()` counts down from a deadline (default 120 s, the
 *   function's timeout).
 *
 *   const h = await startHarness();
 *   const created = await h.create({ ApplicationId: 'app1', Name: 'Gold', Dimensions: {...} });
 *   created.response.Status;                  // 'SUCCESS'
 *   const id = created.response.PhysicalResourceId;
 *   await h.update(id, newProps, oldProps);
 *   await h.remove(id, newProps);
 *   h.emu.state.getSegment('app1', created.response.Data!.SegmentId as string);
 *   await h.stop();
 *
 * One harness at a time per process: it points the SDK at its emulator through process
 * environment variables (restored by `stop()`).
 */
import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';
import * as path from 'path';
import { format } from 'util';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { HandlerOptions } from '../../lambda';
import { PinpointSegment, PinpointSegmentProps } from '../../lib';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import { Emulator, EmulatorOptions, RecordedCall, startEmulator } from '../../local/emulator';
import { loadHandler, ReceivedResponse, ResponseBucket } from '../../local/rehearse-lambda';
import { rehearsalEnvironment } from '../../local/rehearse';
import { ensureBundleFresh, HANDLER_BUNDLE, isBundleFresh } from './bundle';

export type { ReceivedResponse } from '../../local/rehearse-lambda';

export { ROOT } from './bundle';
export const HANDLER_FILE = HANDLER_BUNDLE.file;
export const HANDLER_DIR = path.dirname(HANDLER_FILE);
export const RESOURCE_TYPE = 'Custom::PinpointSegment';
export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const SERVICE_TOKEN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:Wire-PinpointSegmentProviderHandler`;
/** The function's timeout (lib/provider.ts): what `getRemainingTimeInMillis()` starts from by default. */
export const DEFAULT_DEADLINE_MS = 120_000;

/** Properties in the custom resource's PascalCase shape (docs/internals.md), without ServiceToken. */
export type SegmentResourceProps = Record<string, unknown>;

/** The JSON body the handler PUT to the ResponseURL. */
export interface CfnResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly NoEcho?: boolean;
  readonly Data?: Record<string, unknown>;
}

/** A response as received: the parsed body, plus the raw PUT (body text, headers, arrival). */
export interface ParsedResponse extends CfnResponse {
  readonly raw: ReceivedResponse;
  /** Byte length of the body as received. */
  readonly bytes: number;
}

/** What one invocation produced. */
export interface InvocationResult {
  /** The event exactly as the handler received it. */
  readonly event: Record<string, unknown>;
  readonly requestId: string;
  /** Every PUT the response bucket accepted for this RequestId, in arrival order. */
  readonly responses: ReceivedResponse[];
  /** The same, parsed. */
  readonly parsedResponses: ParsedResponse[];
  /** The one response. Throws (with the responses and logs) unless there was exactly one. */
  readonly response: ParsedResponse;
  /** PUTs for this RequestId the bucket refused (bad signature, no Content-Length). */
  readonly rejectedPuts: ResponseBucket['rejected'];
  /** From the invocation to the handler's return (or to giving up on it). */
  readonly elapsedMs: number;
  /** What `getRemainingTimeInMillis()` started from. */
  readonly deadlineMs: number;
  /** Whether the handler's promise settled before `deadlineMs + graceMs`. */
  readonly returned: boolean;
  /** What the handler threw or rejected with (a CloudFormation handler should never). */
  readonly error?: string;
  /** Console output of this invocation only (attributed through async context, so concurrent invocations do not mix). */
  readonly logs: string[];
  /**
   * Emulator calls that ARRIVED while this invocation ran. Concurrent invocations share the
   * emulator, so under concurrency this includes their calls too.
   */
  readonly calls: RecordedCall[];
}

export interface InvokeOptions {
  /** What `getRemainingTimeInMillis()` counts down from. @default harness deadlineMs (120000) */
  readonly deadlineMs?: number;
  /** How long past the deadline to wait for the handler to return. @default harness graceMs (2000) */
  readonly graceMs?: number;
  /** After the handler returned, wait this long for late (duplicate) PUTs. @default harness settleMs (20) */
  readonly settleMs?: number;
}

export interface EventOptions extends InvokeOptions {
  /** @default 'GoldSegment' */
  readonly logicalId?: string;
  /** @default a fresh uuid */
  readonly requestId?: string;
  /** @default the harness's stack id */
  readonly stackId?: string;
  /** Stringify every scalar as CloudFormation does. @default true */
  readonly stringify?: boolean;
  /** Applied to the finished event before it is sent, e.g. to drop or corrupt a field. */
  readonly mutate?: (event: Record<string, unknown>) => Record<string, unknown>;
}

export interface BuildEventFields {
  readonly props: SegmentResourceProps;
  /** Required for Update and Delete. */
  readonly physicalId?: string;
  /** Update only. */
  readonly oldProps?: SegmentResourceProps;
}

export interface HarnessOptions {
  /** Passed to `startEmulator` (port defaults to 0). */
  readonly emulator?: EmulatorOptions;
  /**
   * The folder holding the bundled `index.js` to run, e.g. a deliberately broken build when checking
   * that the tests can fail. Only the default folder is (re)built by the harness.
   * @default $CFN_HARNESS_HANDLER_DIR, else assets/handler
   */
  readonly handlerDir?: string;
  /**
   * Build the handler with the bundle's own `createHandler(handlerOptions)` instead of using its
   * default `handler` export (e.g. a faster retry policy). The SDK client is still the bundled one.
   * @default - the bundle's `handler`, exactly as Lambda runs it
   */
  readonly handlerOptions?: HandlerOptions;
  /** @default 120000 */
  readonly deadlineMs?: number;
  /** @default 2000 */
  readonly graceMs?: number;
  /** @default 20 */
  readonly settleMs?: number;
  /** Extra environment for the invocation (e.g. `{ LOG_LEVEL: 'DEBUG' }`); undefined removes a variable. */
  readonly env?: Record<string, string | undefined>;
  /** Also print the handler's console output (or set HARNESS_ECHO_LOGS=1). @default false */
  readonly echoLogs?: boolean;
}

export interface Harness {
  readonly emu: Emulator;
  readonly bucket: ResponseBucket;
  readonly stackId: string;
  create(props: SegmentResourceProps, opts?: EventOptions): Promise<InvocationResult>;
  update(physicalId: string, props: SegmentResourceProps, oldProps: SegmentResourceProps, opts?: EventOptions): Promise<InvocationResult>;
  remove(physicalId: string, props: SegmentResourceProps, opts?: EventOptions): Promise<InvocationResult>;
  /** A complete CloudFormation event (ResponseURL issued on the bucket), not sent. */
  event(requestType: 'Create' | 'Update' | 'Delete', fields: BuildEventFields, opts?: EventOptions): Record<string, unknown>;
  /**
   * Sends an event exactly as given (no stringification, no defaults). Responses are collected
   * under its RequestId; a ResponseURL not issued by `event()` gets none.
   */
  send(rawEvent: Record<string, unknown>, opts?: InvokeOptions): Promise<InvocationResult>;
  /** Lines logged while no invocation was running. */
  readonly orphanLogs: string[];
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The bundle

export function bundleIsFresh(): boolean {
  return isBundleFresh(HANDLER_BUNDLE);
}

/** Runs `node scripts/bundle.js` if `assets/handler/index.js` is missing or older than lambda/*.ts (serialized across workers). */
export function ensureBundle(): void {
  ensureBundleFresh(HANDLER_BUNDLE);
}

type BundledHandler = (event: unknown, context: unknown) => Promise<void>;

/**
 * Evaluates the bundle afresh (a cold start: no module state shared with other harnesses) and
 * returns its `handler`, or `createHandler(options)`. Retried briefly, in case another worker is
 * rewriting the file at that very moment.
 */
async function loadBundledHandler(handlerDir: string, handlerOptions: HandlerOptions | undefined): Promise<BundledHandler> {
  if (path.resolve(handlerDir) === HANDLER_DIR) ensureBundle();
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      if (handlerOptions) {
        const { handler: createHandler } = await loadHandler(handlerDir, 'index.createHandler');
        return (createHandler as (o: HandlerOptions) => BundledHandler)(handlerOptions);
      }
      return (await loadHandler(handlerDir, 'index.handler')).handler as BundledHandler;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------------
// CloudFormation's view of properties

/** Every scalar as a string, recursively, as CloudFormation delivers properties to a custom resource; undefined members dropped. */
export function stringifyScalars(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(stringifyScalars);
  if (typeof value === 'object' && value !== null) {
    // A property left undefined is simply absent from the template.
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, stringifyScalars(v)]));
  }
  return value;
}

function findIntrinsic(value: unknown, at: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIntrinsic(value[i], `${at}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Ref' || k.startsWith('Fn::')) return at;
      const found = findIntrinsic(v, at ? `${at}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Synthesizes a real `PinpointSegment` in a throwaway stack and returns the rendered
 * `Custom::PinpointSegment` Properties without ServiceToken (ServiceTimeout stays, as CloudFormation
 * passes it on), with ApplicationId set to `applicationId` (default: `props.applicationId`, which
 * may then be a token). Throws if an intrinsic function remains anywhere else.
 */
export function propsFromConstruct(props: PinpointSegmentProps, applicationId?: string): SegmentResourceProps {
  const stack = new Stack(new App(), 'WireProps', { env: { account: ACCOUNT, region: REGION } });
  new PinpointSegment(stack, 'Segment', props);
  const resources = Template.fromStack(stack).findResources(RESOURCE_TYPE);
  const rendered = Object.values(resources);
  if (rendered.length !== 1) throw new Error(`expected one ${RESOURCE_TYPE}, found ${rendered.length}`);
  const properties: Record<string, unknown> = { ...(rendered[0].Properties as Record<string, unknown>) };
  delete properties.ServiceToken;
  const appId = applicationId ?? properties.ApplicationId;
  if (typeof appId !== 'string') {
    throw new Error('ApplicationId is a token in the template; pass the application id to use as the second argument');
  }
  const result = { ...properties, ApplicationId: appId };
  const intrinsic = findIntrinsic(result, '');
  if (intrinsic) throw new Error(`the rendered properties still hold an intrinsic function at ${intrinsic}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Environment and log capture

/** The function name the fake Lambda context and log group report. */
const FUNCTION_NAME = 'Wire-PinpointSegmentProviderHandler';

function applyEnv(vars: Record<string, string | undefined>, saved: Map<string, string | undefined>): void {
  for (const [key, value] of Object.entries(vars)) {
    if (!saved.has(key)) saved.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

function restoreEnv(saved: Map<string, string | undefined>): void {
  for (const [key, value] of saved) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/** Console output goes to the invocation whose async context wrote it. */
const logContext = new AsyncLocalStorage<string[]>();
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

function installLogCapture(orphans: string[], echo: boolean): () => void {
  const target = console as unknown as Record<string, unknown>;
  const restores: Array<() => void> = [];
  for (const method of CONSOLE_METHODS) {
    const original = target[method] as (...values: unknown[]) => void;
    target[method] = (...values: unknown[]) => {
      const sink = logContext.getStore();
      if (!sink) {
        orphans.push(format(...values));
        return original.apply(console, values);
      }
      sink.push(format(...values));
      if (echo) original.apply(console, values);
    };
    restores.push(() => (target[method] = original));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const ownWrite = Object.getOwnPropertyDescriptor(stream, 'write');
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
    stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      const sink = logContext.getStore();
      if (!sink) return write(chunk, ...rest);
      sink.push((typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')).replace(/\n$/, ''));
      const callback = rest.find((r): r is () => void => typeof r === 'function');
      if (callback) process.nextTick(callback);
      return true;
    };
    // Put back exactly what was there: the stream's own write, or none (the prototype's).
    restores.push(() => (ownWrite ? Object.defineProperty(stream, 'write', ownWrite) : Reflect.deleteProperty(stream, 'write')));
  }
  return () => restores.reverse().forEach((r) => r());
}

// ---------------------------------------------------------------------------------------------
// The harness

let active = false;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

function parseResponse(raw: ReceivedResponse): ParsedResponse {
  let json: CfnResponse;
  try {
    json = JSON.parse(raw.body) as CfnResponse;
  } catch {
    throw new Error(`the response body is not JSON: ${raw.body.slice(0, 200)}`);
  }
  return { ...json, raw, bytes: Buffer.byteLength(raw.body) };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (active) throw new Error('a harness is already running in this process; stop it first (the SDK endpoint lives in process.env)');
  active = true;
  const savedEnv = new Map<string, string | undefined>();
  const orphanLogs: string[] = [];
  let uninstall: (() => void) | undefined;
  let emu: Emulator | undefined;
  const bucket = new ResponseBucket();
  try {
    const handler = await loadBundledHandler(options.handlerDir ?? process.env.CFN_HARNESS_HANDLER_DIR ?? HANDLER_DIR, options.handlerOptions);
    emu = await startEmulator({ port: 0, ...options.emulator });
    await bucket.start();
    applyEnv(
      {
        ...rehearsalEnvironment(emu.url, undefined),
        AWS_REGION: REGION,
        AWS_DEFAULT_REGION: REGION,
        AWS_LAMBDA_FUNCTION_NAME: FUNCTION_NAME,
        LOG_LEVEL: undefined,
        ...options.env,
      },
      savedEnv,
    );
    uninstall = installLogCapture(orphanLogs, options.echoLogs ?? process.env.HARNESS_ECHO_LOGS === '1');
    return makeHarness(handler, emu, bucket, options, orphanLogs, async () => {
      uninstall?.();
      restoreEnv(savedEnv);
      await bucket.stop();
      await emu?.stop();
      active = false;
    });
  } catch (error) {
    uninstall?.();
    restoreEnv(savedEnv);
    await bucket.stop();
    await emu?.stop();
    active = false;
    throw error;
  }
}

function makeHarness(
  handler: BundledHandler,
  emu: Emulator,
  bucket: ResponseBucket,
  options: HarnessOptions,
  orphanLogs: string[],
  shutdown: () => Promise<void>,
): Harness {
  const stackId = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/Wire/${randomUUID()}`;
  let stopped: Promise<void> | undefined;

  const event: Harness['event'] = (requestType, fields, opts = {}) => {
    const requestId = opts.requestId ?? randomUUID();
    const logicalId = opts.logicalId ?? 'GoldSegment';
    const sid = opts.stackId ?? stackId;
    const shape = opts.stringify === false ? (v: unknown) => v : stringifyScalars;
    const properties = (p: SegmentResourceProps) => shape({ ServiceToken: SERVICE_TOKEN, ...p });
    if (requestType !== 'Create' && fields.physicalId === undefined) throw new Error(`a ${requestType} event needs a physical id`);
    if (requestType === 'Update' && fields.oldProps === undefined) throw new Error('an Update event needs the old properties');
    const built: Record<string, unknown> = {
      RequestType: requestType,
      ServiceToken: SERVICE_TOKEN,
      ResponseURL: bucket.issue(sid, logicalId, requestId).url,
      StackId: sid,
      RequestId: requestId,
      LogicalResourceId: logicalId,
      ...(requestType !== 'Create' ? { PhysicalResourceId: fields.physicalId } : {}),
      ResourceType: RESOURCE_TYPE,
      ResourceProperties: properties(fields.props),
      ...(requestType === 'Update' ? { OldResourceProperties: properties(fields.oldProps!) } : {}),
    };
    return opts.mutate ? opts.mutate(built) : built;
  };

  const send: Harness['send'] = async (rawEvent, opts = {}) => {
    const deadlineMs = opts.deadlineMs ?? options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const graceMs = opts.graceMs ?? options.graceMs ?? 2000;
    const settleMs = opts.settleMs ?? options.settleMs ?? 20;
    const requestId = typeof rawEvent.RequestId === 'string' || typeof rawEvent.RequestId === 'number' ? String(rawEvent.RequestId) : '';
    const logs: string[] = [];
    const firstCall = emu.calls.length;
    const started = Date.now();
    const context = {
      functionName: FUNCTION_NAME,
      functionVersion: '$LATEST',
      invokedFunctionArn: SERVICE_TOKEN,
      memoryLimitInMB: '256',
      awsRequestId: randomUUID(),
      logGroupName: `/aws/lambda/${FUNCTION_NAME}`,
      logStreamName: `wire/[$LATEST]${randomUUID().replace(/-/g, '')}`,
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, deadlineMs - (Date.now() - started)),
    };
    let returned = false;
    let error: string | undefined;
    const run = logContext.run(logs, () =>
      Promise.resolve()
        .then(() => handler(rawEvent, context))
        .then(
          () => {
            returned = true;
          },
          (thrown: unknown) => {
            returned = true;
            error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
          },
        ),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([run, new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs + graceMs)))]);
    clearTimeout(timer);
    const elapsedMs = Date.now() - started;
    if (returned) await wait(settleMs);
    const responses = [...bucket.responses(requestId)];
    const parsedResponses = responses.map(parseResponse);
    const calls = emu.calls.slice(firstCall);
    return {
      event: rawEvent,
      requestId,
      responses,
      parsedResponses,
      get response(): ParsedResponse {
        if (parsedResponses.length !== 1) {
          throw new Error(
            `expected exactly one response for ${rawEvent.RequestType as string} ${requestId}, got ${parsedResponses.length}` +
              `${returned ? '' : ' (the handler did not return)'}:\n${parsedResponses.map((r) => r.raw.body).join('\n')}\nlogs:\n${logs.join('\n')}`,
          );
        }
        return parsedResponses[0];
      },
      rejectedPuts: bucket.rejected.filter((r) => r.requestId === requestId),
      elapsedMs,
      deadlineMs,
      returned,
      error,
      logs,
      calls,
    };
  };

  return {
    emu,
    bucket,
    stackId,
    orphanLogs,
    event,
    send,
    create: (props, opts) => send(event('Create', { props }, opts), opts),
    update: (physicalId, props, oldProps, opts) => send(event('Update', { props, physicalId, oldProps }, opts), opts),
    remove: (physicalId, props, opts) => send(event('Delete', { props, physicalId }, opts), opts),
    stop: () => (stopped ??= shutdown()),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers for assertions

/** The operation names of `calls`, in order. */
export function operations(calls: readonly RecordedCall[]): string[] {
  return calls.map((c) => c.operation);
}

/** `tags` without the construct's reserved ownership tag (lib/ownership.ts). */
export function withoutOwnership(tags: Record<string, string> | undefined): Record<string, string> | undefined {
  if (tags === undefined) return undefined;
  const rest = { ...tags };
  delete rest[OWNERSHIP_TAG_KEY];
  return rest;
}

/** Throws with the reason and logs unless the invocation answered exactly one SUCCESS. */
export function expectSuccess(result: InvocationResult): ParsedResponse {
  const response = result.response;
  if (response.Status !== 'SUCCESS') {
    throw new Error(`expected SUCCESS for ${result.event.RequestType as string}, got FAILED: ${response.Reason}\nlogs:\n${result.logs.join('\n')}`);
  }
  return response;
}
