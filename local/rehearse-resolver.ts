/**
 * Resolves a template's values as CloudFormation would at deploy time, offline: pseudo parameters,
 * template parameters, conditions, `Ref` and `Fn::GetAtt` (fake ids for what the rehearsal does not
 * create, live response Data for segments), and `Fn::ImportValue` from the exports of stacks
 * rehearsed earlier in the same run, including aws-cdk's cross-region export readers when the
 * writer's value is known to the run.
 */
import type { AssemblyStack, Json } from './rehearse-assembly';
import {
  fakeApplicationId,
  fakeFunctionName,
  fakeResourceName,
  functionArn,
  REHEARSAL_PARTITION,
  stackAccount,
  stackRegion,
} from './rehearse-environment';
import { evaluateCondition, IntrinsicContext, resolveValue, stringifyScalars } from './rehearse-intrinsics';

/** What a custom resource's last successful Create or Update left behind. */
export interface LiveResource {
  readonly physicalId: string;
  /** As sent in the last successful Create/Update (resolved, scalars as strings). */
  readonly props: Json;
  readonly data: Json;
}

/** A stack being rehearsed, as the resolver sees it. */
export interface StackInFlight {
  readonly name: string;
  readonly stackId: string;
  readonly live: ReadonlyMap<string, LiveResource>;
}

export interface ResolverOptions {
  /** Template parameter values, keyed `Name` or `StackName:Name`. */
  readonly parameters?: Record<string, string>;
  /** Values for `Fn::ImportValue`, by export name; they win over exports of rehearsed stacks. */
  readonly imports?: Record<string, string>;
}

interface OutputDeclaration {
  readonly Value?: unknown;
  readonly Condition?: string;
  readonly Export?: { readonly Name?: unknown };
}

const CROSS_REGION_READER = 'Custom::CrossRegionExportReader';
const CROSS_REGION_WRITER = 'Custom::CrossRegionExportWriter';

export class TemplateResolver {
  /** Fake Pinpoint application id → `<stack>/<logicalId>` of the `AWS::Pinpoint::App`. */
  readonly applications = new Map<string, string>();
  /** Fake Pinpoint application id → the region and account of the stack that declares it. */
  private readonly applicationPlaces = new Map<string, { readonly region: string; readonly account: string }>();
  /** `Outputs.*.Export.Name` → value, from stacks rehearsed so far. */
  private readonly exported = new Map<string, unknown>();
  /** aws-cdk's cross-region exports: SSM parameter name → value, from `Custom::CrossRegionExportWriter`s. */
  private readonly crossRegion = new Map<string, unknown>();
  private readonly conditions = new Map<string, boolean>();

  constructor(private readonly options: ResolverOptions = {}) {}

  /** Resolves `value` (anything from `model`'s template) in `stack`; throws ResolveError naming `path`. */
  resolve(stack: StackInFlight, model: AssemblyStack, value: unknown, path: string): unknown {
    return resolveValue(value, this.context(stack, model), path);
  }

  /** A custom resource's properties as CloudFormation sends them: resolved, every scalar a string. */
  properties(stack: StackInFlight, model: AssemblyStack, logicalId: string): Json {
    const resource = model.template.Resources![logicalId];
    return stringifyScalars(this.resolve(stack, model, resource.Properties ?? {}, 'Properties')) as Json;
  }

  /** A resource with a false Condition is not part of the stack. */
  existsIn(stack: StackInFlight, model: AssemblyStack, logicalId: string): boolean {
    const resource = model.template.Resources?.[logicalId];
    if (!resource) return false;
    if (resource.Condition === undefined) return true;
    try {
      return this.condition(stack, model, resource.Condition);
    } catch {
      return true; // resolving the properties will report it
    }
  }

