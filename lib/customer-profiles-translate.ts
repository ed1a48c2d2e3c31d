// The structure of the translation: how Pinpoint's dimension objects, groups and source segments
// become Customer Profiles groups without changing who is in the audience. The field rules are in
// customer-profiles-rules.ts.
//
// Semantics relied on (Pinpoint API reference; Customer Profiles API and CloudFormation reference):
// - Pinpoint: an endpoint matches a dimension object when it matches every field set in it; a group
//   combines its dimension objects by `type` (ALL, ANY, NONE) over its base segments, which it
//   combines by `sourceType`; the segment combines its groups by `include`.
// - Customer Profiles: a `Dimension` is a union (profile attributes OR calculated attributes), a
//   `Group` combines its dimensions by `Type` (ALL, ANY, NONE) over its `SourceSegments` (combined by
//   `SourceType`; all profiles of the domain when there are none), and `SegmentGroups.Include`
//   combines the groups (ALL, ANY, NONE).
// Each translated condition gets a Dimension of its own, so nothing depends on how Customer Profiles
// combines several fields inside one Dimension.
import { Token } from 'aws-cdk-lib';
import type { CfnSegmentDefinition } from 'aws-cdk-lib/aws-customerprofiles';
import { Condition, conditionsOf, Finding, RuleContext } from './customer-profiles-rules';
import type { SegmentDefinition } from './segment-definition';
import { GroupType, Include, SegmentGroup, SourceSegment } from './segment-dimensions';

/** Resolves a Pinpoint source segment id to the Customer Profiles segment translated from it. */
export type SourceResolver = (segmentId: string) => string | undefined;

/** The translated `SegmentGroups`, in aws-cdk-lib's L1 shape. */
export type TranslatedGroups = CfnSegmentDefinition.SegmentGroupProperty;

/** A Pinpoint dimension object, with the conditions it kept. */
interface TranslatedObject {
  readonly path: string;
  readonly conditions: Condition[];
}

/**
 * Translates the definition. Findings and problems go to `ctx`; `resolveSource` names the Customer
 * Profiles segment of a translated source segment.
 *
 * @internal
 */
export function translateDefinition(definition: SegmentDefinition, ctx: RuleContext, resolveSource: SourceResolver): TranslatedGroups {
  ctx.report({ path: 'name', kind: 'exact', explanation: 'the display name, unless displayName is set' });
  if (definition.dimensions !== undefined && definition.segmentGroups !== undefined) {
    ctx.problem('dimensions', 'cannot be combined with segmentGroups (set one or the other)');
  }
  if (definition.segmentGroups !== undefined) {
    return translateSegmentGroups(definition.segmentGroups, ctx, resolveSource);
  }
  return translateTopLevelDimensions(definition, ctx);
}

/**
 * Top-level `dimensions`: one group of type ALL. Pinpoint includes an endpoint that matches every
 * field of the object, and a group of type ALL includes a profile that matches every dimension.
 */
function translateTopLevelDimensions(definition: SegmentDefinition, ctx: RuleContext): TranslatedGroups {
  if (definition.dimensions === undefined) {
    return { groups: [{ type: GroupType.ALL }], include: Include.ALL };
  }
  const conditions = conditionsOf(definition.dimensions, 'dimensions', ctx);
  ctx.report({
    path: 'dimensions',
    kind: 'exact',
    explanation: 'one group of type ALL, each condition a dimension of its own: a profile must match every '
      + 'condition, as an endpoint had to match every field',
  });
  return { groups: [group([], undefined, GroupType.ALL, conditions)], include: Include.ALL };
}

function translateSegmentGroups(
  segmentGroups: NonNullable<SegmentDefinition['segmentGroups']>,
  ctx: RuleContext,
  resolveSource: SourceResolver,
): TranslatedGroups {
  if (Token.isUnresolved(segmentGroups)) {
    ctx.problem('segmentGroups', 'is an unresolved token; its conditions cannot be translated at synth time');
    return segmentGroups as TranslatedGroups;
  }
  const include = segmentGroups.include;
  const groups = segmentGroups.groups;
  if (groups === undefined) {
    reportInclude(include, undefined, ctx);
    return compact({ include });
  }
  if (Token.isUnresolved(groups)) {
    ctx.problem('segmentGroups.groups', 'is an unresolved token; its conditions cannot be translated at synth time');
    return compact({ groups: groups as TranslatedGroups['groups'], include });
  }
  const single = groups.length === 1;
  const translated = groups.map((g, i) => translateGroup(g, `segmentGroups.groups[${i}]`, include, single, ctx, resolveSource));
  // A group that had to be split into several (see planGroup) brings its own Include.
  const split = translated.find((t) => t.include !== undefined);
  reportInclude(include, split?.include, ctx);
  return compact({
    groups: translated.flatMap((t) => t.groups),
    include: split?.include ?? include,
  });
}

