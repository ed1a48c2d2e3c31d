/**
 * The fake AWS environment a rehearsal runs in: one account, each stack in its own region (the
 * rehearsal's for an environment-agnostic stack), deterministic ids for the
 * resources the rehearsal does not create for real, and the process environment a handler sees
 * (the emulator's endpoint, fake credentials, nothing of the machine's own AWS configuration).
 */
import { createHash, randomBytes, randomUUID } from 'crypto';
import * as os from 'os';
import * as path from 'path';
import type { AssemblyStack } from './rehearse-assembly';

/** The fake account everything is rehearsed in, and the region of environment-agnostic stacks. */
export const REHEARSAL_ACCOUNT = '123456789012';
export const REHEARSAL_REGION = 'us-east-1';
export const REHEARSAL_PARTITION = 'aws';

/**
 * Variables the rehearsal sets for the whole run (undefined: removed): the emulator's endpoint,
 * fake credentials, and nothing of the machine's own AWS configuration. The wire-test harness
 * uses the same.
 */
export function rehearsalEnvironment(emulatorUrl: string, logLevel: string | undefined): Record<string, string | undefined> {
  const nowhere = path.join(os.tmpdir(), `pinpoint-segment-rehearsal-${randomBytes(6).toString('hex')}`, 'does-not-exist');
  return {
    AWS_ENDPOINT_URL_PINPOINT: emulatorUrl,
    AWS_REGION: REHEARSAL_REGION,
    AWS_DEFAULT_REGION: REHEARSAL_REGION,
    AWS_ACCESS_KEY_ID: 'AKIAREHEARSAL0000000',
    AWS_SECRET_ACCESS_KEY: 'rehearsal-fake-secret-access-key-not-valid-anywhere',
    // No real config, credentials or profile may take part.
    AWS_CONFIG_FILE: path.join(nowhere, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(nowhere, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PROFILE: undefined,
    AWS_DEFAULT_PROFILE: undefined,
    AWS_SESSION_TOKEN: undefined,
    AWS_SECURITY_TOKEN: undefined,
    AWS_ENDPOINT_URL: undefined,
    AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined,
    AWS_USE_FIPS_ENDPOINT: undefined,
    AWS_USE_DUALSTACK_ENDPOINT: undefined,
    AWS_SDK_LOAD_CONFIG: undefined,
    AWS_ROLE_ARN: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_CONTAINER_AUTHORIZATION_TOKEN: undefined,
    AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: undefined,
    ...(logLevel !== undefined ? { LOG_LEVEL: logLevel } : {}),
  };
}

/** Sets process variables and remembers what to put back. */
export class ProcessEnvironment {
  private readonly saved = new Map<string, string | undefined>();

  set(vars: Record<string, string | undefined>): void {
    for (const [key, value] of Object.entries(vars)) {
      if (!this.saved.has(key)) this.saved.set(key, process.env[key]);
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }

  restore(): void {
    for (const [key, value] of this.saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    this.saved.clear();
  }
}

function hex32(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The region a stack deploys to: its manifest environment's (`aws://<account>/<region>`), or the
 * rehearsal's own for an environment-agnostic stack.
 */
export function stackRegion(stack: { readonly environment?: string }): string {
  const region = /^aws:\/\/[^/]*\/([^/]+)$/.exec(stack.environment ?? '')?.[1];
  return region === undefined || region === 'unknown-region' ? REHEARSAL_REGION : region;
}

/**
 * The account a stack deploys to: its manifest environment's (`aws://<account>/<region>`), or the
 * rehearsal's own for an environment-agnostic stack.
 */
export function stackAccount(stack: { readonly environment?: string }): string {
  const account = /^aws:\/\/([^/]+)\/[^/]*$/.exec(stack.environment ?? '')?.[1];
  return account === undefined || account === 'unknown-account' ? REHEARSAL_ACCOUNT : account;
}

/** A new stack's id: `arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>`. */
export function fakeStackId(stackName: string, region: string = REHEARSAL_REGION, account: string = REHEARSAL_ACCOUNT): string {
  return `arn:${REHEARSAL_PARTITION}:cloudformation:${region}:${account}:stack/${stackName}/${randomUUID()}`;
}

/** A deterministic fake Pinpoint application id for an `AWS::Pinpoint::App` of a stack. */
export function fakeApplicationId(stackName: string, logicalId: string): string {
  return hex32(`pinpoint-app/${stackName}/${logicalId}`);
}

/** The name CloudFormation gives a resource without an explicit one: `<stack>-<logicalId>-<SUFFIX>`, at most `max` characters. */
export function fakeResourceName(stackName: string, logicalId: string, max = 64): string {
  const suffix = hex32(`name/${stackName}/${logicalId}`).slice(0, 12).toUpperCase();
  return `${`${stackName}-${logicalId}`.slice(0, max - suffix.length - 1)}-${suffix}`;
}

/** The function's name: its FunctionName, or a generated one. */
export function fakeFunctionName(stack: AssemblyStack, logicalId: string): string {
  const explicit: unknown = stack.template.Resources?.[logicalId]?.Properties?.FunctionName;
  if (typeof explicit === 'string') return explicit;
  const suffix = hex32(`fn/${stack.stackName}/${logicalId}`).slice(0, 12).toUpperCase();
  const prefix = `${stack.stackName}-${logicalId}`.slice(0, 64 - suffix.length - 1);
  return `${prefix}-${suffix}`;
}

export function functionArn(name: string, region: string = REHEARSAL_REGION, account: string = REHEARSAL_ACCOUNT): string {
  return `arn:${REHEARSAL_PARTITION}:lambda:${region}:${account}:function:${name}`;
}

/** CloudFormation's own id for a resource that never answered: `<stack>-<logicalId>-<random>`. */
export function generatedPhysicalId(stackName: string, logicalId: string): string {
  return `${stackName}-${logicalId}-${randomBytes(6).toString('hex').toUpperCase()}`;
}
