import { Annotations, IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnSegmentDefinition } from 'aws-cdk-lib/aws-customerprofiles';
import { Construct, IConstruct } from 'constructs';
import { Finding, RuleContext, WARNING_IDS, WarningKind } from './customer-profiles-rules';
import { translateDefinition } from './customer-profiles-translate';
import type { PinpointSegment } from './pinpoint-segment';
import type { SegmentDefinition } from './segment-definition';
import { validateSegmentProps } from './validation';

/**
 * How a Pinpoint segment definition was translated, path by path. Each entry reads
 * `path: explanation`, with paths in the definition's own terms (for example
 * `dimensions.location.gpsPoint` or `segmentGroups.groups[0].dimensions[1].metrics.orders`).
 */
export interface CustomerProfilesTranslation {
  /**
   * Paths whose meaning Customer Profiles keeps as it is.
   */
  readonly exact: string[];

  /**
   * Paths that have a counterpart whose meaning differs; each is also a synth warning.
   */
  readonly approximated: string[];

  /**
   * Paths with no counterpart. Each widens the audience (or changes it) and fails synth unless it is
   * listed in `acknowledgeDropped`.
   */
  readonly dropped: string[];
}

/**
 * Options of a Customer Profiles segment made from a `PinpointSegment`: everything but the
 * definition, which comes from the segment.
 */
export interface CustomerProfilesSegmentOptions {
  /**
   * The Customer Profiles domain the segment definition belongs to (1 to 64 of `a-z A-Z 0-9 _ -`).
   */
  readonly domainName: string;

  /**
   * The unique name of the segment definition in the domain (1 to 64 of `a-z A-Z 0-9 _ -`). Another
   * segment definition that uses this one as its base segment refers to it by this name.
   */
  readonly segmentDefinitionName: string;

  /**
   * The display name of the segment definition (1 to 255 characters).
   *
   * @default - the definition's `name`
   */
  readonly displayName?: string;

  /**
   * The description of the segment definition (1 to 1000 characters).
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Renames Pinpoint attribute and metric names to the profile's custom attribute or calculated
   * attribute names. A key is either a plain Pinpoint name (`plan`), which renames it in
   * `attributes`, `userAttributes` and `metrics`, or a name qualified by its family
   * (`userAttributes.plan`, `metrics.orders`), which wins over the plain one.
   *
   * @default - every name is kept as it is
   */
  readonly attributeNames?: { [pinpointName: string]: string };

  /**
   * Dropped paths whose loss you accept, such as `dimensions.location.gpsPoint` or
   * `segmentGroups.groups[0].dimensions[0].behavior.recency` (`groups.0.dimensions.0` works too).
   * A path also covers everything under it (`dimensions.demographic` covers
   * `dimensions.demographic.platform`). Each acknowledged drop is reported as a synth warning
   * instead of failing synth.
   *
   * @default - no drop is acknowledged: any dropped path fails synth
   */
  readonly acknowledgeDropped?: string[];

  /**
   * Tags for the segment definition.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a `CustomerProfilesSegment`.
 */
export interface CustomerProfilesSegmentProps extends CustomerProfilesSegmentOptions {
  /**
   * The segment definition to translate, as a `PinpointSegment` takes it (or as
   * `PinpointSegment.definition` returns it).
   */
  readonly definition: SegmentDefinition;
}

/**
 * A Customer Profiles segment definition.
 */
export interface ICustomerProfilesSegment extends IResource {
  /**
   * The name of the segment definition.
   *
   * @attribute
   */
  readonly segmentDefinitionName: string;

  /**
   * The ARN of the segment definition.
   *
   * @attribute
   */
  readonly segmentDefinitionArn: string;
}

/**
 * The stable ids of the synth warnings a translation raises. Acknowledge one with
 * `Annotations.of(scope).acknowledgeWarning(id, reason)`.
 */
export class CustomerProfilesWarnings {
  /** A dropped path that `acknowledgeDropped` lists. */
  public static readonly DROPPED_ACKNOWLEDGED: string = WARNING_IDS.droppedAcknowledged;
  /** Endpoint and user attributes became the profile's custom attributes. */
  public static readonly ATTRIBUTES_MERGED: string = WARNING_IDS.attributesMerged;
  /** The endpoint's country became the profile address's country. */
  public static readonly COUNTRY_AS_ADDRESS: string = WARNING_IDS.countryAsAddress;
  /** A metric became a calculated attribute, which the domain must define. */
  public static readonly METRIC_AS_CALCULATED_ATTRIBUTE: string = WARNING_IDS.metricAsCalculatedAttribute;
  /** A date comparison on a custom attribute. */
  public static readonly DATE_COMPARISON: string = WARNING_IDS.dateComparison;
  /** A base segment's pinned version is not kept. */
  public static readonly SOURCE_SEGMENT_VERSION: string = WARNING_IDS.sourceSegmentVersion;
  /** A group's type or source type is not set, so each service applies its own default. */
  public static readonly COMBINATION_ASSUMED: string = WARNING_IDS.combinationAssumed;
  /** An exclusion was translated into a narrower one. */
  public static readonly EXCLUSION_NARROWED: string = WARNING_IDS.exclusionNarrowed;
  /** An `acknowledgeDropped` path that matches no dropped path. */
  public static readonly UNUSED_ACKNOWLEDGEMENT: string = WARNING_IDS.unusedAcknowledgement;

