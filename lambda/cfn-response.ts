/**
 * The CloudFormation custom-resource protocol, in one place:
 * - exactly one response per event, PUT to the presigned ResponseURL and retried;
 * - a deadline guard that answers FAILED before the Lambda itself times out;
 * - every error (including malformed events) answered as FAILED, never thrown out of the Lambda
 *   (a thrown error makes Lambda retry the asynchronous invoke: a second response);
 * - the body kept within 4096 bytes;
 * - the ResponseURL's query string (a presigned credential) never logged.
 */
import * as http from 'http';
import * as https from 'https';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { errorSummary } from './errors';
import { log } from './log';
import { createFailedId } from './physical-id';

/** What the work of an event produced. */
export interface CustomResourceResult {
  readonly physicalResourceId: string;
  readonly data?: object;
}

export interface WorkContext {
  /** Aborted when the deadline passes; pass it to every SDK call. */
  readonly signal: AbortSignal;
  /**
   * For undoing a half-done change after `signal` aborted: it stays usable until just before the
   * Lambda itself ends. After a timeout the FAILED answer goes first, then the handler waits for
   * the work's undo (bounded by this signal) before it returns.
   */
  readonly undoSignal: AbortSignal;
  /** Remembers a transient error, so that a timeout can say what it was waiting on. */
  readonly noteTransientError: (error: unknown) => void;
  /** When `signal` aborts (epoch ms). */
  readonly deadlineAt: number;
}

export type CustomResourceWork = (event: CloudFormationCustomResourceEvent, context: WorkContext) => Promise<CustomResourceResult>;

/**
 * Delivers a rendered response body to the ResponseURL, giving up by `deadlineAt` (epoch ms) when
 * given: the Lambda ends then. Should not throw; a throw is logged.
 */
export type ResponseSender = (responseUrl: string, body: string, deadlineAt?: number) => Promise<void>;

export interface ProtocolOptions {
  /** @default an HTTP(S) PUT with retries, see {@link createHttpResponseSender} */
  readonly sendResponse?: ResponseSender;
  /**
   * Time kept back from the Lambda's remaining time to send the response: room for the PUT's
   * retries (a 2-minute function keeps 15 s, and still gives Pinpoint 105 s). @default 15000
   */
  readonly deadlineReserveMs?: number;
  /** What the work waits on, for the timeout reason. @default 'Pinpoint' */
  readonly dependencyName?: string;
}

export interface CloudFormationResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly NoEcho: false;
  readonly Data?: object;
}

/** CloudFormation rejects larger response bodies. */
export const MAX_RESPONSE_BYTES = 4096;
const REQUEST_TYPES = new Set(['Create', 'Update', 'Delete']);
/** Kept between the end of the response PUT's retries and the end of the Lambda. */
const RESPONSE_SAFETY_MS = 500;
/** When the context cannot say (a hand-made context): Lambda's own maximum. */
const DEFAULT_REMAINING_MS = 15 * 60 * 1000;

/**
 * Wraps `work` into a Lambda handler that answers CloudFormation itself. The returned handler
 * never throws and never answers an event twice.
 */
export function customResourceHandler(
  work: CustomResourceWork,
  options: ProtocolOptions = {},
): (event: CloudFormationCustomResourceEvent, context?: Context) => Promise<void> {
  const sendResponse = options.sendResponse ?? createHttpResponseSender();
  return async (event, context) => {
    try {
      await answerEvent(work, event, context, sendResponse, options);
    } catch (error) {
      // Only a bug can land here; answering again could be a second response, so just log it.
      log.error('unexpected error while answering the event', { error: errorSummary(error) });
    }
  };
}

