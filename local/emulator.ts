/**
 * A loopback Amazon Pinpoint emulator for the segment API. The real `@aws-sdk/client-pinpoint`
 * reaches it through `AWS_ENDPOINT_URL_PINPOINT=<url>` or `endpoint: <url>`:
 *
 *   const emu = await startEmulator({ port: 0 });
 *   const client = new PinpointClient({ endpoint: emu.url, region: 'us-east-1', credentials });
 *   emu.faults.set('UpdateSegment', { throttle: { rate: 25, burst: 25 } });
 *   ...
 *   await emu.stop();
 */
import { randomUUID } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { SegmentDimensions, SegmentGroupList, SegmentResponse } from '@aws-sdk/client-pinpoint';
import { badRequest, methodNotAllowed, notFound, payloadTooLarge, PinpointApiError, tooManyRequests } from './emulator-errors';
import { ErrorAnswer, Faults, ResetWhen } from './emulator-faults';
import { accessDenied, authorize, IamPolicyInForce, iamRequest } from './emulator-iam';
import { OPERATION_HANDLERS, OperationContext, OperationResult } from './emulator-operations';
import { matchRoute, PathParams } from './emulator-routes';
import { SegmentStore } from './emulator-store';
import { parseWriteSegmentRequest } from './emulator-validation';

export { Faults, OPERATIONS } from './emulator-faults';
export type { FaultRoute, FaultSpec, InjectedError, OperationName, ResetWhen } from './emulator-faults';
export type { IamPolicyInForce, IamStatement } from './emulator-iam';

export interface EmulatorOptions {
  /** @default 0 - any free port */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Used in segment ARNs. @default 'us-east-1' */
  readonly region?: string;
  /**
   * An application's own region, for the ARNs of its segments, where it is not `region` (one
   * emulator standing in for the regional endpoints of several regions).
   * @default - every application is in `region`
   */
  readonly applicationRegion?: (applicationId: string) => string | undefined;
  /** An application's own account, for the ARNs of its segments, where it is not `account`. @default - every application is in `account` */
  readonly applicationAccount?: (applicationId: string) => string | undefined;
  /**
   * Places an application that `applicationRegion`/`applicationAccount` do not place where its first
   * request came from, as Pinpoint's regional endpoints do (one emulator standing in for several):
   * the region the request was signed for, and the account of the principal of the role policy
   * being enforced (`iamPolicy`), if any.
   * @default false - such an application is in `region` and `account`
   */
  readonly placeFromRequests?: boolean;
  /** Used in segment ARNs. @default '123456789012' */
  readonly account?: string;
  /** Only these application ids exist; others answer 404. @default - every id exists */
  readonly knownApps?: string[];
  /** UpdateSegment of a missing id creates it at version 1; false answers 404. @default true */
  readonly updateCreatesMissing?: boolean;
  /** Source segments must exist, at the version given, in the same application (404 otherwise). @default true */
  readonly checkSourceSegments?: boolean;
  /** Answer 400 for fields the API does not define, instead of ignoring them. @default false */
  readonly rejectUnknownFields?: boolean;
  /** Larger request bodies answer 413 PayloadTooLargeException. @default 10 MiB */
  readonly maxBodyBytes?: number;
  /** Clock in ms, for token buckets and timestamps. @default Date.now */
  readonly now?: () => number;
  /** How the emulator waits out a `delayMs` fault. @default - real timers, cancelled by stop() */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Random source in [0, 1), for probabilistic faults. @default Math.random */
  readonly random?: () => number;
}

/** One request as the emulator saw it. */
export interface RecordedCall {
  /** The operation name, or 'Unknown' for a path the API does not have. */
  readonly operation: string;
  readonly method: string;
  /** The request path as sent (percent-encoded), without the query string. */
  readonly path: string;
  /** Decoded path labels: ApplicationId, SegmentId, Version, ResourceArn. */
  readonly params: PathParams;
  readonly query: Record<string, string | string[]>;
  /** The parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  readonly body: unknown;
  /** Arrival time (from the `now` clock). */
  readonly at: number;
  /** The status answered; undefined while pending, or when the connection was reset or hung. */
  status?: number;
  /** The error type answered, if any. */
  errorType?: string;
  /** The IAM action and resource the request was authorized on, when a policy was in force. */
  iam?: { readonly action: string; readonly resource: string; readonly allowed: boolean };
  /** The fault that shaped the answer, if any. */
  fault?: 'throttled' | 'error' | 'reset-before' | 'reset-after' | 'hang';
}