  private constructor() {}
}

/** Customer Profiles' pattern for domain and segment definition names. */
const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** The Customer Profiles segments made from Pinpoint segments, per app: segment id token → segments. */
const TRANSLATED = new WeakMap<IConstruct, Map<string, CustomerProfilesSegment[]>>();

/**
 * An Amazon Connect Customer Profiles segment definition (`AWS::CustomerProfiles::SegmentDefinition`),
 * translated from a Pinpoint segment definition field by field.
 *
 * The translation never silently changes who is in the audience: a condition with no Customer
 * Profiles counterpart fails synth unless `acknowledgeDropped` lists its path, and every
 * approximation is a synth warning with a stable id (`CustomerProfilesWarnings`).
 *
 * @example
 * declare const gold: PinpointSegment;
 * CustomerProfilesSegment.fromPinpointSegment(this, 'GoldProfiles', gold, {
 *   domainName: 'my-domain',
 *   segmentDefinitionName: 'gold-customers',
 *   acknowledgeDropped: ['dimensions.demographic'],
 * });
 */
export class CustomerProfilesSegment extends Resource implements ICustomerProfilesSegment {
  /**
   * Declares the Customer Profiles counterpart of a `PinpointSegment`, from its definition. A
   * Pinpoint segment that uses this one as a base segment, and is translated after it in the same
   * app and domain, gets it as its `SourceSegments`.
   *
   * @param scope the construct the segment belongs to
   * @param id the construct id
   * @param segment the Pinpoint segment to translate
   * @param options the Customer Profiles settings
   */
  public static fromPinpointSegment(
    scope: Construct,
    id: string,
    segment: PinpointSegment,
    options: CustomerProfilesSegmentOptions,
  ): CustomerProfilesSegment {
    const translated = new CustomerProfilesSegment(scope, id, { ...options, definition: segment.definition });
    let registry = TRANSLATED.get(translated.node.root);
    if (registry === undefined) {
      registry = new Map();
      TRANSLATED.set(translated.node.root, registry);
    }
    registry.set(segment.segmentId, [...(registry.get(segment.segmentId) ?? []), translated]);
    return translated;
  }

  /**
   * The name of the segment definition.
   *
   * @attribute
   */
  public readonly segmentDefinitionName: string;

  /**
   * The ARN of the segment definition, known at deploy time.
   *
   * @attribute
   */
  public readonly segmentDefinitionArn: string;

  /**
   * How the definition was translated: the exact, approximated and dropped paths.
   */
  public readonly translation: CustomerProfilesTranslation;

  /** The domain, for matching base segments. */
  private readonly domainName: string;

  /**
   * Declares a segment definition. The translation runs here, at synth time.
   *
   * @param scope the construct the segment belongs to
   * @param id the construct id
   * @param props the definition and the Customer Profiles settings
   */
  constructor(scope: Construct, id: string, props: CustomerProfilesSegmentProps) {
    super(scope, id);
    this.domainName = props.domainName;
    this.segmentDefinitionName = props.segmentDefinitionName;

    const findings: Finding[] = [];
    const problems = [...propProblems(props), ...definitionProblems(props.definition)];
    const sourceSegments: CustomerProfilesSegment[] = [];
    const ctx: RuleContext = {
      rename: (family, name) => renamed(props.attributeNames, family, name),
      report: (finding) => findings.push(finding),
      problem: (path, message) => problems.push(`${path}: ${message}`),
    };
    const segmentGroups = translateDefinition(props.definition, ctx, (segmentId) => {
      const source = TRANSLATED.get(this.node.root)?.get(segmentId)?.find((s) => s.domainName === this.domainName);
      if (source === undefined) return undefined;
      sourceSegments.push(source);
      return source.segmentDefinitionName;
    });

    const acknowledged = (props.acknowledgeDropped ?? []).map(normalizePath);
    const dropped = findings.filter((f) => f.kind === 'dropped');
    const refused = dropped.filter((f) => !acknowledged.some((a) => covers(a, f.path)));
    problems.push(...refused.map((f) => `${f.path}: dropped, so the segment would ignore this condition and select a `
      + `different, usually wider, audience: ${f.explanation}; list the path in acknowledgeDropped to accept the loss`));
    if (problems.length > 0) {
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      throw new Error(`${this.node.path}: cannot translate the segment definition to customer profiles (${count}):\n`
        + problems.map((p) => `  - ${p}`).join('\n'));
    }

    this.translation = {
      exact: lines(findings, 'exact'),
      approximated: lines(findings, 'approximated'),
      dropped: lines(findings, 'dropped'),
    };
    this.warn(findings, dropped, acknowledged);

    const resource = new CfnSegmentDefinition(this, 'Resource', {
      domainName: props.domainName,
      segmentDefinitionName: props.segmentDefinitionName,
      displayName: props.displayName ?? props.definition.name,
      description: props.description,
      segmentGroups,
      tags: props.tags && Object.keys(props.tags).length > 0
        ? Object.entries(props.tags).map(([key, value]) => ({ key, value }))
        : undefined,
    });
    // A base segment must exist before the segment definition that starts from it.
    for (const source of sourceSegments) {
      resource.node.addDependency(source);
    }
    this.segmentDefinitionArn = resource.attrSegmentDefinitionArn;
  }

