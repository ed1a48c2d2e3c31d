import { createHash } from 'crypto';
import { ArnFormat, CfnResource, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * The Pinpoint actions the handler calls on a segment (lambda/ is the source of truth;
 * test/security/iam.test.ts checks that this list and the handler's calls agree). Granted on
 * `apps/<application>/segments/*`.
 */
export const SEGMENT_ACTIONS: readonly string[] = [
  'mobiletargeting:GetSegment',
  'mobiletargeting:UpdateSegment',
  'mobiletargeting:DeleteSegment',
  'mobiletargeting:GetSegmentVersion',
  'mobiletargeting:TagResource',
  'mobiletargeting:UntagResource',
  // Live tags are read with ListTagsForResource (GetSegment's tags are not trusted), and the
  // ownership tag of a candidate segment is confirmed with it.
  'mobiletargeting:ListTagsForResource',
];

/**
 * The actions the handler calls on an application, granted on `apps/<application>` for the
 * applications that get new segments: CreateSegment, and GetSegments to find by its ownership tag
 * a segment that an ambiguous or late CreateSegment made.
 */
export const APPLICATION_ACTIONS: readonly string[] = [
  'mobiletargeting:CreateSegment',
  'mobiletargeting:GetSegments',
];

/**
 * How many policies the Pinpoint grants of one provider are spread over. Each application belongs
 * to one group, chosen by a hash of its id, so a change to one application rebuilds one policy.
 * Two groups stay well within IAM's defaults: at most 4 managed policies are attached at once
 * during an update (each changed group briefly has its old and its new policy; a role takes 10),
 * and even if every application hashes into one group, 20 applications come to about 4,700 of a
 * managed policy's 6,144 characters. They cost the stack two resources.
 */
export const GRANT_GROUPS = 2;

/**
 * The readable part of a grant policy's logical id, followed by 8 hex digits of the content hash
 * (for example `SegmentGrants3F9A0C21`). A clash with another resource's logical id fails the
 * synth (aws-cdk-lib refuses two resources with one logical id).
 */
const GRANT_LOGICAL_ID_PREFIX = 'SegmentGrants';

/** IAM's limit for one managed policy, in characters without whitespace. */
const MANAGED_POLICY_LIMIT = 6144;

/**
 * Values for rendering a policy at its longest, to refuse at synth a policy that IAM would refuse
 * at deploy: the longest partition and Region names in use, and Pinpoint's 32-character ids.
 */
const LONGEST: Record<string, string> = {
  'AWS::Partition': 'aws-us-gov',
  'AWS::Region': 'ap-southeast-2',
  'AWS::AccountId': '123456789012',
};
const TOKEN_VALUE = 'x'.repeat(32);

function renderLongest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renderLongest);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('Fn::Join' in v) {
      const [separator, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map((p) => String(renderLongest(p))).join(separator);
    }
    if ('Ref' in v) return LONGEST[String(v.Ref)] ?? TOKEN_VALUE;
    if (Object.keys(v).some((k) => k.startsWith('Fn::'))) return TOKEN_VALUE;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, renderLongest(x)]));
  }
  return value;
}

/** Sids of the grant statements, which the nag acknowledgements recognise. */
export const MANAGE_SEGMENTS_SID = 'ManageSegments';
export const CREATE_SEGMENTS_SID = 'CreateSegments';

interface Application {
  readonly applicationId: string;
  creates: boolean;
}

/**
 * The Pinpoint permissions of one provider, shaped so that every Delete and restore of
 * CloudFormation's cleanup phase is still allowed when it runs.
 *
 * CloudFormation updates a stack in two phases. First it creates and updates resources, policies
 * included, following the new template; then, in the cleanup phase, it deletes the resources that
 * were replaced or removed, in the reverse order of the dependencies they had in the old template
 * (the DependsOn attribute: "resource A is deleted before resource B"). A policy that is edited in
 * place therefore loses an application's grant before the cleanup Delete of that application's
 * old segment runs: changing `applicationId`, or removing an application's last segment, ended in
 * AccessDenied and an orphaned segment.
 *
 * So the grants are never edited in place:
 * - They live in customer managed policies (`AWS::IAM::ManagedPolicy`, attached through their
 *   `Roles` property, not the role's), one per group of applications.
 * - A policy's logical id carries a hash of its content. Any change to a group's applications makes
 *   a new policy, created before the segments that use it are updated, and leaves the old one in
 *   the old template only, so CloudFormation removes it in the cleanup phase.
 * - Every segment resource depends on the policy of its application's group. The old policy is
 *   therefore deleted only after the old segments that depended on it: the cleanup Delete or
 *   restore of an old segment always runs while the old grant still exists. aws-cdk-lib's
 *   `AwsCustomResource` relies on the same ordering with its per-resource policy.
 * - Within an application the grant is `segments/*`, never a segment's own ARN, so switching a
 *   created segment to an adopted one, or adopting another `segmentId`, keeps the old segment
 *   covered, and the size does not grow with adopted segments.
 *
 * Why not one policy per application: IAM counts every `AWS::IAM::Policy` of a role against one
 * 10,240-character budget, and at 20 applications those policies alone come to about 11,000
 * characters; a role also takes only 10 managed policies. Why not one policy for all: each change
 * of the application set would briefly attach two copies of the whole policy.
 */
