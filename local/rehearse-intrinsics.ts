/**
 * CloudFormation intrinsic functions, resolved offline for the rehearsal. Only what a segment's
 * properties plausibly need is supported; anything else is a {@link ResolveError} naming the path
 * where it was found, so that one resource fails with a clear message instead of the whole run.
 */

/** A value CloudFormation removes (`Ref: AWS::NoValue`). */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/** The template path of a value that could not be resolved, and why. */
export class ResolveError extends Error {
  constructor(readonly path: string, readonly detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'ResolveError';
  }
}

/** What the resolver asks the rehearsal for. Each callback throws a plain Error to refuse. */
export interface IntrinsicContext {
  /** `Ref` of a pseudo parameter (`AWS::Region`, ...), a template parameter or a resource. */
  ref(name: string): unknown;
  /** `Fn::GetAtt`. */
  getAtt(logicalId: string, attribute: string): unknown;
  /** `Fn::ImportValue`. */
  importValue(exportName: string): unknown;
  /** The value of a named condition. */
  condition(name: string): boolean;
  /** The template's `Mappings`. */
  readonly mappings: Record<string, unknown>;
  /** For `Fn::GetAZs`. */
  readonly region: string;
}

/** A JSON object of a template or manifest; its values are narrowed where they are read. */
export type Json = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The intrinsic's name when `value` is one (`{ "Ref": ... }` or `{ "Fn::X": ... }`). */
export function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0];
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Resolves every intrinsic in `value`. `Ref: AWS::NoValue` drops the key or element. */
export function resolveValue(value: unknown, ctx: IntrinsicContext, path: string): unknown {
  const name = intrinsicName(value);
  if (name === 'Condition') {
    // `{ "Condition": "X" }` is only meaningful inside condition functions; as a value it is data.
    return resolveObject(value as Json, ctx, path);
  }
  if (name !== undefined) return resolveIntrinsic(name, (value as Json)[name], ctx, `${path}.${name}`);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const resolved = resolveValue(item, ctx, `${path}[${i}]`);
      if (resolved !== NO_VALUE) out.push(resolved);
    });
    return out;
  }
  if (isObject(value)) return resolveObject(value, ctx, path);
  return value;
}

function resolveObject(value: Json, ctx: IntrinsicContext, path: string): Json {
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, ctx, path === '' ? key : `${path}.${key}`);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

function fail(path: string, detail: string): never {
  throw new ResolveError(path, detail);
}

/** Calls a context callback, turning its refusal into a ResolveError at `path`. */
function ask<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ResolveError) throw error;
    return fail(path, (error as Error).message);
  }
}

/** A scalar as CloudFormation puts it into a string. */
function asString(value: unknown, path: string, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(path, `${what} must be a string, got ${describe(value)}`);
}

function asList(value: unknown, path: string, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  return fail(path, `${what} must be a list, got ${describe(value)}`);
}

function args(raw: unknown, count: number, path: string, fn: string): unknown[] {
  if (!Array.isArray(raw) || raw.length !== count) {
    return fail(path, `${fn} takes a list of ${count} arguments, got ${describe(raw)}`);
  }
  return raw;
}