async function answerEvent(
  work: CustomResourceWork,
  event: CloudFormationCustomResourceEvent,
  context: Context | undefined,
  sendResponse: ResponseSender,
  options: ProtocolOptions,
): Promise<void> {
  const raw = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  const responseUrl = raw.ResponseURL;
  if (typeof responseUrl !== 'string' || responseUrl === '') {
    log.error('the event has no ResponseURL, so CloudFormation cannot be answered');
    return;
  }
  const requestType = raw.RequestType;
  const currentPhysicalId = typeof raw.PhysicalResourceId === 'string' ? raw.PhysicalResourceId : undefined;
  log.info(`received ${String(requestType)} event`, {
    LogicalResourceId: raw.LogicalResourceId,
    PhysicalResourceId: currentPhysicalId,
    RequestId: raw.RequestId,
    StackId: raw.StackId,
    ResponseURL: redactUrl(responseUrl),
  });
  log.debug('properties', { ResourceProperties: raw.ResourceProperties, OldResourceProperties: raw.OldResourceProperties });

  const remainingMs = remainingMsOf(context, Date.now() + DEFAULT_REMAINING_MS);
  const deadlineAt = Date.now() + remainingMs;
  // The response PUT (and its retries) must be over before the Lambda ends.
  const respond = createResponder(raw, responseUrl, sendResponse, deadlineAt - Math.min(RESPONSE_SAFETY_MS, Math.floor(remainingMs / 10)));
  // A failed Create has no segment; a failed Update or Delete keeps the one it had.
  const failedPhysicalId =
    requestType !== 'Create' && currentPhysicalId ? currentPhysicalId : createFailedId(envelopeText(raw.RequestId, 'unknown'));

  const malformed = describeMalformedEvent(raw);
  if (malformed) {
    await respond({ status: 'FAILED', physicalResourceId: failedPhysicalId, reason: malformed });
    return;
  }

  // Keep time to deliver the response, but never more than a quarter of what is left.
  const reserveMs = Math.min(options.deadlineReserveMs ?? 15_000, Math.floor(remainingMs / 4));
  const budgetMs = Math.max(0, remainingMs - reserveMs);

  const controller = new AbortController();
  const undoController = new AbortController();
  let lastTransientError: string | undefined;
  const running = Promise.resolve().then(() =>
    work(event, {
      signal: controller.signal,
      undoSignal: undoController.signal,
      deadlineAt: Date.now() + budgetMs,
      noteTransientError: (error) => {
        lastTransientError = errorSummary(error);
      },
    }),
  );
  const outcome = await raceDeadline(running, budgetMs);

  if (outcome.kind === 'timeout') {
    const timeoutError = new Error(`deadline of ${budgetMs} ms passed`);
    timeoutError.name = 'TimeoutError';
    controller.abort(timeoutError);
    const waitedOn = options.dependencyName ?? 'Pinpoint';
    const reason = `timed out after ${formatSeconds(budgetMs)} waiting for ${waitedOn}${lastTransientError ? `: ${lastTransientError}` : ''}`;
    log.error(reason);
    await respond({ status: 'FAILED', physicalResourceId: failedPhysicalId, reason });
    await allowUndo(running, undoController, Math.max(0, deadlineAt - Date.now()));
    return;
  }
  undoController.abort();
  if (outcome.kind === 'error') {
    const reason = errorSummary(outcome.error);
    log.error(`${String(requestType)} failed: ${reason}`);
    await respond({ status: 'FAILED', physicalResourceId: failedPhysicalId, reason });
    return;
  }
  const physicalResourceId = outcome.value.physicalResourceId;
  if (typeof physicalResourceId !== 'string' || physicalResourceId === '' || Buffer.byteLength(physicalResourceId) > 1024) {
    await respond({ status: 'FAILED', physicalResourceId: failedPhysicalId, reason: 'the handler produced an invalid physical resource id' });
    return;
  }
  await respond({ status: 'SUCCESS', physicalResourceId, data: outcome.value.data });
}

/**
 * An envelope field as the text a response echoes: `fallback` when it is absent, otherwise what `String()` makes
 * of it, since a malformed event may hold any JSON value there.
 */
function envelopeText(value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
      return String(value);
    default:
      return Array.isArray(value) ? value.join(',') : '[object Object]';
  }
}

