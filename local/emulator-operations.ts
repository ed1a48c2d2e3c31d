/**
 * One handler per operation. A handler reads the decoded request, changes the store and returns
 * the status and JSON body the SDK expects; errors are thrown as PinpointApiError.
 *
 * The SDK binds Create/Update's `WriteSegmentRequest` and every `SegmentResponse` /
 * `SegmentsResponse` / `TagsModel` as the HTTP payload: the body IS that object, not a wrapper.
 */
import type { SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { badRequest, notFound } from './emulator-errors';
import type { OperationName } from './emulator-faults';
import type { PathParams } from './emulator-routes';
import type { SegmentStore } from './emulator-store';
import { parseTagsModel, parseWriteSegmentRequest, sourceSegmentReferences, ValidationOptions } from './emulator-validation';

export interface OperationOptions extends ValidationOptions {
  /** When set, other application ids answer 404. */
  readonly knownApps?: readonly string[];
  /** UpdateSegment of a missing id creates it at version 1 (true) or answers 404 (false). */
  readonly updateCreatesMissing: boolean;
  /** Source segments must exist in the same application, at the version given. */
  readonly checkSourceSegments: boolean;
}

export interface OperationRequest {
  readonly params: PathParams;
  readonly query: URLSearchParams;
  /** The raw body; '' when there is none. */
  readonly body: string;
}

export interface OperationResult {
  readonly status: number;
  /** Serialized as JSON; undefined sends no body (204). */
  readonly body?: unknown;
}

export interface OperationContext {
  readonly store: SegmentStore;
  readonly options: OperationOptions;
}

type Handler = (ctx: OperationContext, request: OperationRequest) => OperationResult;

function jsonBody(body: string): unknown {
  if (body.trim() === '') throw badRequest('the request body is empty; expected a JSON object');
  try {
    return JSON.parse(body);
  } catch {
    throw badRequest('the request body is not valid JSON');
  }
}

function requireApp(ctx: OperationContext, applicationId: string): void {
  if (ctx.options.knownApps && !ctx.options.knownApps.includes(applicationId)) {
    throw notFound(`Application not found: ${applicationId}`);
  }
}

function segmentNotFound(request: OperationRequest): never {
  throw notFound(`Segment not found: ${request.params.SegmentId} in application ${request.params.ApplicationId}`);
}

function requireSegment(segment: SegmentResponse | undefined, request: OperationRequest): SegmentResponse {
  return segment ?? segmentNotFound(request);
}

function parseWrite(ctx: OperationContext, applicationId: string, body: string): WriteSegmentRequest {
  const parsed = parseWriteSegmentRequest(jsonBody(body), ctx.options);
  if (!parsed.ok) throw badRequest(parsed.problems.join('; '));
  if (ctx.options.checkSourceSegments) {
    for (const { path, ref } of sourceSegmentReferences(parsed.value)) {
      if (!ctx.store.has(applicationId, ref.Id!)) throw notFound(`${path}.Id: source segment ${ref.Id} not found in application ${applicationId}`);
      if (ref.Version !== undefined && !ctx.store.getVersion(applicationId, ref.Id!, ref.Version)) {
        throw notFound(`${path}.Version: source segment ${ref.Id} has no version ${ref.Version}`);
      }
    }
  }
  return parsed.value;
}

/** `page-size` and `token` paging; the token is the offset of the next item. */
function page<T>(items: T[], query: URLSearchParams): { Item: T[]; NextToken?: string } {
  const pageSizeText = query.get('page-size');
  const tokenText = query.get('token');
  const pageSize = pageSizeText === null ? items.length : Number(pageSizeText);
  const offset = tokenText === null || tokenText === '' ? 0 : Number(tokenText);
  if (pageSizeText !== null && (!Number.isInteger(pageSize) || pageSize < 1)) throw badRequest(`page-size: ${JSON.stringify(pageSizeText)} is not a positive integer`);
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) throw badRequest(`token: ${JSON.stringify(tokenText)} is not a token this service issued`);
  const end = offset + Math.max(pageSize, 1);
  return end < items.length ? { Item: items.slice(offset, end), NextToken: String(end) } : { Item: items.slice(offset) };
}

