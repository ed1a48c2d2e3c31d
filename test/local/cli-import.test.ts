// `pinpoint-segment import`, in process: what each live segment becomes, what is left out and why,
// and how names, strings and numbers are printed.
import type { SegmentResponse } from '@aws-sdk/client-pinpoint';
import { checkClassName, constructIdFromName, generateModule, tsString } from '../../local/cli/codegen';
import { declarableTags, firstDeployWrites, importSegment, ImportedSegment } from '../../local/cli/import-model';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';

const APP = 'app1';

function live(fields: Partial<SegmentResponse>): SegmentResponse {
  return {
    ApplicationId: APP,
    Arn: `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${APP}/segments/${fields.Id ?? 'seg1'}`,
    CreationDate: '2026-01-01T00:00:00.000Z',
    Id: 'seg1',
    SegmentType: 'DIMENSIONAL',
    Version: 3,
    tags: {},
    ...fields,
  };
}

function declared(segment: ImportedSegment) {
  if (segment.kind !== 'declared') throw new Error(`not declared: ${segment.reasons.join('; ')}`);
  return segment.props;
}

describe('importSegment', () => {
  test('adopts a dimensional segment by id with its name, definition and tags', () => {
    const segment = live({ Name: 'Gold', Dimensions: { Attributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } }, tags: { team: 'growth' } });
    expect(declared(importSegment(segment, { team: 'growth' }, APP))).toEqual({
      applicationId: APP,
      segmentId: 'seg1',
      name: 'Gold',
      dimensions: { attributes: { plan: { attributeType: 'INCLUSIVE', values: ['gold'] } } },
      tags: { team: 'growth' },
    });
  });

  test('service-filled empty objects are left out, and the segment is still one the handler leaves alone', () => {
    const segment = live({
      Name: 'Group',
      Dimensions: { Attributes: {}, Behavior: {}, Demographic: {}, Location: {}, Metrics: {}, UserAttributes: {} },
      SegmentGroups: { Include: 'ALL', Groups: [{ SourceSegments: [{ Id: 'other', Version: 2 }], SourceType: 'ANY', Type: 'ALL', Dimensions: [] }] },
    });
    const props = declared(importSegment(segment, {}, APP));
    expect(props.dimensions).toBeUndefined();
    expect(props.segmentGroups).toEqual({ include: 'ALL', groups: [{ sourceSegments: [{ id: 'other', version: 2 }], sourceType: 'ANY', type: 'ALL' }] });
    expect(firstDeployWrites(props, segment)).toEqual([]);
  });

  test('numbers survive CloudFormation turning them into strings', () => {
    const segment = live({
      Name: 'Near',
      Dimensions: {
        Location: { GPSPoint: { Coordinates: { Latitude: 0.1 + 0.2, Longitude: -0 }, RangeInKilometers: 1e-7 } },
        Metrics: { spend: { ComparisonOperator: 'GREATER_THAN', Value: 12345678.125 } },
      },
    });
    expect(firstDeployWrites(declared(importSegment(segment, {}, APP)), segment)).toEqual([]);
  });

  test('an import segment, a nameless one and one the construct would reject are left out with the reason', () => {
    expect(importSegment(live({ Name: 'List', SegmentType: 'IMPORT' }), {}, APP)).toMatchObject({
      kind: 'skipped',
      reasons: [expect.stringContaining('import segment')],
    });
    expect(importSegment(live({ Dimensions: { Attributes: { a: { Values: ['x'] } } } }), {}, APP)).toMatchObject({
      kind: 'skipped',
      reasons: [expect.stringContaining('no name')],
    });
    const rejected = importSegment(live({ Name: 'Bad', Dimensions: { Location: { Country: { Values: ['usa'] } } } }), {}, APP);
    expect(rejected).toMatchObject({ kind: 'skipped', reasons: [expect.stringMatching(/^synth-time validation would reject it: dimensions\.location\.country/)] });
  });

  test('a definition that would not come back equal is left out rather than written wrongly', () => {
    // An attribute whose values are empty: the construct cannot declare it, and dropping it would
    // change the definition the handler compares.
    const segment = live({ Name: 'Odd', Dimensions: { Attributes: { a: { AttributeType: 'EXCLUSIVE', Values: [] } } } });
    expect(importSegment(segment, {}, APP).kind).toBe('skipped');
  });

  test('tags that GetSegments lists must agree with ListTagsForResource; a list without tags defers to it', () => {
    const segment = live({ Name: 'Gold', Dimensions: { Attributes: { plan: { Values: ['gold'] } } }, tags: { team: 'growth' } });
    expect(importSegment(segment, { team: 'other' }, APP)).toMatchObject({ kind: 'skipped', reasons: [expect.stringContaining('tags (team)')] });
    expect(importSegment({ ...segment, tags: {} }, { team: 'other' }, APP).kind).toBe('declared');
  });

  test('tags: the ownership tag and aws: tags are never declared', () => {
    expect(declarableTags({ team: 'growth', [OWNERSHIP_TAG_KEY]: 'x', 'aws:cloudformation:stack-name': 'S' })).toEqual({ team: 'growth' });
  });
});

