/**
 * The emulator enforces the function role's policy in force at each step of a stack operation
 * (local/rehearse-iam.ts), so a rehearsal of issue 10's defect-1 refactors fails the way
 * CloudFormation would: the cleanup's Delete or restore gets AccessDenied.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rehearse, RehearsalResult } from '../../local/rehearse';
import { ensureBundleFresh, HANDLER_BUNDLE } from '../support/bundle';
import { SCENARIOS, STACK, synthScenario } from './iam-scenarios';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, 'fixtures', 'iam-old-shape');
let tmp: string;

beforeAll(() => {
  ensureBundleFresh(HANDLER_BUNDLE);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-iam-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Statement {
  readonly Sid?: string;
  readonly Resource?: unknown;
}
interface Resource {
  readonly Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
}
interface Template {
  readonly Resources: Record<string, Resource>;
}
let counter = 0;

/** A one-stack cloud assembly around a template; its function runs today's bundled handler. */
function assembly(template: Template): string {
  const dir = path.join(tmp, `assembly-${++counter}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, `${STACK}.template.json`), JSON.stringify(template));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    version: '48.0.0',
    artifacts: { [STACK]: { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: `${STACK}.template.json` } } },
  }));
  fs.symlinkSync(path.join(ROOT, 'assets', 'handler'), path.join(dir, 'handler'));
  return dir;
}

function fixture(name: string, side: 'before' | 'after'): Template {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.${side}.template.json`), 'utf8')) as Template;
}

/**
 * The same template with the role's inline Pinpoint policy replaced by one AWS::IAM::Policy per
 * application, scoped to that application's segments, each segment depending on its application's
 * policy (or not, with `dependOn: false`).
 */
function perApplicationPolicies(template: Template, dependOn = true): Template {
  const copy = structuredClone(template);
  const [roleId, role] = Object.entries(copy.Resources).find(([, r]) => r.Type === 'AWS::IAM::Role')!;
  const inline = role.Properties!.Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>;
  const statements = inline.flatMap((p) => p.PolicyDocument.Statement);
  delete role.Properties!.Policies;
  const appOf = (resource: unknown) => /"Ref":"(Project[AB])"/.exec(JSON.stringify(resource))?.[1];
  const apps = [...new Set(statements.flatMap((s) => ([] as unknown[]).concat(s.Resource).map(appOf)).filter((a) => a !== undefined))];
  for (const app of apps) {
    copy.Resources[`Policy${app}`] = {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyName: `segments-${app}`,
        Roles: [{ Ref: roleId }],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: statements.map((s) => ({
            ...s,
            Resource: { 'Fn::Sub': [`arn:\${AWS::Partition}:mobiletargeting:\${AWS::Region}:\${AWS::AccountId}:apps/\${App}${s.Sid === 'ManageSegments' ? '/segments/*' : ''}`, { App: { Ref: app } }] },
          })),
        },
      },
    };
  }
  for (const resource of Object.values(copy.Resources)) {
    if (resource.Type !== 'Custom::PinpointSegment' || !dependOn) continue;
    resource.DependsOn = [`Policy${appOf(resource.Properties!.ApplicationId)!}`];
  }
  return copy;
}

async function refactor(before: Template, after: Template): Promise<RehearsalResult> {
  return rehearse({ assemblyDir: assembly(before), updateTo: assembly(after), update: false, delete: false, write: () => undefined, color: false });
}

function phases(result: RehearsalResult): string[] {
  return result.events.map((e) => `${e.phase} ${e.requestType} ${e.status}`);
}

describe('IAM in force during a stack update, for issue 10\'s defect-1 refactors', () => {
  describe.each(Object.keys(SCENARIOS))('%s', (name) => {
    test('the old policy shape (one inline policy rebuilt from the new template) denies the cleanup', async () => {
      const result = await refactor(fixture(name, 'before'), fixture(name, 'after'));
      expect(result.exitCode).toBe(1);
      const cleanup = result.events.filter((e) => e.phase === 'cleanup');
      expect(cleanup).toHaveLength(1);
      expect(cleanup[0]).toMatchObject({ requestType: 'Delete', status: 'FAILED' });
      expect(cleanup[0].reason).toMatch(/AccessDenied/);
      expect(cleanup[0].accessDenied?.length).toBeGreaterThan(0);
      expect(cleanup[0].line).toContain('access denied:');
      // Everything before the cleanup was allowed: the new policy is in force for the update itself.
      expect(result.events.filter((e) => e.phase !== 'cleanup').every((e) => e.status === 'SUCCESS')).toBe(true);
    });

    test('a policy per application that the segments depend on stays in force until they are deleted', async () => {
      const result = await refactor(perApplicationPolicies(fixture(name, 'before')), perApplicationPolicies(fixture(name, 'after')));
      expect(phases(result).filter((p) => p.startsWith('cleanup'))).toEqual(['cleanup Delete SUCCESS']);
      expect(result.exitCode).toBe(0);
    });
  });

  test('a policy the segment does not depend on may not be attached yet when CloudFormation creates the segment', async () => {
    const name = 'last-segment-of-app-removed';
    const result = await refactor(perApplicationPolicies(fixture(name, 'before'), false), perApplicationPolicies(fixture(name, 'after'), false));
    expect(phases(result)).toEqual(['create Create FAILED', 'rollback Delete SUCCESS']);
    // The handler retries a 403 briefly (IAM may not have propagated yet), then fails: every call is that 403.
    expect(result.events[0].calls?.length).toBeGreaterThanOrEqual(1);
    expect(new Set(result.events[0].calls)).toEqual(new Set(['CreateSegment 403']));
  });
});

describe('the construct as it is now', () => {
  // Its Pinpoint grants are content-addressed customer managed policies, one per group of
  // applications, that every segment depends on (lib/provider-grants.ts): each refactor's cleanup
  // runs while the old grant still exists.
  test.each(Object.keys(SCENARIOS))('%s: the cleanup Delete or restore is authorized, and nothing else is denied', async (name) => {
    const side = (which: 'before' | 'after') => {
      const dir = path.join(tmp, `live-${name}-${which}`);
      synthScenario(dir, SCENARIOS[name][which]);
      return dir;
    };
    const before = side('before');
    const template = JSON.parse(fs.readFileSync(path.join(before, `${STACK}.template.json`), 'utf8')) as Template;
    const grantTypes = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']);
    for (const segment of Object.values(template.Resources).filter((r) => r.Type === 'Custom::PinpointSegment')) {
      expect([].concat((segment.DependsOn ?? []) as never).some((d) => grantTypes.has(template.Resources[d]?.Type))).toBe(true);
    }
    const result = await rehearse({ assemblyDir: before, updateTo: side('after'), update: false, delete: false, write: () => undefined, color: false });
    const cleanup = result.events.filter((e) => e.phase === 'cleanup');
    expect(cleanup.map((e) => `${e.requestType} ${e.status}`)).toEqual(['Delete SUCCESS']);
    expect(result.events.filter((e) => e.accessDenied?.length)).toEqual([]);
    expect(result.events.every((e) => e.status === 'SUCCESS')).toBe(true);
    expect(result.exitCode).toBe(0);
  });
});
