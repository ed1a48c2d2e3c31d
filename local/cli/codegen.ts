/**
 * `import`, the printing half: a TypeScript module that exports a `Construct` subclass declaring
 * one adopting `PinpointSegment` per importable segment, with the library's enums and factories.
 * Construct ids come from the segment names (PascalCase, made unique in name order, so the same
 * project always prints the same ids), and a source segment that is declared too is referred to by
 * the generated construct's `segmentId`.
 */
import type { PinpointSegmentProps } from '../../lib';
import type {
  AttributeDimensionConfig,
  MetricDimensionConfig,
  SegmentDimensions,
  SegmentGroup,
  SetDimension,
  SourceSegment,
} from '../../lib/segment-dimensions';
import type { ImportedSegment } from './import-model';

/** The package the generated module imports from. */
export const PACKAGE_NAME = 'cdk-pinpoint-segment';

export interface CodegenOptions {
  readonly applicationId: string;
  /** @default 'ImportedSegments' */
  readonly className?: string;
}

/** A declared segment with the names it gets in the generated code. */
interface Named {
  readonly props: PinpointSegmentProps;
  readonly constructId: string;
  readonly property: string;
}

/** Members of `Construct` (and `Object`) a generated property must not shadow. */
const RESERVED_PROPERTIES = new Set([
  'node', 'toString', 'with', 'constructor', 'prototype', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__proto__', 'applicationId',
]);

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{Nd}_$]*$/u;

/** A TypeScript class name, or a usage error message. */
export function checkClassName(name: string): string | undefined {
  return IDENTIFIER.test(name) ? undefined : `--class ${JSON.stringify(name)} is not a valid TypeScript class name`;
}

/**
 * `Gold customers (EU)` → `GoldCustomersEU`; `Segment` when nothing usable is left. ASCII only
 * (`Ñandú` → `Nandu`): CloudFormation logical ids, which the CDK makes from construct ids, keep only
 * ASCII letters and digits.
 */
export function constructIdFromName(name: string): string {
  const ascii = name.normalize('NFD').replace(/\p{M}+/gu, '');
  const words = ascii.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const id = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  if (id === '') return 'Segment';
  return /^[A-Za-z]/.test(id) ? id : `Segment${id}`;
}

/** `GoldCustomers` → `goldCustomers`, `VIPUsers` → `vipUsers`, `EU` → `eu`. */
function propertyFromId(id: string): string {
  const lead = /^[A-Z]+/.exec(id)?.[0] ?? '';
  let property: string;
  if (lead.length === id.length) property = id.toLowerCase();
  else if (lead.length <= 1) property = id[0].toLowerCase() + id.slice(1);
  else property = lead.slice(0, -1).toLowerCase() + id.slice(lead.length - 1);
  return RESERVED_PROPERTIES.has(property) ? `${property}Segment` : property;
}

function unique(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  taken.add(candidate);
  return candidate;
}

/** Names in (name, id) order, so that adding or listing in another order does not rename others. */
function assignNames(declared: PinpointSegmentProps[]): Named[] {
  const sorted = [...declared].sort((a, b) => compare(a.name, b.name) || compare(a.segmentId!, b.segmentId!));
  const ids = new Set<string>();
  const properties = new Set<string>();
  return sorted.map((props) => {
    const constructId = unique(constructIdFromName(props.name), ids);
    return { props, constructId, property: unique(propertyFromId(constructId), properties) };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sourceIds(props: PinpointSegmentProps): string[] {
  return (props.segmentGroups?.groups ?? []).flatMap((g) => (g.sourceSegments ?? []).map((s) => s.id));
}

/** Dependencies first; ties by construct id. A cycle (should Pinpoint allow one) is broken by raw ids. */
function declarationOrder(named: Named[]): Named[] {
  const byId = new Map(named.map((n) => [n.props.segmentId!, n]));
  const pending = new Map(named.map((n) => [n, new Set(sourceIds(n.props).filter((id) => byId.has(id) && byId.get(id) !== n).map((id) => byId.get(id)!))]));
  const order: Named[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, deps]) => [...deps].every((d) => !pending.has(d))).map(([n]) => n);
    const next = ready.length > 0 ? ready : [[...pending.keys()].sort((a, b) => compare(a.constructId, b.constructId))[0]];
    for (const n of next.sort((a, b) => compare(a.constructId, b.constructId))) {
      order.push(n);
      pending.delete(n);
    }
  }
  return order;
}