  /**
   * Records the stack's exports (Outputs with Export.Name, and what its cross-region export
   * writers write), for stacks rehearsed after it. Returns the names whose value is unknown offline.
   */
  publishExports(stack: StackInFlight, model: AssemblyStack): string[] {
    const unknown: string[] = [];
    for (const [name, output] of Object.entries(model.template.Outputs ?? {}) as Array<[string, OutputDeclaration]>) {
      if (output?.Export?.Name === undefined) continue;
      if (output.Condition !== undefined && !this.tryCondition(stack, model, output.Condition)) continue;
      let exportName: string;
      try {
        exportName = String(this.resolve(stack, model, output.Export.Name, `Outputs.${name}.Export.Name`));
      } catch {
        unknown.push(`Outputs.${name}`);
        continue;
      }
      try {
        this.exported.set(exportName, this.resolve(stack, model, output.Value, `Outputs.${name}.Value`));
      } catch {
        unknown.push(exportName);
      }
    }
    for (const [logicalId, resource] of Object.entries(model.template.Resources ?? {})) {
      if (resource.Type !== CROSS_REGION_WRITER || !this.existsIn(stack, model, logicalId)) continue;
      const writerProps = resource.Properties?.WriterProps as { exports?: Record<string, unknown> } | undefined;
      for (const [parameter, value] of Object.entries(writerProps?.exports ?? {})) {
        try {
          this.crossRegion.set(parameter, this.resolve(stack, model, value, `${logicalId}.WriterProps.exports`));
        } catch {
          unknown.push(parameter);
        }
      }
    }
    return unknown;
  }

  /** The region of the stack whose `AWS::Pinpoint::App` has this fake id; undefined for an id from elsewhere. */
  regionOfApplication(applicationId: string): string | undefined {
    return this.applicationPlaces.get(applicationId)?.region;
  }

  /** The account of the stack whose `AWS::Pinpoint::App` has this fake id; undefined for an id from elsewhere. */
  accountOfApplication(applicationId: string): string | undefined {
    return this.applicationPlaces.get(applicationId)?.account;
  }

  private context(stack: StackInFlight, model: AssemblyStack): IntrinsicContext {
    const template = model.template;
    const resources = template.Resources ?? {};
    const region = stackRegion(model);
    const pseudo: Record<string, unknown> = {
      'AWS::Partition': REHEARSAL_PARTITION,
      'AWS::Region': region,
      'AWS::AccountId': stackAccount(model),
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': stack.name,
      'AWS::StackId': stack.stackId,
      'AWS::NotificationARNs': [],
    };
    const present = (logicalId: string) => {
      if (!this.existsIn(stack, model, logicalId)) {
        throw new Error(`${logicalId} is not in the stack (its condition ${resources[logicalId].Condition} is false)`);
      }
    };
    const ctx: IntrinsicContext = {
      region,
      mappings: template.Mappings ?? {},
      ref: (name) => {
        if (name in pseudo) return pseudo[name];
        if (name.startsWith('AWS::')) throw new Error(`Ref to ${name} is not supported`);
        if (template.Parameters && name in template.Parameters) return this.parameter(stack, model, name);
        if (!resources[name]) throw new Error(`Ref to ${name}: no such parameter or resource in the template`);
        present(name);
        return this.ref(stack, model, name);
      },
      getAtt: (logicalId, attribute) => {
        if (!resources[logicalId]) throw new Error(`Fn::GetAtt ${logicalId}.${attribute}: no such resource in the template`);
        present(logicalId);
        return this.getAtt(stack, model, logicalId, attribute);
      },
      importValue: (name) => {
        const given = this.options.imports?.[name];
        if (given !== undefined) return given;
        if (this.exported.has(name)) return this.exported.get(name);
        throw new Error(`Fn::ImportValue ${JSON.stringify(name)} cannot be resolved offline: no stack rehearsed earlier in this run exports it ` +
          `(pass --import ${name}=<value>)`);
      },
      condition: (name) => this.condition(stack, model, name),
    };
    return ctx;
  }

  private ref(stack: StackInFlight, model: AssemblyStack, logicalId: string): unknown {
    const resource = model.template.Resources![logicalId];
    const name = (property: string, max?: number): string => {
      const explicit: unknown = resource.Properties?.[property];
      return typeof explicit === 'string' ? explicit : fakeResourceName(stack.name, logicalId, max);
    };
    switch (resource.Type) {
      case 'AWS::Pinpoint::App':
        return this.applicationId(stack, model, logicalId);
      case 'AWS::Lambda::Function':
        return fakeFunctionName(model, logicalId);
      case 'AWS::IAM::Role':
        return name('RoleName');
      case 'AWS::IAM::ManagedPolicy':
        return `arn:${REHEARSAL_PARTITION}:iam::${stackAccount(model)}:policy/${name('ManagedPolicyName', 128)}`;
      case 'AWS::IAM::Policy':
        return fakeResourceName(stack.name, logicalId).slice(-12);
      case 'AWS::Logs::LogGroup':
        return name('LogGroupName', 512);
      default:
        if (resource.Type.startsWith('Custom::') || resource.Type === 'AWS::CloudFormation::CustomResource') {
          return this.live(stack, logicalId, 'Ref').physicalId;
        }
        throw new Error(`Ref to ${logicalId} (${resource.Type}) is not supported offline`);
    }
  }