/** What is wrong with the event's envelope, or `undefined`. Properties are the work's business. */
function describeMalformedEvent(raw: Record<string, unknown>): string | undefined {
  if (!REQUEST_TYPES.has(raw.RequestType as string)) {
    return `unknown RequestType ${JSON.stringify(raw.RequestType) ?? 'nothing'}; expected Create, Update or Delete`;
  }
  for (const field of ['RequestId', 'StackId', 'LogicalResourceId']) {
    if (typeof raw[field] !== 'string' || raw[field] === '') {
      return `the event has no ${field}`;
    }
  }
  if (raw.RequestType !== 'Create' && (typeof raw.PhysicalResourceId !== 'string' || raw.PhysicalResourceId === '')) {
    return `the ${String(raw.RequestType)} event has no PhysicalResourceId`;
  }
  return undefined;
}

type Outcome<T> = { kind: 'value'; value: T } | { kind: 'error'; error: unknown } | { kind: 'timeout' };

/** What the Lambda has left; from `fallbackDeadline` when the context cannot say. */
function remainingMsOf(context: Context | undefined, fallbackDeadline: number): number {
  return typeof context?.getRemainingTimeInMillis === 'function'
    ? context.getRemainingTimeInMillis()
    : Math.max(0, fallbackDeadline - Date.now());
}

/**
 * After a timeout has been answered: lets the work finish undoing a half-done change, on its undo
 * signal, until shortly before the Lambda ends. Whatever it does is only logged.
 */
async function allowUndo(running: Promise<unknown>, undoController: AbortController, remainingMs: number): Promise<void> {
  const windowMs = Math.max(0, remainingMs - Math.min(1000, Math.floor(remainingMs / 4)));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    running.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, windowMs);
    }),
  ]);
  clearTimeout(timer);
  undoController.abort();
}

/**
 * Races `running` against a timer. Whatever the work does after the timer won (resolve or throw)
 * is ignored, so it can neither cause a second response nor an unhandled rejection.
 */
