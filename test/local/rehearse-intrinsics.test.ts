import { dependencyGraph } from '../../local/rehearse-assembly';
import { IntrinsicContext, referencedIds, ResolveError, resolveValue, stringifyScalars } from '../../local/rehearse-intrinsics';

const ctx: IntrinsicContext = {
  region: 'us-east-1',
  mappings: { Plans: { gold: { Min: 5 } } },
  ref: (name) => {
    const values: Record<string, unknown> = { 'AWS::Region': 'us-east-1', 'AWS::Partition': 'aws', App: 'abc123', Names: ['a', 'b'] };
    if (name in values) return values[name];
    throw new Error(`no ${name}`);
  },
  getAtt: (id, attr) => {
    if (id === 'Seg' && attr === 'SegmentId') return 'seg-1';
    throw new Error(`no ${id}.${attr}`);
  },
  importValue: (name) => {
    throw new Error(`Fn::ImportValue ${name} is not supported`);
  },
  condition: (name) => name === 'IsProd',
};

describe('resolveValue', () => {
  test('resolves the intrinsics a segment needs', () => {
    expect(resolveValue({
      a: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':x']] },
      b: { 'Fn::Sub': 'apps/${App}/segments/${Seg.SegmentId} ${!Literal} ${AWS::Region}' },
      c: { 'Fn::Sub': ['${X}-${App}', { X: { Ref: 'AWS::Region' } }] },
      d: { 'Fn::Select': [1, { 'Fn::Split': [',', 'x,y,z'] }] },
      e: { 'Fn::If': ['IsProd', 'prod', 'dev'] },
      f: { 'Fn::FindInMap': ['Plans', 'gold', 'Min'] },
      g: [{ Ref: 'AWS::NoValue' }, 1],
      h: { Ref: 'AWS::NoValue' },
      i: { 'Fn::Select': [0, { Ref: 'Names' }] },
    }, ctx, 'Properties')).toEqual({
      a: 'arn:aws:x',
      b: 'apps/abc123/segments/seg-1 ${Literal} us-east-1',
      c: 'us-east-1-abc123',
      d: 'y',
      e: 'prod',
      f: 5,
      g: [1],
      i: 'a',
    });
  });

  test('an unsupported or unresolvable intrinsic names its path', () => {
    const attempt = (value: unknown) => {
      try {
        resolveValue(value, ctx, 'Properties');
      } catch (error) {
        expect(error).toBeInstanceOf(ResolveError);
        return (error as Error).message;
      }
      throw new Error('did not fail');
    };
    expect(attempt({ Dimensions: { X: [{ 'Fn::ImportValue': 'shared' }] } }))
      .toBe('Properties.Dimensions.X[0].Fn::ImportValue: Fn::ImportValue shared is not supported');
    expect(attempt({ A: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] } })).toBe('Properties.A.Fn::Cidr: Fn::Cidr is not supported by the offline rehearsal');
    expect(attempt({ A: { 'Fn::GetAtt': ['Seg', 'Nope'] } })).toBe('Properties.A.Fn::GetAtt: no Seg.Nope');
    expect(attempt({ A: { 'Fn::Select': [5, ['x']] } })).toMatch(/^Properties\.A\.Fn::Select: Fn::Select index 5 is out of range/);
  });
});

describe('stringifyScalars', () => {
  test('turns every scalar into a string, recursively, leaving keys alone', () => {
    expect(stringifyScalars({ Latitude: 47.6, Version: 1, On: true, Off: false, List: [1, 'a', { N: -2 }], Name: 'x', Nil: null }))
      .toEqual({ Latitude: '47.6', Version: '1', On: 'true', Off: 'false', List: ['1', 'a', { N: '-2' }], Name: 'x', Nil: null });
  });
});

describe('dependency order', () => {
  test('sorts over Ref, Fn::GetAtt, Fn::Sub and DependsOn, and reports cycles', () => {
    const graph = dependencyGraph({
      Resources: {
        C: { Type: 'T', Properties: { X: { 'Fn::Sub': '${B.Arn}' } } },
        B: { Type: 'T', Properties: { X: { 'Fn::GetAtt': ['A', 'Id'] } } },
        D: { Type: 'T', DependsOn: ['C'] },
        A: { Type: 'T', Properties: { X: { Ref: 'AWS::Region' } } },
      },
    }, 'test');
    expect(graph.order).toEqual(['A', 'B', 'C', 'D']);
    expect([...graph.closure.get('D')!].sort()).toEqual(['A', 'B', 'C']);
    expect(() => dependencyGraph({ Resources: { A: { Type: 'T', DependsOn: 'B' }, B: { Type: 'T', Properties: { X: { Ref: 'A' } } } } }, 'test'))
      .toThrow(/cycle/);
    expect([...referencedIds({ 'Fn::Sub': ['${X} ${Y.Arn} ${!Z}', { X: { Ref: 'W' } }] })].sort()).toEqual(['W', 'Y']);
  });
});
