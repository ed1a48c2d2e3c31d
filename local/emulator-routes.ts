/**
 * The segment part of Pinpoint's REST routing table, as `@aws-sdk/client-pinpoint` addresses it.
 * The SDK percent-encodes every path label (an ARN arrives as one segment, `arn%3Aaws%3A...%2F...`);
 * an unencoded ARN with its slashes is accepted too, for hand-written requests.
 */
import type { OperationName } from './emulator-faults';

interface Route {
  readonly operation: OperationName;
  readonly method: string;
  /** Literal segments, `:Label` for one segment, `:Label+` for the rest of the path. */
  readonly pattern: readonly string[];
}

const SEGMENTS = ['v1', 'apps', ':ApplicationId', 'segments'];
const SEGMENT = [...SEGMENTS, ':SegmentId'];
const TAGS = ['v1', 'tags', ':ResourceArn+'];

const ROUTES: readonly Route[] = [
  { operation: 'CreateSegment', method: 'POST', pattern: SEGMENTS },
  { operation: 'GetSegments', method: 'GET', pattern: SEGMENTS },
  { operation: 'GetSegment', method: 'GET', pattern: SEGMENT },
  { operation: 'UpdateSegment', method: 'PUT', pattern: SEGMENT },
  { operation: 'DeleteSegment', method: 'DELETE', pattern: SEGMENT },
  { operation: 'GetSegmentVersions', method: 'GET', pattern: [...SEGMENT, 'versions'] },
  { operation: 'GetSegmentVersion', method: 'GET', pattern: [...SEGMENT, 'versions', ':Version'] },
  { operation: 'TagResource', method: 'POST', pattern: TAGS },
  { operation: 'UntagResource', method: 'DELETE', pattern: TAGS },
  { operation: 'ListTagsForResource', method: 'GET', pattern: TAGS },
];

/** Path labels by name, decoded. */
export type PathParams = Record<string, string>;

export type RouteMatch =
  | { readonly kind: 'operation'; readonly operation: OperationName; readonly params: PathParams }
  | { readonly kind: 'method-not-allowed'; readonly allowed: string[] }
  | { readonly kind: 'malformed'; readonly message: string }
  | { readonly kind: 'no-route' };

class MalformedPath extends Error {}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new MalformedPath(`path segment ${JSON.stringify(segment)} is not valid percent-encoding`);
  }
}

function matchPattern(pattern: readonly string[], segments: readonly string[]): PathParams | undefined {
  const params: PathParams = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i];
    if (part.endsWith('+')) {
      if (i >= segments.length) return undefined;
      params[part.slice(1, -1)] = segments.slice(i).map(decode).join('/');
      return params;
    }
    if (i >= segments.length) return undefined;
    if (part.startsWith(':')) {
      if (segments[i] === '') return undefined;
      params[part.slice(1)] = decode(segments[i]);
    } else if (part !== segments[i]) {
      return undefined;
    }
  }
  return pattern.length === segments.length ? params : undefined;
}

/** Finds the operation for a request line. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const segments = pathname.replace(/^\//, '').split('/');
  const allowed: string[] = [];
  for (const route of ROUTES) {
    let params: PathParams | undefined;
    try {
      params = matchPattern(route.pattern, segments);
    } catch (error) {
      if (error instanceof MalformedPath) return { kind: 'malformed', message: error.message };
      throw error;
    }
    if (!params) continue;
    if (route.method === method) return { kind: 'operation', operation: route.operation, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'no-route' };
}