/** A segment to put in place directly, as if made in the console. */
export interface SeedSegment {
  /** @default - a new 32-hex id */
  readonly Id?: string;
  readonly Name?: string;
  readonly Dimensions?: SegmentDimensions;
  readonly SegmentGroups?: SegmentGroupList;
  readonly tags?: Record<string, string>;
  /**
   * `IMPORT` puts in place a segment as an import job makes it (no definition to write; the API
   * cannot create one). @default 'DIMENSIONAL'
   */
  readonly SegmentType?: 'DIMENSIONAL' | 'IMPORT';
  /** For an import segment. @default - none */
  readonly ImportDefinition?: SegmentResponse['ImportDefinition'];
}

/** Read-only views of the emulator's state; every result is a copy. */
export interface EmulatorState {
  getSegment(applicationId: string, segmentId: string): SegmentResponse | undefined;
  listSegments(applicationId: string): SegmentResponse[];
  /** Every version, oldest first; [] when the segment does not exist. */
  versions(applicationId: string, segmentId: string): SegmentResponse[];
  tags(arn: string): Record<string, string> | undefined;
  arnOf(applicationId: string, segmentId: string): string;
}

export interface Emulator {
  /** `http://host:port`, for `endpoint` or `AWS_ENDPOINT_URL_PINPOINT`. */
  readonly url: string;
  readonly port: number;
  readonly region: string;
  readonly account: string;
  /** Every request, in arrival order. */
  readonly calls: RecordedCall[];
  readonly state: EmulatorState;
  readonly faults: Faults;
  /**
   * The caller's IAM policy in force: every request is authorized against it, and answered 403
   * AccessDeniedException when it is not allowed. Undefined (the default) authorizes everything.
   */
  iamPolicy: IamPolicyInForce | undefined;
  /** Puts a segment in place at version 1 without a request; validated like CreateSegment. */
  seedSegment(applicationId: string, seed: SeedSegment): SegmentResponse;
  /** Writes a new version of a segment with its current definition, without a request (a console edit). */
  seedUpdate(applicationId: string, segmentId: string): SegmentResponse;
  /** Forgets every segment, call and fault. */
  reset(): void;
  /** Closes the server, dropping open (hung or delayed) requests. Safe to call twice. */
  stop(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

function readBody(req: http.IncomingMessage, limit: number): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > limit }));
    req.on('error', reject);
  });
}