describe('generateModule', () => {
  const gold = live({ Id: 'gold1', Name: 'Gold customers', Dimensions: { Metrics: { spend: { ComparisonOperator: 'EQUAL', Value: 5 } } } });
  const group = live({ Id: 'grp1', Name: 'Gold or list', SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'gold1' }, { Id: 'imp1' }] }] } });
  const imported = live({ Id: 'imp1', Name: 'List */ end', SegmentType: 'IMPORT' });

  test('declares sources first and refers to declared ones by segmentId, to others by raw id with a note', () => {
    const source = generateModule([group, gold, imported].map((s) => importSegment(s, {}, APP)), { applicationId: APP, className: 'Mine' });
    expect(source.indexOf("new PinpointSegment(this, 'GoldCustomers'")).toBeLessThan(source.indexOf("new PinpointSegment(this, 'GoldOrList'"));
    expect(source).toContain('{ id: this.goldCustomers.segmentId },');
    expect(source).toContain("{ id: 'imp1' } /* not declared: \"List * / end\" */,");
    expect(source).toContain('export class Mine extends Construct {');
    expect(source).toContain("const applicationId = props.applicationId ?? 'app1';");
    expect(source).toContain("import { MetricDimension, PinpointSegment } from 'cdk-pinpoint-segment';");
  });

  test('with nothing to declare, no unused import or parameter is written', () => {
    const source = generateModule([importSegment(imported, {}, APP)], { applicationId: APP });
    expect(source).not.toContain("from 'cdk-pinpoint-segment'");
    expect(source).toContain('constructor(scope: Construct, id: string, _props: ImportedSegmentsProps = {}) {');
  });

  test('is the same text whatever order the segments were listed in', () => {
    const a = generateModule([gold, group, imported].map((s) => importSegment(s, {}, APP)), { applicationId: APP });
    const b = generateModule([imported, group, gold].map((s) => importSegment(s, {}, APP)), { applicationId: APP });
    expect(a).toBe(b);
  });
});

describe('names and literals', () => {
  test.each([
    ['Gold customers', 'GoldCustomers'],
    ['gold-customers (EU)', 'GoldCustomersEU'],
    ['2024 cohort', 'Segment2024Cohort'],
    ['***', 'Segment'],
    ['Clientes Ñandú', 'ClientesNandu'],
    ['黄金客户', 'Segment'],
  ])('%j becomes the construct id %j', (name, id) => {
    expect(constructIdFromName(name)).toBe(id);
  });

  test('string literals read back as the same string', () => {
    for (const text of ["it's", 'a\\b', 'line\nbreak\r\t', '\u2028\u2029', '\u0000\u001f', '"double"', '${not a template}', 'emoji 🎯']) {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test is that the generated literal evaluates back to the same string
      const read = new Function(`return ${tsString(text)};`) as () => unknown;
      expect(read()).toBe(text);
    }
  });

  test('class names are checked', () => {
    expect(checkClassName('ImportedSegments')).toBeUndefined();
    expect(checkClassName('9Lives')).toMatch(/not a valid TypeScript class name/);
  });
});
