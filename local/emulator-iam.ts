/**
 * IAM as the emulator enforces it: each request is authorized against the caller's identity
 * policy in force at that moment. Enough of IAM's evaluation for the handler's permissions:
 * - the action (`mobiletargeting:<Operation>`, matched case-insensitively) and the resource ARN,
 *   each against the statement's patterns with `*` and `?` wildcards;
 * - Allow statements only, and anything not allowed is denied (IAM's implicit deny). Statements
 *   with NotAction or NotResource are ignored; Conditions are taken as satisfied.
 *
 * Resource types follow the Service Authorization Reference for Amazon Pinpoint: CreateSegment
 * and GetSegments are authorized on the application (`apps/<id>`), the other segment operations on
 * the segment (`apps/<id>/segments/<id>`), and the tag operations on the ARN they name.
 */
import { PinpointApiError } from './emulator-errors';
import type { OperationName } from './emulator-faults';
import type { PathParams } from './emulator-routes';

/** One statement of an identity policy, as IAM's JSON has it. */
export interface IamStatement {
  readonly Effect?: string;
  readonly Action?: string | readonly string[];
  readonly NotAction?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly NotResource?: string | readonly string[];
  readonly Sid?: string;
  readonly Condition?: unknown;
}

/**
 * The policy in force for the caller. When the order of two changes is not fixed (CloudFormation
 * runs independent steps in parallel), each possible state is a scenario, and a request is allowed
 * only if every scenario allows it.
 */
export interface IamPolicyInForce {
  /** Who is asking: an assumed-role ARN, for the error message. */
  readonly principal: string;
  readonly scenarios: ReadonlyArray<readonly IamStatement[]>;
}

/** What a request needs: the IAM action and the resource it is authorized on. */
export interface IamRequest {
  readonly action: string;
  readonly resource: string;
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

/** IAM's pattern match: `*` is any run of characters, `?` any one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

/** Whether the statements allow the request. */
export function isAllowed(statements: readonly IamStatement[], request: IamRequest): boolean {
  return statements.some((s) => s.Effect === 'Allow'
    && s.NotAction === undefined && s.NotResource === undefined
    && list(s.Action).some((a) => wildcardMatch(a, request.action, true))
    && list(s.Resource).some((r) => wildcardMatch(r, request.resource)));
}

/** Whether every scenario of the policy in force allows the request. */
export function authorize(policy: IamPolicyInForce, request: IamRequest): boolean {
  return policy.scenarios.length > 0 && policy.scenarios.every((statements) => isAllowed(statements, request));
}

/** The IAM action and resource ARN a Pinpoint segment operation is authorized on. */
export function iamRequest(operation: OperationName, params: PathParams, arnOf: { app(applicationId: string): string; segment(applicationId: string, segmentId: string): string }): IamRequest {
  const action = `mobiletargeting:${operation}`;
  switch (operation) {
    case 'CreateSegment':
    case 'GetSegments':
      return { action, resource: arnOf.app(params.ApplicationId) };
    case 'TagResource':
    case 'UntagResource':
    case 'ListTagsForResource':
      return { action, resource: params.ResourceArn };
    default:
      return { action, resource: arnOf.segment(params.ApplicationId, params.SegmentId) };
  }
}

/** The 403 an identity policy's implicit deny gets, worded as IAM words it. */
export function accessDenied(principal: string, request: IamRequest): PinpointApiError {
  return new PinpointApiError(403, 'AccessDeniedException',
    `User: ${principal} is not authorized to perform: ${request.action} on resource: ${request.resource} ` +
      `because no identity-based policy allows the ${request.action} action`);
}