function raceDeadline<T>(running: Promise<T>, budgetMs: number): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), budgetMs);
    running
      .then(
        (value) => {
          clearTimeout(timer);
          resolve({ kind: 'value', value });
        },
        (error: unknown) => {
          clearTimeout(timer);
          resolve({ kind: 'error', error });
        },
      );
  });
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toFixed(1))}s`;
}

interface ResponseFields {
  readonly status: 'SUCCESS' | 'FAILED';
  readonly physicalResourceId: string;
  readonly reason?: string;
  readonly data?: object;
}

/** The only way to answer an event: a second call is logged and dropped. */
function createResponder(
  raw: Record<string, unknown>,
  responseUrl: string,
  sendResponse: ResponseSender,
  deadlineAt: number,
): (fields: ResponseFields) => Promise<void> {
  let answered = false;
  return async (fields) => {
    if (answered) {
      log.warn(`a response was already sent for this event; not sending ${fields.status}`);
      return;
    }
    answered = true;
    const body = renderResponseBody({
      Status: fields.status,
      Reason: fields.reason,
      PhysicalResourceId: fields.physicalResourceId,
      StackId: envelopeText(raw.StackId, ''),
      RequestId: envelopeText(raw.RequestId, ''),
      LogicalResourceId: envelopeText(raw.LogicalResourceId, ''),
      NoEcho: false,
      Data: fields.data,
    });
    log.info(`responding ${fields.status}`, {
      PhysicalResourceId: fields.physicalResourceId,
      ...(fields.reason ? { Reason: fields.reason } : {}),
      ResponseURL: redactUrl(responseUrl),
    });
    try {
      await sendResponse(responseUrl, body, deadlineAt);
    } catch (error) {
      log.error('sending the response failed', { error: scrubUrl(errorSummary(error), responseUrl) });
    }
  };
}

/**
 * The JSON body, at most {@link MAX_RESPONSE_BYTES} bytes of UTF-8: `Reason` is cut (on a
 * character boundary) and marked when the whole would be larger.
 */
export function renderResponseBody(response: CloudFormationResponse): string {
  const body = JSON.stringify(response);
  if (Buffer.byteLength(body) <= MAX_RESPONSE_BYTES || response.Reason === undefined) {
    return body;
  }
  const marker = ' [truncated]';
  // Nothing longer than the whole budget can fit; JSON escaping only makes text longer.
  const characters = Array.from(truncateUtf8(response.Reason, MAX_RESPONSE_BYTES));
  const render = (count: number): string => JSON.stringify({ ...response, Reason: characters.slice(0, count).join('') + marker });
  // The longest prefix that fits, by binary search: escapes make the encoded size hard to predict.
  let fits = 0;
  let tooLong = characters.length + 1;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (Buffer.byteLength(render(middle)) <= MAX_RESPONSE_BYTES) {
      fits = middle;
    } else {
      tooLong = middle;
    }
  }
  const truncated = render(fits);
  return Buffer.byteLength(truncated) <= MAX_RESPONSE_BYTES ? truncated : JSON.stringify({ ...response, Reason: '' });
}

/** The longest prefix of `text` of at most `maxBytes` UTF-8 bytes, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Origin and path of a URL, without its query string (a presigned credential). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '<unparseable ResponseURL>';
  }
}

/** `text` with any trace of `url`'s query string replaced. */
function scrubUrl(text: string, url: string): string {
  let scrubbed = text.split(url).join(redactUrl(url));
  try {
    const { search } = new URL(url);
    if (search.length > 1) {
      scrubbed = scrubbed.split(search).join('?<redacted>').split(search.slice(1)).join('<redacted>');
    }
  } catch {
    // nothing more to scrub
  }
  return scrubbed;
}

export interface HttpResponseSenderOptions {
  /** @default 5 */
  readonly attempts?: number;
  /** Backoff before the second attempt, doubled each time. @default 250 */
  readonly baseDelayMs?: number;
  /** How long one attempt may take. @default 10000 */
  readonly attemptTimeoutMs?: number;
}

/**
 * PUTs the body to the ResponseURL (https, or http for the offline rehearsal) with
 * `content-type: ''` (the presigned URL is signed without one) and a byte-length content-length.
 * Retries with backoff; if every attempt fails it logs a clear error and returns normally, because
 * a throw would make Lambda retry the invocation. Given a deadline, every attempt and backoff fits
 * before it: an attempt is cut to the time left, and no attempt starts without time for it.
 */
export function createHttpResponseSender(options: HttpResponseSenderOptions = {}): ResponseSender {
  const attempts = Math.max(1, options.attempts ?? 5);
  const baseDelayMs = options.baseDelayMs ?? 250;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 10_000;
  return async (responseUrl, body, deadlineAt) => {
    const where = redactUrl(responseUrl);
    let target: URL;
    try {
      target = new URL(responseUrl);
    } catch {
      log.error(`cannot send the response: the ResponseURL is not a URL (${where})`);
      return;
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      log.error(`cannot send the response: unsupported ResponseURL protocol ${target.protocol}`);
      return;
    }
    const timeLeft = () => (deadlineAt === undefined ? Infinity : deadlineAt - Date.now());
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const attemptMs = Math.floor(Math.min(attemptTimeoutMs, timeLeft()));
      if (attemptMs < MIN_PUT_ATTEMPT_MS) {
        log.error(`could not deliver the response to ${where} before the function's deadline; CloudFormation will wait for its timeout`);
        return;
      }
      try {
        const status = await putOnce(target, body, attemptMs);
        if (status >= 200 && status < 300) {
          log.info(`response delivered to ${where}`, { status, attempt });
          return;
        }
        throw new Error(`the response URL answered HTTP ${status}`);
      } catch (error) {
        const message = scrubUrl(errorSummary(error), responseUrl);
        if (attempt === attempts) {
          log.error(`could not deliver the response to ${where} after ${attempts} attempts; CloudFormation will wait for its timeout`, {
            error: message,
          });
          return;
        }
        const delayMs = Math.max(0, Math.min(baseDelayMs * 2 ** (attempt - 1), timeLeft() - MIN_PUT_ATTEMPT_MS));
        log.warn(`sending the response to ${where} failed; retrying`, { attempt, delayMs, error: message });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  };
}

/** An attempt shorter than this is not worth starting. */
const MIN_PUT_ATTEMPT_MS = 200;

function putOnce(target: URL, body: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const transport = target.protocol === 'http:' ? http : https;
    const request = transport.request(
      target,
      {
        method: 'PUT',
        headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