  /** One warning per kind, listing its paths, so that each kind is acknowledged once by its id. */
  private warn(findings: Finding[], dropped: Finding[], acknowledged: string[]): void {
    const byKind = new Map<WarningKind, string[]>();
    const add = (kind: WarningKind, line: string) => byKind.set(kind, [...(byKind.get(kind) ?? []), line]);
    for (const f of findings) {
      if (f.kind === 'approximated' && f.warning !== undefined) add(f.warning, `${f.path}: ${f.explanation}`);
    }
    for (const f of dropped) add('droppedAcknowledged', `${f.path}: ${f.explanation}`);
    for (const a of acknowledged.filter((path) => !dropped.some((f) => covers(path, f.path)))) {
      add('unusedAcknowledgement', `${a}: acknowledged as dropped, but nothing at this path is dropped`);
    }
    for (const [kind, paths] of byKind) {
      Annotations.of(this).addWarningV2(WARNING_IDS[kind], `${WARNING_TITLES[kind]}:\n${paths.map((p) => `  - ${p}`).join('\n')}`);
    }
  }
}

const WARNING_TITLES: Record<WarningKind, string> = {
  droppedAcknowledged: 'acknowledged as dropped: these conditions are not in the customer profiles segment',
  attributesMerged: 'endpoint and user attributes became the profile\'s custom attributes',
  countryAsAddress: 'the endpoint\'s country became the profile\'s address country',
  metricAsCalculatedAttribute: 'metrics became calculated attributes, which the domain must define',
  dateComparison: 'date comparisons on custom attributes',
  sourceSegmentVersion: 'base segment versions are not kept',
  combinationAssumed: 'how several conditions or base segments combine is not set',
  exclusionNarrowed: 'an exclusion became narrower',
  unusedAcknowledgement: 'acknowledgeDropped lists paths that are not dropped',
};

/** `path: explanation` lines of one kind. */
function lines(findings: Finding[], kind: Finding['kind']): string[] {
  return findings.filter((f) => f.kind === kind).map((f) => `${f.path}: ${f.explanation}`);
}

/** `groups.0.dimensions.1` and `groups[0].dimensions[1]` name the same path; the second is the form reported. */
function normalizePath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]');
}

/** Whether an acknowledged path covers a dropped one: the same path, or one under it. */
function covers(acknowledged: string, path: string): boolean {
  return path === acknowledged || path.startsWith(`${acknowledged}.`) || path.startsWith(`${acknowledged}[`);
}

function renamed(names: { [name: string]: string } | undefined, family: string, name: string): string {
  if (names === undefined || Token.isUnresolved(names)) return name;
  return names[`${family}.${name}`] ?? names[name] ?? name;
}

/** Customer Profiles' own limits on the names and texts. */
function propProblems(props: CustomerProfilesSegmentProps): string[] {
  const problems: string[] = [];
  for (const field of ['domainName', 'segmentDefinitionName'] as const) {
    const value = props[field];
    if (!Token.isUnresolved(value) && !NAME_PATTERN.test(value)) {
      problems.push(`${field}: '${value}' must be 1 to 64 of a-z A-Z 0-9 _ -`);
    }
  }
  const displayName = props.displayName ?? props.definition.name;
  if (typeof displayName === 'string' && !Token.isUnresolved(displayName) && (displayName.length < 1 || displayName.length > 255)) {
    problems.push(`displayName: must be 1 to 255 characters, not ${displayName.length}`);
  }
  const description = props.description;
  if (description !== undefined && !Token.isUnresolved(description) && (description.length < 1 || description.length > 1000)) {
    problems.push(`description: must be 1 to 1000 characters, not ${description.length}`);
  }
  return problems;
}

/** The Pinpoint definition's own problems: a definition Pinpoint would refuse is not translated. */
function definitionProblems(definition: SegmentDefinition): string[] {
  return validateSegmentProps({ ...definition, applicationId: 'translation' });
}