function resolveIntrinsic(name: string, raw: unknown, ctx: IntrinsicContext, path: string): unknown {
  switch (name) {
    case 'Ref': {
      const target = asString(raw, path, 'Ref');
      if (target === 'AWS::NoValue') return NO_VALUE;
      return ask(path, () => ctx.ref(target));
    }
    case 'Fn::GetAtt': {
      let logicalId: string;
      let attribute: string;
      if (typeof raw === 'string') {
        const dot = raw.indexOf('.');
        if (dot < 0) return fail(path, `Fn::GetAtt needs "Resource.Attribute", got ${describe(raw)}`);
        logicalId = raw.slice(0, dot);
        attribute = raw.slice(dot + 1);
      } else {
        const [id, attr] = args(raw, 2, path, 'Fn::GetAtt');
        logicalId = asString(id, path, 'the Fn::GetAtt resource');
        attribute = asString(resolveValue(attr, ctx, `${path}[1]`), path, 'the Fn::GetAtt attribute');
      }
      return ask(path, () => ctx.getAtt(logicalId, attribute));
    }
    case 'Fn::Join': {
      const [delimiter, list] = args(raw, 2, path, 'Fn::Join');
      const sep = asString(delimiter, `${path}[0]`, 'the Fn::Join delimiter');
      const items = asList(resolveValue(list, ctx, `${path}[1]`), `${path}[1]`, 'the Fn::Join list');
      return items.map((item, i) => asString(item, `${path}[1][${i}]`, 'a Fn::Join element')).join(sep);
    }
    case 'Fn::Select': {
      const [index, list] = args(raw, 2, path, 'Fn::Select');
      const i = Number(asString(resolveValue(index, ctx, `${path}[0]`), `${path}[0]`, 'the Fn::Select index'));
      const items = asList(resolveValue(list, ctx, `${path}[1]`), `${path}[1]`, 'the Fn::Select list');
      if (!Number.isInteger(i) || i < 0 || i >= items.length) {
        return fail(path, `Fn::Select index ${describe(index)} is out of range for a list of ${items.length}`);
      }
      return items[i];
    }
    case 'Fn::Split': {
      const [delimiter, source] = args(raw, 2, path, 'Fn::Split');
      const sep = asString(delimiter, `${path}[0]`, 'the Fn::Split delimiter');
      if (sep === '') return fail(path, 'the Fn::Split delimiter may not be empty');
      return asString(resolveValue(source, ctx, `${path}[1]`), `${path}[1]`, 'the Fn::Split source').split(sep);
    }
    case 'Fn::Sub':
      return resolveSub(raw, ctx, path);
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = args(raw, 3, path, 'Fn::If');
      const conditionName = asString(condition, `${path}[0]`, 'the Fn::If condition');
      const chosen = ask(path, () => ctx.condition(conditionName)) ? whenTrue : whenFalse;
      return resolveValue(chosen, ctx, `${path}[${chosen === whenTrue ? 1 : 2}]`);
    }
    case 'Fn::FindInMap': {
      const [map, top, second] = args(raw, 3, path, 'Fn::FindInMap').map((a, i) =>
        asString(resolveValue(a, ctx, `${path}[${i}]`), `${path}[${i}]`, 'a Fn::FindInMap key'));
      const value = [map, top, second].reduce<unknown>((level, key) => (isObject(level) ? level[key] : undefined), ctx.mappings);
      if (value === undefined) return fail(path, `Fn::FindInMap: no mapping ${map}.${top}.${second}`);
      return value;
    }
    case 'Fn::Base64':
      return Buffer.from(asString(resolveValue(raw, ctx, path), path, 'Fn::Base64 input'), 'utf8').toString('base64');
    case 'Fn::GetAZs':
      return ['a', 'b', 'c', 'd', 'e', 'f'].map((z) => `${ctx.region}${z}`);
    case 'Fn::ImportValue': {
      const exportName = asString(resolveValue(raw, ctx, path), path, 'the Fn::ImportValue name');
      return ask(path, () => ctx.importValue(exportName));
    }
    case 'Fn::Equals':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not':
      return evaluateCondition({ [name]: raw }, ctx, path.slice(0, -name.length - 1));
    default:
      return fail(path, `${name} is not supported by the offline rehearsal`);
  }
}

const SUB_PATTERN = /\$\{([^}]*)\}/g;