  private getAtt(stack: StackInFlight, model: AssemblyStack, logicalId: string, attribute: string): unknown {
    const resource = model.template.Resources![logicalId];
    const what = `Fn::GetAtt ${logicalId}.${attribute}`;
    const region = stackRegion(model);
    const account = stackAccount(model);
    switch (resource.Type) {
      case 'AWS::Pinpoint::App': {
        const id = this.applicationId(stack, model, logicalId);
        if (attribute === 'Arn') return `arn:${REHEARSAL_PARTITION}:mobiletargeting:${region}:${account}:apps/${id}`;
        if (attribute === 'ApplicationId' || attribute === 'Id') return id;
        throw new Error(`${what}: AWS::Pinpoint::App has Arn, Id and ApplicationId`);
      }
      case 'AWS::Lambda::Function':
        if (attribute === 'Arn') return functionArn(fakeFunctionName(model, logicalId), region, account);
        throw new Error(`${what}: only Arn is supported for a function`);
      case 'AWS::IAM::Role':
        if (attribute === 'Arn') return `arn:${REHEARSAL_PARTITION}:iam::${account}:role/${String(this.ref(stack, model, logicalId))}`;
        throw new Error(`${what}: only Arn is supported for a role`);
      case 'AWS::Logs::LogGroup':
        if (attribute === 'Arn') return `arn:${REHEARSAL_PARTITION}:logs:${region}:${account}:log-group:${String(this.ref(stack, model, logicalId))}:*`;
        throw new Error(`${what}: only Arn is supported for a log group`);
      case CROSS_REGION_READER:
        if (this.crossRegion.has(attribute)) return this.crossRegion.get(attribute);
        throw new Error(`${what}: no stack rehearsed earlier in this run writes the cross-region export ${attribute}`);
      default: {
        if (!resource.Type.startsWith('Custom::') && resource.Type !== 'AWS::CloudFormation::CustomResource') {
          throw new Error(`${what} (${resource.Type}) is not supported offline`);
        }
        const live = this.live(stack, logicalId, what);
        if (!(attribute in live.data)) {
          throw new Error(`${what}: the response Data has no ${attribute} (it has ${Object.keys(live.data).join(', ') || 'nothing'})`);
        }
        return live.data[attribute];
      }
    }
  }

  private parameter(stack: StackInFlight, model: AssemblyStack, name: string): unknown {
    const declaration = model.template.Parameters![name];
    const given = this.options.parameters?.[`${stack.name}:${name}`] ?? this.options.parameters?.[name];
    const type = String(declaration.Type ?? 'String');
    if (given === undefined && type.startsWith('AWS::SSM::Parameter::Value')) {
      throw new Error(`parameter ${name} is read from SSM (${type}); pass --parameter ${name}=<value>`);
    }
    const value: unknown = given ?? declaration.Default;
    if (value === undefined) throw new Error(`parameter ${name} has no Default; pass --parameter ${name}=<value>`);
    if (type.startsWith('List<') || type === 'CommaDelimitedList') return (typeof value === 'string' ? value : JSON.stringify(value)).split(',').map((s) => s.trim());
    return value;
  }

  private condition(stack: StackInFlight, model: AssemblyStack, name: string): boolean {
    const key = `${stack.stackId}|${model.templateFile}|${name}`;
    const cached = this.conditions.get(key);
    if (cached !== undefined) return cached;
    const expression = model.template.Conditions?.[name];
    if (expression === undefined) throw new Error(`no condition named ${name}`);
    this.conditions.set(key, false); // breaks cycles
    const value = evaluateCondition(expression, this.context(stack, model), `Conditions.${name}`);
    this.conditions.set(key, value);
    return value;
  }

  private tryCondition(stack: StackInFlight, model: AssemblyStack, name: string): boolean {
    try {
      return this.condition(stack, model, name);
    } catch {
      return false;
    }
  }

  private live(stack: StackInFlight, logicalId: string, what: string): LiveResource {
    const live = stack.live.get(logicalId);
    if (!live) throw new Error(`${what}: ${logicalId} has not been created`);
    return live;
  }

  private applicationId(stack: StackInFlight, model: AssemblyStack, logicalId: string): string {
    const id = fakeApplicationId(stack.name, logicalId);
    this.applications.set(id, `${stack.name}/${logicalId}`);
    this.applicationPlaces.set(id, { region: stackRegion(model), account: stackAccount(model) });
    return id;
  }
}