function reportInclude(include: Include | undefined, splitInclude: string | undefined, ctx: RuleContext): void {
  if (splitInclude !== undefined) {
    ctx.report({
      path: 'segmentGroups.include',
      kind: 'exact',
      explanation: `Include ${splitInclude}, over the groups the one Pinpoint group became (see its type)`,
    });
  } else if (include !== undefined) {
    ctx.report({ path: 'segmentGroups.include', kind: 'exact', explanation: `Include ${String(include)}` });
  }
}

interface GroupTranslation {
  readonly groups: CfnSegmentDefinition.GroupProperty[];
  /** Set when the group was split into several, which changes how the segment combines them. */
  readonly include?: string;
}

function translateGroup(
  g: SegmentGroup,
  path: string,
  include: Include | undefined,
  single: boolean,
  ctx: RuleContext,
  resolveSource: SourceResolver,
): GroupTranslation {
  if (Token.isUnresolved(g)) {
    ctx.problem(path, 'is an unresolved token; its conditions cannot be translated at synth time');
    return { groups: [] };
  }
  const sources = translateSources(g.sourceSegments, `${path}.sourceSegments`, ctx, resolveSource);
  if (g.sourceType !== undefined) {
    ctx.report({ path: `${path}.sourceType`, kind: 'exact', explanation: `SourceType ${String(g.sourceType)}` });
  } else if (Array.isArray(sources) && sources.length > 1) {
    ctx.report({
      path: `${path}.sourceType`,
      kind: 'approximated',
      warning: 'combinationAssumed',
      explanation: 'not set: each service combines several base segments by its own, undocumented default; set it',
    });
  }
  const objects = translateObjects(g.dimensions, `${path}.dimensions`, ctx);
  return planGroup({ path, sources, sourceType: g.sourceType, type: g.type, include, single, objects }, ctx);
}

interface GroupPlanInput {
  readonly path: string;
  readonly sources: CfnSegmentDefinition.SourceSegmentProperty[];
  readonly sourceType?: string;
  readonly type?: GroupType;
  readonly include?: Include;
  /** Whether this is the segment's only group (only then may it be split). */
  readonly single: boolean;
  readonly objects: TranslatedObject[];
}

/**
 * The Customer Profiles groups for one Pinpoint group, chosen so that the audience stays the same:
 * - every dimension object kept one condition: one group, the same type;
 * - type ALL (or a single object under ANY): one group of type ALL with every condition;
 * - type ANY over objects of several conditions: one group of type ALL per object (each with the base
 *   segments), combined with Include ANY, since (S and D1) or (S and D2) = S and (D1 or D2);
 * - type NONE over objects of several conditions, without base segments: one group of type ALL per
 *   object, combined with Include NONE, since not (D1 or D2) is none of the groups;
 * - type NONE with base segments: one group of type NONE over every condition, which excludes a
 *   profile that matches any single condition: a narrower audience, reported.
 */