function resolveSub(raw: unknown, ctx: IntrinsicContext, path: string): string {
  let template: string;
  let variables: Json = {};
  if (typeof raw === 'string') {
    template = raw;
  } else {
    const [text, vars] = args(raw, 2, path, 'Fn::Sub');
    template = asString(text, `${path}[0]`, 'the Fn::Sub string');
    if (!isObject(vars)) return fail(`${path}[1]`, `Fn::Sub variables must be an object, got ${describe(vars)}`);
    variables = vars;
  }
  return template.replace(SUB_PATTERN, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    if (Object.prototype.hasOwnProperty.call(variables, name)) {
      const value = resolveValue(variables[name], ctx, `${path}[1].${name}`);
      return asString(value, `${path}[1].${name}`, `Fn::Sub variable ${name}`);
    }
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) {
      const logicalId = name.slice(0, dot);
      const attribute = name.slice(dot + 1);
      return asString(ask(path, () => ctx.getAtt(logicalId, attribute)), path, `\${${name}}`);
    }
    if (name === '') return fail(path, `Fn::Sub: empty variable ${whole}`);
    return asString(ask(path, () => ctx.ref(name)), path, `\${${name}}`);
  });
}

/** Evaluates a condition expression (the body of a `Conditions` entry). */
export function evaluateCondition(expression: unknown, ctx: IntrinsicContext, path: string): boolean {
  const name = intrinsicName(expression);
  const raw = name ? (expression as Json)[name] : undefined;
  const here = `${path}.${name}`;
  switch (name) {
    case 'Condition':
      return ask(here, () => ctx.condition(asString(raw, here, 'the condition name')));
    case 'Fn::Equals': {
      const [a, b] = args(raw, 2, here, 'Fn::Equals').map((v, i) => resolveValue(v, ctx, `${here}[${i}]`));
      return JSON.stringify(stringifyScalars(a)) === JSON.stringify(stringifyScalars(b));
    }
    case 'Fn::And':
    case 'Fn::Or': {
      const items = asList(raw, here, name).map((c, i) => evaluateCondition(c, ctx, `${here}[${i}]`));
      return name === 'Fn::And' ? items.every(Boolean) : items.some(Boolean);
    }
    case 'Fn::Not': {
      const [inner] = args(raw, 1, here, 'Fn::Not');
      return !evaluateCondition(inner, ctx, `${here}[0]`);
    }
    default: {
      const value = resolveValue(expression, ctx, path);
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return fail(path, `a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, got ${describe(expression)}`);
    }
  }
}

/**
 * CloudFormation hands a custom resource's properties to its function with every scalar as a
 * string: `47.6` becomes `"47.6"`, `true` becomes `"true"`. Keys are untouched.
 */
export function stringifyScalars(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(stringifyScalars);
  if (isObject(value)) {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) out[key] = stringifyScalars(item);
    return out;
  }
  return value;
}

/**
 * The logical ids a value refers to through `Ref`, `Fn::GetAtt` and `Fn::Sub`, for ordering.
 * Pseudo parameters (`AWS::...`) are left out; parameters are included (callers filter).
 */
export function referencedIds(value: unknown, into: Set<string> = new Set()): Set<string> {
  const name = intrinsicName(value);
  const ref = name === 'Ref' ? (value as Json).Ref : undefined;
  if (typeof ref === 'string') {
    if (!ref.startsWith('AWS::')) into.add(ref);
    return into;
  }
  if (name === 'Fn::GetAtt') {
    const raw = (value as Json)['Fn::GetAtt'];
    if (typeof raw === 'string') into.add(raw.split('.')[0]);
    else if (Array.isArray(raw) && typeof raw[0] === 'string') into.add(raw[0]);
    if (Array.isArray(raw)) referencedIds(raw.slice(1), into);
    return into;
  }
  if (name === 'Fn::Sub') {
    const raw = (value as Json)['Fn::Sub'];
    const text: unknown = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw[0] : undefined;
    const vars = Array.isArray(raw) && isObject(raw[1]) ? raw[1] : {};
    if (typeof text === 'string') {
      for (const match of text.matchAll(SUB_PATTERN)) {
        const inner = match[1].trim();
        if (inner.startsWith('!') || inner.startsWith('AWS::') || inner in vars) continue;
        into.add(inner.split('.')[0]);
      }
    }
    referencedIds(vars, into);
    return into;
  }
  if (Array.isArray(value)) value.forEach((v) => referencedIds(v, into));
  else if (isObject(value)) Object.values(value).forEach((v) => referencedIds(v, into));
  return into;
}
