// Checks that need more than the props: where the segment sits in the app, which other segments
// exist, and what a token refers to. Each costs O(1) per segment (plus the size of its own
// definition): the app-wide duplicate check indexes every segment once, as it is constructed, and
// each segment's validation then looks up its own key.
import { Annotations, CfnResource, Reference, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { PinpointSegmentProps } from './pinpoint-segment-props';
import { findProblems, formatProblems } from './validation';
import { Problem, showValue } from './validation-format';
import { MAX_IMPORTED_SOURCE_SEGMENTS } from './validation-limits';
import { countDimensions, dimensionsOf, groupsOf, isResolvedList, isToken } from './validation-rules';

/** CloudFormation types whose segments are dimensional: this construct's and the L1's. */
const DIMENSIONAL_SEGMENT_TYPES = new Set(['Custom::PinpointSegment', 'AWS::Pinpoint::Segment']);
const PINPOINT_APP_TYPE = 'AWS::Pinpoint::App';

/** Stable ids of the warnings, for `Annotations.of(scope).acknowledgeWarning(id)`. */
export const WARNING_IDS = {
  /** The definition has no criteria, so the segment is every endpoint of the project. */
  matchesEveryEndpoint: 'cdk-pinpoint-segment:matchesEveryEndpoint',
  /** The segment's stack or its project's stack is environment-agnostic: regions cannot be compared. */
  regionUnknown: 'cdk-pinpoint-segment:regionNotCheckedAtSynth',
  /** A group has several source segments, and synth cannot tell whether each is dimensional. */
  sourceSegmentsUnchecked: 'cdk-pinpoint-segment:sourceSegmentTypeNotCheckedAtSynth',
} as const;

/**
 * Everything the constructor checks: the props, and where the segment sits in the app. Throws
 * one error listing every problem, each line starting with the segment's path; on success, adds
 * the warnings the definition deserves.
 *
 * @internal
 */
export function assertValidSegment(segment: IConstruct, props: PinpointSegmentProps): void {
  const problems = findProblems(props);
  if (problems.length === 0) problems.push(...segmentIsWhereItsProjectIs(segment, props));
  if (problems.length > 0) {
    throw new Error(formatProblems(problems.map(({ path, message }) => `${path}: ${message}`), segment.node.path));
  }
  warnAboutDefinition(segment, props);
}

// ---------------------------------------------------------------------------------------------
// The segment and its project: same region, same account

/**
 * A segment must live in its project's region and account. Where both stacks say where they
 * deploy, a mismatch is an error; where one is environment-agnostic, the segment warns once per
 * pair of stacks. A project id that is a literal string or an import cannot be checked at all.
 */
export function segmentIsWhereItsProjectIs(segment: IConstruct, props: PinpointSegmentProps): Problem[] {
  const project = referencedResource(segment, props.applicationId, (type) => type === PINPOINT_APP_TYPE);
  if (project === undefined) return [];
  const segmentStack = Stack.of(segment);
  const projectStack = Stack.of(project);
  if (segmentStack === projectStack) return [];
  const problems: Problem[] = [];
  let unknown = false;
  for (const [what, mine, theirs] of [
    ['region', segmentStack.region, projectStack.region],
    ['account', segmentStack.account, projectStack.account],
  ] as const) {
    if (Token.isUnresolved(mine) || Token.isUnresolved(theirs)) {
      unknown ||= what === 'region' && Token.isUnresolved(mine) !== Token.isUnresolved(theirs);
    } else if (mine !== theirs) {
      problems.push({
        path: 'applicationId',
        message: `the project ${project.node.path} is in ${what} ${theirs}, but this segment's stack is in ${what} ${mine} `
          + `(a segment must be in its project's ${what})`,
      });
    }
  }
  if (unknown) warnOncePerStackPair(segment, segmentStack, projectStack, project);
  return problems;
}

const warnedStackPairs = new WeakMap<Stack, WeakSet<Stack>>();

function warnOncePerStackPair(segment: IConstruct, segmentStack: Stack, projectStack: Stack, project: IConstruct): void {
  let warned = warnedStackPairs.get(segmentStack);
  if (warned === undefined) warnedStackPairs.set(segmentStack, (warned = new WeakSet()));
  if (warned.has(projectStack)) return;
  warned.add(projectStack);
  Annotations.of(segment).addWarningV2(WARNING_IDS.regionUnknown,
    `the project ${project.node.path} and this segment are in different stacks, and one of them is `
    + 'environment-agnostic, so synth cannot check that they are in the same region; give both stacks an env');
}

// ---------------------------------------------------------------------------------------------
// Two segments of one app that manage the same Pinpoint segment

interface Claim {
  readonly segment: IConstruct;
  readonly applicationId: string;
  readonly segmentId: string;
}

/** Per app (construct root): every segment's claim, by application and segment id. */
const claimsByRoot = new WeakMap<IConstruct, Map<string, Claim[]>>();

/**
 * Records which Pinpoint segment this construct manages (its own, once created, or the adopted
 * one), and adds a validation, run when the app is complete, that fails if another segment in the
 * app, in any stack, manages the same one. Ids that are tokens compare by their token: two
 * segments adopting `other.segmentId` with the same `app.ref` are caught; ids that only resolve to
 * the same value at deploy time are not.
 */
export function claimSegment(segment: IConstruct, applicationId: string, segmentId: string): void {
  if (typeof applicationId !== 'string' || typeof segmentId !== 'string') return;
  const root = segment.node.root;
  let claims = claimsByRoot.get(root);
  if (claims === undefined) claimsByRoot.set(root, (claims = new Map<string, Claim[]>()));
  const key = `${applicationId}\u0000${segmentId}`;
  const claim: Claim = { segment, applicationId, segmentId };
  const sameSegment = claims.get(key);
  if (sameSegment === undefined) claims.set(key, [claim]);
  else sameSegment.push(claim);
  const all = claims.get(key)!;
  segment.node.addValidation({ validate: () => duplicateClaims(claim, all) });
}

function duplicateClaims(claim: Claim, all: readonly Claim[]): string[] {
  const others = all.filter((other) => other !== claim);
  if (others.length === 0) return [];
  const which = isToken(claim.segmentId) ? 'the same segment' : `segment ${showValue(claim.segmentId)}`;
  const where = isToken(claim.applicationId) ? 'the same application' : `application ${showValue(claim.applicationId)}`;
  return [`${claim.segment.node.path}: segmentId: ${others.map((o) => o.segment.node.path).join(', ')} also manages `
    + `${which} of ${where}; two constructs would overwrite each other on every deploy`];
}

// ---------------------------------------------------------------------------------------------
// Warnings about the definition

/**
 * Warnings for definitions that are valid but rarely meant: a definition with no criteria at all
 * (every endpoint of the project), and several source segments that synth cannot prove are all
 * dimensional.
 */
export function warnAboutDefinition(segment: IConstruct, props: PinpointSegmentProps): void {
  if (matchesEveryEndpoint(props)) {
    Annotations.of(segment).addWarningV2(WARNING_IDS.matchesEveryEndpoint,
      'the definition has no dimensions and no source segments, so the segment matches every endpoint of the '
      + 'project; add criteria, or acknowledge this warning if every endpoint is meant');
  }
  for (const { path, unchecked } of uncheckedSourceSegments(segment, props)) {
    Annotations.of(segment).addWarningV2(WARNING_IDS.sourceSegmentsUnchecked,
      `${path}: Pinpoint takes several source segments only if all are dimensional (at most `
      + `${MAX_IMPORTED_SOURCE_SEGMENTS} imported segment, alone); synth cannot tell the type of ${unchecked.join(', ')}, `
      + 'as they are not segments of this app');
  }
}

/**
 * No criterion anywhere, and no token that might hold one. The counts come first: a definition
 * with a criterion is settled without walking it for tokens (the walk runs for every segment).
 */
function matchesEveryEndpoint(props: PinpointSegmentProps): boolean {
  for (const { dims } of dimensionsOf(props)) if (countDimensions(dims) > 0) return false;
  for (const { group } of groupsOf(props)) if (isResolvedList(group.sourceSegments) && group.sourceSegments.length > 0) return false;
  return !holdsContainerToken(props.dimensions) && !holdsContainerToken(props.segmentGroups);
}

/** True if a list or object inside `value` (or `value` itself) is a token. */
function holdsContainerToken(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (isToken(value)) return true;
  return Object.values(value).some(holdsContainerToken);
}

/**
 * Groups with two or more source segments, and those of their sources that are not known to be
 * dimensional: a source is known dimensional when its id refers to a segment resource of this app
 * (a PinpointSegment or a CfnSegment).
 */
function uncheckedSourceSegments(segment: IConstruct, props: PinpointSegmentProps): { path: string; unchecked: string[] }[] {
  return groupsOf(props).flatMap(({ group, path }) => {
    const sources: unknown = group.sourceSegments;
    if (!isResolvedList(sources) || sources.length < 2) return [];
    const unchecked = sources.flatMap((source, i) => {
      const id = (source as { id?: unknown } | undefined)?.id;
      return referencedResource(segment, id, (type) => DIMENSIONAL_SEGMENT_TYPES.has(type)) === undefined ? [`sourceSegments[${i}]`] : [];
    });
    return unchecked.length === 0 ? [] : [{ path: `${path}.sourceSegments`, unchecked }];
  });
}

// ---------------------------------------------------------------------------------------------

/** The CloudFormation resource a string token refers to (`Ref` or `GetAtt`), if its type fits. */
function referencedResource(scope: IConstruct, value: unknown, typeFits: (type: string) => boolean): CfnResource | undefined {
  if (typeof value !== 'string') return undefined;
  const target = referencedResourceOf(scope.node.root, value);
  return target !== undefined && typeFits(target.cfnResourceType) ? target : undefined;
}

/**
 * Hundreds of segments share one `app.ref`: each token string is reversed once per app (construct
 * root), and forgotten with the app.
 */
const referencedResourcesByRoot = new WeakMap<IConstruct, Map<string, CfnResource | undefined>>();

function referencedResourceOf(root: IConstruct, value: string): CfnResource | undefined {
  let referencedResources = referencedResourcesByRoot.get(root);
  if (referencedResources === undefined) referencedResourcesByRoot.set(root, (referencedResources = new Map<string, CfnResource | undefined>()));
  if (referencedResources.has(value)) return referencedResources.get(value);
  let target: CfnResource | undefined;
  if (Token.isUnresolved(value)) {
    const token = Tokenization.reverseString(value).firstToken;
    if (token instanceof Reference && CfnResource.isCfnResource(token.target)) target = token.target;
  }
  // Only tokens are remembered: literal ids are cheap to test and could be many.
  if (target !== undefined || Token.isUnresolved(value)) referencedResources.set(value, target);
  return target;
}