function planGroup(input: GroupPlanInput, ctx: RuleContext): GroupTranslation {
  const { path, sources, sourceType, objects } = input;
  const conditions = objects.flatMap((o) => o.conditions);
  const kept = objects.filter((o) => o.conditions.length > 0);
  const type = input.type;
  const report = (kind: Finding['kind'], explanation: string, warning?: Finding['warning']) =>
    ctx.report({ path: `${path}.type`, kind, explanation, warning });
  const negated = input.include === Include.NONE;

  if (Token.isUnresolved(type) || kept.every((o) => o.conditions.length === 1)) {
    if (type !== undefined) {
      report('exact', `Type ${String(type)}, each condition a dimension of its own`);
    } else if (conditions.length > 1) {
      report('approximated', 'not set: each service combines several dimensions by its own, undocumented default; set it', 'combinationAssumed');
    }
    return { groups: [group(sources, sourceType, type, conditions)] };
  }
  // From here on, some dimension object kept several conditions, which Pinpoint required all of.
  if (type === GroupType.ALL || (type === GroupType.ANY && kept.length === 1)) {
    report('exact', `${String(type)}: one group of type ALL over every condition, each a dimension of its own`);
    return { groups: [group(sources, sourceType, GroupType.ALL, conditions)] };
  }
  if (type === undefined) {
    report('approximated', 'not set: translated as ALL over every condition, which is never wider than another reading; set it',
      'combinationAssumed');
    return { groups: [group(sources, sourceType, GroupType.ALL, conditions)] };
  }
  if (type === GroupType.ANY && input.single) {
    report('exact', 'ANY over dimension objects of several conditions: one group of type ALL per object, each with '
      + `the base segments, combined with Include ${negated ? 'NONE' : 'ANY'}`);
    return {
      groups: kept.map((o) => group(sources, sourceType, GroupType.ALL, o.conditions)),
      include: negated ? Include.NONE : Include.ANY,
    };
  }
  if (type === GroupType.NONE && input.single && sources.length === 0) {
    report('exact', 'NONE over dimension objects of several conditions: one group of type ALL per object, combined '
      + `with Include ${negated ? 'ANY' : 'NONE'}`);
    return {
      groups: kept.map((o) => group([], undefined, GroupType.ALL, o.conditions)),
      include: negated ? Include.ANY : Include.NONE,
    };
  }
  if (type === GroupType.NONE && !negated) {
    report('approximated', 'NONE over dimension objects of several conditions, with base segments: one group of type '
      + 'NONE over every condition, which excludes a profile that matches any one condition where Pinpoint excluded '
      + 'only endpoints that matched a whole object: a narrower audience', 'exclusionNarrowed');
    return { groups: [group(sources, sourceType, GroupType.NONE, conditions)] };
  }
  report('dropped', `${String(type)} over dimension objects of several conditions cannot be expressed here (several `
    + 'groups, or an excluded group with base segments); the nearest form treats each condition on its own and would '
    + 'widen the audience');
  return { groups: [group(sources, sourceType, type, conditions)] };
}

function translateObjects(list: SegmentGroup['dimensions'], path: string, ctx: RuleContext): TranslatedObject[] {
  if (list === undefined) return [];
  if (Token.isUnresolved(list)) {
    ctx.problem(path, 'is an unresolved token; its conditions cannot be translated at synth time');
    return [];
  }
  return list.map((dims, i) => {
    const p = `${path}[${i}]`;
    return { path: p, conditions: conditionsOf(dims, p, ctx) };
  });
}

/** Source segments become SourceSegments when they were translated in this app; else dropped. */
function translateSources(
  list: SourceSegment[] | undefined,
  path: string,
  ctx: RuleContext,
  resolveSource: SourceResolver,
): CfnSegmentDefinition.SourceSegmentProperty[] {
  if (list === undefined) return [];
  if (Token.isUnresolved(list)) {
    ctx.problem(path, 'is an unresolved token; its source segments cannot be translated at synth time');
    return [];
  }
  return list.flatMap((source, i) => {
    const p = `${path}[${i}]`;
    const name = Token.isUnresolved(source) ? undefined : resolveSource(source.id);
    if (name === undefined) {
      ctx.report({
        path: p,
        kind: 'dropped',
        explanation: 'the base segment has no Customer Profiles translation in this app and domain (declare '
          + 'CustomerProfilesSegment.fromPinpointSegment for it before this one), so the segment would start from '
          + 'every profile of the domain',
      });
      return [];
    }
    if (source.version !== undefined) {
      ctx.report({
        path: p,
        kind: 'approximated',
        warning: 'sourceSegmentVersion',
        explanation: `SourceSegments ${name}; Pinpoint pinned version ${String(source.version)}, a Customer Profiles `
          + 'source segment is always its current definition',
      });
    } else {
      ctx.report({ path: p, kind: 'exact', explanation: `SourceSegments ${name}` });
    }
    return [{ segmentDefinitionName: name }];
  });
}

function group(
  sources: CfnSegmentDefinition.SourceSegmentProperty[],
  sourceType: string | undefined,
  type: string | undefined,
  conditions: Condition[],
): CfnSegmentDefinition.GroupProperty {
  return compact({
    dimensions: conditions.length > 0 ? conditions.map((c) => c.dimension) : undefined,
    sourceSegments: sources.length > 0 ? sources : undefined,
    sourceType: sources.length > 0 ? sourceType : undefined,
    type,
  });
}

/** Drops `undefined` values, so that absent fields are absent keys. */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