function requireArn(arn: string): string {
  if (!/^arn:[^:]+:mobiletargeting:[^:]*:[^:]*:.+/.test(arn)) throw badRequest(`ResourceArn: ${JSON.stringify(arn)} is not an Amazon Pinpoint ARN`);
  return arn;
}

function resourceNotFound(arn: string): never {
  throw notFound(`Resource not found: ${arn}`);
}

export const OPERATION_HANDLERS: Record<OperationName, Handler> = {
  CreateSegment(ctx, request) {
    const app = request.params.ApplicationId;
    requireApp(ctx, app);
    const write = parseWrite(ctx, app, request.body);
    return { status: 201, body: ctx.store.create(app, write) };
  },

  UpdateSegment(ctx, request) {
    const { ApplicationId: app, SegmentId: id } = request.params;
    requireApp(ctx, app);
    const write = parseWrite(ctx, app, request.body);
    const updated = ctx.store.update(app, id, write);
    if (updated) return { status: 200, body: updated };
    if (!ctx.options.updateCreatesMissing) segmentNotFound(request);
    // Tags on UpdateSegment are ignored, even when the PUT creates the segment.
    return { status: 200, body: ctx.store.create(app, { ...write, tags: undefined }, id) };
  },

  GetSegment(ctx, request) {
    requireApp(ctx, request.params.ApplicationId);
    return { status: 200, body: requireSegment(ctx.store.get(request.params.ApplicationId, request.params.SegmentId), request) };
  },

  GetSegments(ctx, request) {
    requireApp(ctx, request.params.ApplicationId);
    return { status: 200, body: page(ctx.store.list(request.params.ApplicationId), request.query) };
  },

  DeleteSegment(ctx, request) {
    requireApp(ctx, request.params.ApplicationId);
    return { status: 200, body: requireSegment(ctx.store.delete(request.params.ApplicationId, request.params.SegmentId), request) };
  },

  GetSegmentVersion(ctx, request) {
    const { ApplicationId: app, SegmentId: id, Version: versionText } = request.params;
    requireApp(ctx, app);
    const version = Number(versionText);
    if (!/^\d+$/.test(versionText) || version < 1) throw badRequest(`Version: ${JSON.stringify(versionText)} is not an integer of at least 1`);
    requireSegment(ctx.store.get(app, id), request);
    const found = ctx.store.getVersion(app, id, version);
    if (!found) throw notFound(`Segment ${id} has no version ${version}`);
    return { status: 200, body: found };
  },

  GetSegmentVersions(ctx, request) {
    requireApp(ctx, request.params.ApplicationId);
    const versions = ctx.store.versions(request.params.ApplicationId, request.params.SegmentId);
    return { status: 200, body: page(versions ?? segmentNotFound(request), request.query) };
  },

  TagResource(ctx, request) {
    const arn = requireArn(request.params.ResourceArn);
    const parsed = parseTagsModel(jsonBody(request.body), ctx.options);
    if (!parsed.ok) throw badRequest(parsed.problems.join('; '));
    if (!ctx.store.tag(arn, parsed.value)) resourceNotFound(arn);
    return { status: 204 };
  },

  UntagResource(ctx, request) {
    const arn = requireArn(request.params.ResourceArn);
    const keys = request.query.getAll('tagKeys');
    if (keys.length === 0) throw badRequest('tagKeys: is required');
    if (!ctx.store.untag(arn, keys)) resourceNotFound(arn);
    return { status: 204 };
  },

  ListTagsForResource(ctx, request) {
    const arn = requireArn(request.params.ResourceArn);
    return { status: 200, body: { tags: ctx.store.tags(arn) ?? resourceNotFound(arn) } };
  },
};
