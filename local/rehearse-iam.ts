/**
 * The function role's IAM policy in force at each step of a stack operation, as the emulator
 * enforces it. CloudFormation's ordering decides which policies exist when the handler runs:
 *
 * - A resource that references another (Ref, Fn::GetAtt, Fn::Sub, DependsOn) is created and
 *   updated after it, and deleted before it; otherwise CloudFormation creates, updates and deletes
 *   in parallel "to the extent possible" (DependsOn attribute, CloudFormation User Guide:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html).
 * - On update, new and changed resources (policies included) are created and updated first; old
 *   instances of replaced resources and resources removed from the template are deleted afterwards,
 *   in the UPDATE_COMPLETE_CLEANUP_IN_PROGRESS phase ("Monitor the progress of a stack update":
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-monitor-stack.html;
 *   https://repost.aws/knowledge-center/cloudformation-stack-cleanup-stuck). A removed resource is
 *   deleted in reverse dependency order of the OLD template, so a removed policy stops applying
 *   only once it is deleted, and only after what depended on it.
 *
 * Where the order is not fixed, the rehearsal takes the worst case: a policy that the segment's
 * resource does not depend on may not exist yet on create, may already be gone on delete, and,
 * when it changes in an update, the request must be allowed by both its old and its new version.
 *
 * Policies attached to the function's role: the role's inline `Policies`, `AWS::IAM::Policy` and
 * `AWS::IAM::ManagedPolicy` resources whose `Roles` name it, and managed policies of the stack in
 * its `ManagedPolicyArns`. AWS managed policies are not modelled (they grant nothing here).
 */
import type { Emulator, IamPolicyInForce, IamStatement } from './emulator';
import { AssemblyStack, Json, serviceTokenFunction } from './rehearse-assembly';
import { fakeFunctionName, REHEARSAL_PARTITION, stackAccount } from './rehearse-environment';
import { intrinsicName } from './rehearse-intrinsics';
import type { StackInFlight, TemplateResolver } from './rehearse-resolver';

/** One policy document attached to a role, and the template resource that holds it. */
export interface PolicyHolder {
  /** The resource whose deletion removes the policy (the role, for an inline policy). */
  readonly resourceId: string;
  /** `<resourceId>` or `<roleId>/<PolicyName>` for an inline policy. */
  readonly key: string;
  /** Logical ids of the roles it is attached to. */
  readonly roles: readonly string[];
  readonly statements: readonly IamStatement[];
}

const POLICY_TYPES = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']);

function refTarget(value: unknown): string | undefined {
  return intrinsicName(value) === 'Ref' && typeof (value as Json).Ref === 'string' ? (value as Json).Ref as string : undefined;
}

function statementsOf(document: unknown): IamStatement[] {
  const statement = (document as Json | undefined)?.Statement;
  if (Array.isArray(statement)) return statement as IamStatement[];
  return statement && typeof statement === 'object' ? [statement] : [];
}

export class PolicyTracker {
  /** Policies that could not be resolved offline, reported once. */
  readonly unresolved = new Set<string>();

  constructor(private readonly emu: Emulator, private readonly resolver: TemplateResolver, private readonly enabled: boolean) {}

