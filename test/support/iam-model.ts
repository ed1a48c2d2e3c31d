/**
 * A small model of the IAM that a synthesized template gives the provider's role, for tests:
 * which policy documents are attached to a role (inline `Policies`, `AWS::IAM::Policy` and
 * `AWS::IAM::ManagedPolicy` resources that name the role, managed policy ARNs on the role), how an
 * intrinsic renders to concrete text for a given account, and whether a set of documents allows an
 * action on an ARN (Allow statements only, `*` and `?` wildcards; the construct writes no Deny and
 * no Condition).
 */

import { wildcardMatch } from '../../local/emulator-iam';
import { asList, CfnTemplate, isJsonObject } from './json';

export type { CfnTemplate as Template } from './json';

/** A statement of an IAM policy document, as a template holds it. */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect?: string;
  readonly Action?: string | string[];
  /** An ARN, an intrinsic that renders to one, or a list of them. */
  readonly Resource?: unknown;
  readonly Principal?: unknown;
  readonly Condition?: unknown;
  readonly NotAction?: unknown;
  readonly NotResource?: unknown;
}

/** An IAM policy document, as a template holds it. */
export interface PolicyDocument {
  readonly Version?: string;
  readonly Statement: PolicyStatement[];
}

export interface AttachedPolicy {
  /** `inline:<RoleId>/<PolicyName>`, or the logical id of the policy resource. */
  readonly source: string;
  readonly kind: 'inline' | 'AWS::IAM::Policy' | 'AWS::IAM::ManagedPolicy' | 'aws-managed';
  readonly document: PolicyDocument;
}

/** Values for the pseudo parameters and for `Ref`/`Fn::GetAtt` of the template's resources. */
export interface Environment {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  /** `Ref` of a logical id, and `<LogicalId>.<Attribute>` for `Fn::GetAtt`. */
  readonly refs: Record<string, string>;
}

export const DEFAULT_ENV: Environment = {
  partition: 'aws',
  region: 'us-east-1',
  account: '123456789012',
  refs: {},
};

/** Renders an intrinsic to text; throws on anything it cannot render. */
export function render(value: unknown, env: Environment): string {
  if (typeof value === 'string') return value;
  if (isJsonObject(value)) {
    if ('Ref' in value) {
      const name = String(value.Ref);
      if (name === 'AWS::Partition') return env.partition;
      if (name === 'AWS::Region') return env.region;
      if (name === 'AWS::AccountId') return env.account;
      if (name === 'AWS::URLSuffix') return 'amazonaws.com';
      if (name in env.refs) return env.refs[name];
      throw new Error(`no value for Ref ${name}`);
    }
    if ('Fn::GetAtt' in value) {
      const key = (value['Fn::GetAtt'] as string[]).join('.');
      if (key in env.refs) return env.refs[key];
      throw new Error(`no value for Fn::GetAtt ${key}`);
    }
    if ('Fn::Join' in value) {
      const [separator, parts] = value['Fn::Join'] as [string, unknown[]];
      return parts.map((p) => render(p, env)).join(separator);
    }
  }
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}

/** Renders every intrinsic inside a JSON value. */
export function renderDeep(value: unknown, env: Environment): unknown {
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, env));
  if (isJsonObject(value)) {
    if ('Ref' in value || 'Fn::GetAtt' in value || 'Fn::Join' in value) return render(value, env);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderDeep(v, env)]));
  }
  return value;
}

const namesRole = (roles: unknown, roleId: string): boolean =>
  asList(roles).some((r) => isJsonObject(r) && r.Ref === roleId);

/** Every policy document attached to the role `roleId` in `template`. */
export function policiesOfRole(template: CfnTemplate, roleId: string): AttachedPolicy[] {
  const out: AttachedPolicy[] = [];
  const role = template.Resources[roleId];
  for (const inline of asList(role?.Properties?.Policies as Array<{ PolicyName: string; PolicyDocument: PolicyDocument }> | undefined)) {
    out.push({ source: `inline:${roleId}/${inline.PolicyName}`, kind: 'inline', document: inline.PolicyDocument });
  }
  for (const arn of asList(role?.Properties?.ManagedPolicyArns as unknown[] | undefined)) {
    const target = isJsonObject(arn) && typeof arn.Ref === 'string' ? template.Resources[arn.Ref] : undefined;
    if (isJsonObject(arn) && target?.Type === 'AWS::IAM::ManagedPolicy') {
      out.push({ source: String(arn.Ref), kind: 'AWS::IAM::ManagedPolicy', document: target.Properties?.PolicyDocument as PolicyDocument });
    } else {
      out.push({ source: JSON.stringify(arn), kind: 'aws-managed', document: { Statement: [] } });
    }
  }
  for (const [id, resource] of Object.entries(template.Resources)) {
    if ((resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') && namesRole(resource.Properties?.Roles, roleId)) {
      out.push({ source: id, kind: resource.Type, document: resource.Properties?.PolicyDocument as PolicyDocument });
    }
  }
  return out;
}

/** Whether the documents allow `action` on `arn` (case-insensitive action match, as IAM does). */
export function allows(documents: unknown[], action: string, arn: string, env: Environment): boolean {
  for (const document of documents) {
    const statements = isJsonObject(document) ? asList(document.Statement as PolicyStatement | PolicyStatement[] | undefined) : [];
    for (const statement of statements) {
      if (statement.Effect !== 'Allow' || statement.Condition || statement.NotAction || statement.NotResource) continue;
      const actionOk = asList(statement.Action).some((a) => wildcardMatch(a, action, true));
      if (!actionOk) continue;
      if (asList(statement.Resource).some((r) => wildcardMatch(render(r, env), arn))) return true;
    }
  }
  return false;
}

/** The logical ids a resource depends on (DependsOn only; Ref/GetAtt are not needed here). */
export function dependsOn(template: CfnTemplate, id: string): string[] {
  return asList(template.Resources[id]?.DependsOn);
}

/**
 * The policy documents in force for the role `roleId` while CloudFormation's cleanup phase deletes
 * the old instance of `resourceId` after an update from `oldTemplate` to `newTemplate`:
 * - every policy of the new template (policies are created and updated before the cleanup phase);
 * - plus every policy of the old template that the new template no longer has but that the old
 *   resource depended on: removed resources are deleted in the reverse order of the old template's
 *   dependencies, so such a policy is still there when the old resource is deleted.
 * A removed policy the old resource did not depend on may already be gone, so it does not count.
 */
export function policiesDuringCleanup(oldTemplate: CfnTemplate, newTemplate: CfnTemplate, roleId: string, resourceId: string): AttachedPolicy[] {
  const inForce = policiesOfRole(newTemplate, roleId);
  const kept = new Set(inForce.map((p) => p.source));
  const oldDependencies = new Set(dependsOn(oldTemplate, resourceId));
  for (const policy of policiesOfRole(oldTemplate, roleId)) {
    if (!kept.has(policy.source) && !(policy.source in newTemplate.Resources) && oldDependencies.has(policy.source)) {
      inForce.push(policy);
    }
  }
  return inForce;
}

/** IAM's size of a policy document: its JSON without whitespace outside strings. */
export function policySize(document: unknown): number {
  return JSON.stringify(document).length;
}