export class SegmentGrants extends Construct {
  private readonly groups = new Map<number, GrantGroup>();
  /** Each application id's stable key and group, by the id as given (a literal or a token string). */
  private readonly placements = new Map<string, { key: string; index: number }>();

  constructor(scope: Construct, id: string, private readonly role: iam.IRole) {
    super(scope, id);
  }

  /** Grants the segments of `applicationId` and makes `resource` depend on that grant. */
  public bind(resource: CfnResource, applicationId: string, creates: boolean): void {
    // Hundreds of segments share a few application ids: resolve and hash each id once.
    let placed = this.placements.get(applicationId);
    if (placed === undefined) {
      const key = applicationKey(Stack.of(this), applicationId);
      placed = { key, index: createHash('sha256').update(key).digest()[0] % GRANT_GROUPS };
      this.placements.set(applicationId, placed);
    }
    const { key, index } = placed;
    let group = this.groups.get(index);
    if (!group) {
      group = new GrantGroup(this, `Group${index}`, this.role);
      this.groups.set(index, group);
    }
    const size = group.add(key, applicationId, creates);
    if (size > MANAGED_POLICY_LIMIT) {
      throw new Error(`${resource.node.scope?.node.path ?? resource.node.path}: the provider ${this.node.scope?.node.path} `
        + `cannot grant one more application: its policy would reach about ${size} characters, over IAM's ${MANAGED_POLICY_LIMIT} `
        + 'for a managed policy; give the segments of some applications a second PinpointSegmentProvider');
    }
    // The resource-level dependency at once (the same DependsOn as node.addDependency, which would
    // be resolved again for every segment at synth).
    resource.addResourceDependency(group.policy);
  }

  /** The policies, for the nag acknowledgements. */
  public get policies(): iam.CfnManagedPolicy[] {
    return [...this.groups.values()].map((g) => g.policy);
  }
}

class GrantGroup extends Construct {
  public readonly policy: iam.CfnManagedPolicy;
  private readonly applications = new Map<string, Application>();

  constructor(scope: Construct, id: string, role: iam.IRole) {
    super(scope, id);
    this.policy = new iam.CfnManagedPolicy(this, 'Resource', {
      description: 'Lets the cdk-pinpoint-segment handler manage the segments of some Pinpoint applications',
      policyDocument: Lazy.any({ produce: () => this.render() }),
      roles: [role.roleName],
    });
  }

  /**
   * Adds an application's grant. Returns the policy's size after the change (0 if nothing
   * changed); a change that would take the policy past IAM's limit is not made.
   */
  public add(key: string, applicationId: string, creates: boolean): number {
    const existing = this.applications.get(key);
    if (existing && (existing.creates || !creates)) return 0;
    if (existing) {
      existing.creates = true;
    } else {
      this.applications.set(key, { applicationId, creates });
    }
    const size = this.estimatedSize();
    if (size > MANAGED_POLICY_LIMIT) {
      if (existing) existing.creates = false;
      else this.applications.delete(key);
      return size;
    }
    // Content-addressed: a different set of applications (or of actions) is a different resource.
    // The construct path (which provider, which group) is in the hash too, so that two providers
    // granting the same applications have two policies. Every segment repeats this id in its
    // DependsOn, so it is kept short: a fixed word and the hash, no path.
    const content = JSON.stringify({
      path: this.node.path,
      segmentActions: SEGMENT_ACTIONS,
      applicationActions: APPLICATION_ACTIONS,
      applications: this.sorted().map(([k, a]) => [k, a.creates]),
    });
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 8).toUpperCase();
    this.policy.overrideLogicalId(`${GRANT_LOGICAL_ID_PREFIX}${hash}`);
    return size;
  }

  /**
   * The policy's size as IAM counts it (characters outside whitespace), rendered with the longest
   * partition and Region and with 32 characters for every application id that is a token.
   */
  public estimatedSize(): number {
    return JSON.stringify(renderLongest(Stack.of(this).resolve(this.render()))).length;
  }

  private sorted(): [string, Application][] {
    return [...this.applications.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private render(): unknown {
    const stack = Stack.of(this);
    const arn = (resourceName: string) => stack.formatArn({
      service: 'mobiletargeting',
      resource: 'apps',
      resourceName,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const applications = this.sorted().map(([, a]) => a);
    const statements: unknown[] = [{
      Sid: MANAGE_SEGMENTS_SID,
      Effect: 'Allow',
      Action: [...SEGMENT_ACTIONS],
      Resource: applications.map((a) => arn(`${a.applicationId}/segments/*`)),
    }];
    const creating = applications.filter((a) => a.creates);
    if (creating.length > 0) {
      statements.push({
        Sid: CREATE_SEGMENTS_SID,
        Effect: 'Allow',
        Action: [...APPLICATION_ACTIONS],
        Resource: creating.map((a) => arn(a.applicationId)),
      });
    }
    return { Version: '2012-10-17', Statement: statements };
  }
}

/**
 * A stable identity for an application id: the literal, or the CloudFormation expression a token
 * resolves to (for example `{"Ref":"Project"}`), which is the same on every synth.
 */
function applicationKey(stack: Stack, applicationId: string): string {
  if (!Token.isUnresolved(applicationId)) {
    return `literal:${applicationId}`;
  }
  try {
    return `token:${JSON.stringify(stack.resolve(applicationId))}`;
  } catch {
    return `token:${applicationId}`;
  }
}