  /** Every policy document of the template attached to a role (resolved; unresolvable ones grant nothing). */
  holders(stack: StackInFlight, model: AssemblyStack): PolicyHolder[] {
    const resources = model.template.Resources ?? {};
    const holders: PolicyHolder[] = [];
    // Statement by statement and resource by resource: what cannot be resolved offline (an import
    // without a value, say) grants nothing, and the rest of the document still applies.
    const resolve = (document: unknown, path: string): IamStatement[] => statementsOf(document).flatMap((raw, i) => {
      const attempt = (value: unknown, where: string): unknown => {
        try {
          return this.resolver.resolve(stack, model, value, where);
        } catch (error) {
          this.unresolved.add(`${stack.name}/${where}: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        }
      };
      const { Resource, ...rest } = raw;
      const statement = attempt(rest, `${path}.Statement[${i}]`) as IamStatement | undefined;
      if (!statement) return [];
      const resources = ([] as unknown[]).concat(Resource ?? []).map((r, j) => attempt(r, `${path}.Statement[${i}].Resource[${j}]`))
        .filter((r): r is string => typeof r === 'string');
      return [{ ...statement, Resource: resources }];
    });
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (!this.resolver.existsIn(stack, model, logicalId)) continue;
      const props = resource.Properties ?? {};
      if (resource.Type === 'AWS::IAM::Role') {
        for (const [i, policy] of ((props.Policies ?? []) as Json[]).entries()) {
          const name = typeof policy.PolicyName === 'string' ? policy.PolicyName : String(i);
          holders.push({ resourceId: logicalId, key: `${logicalId}/${name}`, roles: [logicalId], statements: resolve(policy.PolicyDocument, `${logicalId}.Policies.${name}`) });
        }
        for (const arn of (props.ManagedPolicyArns ?? []) as unknown[]) {
          const target = refTarget(arn);
          const managed = target === undefined ? undefined : resources[target];
          if (target && managed?.Type === 'AWS::IAM::ManagedPolicy') {
            holders.push({ resourceId: target, key: `${target}@${logicalId}`, roles: [logicalId], statements: resolve(managed.Properties?.PolicyDocument, `${target}.PolicyDocument`) });
          }
        }
      } else if (POLICY_TYPES.has(resource.Type)) {
        const roles = ((props.Roles ?? []) as unknown[]).map(refTarget).filter((r): r is string => r !== undefined);
        if (roles.length > 0) holders.push({ resourceId: logicalId, key: logicalId, roles, statements: resolve(props.PolicyDocument, `${logicalId}.PolicyDocument`) });
      }
    }
    return holders;
  }

  /** The role behind a segment's function, and the principal the emulator names in a denial. */
  roleOf(stack: StackInFlight, model: AssemblyStack, segmentId: string): { roleId?: string; principal: string } {
    const fn = serviceTokenFunction(model, segmentId);
    const role = (fn.resource.Properties?.Role as Json | undefined)?.['Fn::GetAtt'];
    const roleId = Array.isArray(role) && typeof role[0] === 'string' ? role[0] : undefined;
    let roleName = 'unknown-role';
    if (roleId !== undefined) {
      try {
        roleName = String(this.resolver.resolve(stack, model, { Ref: roleId }, `${roleId}.Ref`));
      } catch {
        roleName = roleId;
      }
    }
    return { roleId, principal: `arn:${REHEARSAL_PARTITION}:sts::${stackAccount(model)}:assumed-role/${roleName}/${fakeFunctionName(model, fn.logicalId)}` };
  }

  /** Create: only the policies the segment's resource depends on are sure to exist. */
  create(stack: StackInFlight, model: AssemblyStack, segmentId: string): void {
    const closure = model.dependsOn.get(segmentId) ?? new Set<string>();
    this.enforce(stack, model, segmentId, [this.holders(stack, model).filter((h) => closure.has(h.resourceId))]);
  }

  /**
   * Update phase, from `previous` to `next`: policies the segment depends on in `next` are already
   * updated; removed ones still exist; a changed or added one it does not depend on may or may not
   * be in place yet, so both of its states must allow the request.
   */
  update(stack: StackInFlight, previous: AssemblyStack, next: AssemblyStack, segmentId: string): void {
    const closure = next.dependsOn.get(segmentId) ?? new Set<string>();
    const before = this.holders(stack, previous);
    const after = this.holders(stack, next);
    const inNext = new Set(Object.keys(next.template.Resources ?? {}).filter((id) => this.resolver.existsIn(stack, next, id)));
    const sure = [
      ...after.filter((h) => closure.has(h.resourceId)),
      ...before.filter((h) => !inNext.has(h.resourceId)),
    ];
    const uncertain = (h: PolicyHolder) => !closure.has(h.resourceId) && inNext.has(h.resourceId);
    const oldState = [...sure, ...before.filter(uncertain)];
    const newState = [...sure, ...after.filter(uncertain)];
    this.enforce(stack, next, segmentId, [oldState, newState]);
  }

  /** Cleanup and delete: the policies that exist at this point of the walk. */
  existing(stack: StackInFlight, model: AssemblyStack, segmentId: string, holders: readonly PolicyHolder[]): void {
    this.enforce(stack, model, segmentId, [[...holders]]);
  }

  clear(): void {
    this.emu.iamPolicy = undefined;
  }

  private enforce(stack: StackInFlight, model: AssemblyStack, segmentId: string, scenarios: PolicyHolder[][]): void {
    if (!this.enabled) return;
    const { roleId, principal } = this.roleOf(stack, model, segmentId);
    const attached = (holders: PolicyHolder[]) => holders.filter((h) => roleId !== undefined && h.roles.includes(roleId)).flatMap((h) => h.statements);
    const policy: IamPolicyInForce = { principal, scenarios: scenarios.map(attached) };
    this.emu.iamPolicy = policy;
  }
}