/** A TypeScript string literal, single-quoted. */
export function tsString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A number as a literal that reads back as exactly the same number. */
function tsNumber(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

/** The enum member for a value, recording the enum's import. */
class Printer {
  readonly imports = new Set<string>();

  constructor(private readonly segmentIds: Map<string, string>, private readonly comments: Map<string, string>) {}

  use(name: string): string {
    this.imports.add(name);
    return name;
  }

  member(enumName: string, value: string): string {
    return /^[A-Z][A-Z0-9_]*$/.test(value) ? `${this.use(enumName)}.${value}` : tsString(value);
  }

  strings(values: readonly string[]): string {
    return values.map(tsString).join(', ');
  }

  attribute(a: AttributeDimensionConfig): string {
    const values = a.values;
    const factory: Record<string, (v: readonly string[]) => string | undefined> = {
      INCLUSIVE: (v) => `inclusive(${this.strings(v)})`,
      EXCLUSIVE: (v) => `exclusive(${this.strings(v)})`,
      CONTAINS: (v) => `contains(${this.strings(v)})`,
      BEFORE: (v) => (v.length === 1 ? `before(${this.strings(v)})` : undefined),
      AFTER: (v) => (v.length === 1 ? `after(${this.strings(v)})` : undefined),
      ON: (v) => (v.length === 1 ? `on(${this.strings(v)})` : undefined),
      BETWEEN: (v) => (v.length === 2 ? `between(${this.strings(v)})` : undefined),
    };
    const call = a.attributeType !== undefined && values.length > 0 ? factory[a.attributeType]?.(values) : undefined;
    if (call) return `${this.use('AttributeDimension')}.${call}`;
    const type = a.attributeType !== undefined ? `attributeType: ${this.member('AttributeType', a.attributeType)}, ` : '';
    return `{ ${type}values: [${this.strings(values)}] }`;
  }

  metric(m: MetricDimensionConfig): string {
    const factories: Record<string, string> = {
      GREATER_THAN: 'greaterThan',
      LESS_THAN: 'lessThan',
      GREATER_THAN_OR_EQUAL: 'greaterThanOrEqual',
      LESS_THAN_OR_EQUAL: 'lessThanOrEqual',
      EQUAL: 'equalTo',
    };
    const factory = factories[m.comparisonOperator];
    if (factory) return `${this.use('MetricDimension')}.${factory}(${tsNumber(m.value)})`;
    return `{ comparisonOperator: ${this.member('ComparisonOperator', m.comparisonOperator)}, value: ${tsNumber(m.value)} }`;
  }

  set(s: SetDimension, channel = false): string {
    const values = channel
      ? s.values.map((v) => (/^[A-Z][A-Z0-9_]*$/.test(v) ? this.member('ChannelType', v) : tsString(v))).join(', ')
      : this.strings(s.values);
    const dimensionType: string | undefined = s.dimensionType;
    if (dimensionType === 'INCLUSIVE' && s.values.length > 0) return `${this.use('Values')}.including(${values})`;
    if (dimensionType === 'EXCLUSIVE' && s.values.length > 0) return `${this.use('Values')}.excluding(${values})`;
    const type = dimensionType !== undefined ? `dimensionType: ${this.member('DimensionType', dimensionType)}, ` : '';
    return `{ ${type}values: [${values}] }`;
  }

  object(entries: Array<[string, string | undefined]>, indent: string): string {
    const present = entries.filter((e): e is [string, string] => e[1] !== undefined);
    if (present.length === 0) return '{}';
    // `applicationId: applicationId` is written `applicationId,`.
    const entry = ([k, v]: [string, string]) => (k === v ? `${k},` : `${tsKey(k)}: ${v},`);
    return `{\n${present.map((e) => `${indent}  ${entry(e)}`).join('\n')}\n${indent}}`;
  }

  map<T>(map: { [name: string]: T } | undefined, print: (value: T) => string, indent: string): string | undefined {
    return map === undefined ? undefined : this.object(Object.keys(map).map((k) => [k, print(map[k])]), indent);
  }

  dimensions(d: SegmentDimensions, indent: string): string {
    const inner = `${indent}  `;
    const recency = d.behavior?.recency;
    const recencyType: string | undefined = recency?.recencyType;
    const gps = d.location?.gpsPoint;
    return this.object([
      ['attributes', this.map(d.attributes, (a) => this.attribute(a), inner)],
      ['behavior', d.behavior === undefined ? undefined : this.object([
        ['recency', recency === undefined ? undefined
          : recencyType === 'ACTIVE' || recencyType === 'INACTIVE'
            ? `${this.use('Recency')}.${recencyType === 'ACTIVE' ? 'activeWithin' : 'inactiveWithin'}(${this.member('RecencyDuration', recency.duration)})`
            : `{ duration: ${this.member('RecencyDuration', recency.duration)}, recencyType: ${this.member('RecencyType', recency.recencyType)} }`],
      ], inner)],
      ['demographic', d.demographic === undefined ? undefined : this.object([
        ['appVersion', d.demographic.appVersion && this.set(d.demographic.appVersion)],
        ['channel', d.demographic.channel && this.set(d.demographic.channel, true)],
        ['deviceType', d.demographic.deviceType && this.set(d.demographic.deviceType)],
        ['make', d.demographic.make && this.set(d.demographic.make)],
        ['model', d.demographic.model && this.set(d.demographic.model)],
        ['platform', d.demographic.platform && this.set(d.demographic.platform)],
      ], inner)],
      ['location', d.location === undefined ? undefined : this.object([
        ['country', d.location.country && this.set(d.location.country)],
        ['gpsPoint', gps === undefined ? undefined : gps.rangeInKilometers !== undefined
          ? `${this.use('GpsPoint')}.within(${tsNumber(gps.coordinates.latitude)}, ${tsNumber(gps.coordinates.longitude)}, ${tsNumber(gps.rangeInKilometers)})`
          : `{ coordinates: { latitude: ${tsNumber(gps.coordinates.latitude)}, longitude: ${tsNumber(gps.coordinates.longitude)} } }`],
      ], inner)],
      ['metrics', this.map(d.metrics, (m) => this.metric(m), inner)],
      ['userAttributes', this.map(d.userAttributes, (a) => this.attribute(a), inner)],
    ], indent);
  }

  source(s: SourceSegment): string {
    const property = this.segmentIds.get(s.id);
    const id = property !== undefined ? `this.${property}.segmentId` : tsString(s.id);
    const version = s.version !== undefined ? `, version: ${tsNumber(s.version)}` : '';
    const note = property === undefined && this.comments.has(s.id) ? ` /* ${this.comments.get(s.id)} */` : '';
    return `{ id: ${id}${version} }${note}`;
  }

  group(g: SegmentGroup, indent: string): string {
    const inner = `${indent}  `;
    return this.object([
      ['dimensions', g.dimensions === undefined ? undefined : `[\n${g.dimensions.map((d) => `${inner}  ${this.dimensions(d, `${inner}  `)},`).join('\n')}\n${inner}]`],
      ['sourceSegments', g.sourceSegments === undefined ? undefined : `[\n${g.sourceSegments.map((s) => `${inner}  ${this.source(s)},`).join('\n')}\n${inner}]`],
      ['sourceType', g.sourceType === undefined ? undefined : this.member('SourceType', g.sourceType)],
      ['type', g.type === undefined ? undefined : this.member('GroupType', g.type)],
    ], indent);
  }

  segment(n: Named, indent: string): string {
    const p = n.props;
    const inner = `${indent}  `;
    const groups = p.segmentGroups;
    return this.object([
      ['applicationId', 'applicationId'],
      ['segmentId', tsString(p.segmentId!)],
      ['name', tsString(p.name)],
      ['dimensions', p.dimensions === undefined ? undefined : this.dimensions(p.dimensions, inner)],
      ['segmentGroups', groups === undefined ? undefined : this.object([
        ['groups', groups.groups === undefined ? undefined : `[\n${groups.groups.map((g) => `${inner}    ${this.group(g, `${inner}    `)},`).join('\n')}\n${inner}  ]`],
        ['include', groups.include === undefined ? undefined : this.member('Include', groups.include)],
      ], inner)],
      ['tags', p.tags === undefined ? undefined : this.object(Object.keys(p.tags).map((k) => [k, tsString(p.tags![k])]), inner)],
    ], indent);
  }
}

function commentLine(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The generated module's source text. */
export function generateModule(segments: readonly ImportedSegment[], options: CodegenOptions): string {
  const className = options.className ?? 'ImportedSegments';
  const declared = segments.filter((s): s is Extract<ImportedSegment, { kind: 'declared' }> => s.kind === 'declared').map((s) => s.props);
  const skipped = segments.filter((s): s is Extract<ImportedSegment, { kind: 'skipped' }> => s.kind === 'skipped');
  const order = declarationOrder(assignNames(declared));

  const comments = new Map(skipped.filter((s) => s.live.Id).map((s) => [s.live.Id!, commentLine(`not declared: "${s.live.Name ?? ''}"`)]));
  const declaredSoFar = new Map<string, string>();
  const printer = new Printer(declaredSoFar, comments);
  const body: string[] = [];
  for (const n of order) {
    body.push(`    this.${n.property} = new PinpointSegment(this, ${tsString(n.constructId)}, ${printer.segment(n, '    ')});`);
    declaredSoFar.set(n.props.segmentId!, n.property);
  }
  // Sources declared later (a cycle) stay raw ids: fine, they are the same segments.

  const lines: string[] = [];
  lines.push(`// Generated by \`pinpoint-segment import --application-id ${commentLine(options.applicationId)}\`.`);
  lines.push(`// ${declared.length} live segment${declared.length === 1 ? '' : 's'} of the Pinpoint project, each adopted by its segmentId with its`);
  lines.push('// current definition and tags: the first deploy of this code writes nothing to Pinpoint. After that,');
  lines.push('// the stack manages them; edit the definitions here. (Tags added with Tags.of() on an enclosing');
  lines.push('// scope are tags of these segments too: the first deploy would set them.)');
  if (skipped.length > 0) {
    lines.push('//');
    lines.push(`// ${skipped.length} segment${skipped.length === 1 ? ' is' : 's are'} not declared:`);
    for (const s of skipped) {
      lines.push(`// - "${commentLine(s.live.Name ?? '')}" (${commentLine(s.live.Id ?? 'no id')}): ${commentLine(s.reasons.join('; '))}`);
    }
  }
  lines.push(`import { Construct } from 'constructs';`);
  if (order.length > 0) printer.use('PinpointSegment');
  if (printer.imports.size > 0) lines.push(`import { ${[...printer.imports].sort().join(', ')} } from '${PACKAGE_NAME}';`);
  lines.push('');
  lines.push(`/** Properties of \`${className}\`. */`);
  lines.push(`export interface ${className}Props {`);
  lines.push('  /**');
  lines.push('   * The Pinpoint application (project) the segments belong to.');
  lines.push('   *');
  lines.push(`   * @default ${tsString(options.applicationId)}, the project they were imported from`);
  lines.push('   */');
  lines.push('  readonly applicationId?: string;');
  lines.push('}');
  lines.push('');
  lines.push(`/** The segments of Pinpoint project ${commentLine(options.applicationId)}, adopted as they were when imported. */`);
  lines.push(`export class ${className} extends Construct {`);
  for (const n of [...order].sort((a, b) => compare(a.property, b.property))) {
    lines.push(`  /** ${commentLine(`"${n.props.name}" (${n.props.segmentId})`)} */`);
    lines.push(`  public readonly ${n.property}: PinpointSegment;`);
    lines.push('');
  }
  const propsName = order.length > 0 ? 'props' : '_props';
  lines.push(`  constructor(scope: Construct, id: string, ${propsName}: ${className}Props = {}) {`);
  lines.push('    super(scope, id);');
  if (order.length > 0) {
    lines.push(`    const applicationId = props.applicationId ?? ${tsString(options.applicationId)};`);
    lines.push('');
    lines.push(...body);
  }
  lines.push('  }');
  lines.push('}');
  lines.push('');
  return lines.join('\n');
}