function parseForRecord(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const headers: http.OutgoingHttpHeaders = { 'x-amzn-RequestId': randomUUID() };
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** Pinpoint's error shape; the SDK takes the exception class from `x-amzn-ErrorType`. */
function sendError(res: http.ServerResponse, error: ErrorAnswer): void {
  const requestId = randomUUID();
  const text = JSON.stringify({ Message: error.message, RequestID: requestId });
  res.writeHead(error.status, {
    'x-amzn-RequestId': requestId,
    'x-amzn-ErrorType': error.type,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  }).end(text);
}

/** The region a SigV4 request was signed for: `Credential=<key id>/<date>/<region>/<service>/aws4_request`. */
export function signedRegion(authorization: string | undefined): string | undefined {
  return /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\//.exec(authorization ?? '')?.[1];
}

/** The account of an ARN principal (`arn:<partition>:sts::<account>:assumed-role/...`). */
function principalAccount(principal: string | undefined): string | undefined {
  return /^arn:[^:]+:[^:]+::(\d{12}):/.exec(principal ?? '')?.[1];
}

function resetConnection(req: http.IncomingMessage): void {
  req.socket.destroy();
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const region = options.region ?? 'us-east-1';
  const account = options.account ?? '123456789012';
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const store = new SegmentStore({ region, account, now, applicationRegion: options.applicationRegion, applicationAccount: options.applicationAccount });
  const faults = new Faults({ now, random: options.random ?? Math.random });
  const context: OperationContext = {
    store,
    options: {
      knownApps: options.knownApps,
      updateCreatesMissing: options.updateCreatesMissing ?? true,
      checkSourceSegments: options.checkSourceSegments ?? true,
      rejectUnknownFields: options.rejectUnknownFields ?? false,
    },
  };
  const calls: RecordedCall[] = [];
  const timers = new Set<NodeJS.Timeout>();
  // Raised by reset(): a request that arrived before a reset (still delayed, say) must not write
  // into the state of whatever test runs after it.
  let generation = 0;

  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  }));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const arrivedIn = generation;
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    const { text, tooLarge } = await readBody(req, maxBodyBytes);
    const match = matchRoute(method, url.pathname);
    const operation = match.kind === 'operation' ? match.operation : 'Unknown';
    const call: RecordedCall = {
      operation,
      method,
      path: url.pathname,
      params: match.kind === 'operation' ? match.params : {},
      query: queryRecord(url.searchParams),
      body: parseForRecord(text),
      at: now(),
    };
    calls.push(call);
    if (options.placeFromRequests && match.kind === 'operation' && match.params.ApplicationId) {
      store.notePlace(match.params.ApplicationId, signedRegion(req.headers.authorization), principalAccount(emulator.iamPolicy?.principal));
    }

    const answerError = (error: ErrorAnswer, fault?: RecordedCall['fault']) => {
      call.status = error.status;
      call.errorType = error.type;
      if (fault) call.fault = fault;
      sendError(res, error);
    };
    const reset = (when: ResetWhen) => {
      call.fault = when === 'before' ? 'reset-before' : 'reset-after';
      resetConnection(req);
    };

    const policy = emulator.iamPolicy;
    if (policy && match.kind === 'operation') {
      const request = iamRequest(match.operation, match.params, {
        app: (app) => store.arnOf(app, 'x').replace(/\/segments\/x$/, ''),
        segment: (app, id) => store.arnOf(app, id),
      });
      const allowed = authorize(policy, request);
      call.iam = { ...request, allowed };
      if (!allowed) return answerError(accessDenied(policy.principal, request));
    }

    const admitted = faults.admit(operation);
    if (faults.hangs(operation)) {
      call.fault = 'hang';
      return;
    }
    const gate = faults.gate(operation);
    if (gate) await gate;
    const delay = faults.delayMs(operation);
    if (delay > 0) await sleep(delay);
    if (!admitted) return answerError(tooManyRequests('Too many requests'), 'throttled');
    const injected = faults.nextError(operation);
    if (injected) return answerError(injected, 'error');
    const resetWhen = faults.nextReset(operation);
    if (resetWhen === 'before') return reset('before');
    if (arrivedIn !== generation) {
      // Forgotten by reset() while in flight: drop it without touching the new state.
      resetConnection(req);
      return;
    }

    let result: OperationResult;
    try {
      if (tooLarge) throw payloadTooLarge(`the request body exceeds ${maxBodyBytes} bytes`);
      if (match.kind === 'no-route') throw notFound(`no such resource: ${method} ${url.pathname}`);
      if (match.kind === 'malformed') throw badRequest(match.message);
      if (match.kind === 'method-not-allowed') throw methodNotAllowed(`${method} is not allowed on ${url.pathname}; allowed: ${match.allowed.join(', ')}`);
      result = OPERATION_HANDLERS[match.operation](context, { params: match.params, query: url.searchParams, body: text });
    } catch (error) {
      if (resetWhen === 'after') return reset('after');
      if (error instanceof PinpointApiError) return answerError(error);
      return answerError({ status: 500, type: 'InternalServerErrorException', message: `emulator error: ${(error as Error).message}` });
    }
    if (resetWhen === 'after') return reset('after');
    call.status = result.status;
    send(res, result.status, result.body);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) sendError(res, { status: 500, type: 'InternalServerErrorException', message: String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopped: Promise<void> | undefined;
  const state: EmulatorState = {
    getSegment: (app, id) => store.get(app, id),
    listSegments: (app) => store.list(app),
    versions: (app, id) => store.versions(app, id) ?? [],
    tags: (arn) => store.tags(arn),
    arnOf: (app, id) => store.arnOf(app, id),
  };

  const emulator: Emulator = {
    iamPolicy: undefined,
    url: `http://${host}:${address.port}`,
    port: address.port,
    region,
    account,
    calls,
    state,
    faults,
    seedSegment(applicationId, seed) {
      const { Id, SegmentType, ImportDefinition, ...write } = seed;
      const parsed = parseWriteSegmentRequest(write, context.options);
      if (!parsed.ok) throw new Error(`invalid seed segment: ${parsed.problems.join('; ')}`);
      return store.create(applicationId, parsed.value, Id, SegmentType === 'IMPORT' ? { SegmentType, ImportDefinition } : undefined);
    },
    seedUpdate(applicationId, segmentId) {
      const current = store.get(applicationId, segmentId);
      if (!current) throw new Error(`no segment ${segmentId} in application ${applicationId}`);
      return store.update(applicationId, segmentId, { Name: current.Name, Dimensions: current.Dimensions, SegmentGroups: current.SegmentGroups })!;
    },
    reset() {
      generation++;
      store.clear();
      faults.clear();
      calls.length = 0;
      emulator.iamPolicy = undefined;
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
  return emulator;
}
