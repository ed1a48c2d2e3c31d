/**
 * What CloudFormation would make of the responses PUT for one event. Pure: no I/O, no state.
 */
import type { Json } from './rehearse-assembly';
import type { EventStatus } from './rehearse-types';

/** CloudFormation's limits on a custom resource response. */
export const MAX_RESPONSE_BYTES = 4096;
export const MAX_PHYSICAL_ID_BYTES = 1024;

export interface JudgeInput {
  /** The event as sent (StackId, RequestId, LogicalResourceId are compared with the response). */
  readonly sent: Json;
  /** Every response body received for the event, in arrival order. */
  readonly bodies: readonly string[];
  readonly invocation: { readonly error?: string; readonly timedOut: boolean };
  /** The deadline the handler had, in seconds. */
  readonly timeoutSeconds: number;
  /** PUTs the response bucket refused for this event, as `<status> <reason>`. */
  readonly refusedPuts: readonly string[];
}

export interface Verdict {
  readonly status: EventStatus;
  readonly reason?: string;
  readonly physicalResourceId?: string;
  readonly data?: Record<string, unknown>;
}

export function judgeResponses(input: JudgeInput): Verdict {
  const { sent, bodies, invocation } = input;
  if (bodies.length === 0) {
    const refused = [...new Set(input.refusedPuts)];
    return {
      status: 'NO RESPONSE',
      reason: [
        invocation.timedOut
          ? `the handler neither returned nor responded within its ${input.timeoutSeconds} s timeout`
          : invocation.error ? `the handler failed without responding: ${invocation.error}` : 'the handler returned without responding',
        ...(input.refusedPuts.length > 0 ? [`the response bucket refused ${input.refusedPuts.length} PUT(s): ${refused.join('; ')}`] : []),
        'CloudFormation would wait until ServiceTimeout and fail the resource',
      ].join('; '),
    };
  }
  const first = bodies[0];
  const problems: string[] = [];
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(first);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) problems.push('the response is not a JSON object');
    else body = parsed as Record<string, unknown>;
  } catch {
    problems.push('the response is not valid JSON');
  }
  const size = Buffer.byteLength(first);
  if (size > MAX_RESPONSE_BYTES) problems.push(`the response is ${size} bytes; CloudFormation accepts at most ${MAX_RESPONSE_BYTES}`);
  let physicalResourceId: string | undefined;
  let data: Record<string, unknown> | undefined;
  if (body) {
    if (body.Status !== 'SUCCESS' && body.Status !== 'FAILED') problems.push(`Status is ${JSON.stringify(body.Status)}, not SUCCESS or FAILED`);
    for (const key of ['StackId', 'RequestId', 'LogicalResourceId'] as const) {
      if (body[key] !== sent[key]) problems.push(`${key} is ${JSON.stringify(body[key])}, not the event's ${JSON.stringify(sent[key])}`);
    }
    const pid: unknown = body.PhysicalResourceId;
    if (typeof pid !== 'string' || pid === '') problems.push('PhysicalResourceId is missing');
    else if (Buffer.byteLength(pid) > MAX_PHYSICAL_ID_BYTES) problems.push(`PhysicalResourceId is ${Buffer.byteLength(pid)} bytes; the limit is ${MAX_PHYSICAL_ID_BYTES}`);
    else physicalResourceId = pid;
    if (body.Data !== undefined && (typeof body.Data !== 'object' || body.Data === null || Array.isArray(body.Data))) problems.push('Data is not an object');
    else if (body.Data) data = body.Data as Record<string, unknown>;
  }
  if (problems.length > 0) {
    return {
      status: 'INVALID RESPONSE',
      reason: [...problems, ...(body?.Status === 'FAILED' && body.Reason ? [`Reason: ${typeof body.Reason === 'string' ? body.Reason : JSON.stringify(body.Reason)}`] : [])].join('; '),
      physicalResourceId,
      data,
    };
  }
  const status = body!.Status as 'SUCCESS' | 'FAILED';
  const reason = status === 'FAILED' ? (typeof body!.Reason === 'string' && body!.Reason !== '' ? body!.Reason : '(no Reason given)') : undefined;
  if (bodies.length > 1) {
    const statuses = bodies.map((b) => {
      try {
        const status = (JSON.parse(b) as Json).Status;
        if (status === undefined || status === null) return '?';
        return typeof status === 'string' ? status : JSON.stringify(status);
      } catch {
        return 'invalid';
      }
    });
    return {
      status: 'DUPLICATE RESPONSES',
      reason: `${bodies.length} responses to one event (${statuses.join(', ')}); CloudFormation expects exactly one` +
        (reason ? `; first Reason: ${reason}` : ''),
      physicalResourceId,
      data,
    };
  }
  return { status, reason, physicalResourceId, data };
}

/** The property paths where two values differ (`Dimensions.Metrics.orders.Value`), sorted. */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedPaths(before[k], after[k], path === '' ? k : `${path}.${k}`));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => changedPaths(item, after[i], `${path}[${i}]`));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [path === '' ? '(all)' : path];
}
