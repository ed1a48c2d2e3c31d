// One source of truth for the service's vocabulary: @aws-sdk/client-pinpoint. lib/'s public enums
// must hold exactly the SDK's values, and the handler's list of number fields (lambda/coerce.ts)
// must be exactly the number-typed members of the SDK's WriteSegmentRequest. Both sides are read,
// not copied: lib/'s enums from its sources, the SDK's number fields from its type declarations.
import * as fs from 'fs';
import * as path from 'path';
import * as sdk from '@aws-sdk/client-pinpoint';
import * as ts from 'typescript';
import { NUMBER_FIELDS } from '../lambda/coerce';
import * as lib from '../lib';

const LIB = path.join(__dirname, '..', 'lib');
const SDK_TYPES = path.join(path.dirname(require.resolve('@aws-sdk/client-pinpoint/package.json')), 'dist-types', 'index.d.ts');

/** lib/'s enum -> the SDK's enum with the same value set. */
const SDK_ENUM_OF: { readonly [libEnum: string]: string } = {
  AttributeType: 'AttributeType',
  ChannelType: 'ChannelType',
  DimensionType: 'DimensionType',
  GroupType: 'Type',
  Include: 'Include',
  RecencyDuration: 'Duration',
  RecencyType: 'RecencyType',
  SourceType: 'SourceType',
};

/** lib/'s enums whose value set the SDK does not declare as an enum, and where the values come from. */
const NOT_AN_SDK_ENUM: { readonly [libEnum: string]: string } = {
  // MetricDimension.ComparisonOperator is a plain string in the SDK; the API reference lists the five values.
  ComparisonOperator: 'MetricDimension.ComparisonOperator',
};

/** The names of the enums lib/ exports, read from its sources. */
function exportedEnumsOfLib(): string[] {
  const names: string[] = [];
  for (const file of fs.readdirSync(LIB).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(LIB, file), 'utf8'), ts.ScriptTarget.ES2022);
    for (const statement of source.statements) {
      if (ts.isEnumDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        names.push(statement.name.text);
      }
    }
  }
  return names.sort();
}

function valuesOf(enumObject: unknown): string[] {
  return Object.values(enumObject as Record<string, string>).sort();
}

interface RequestVocabulary {
  /** Paths of number-typed members, in coerce.ts's notation (`[]` every item, `*` every map key). */
  readonly numberFields: string[];
  /** The SDK enum type names used by members, with the paths that use them. */
  readonly enums: Map<string, string[]>;
}

let vocabulary: RequestVocabulary | undefined;

/** Walks the SDK's declared type of WriteSegmentRequest (once: building the program takes seconds). */
function vocabularyOfWriteSegmentRequest(): RequestVocabulary {
  vocabulary ??= readVocabulary();
  return vocabulary;
}

function readVocabulary(): RequestVocabulary {
  const program = ts.createProgram([SDK_TYPES], { noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const models = program.getSourceFiles().filter((f) => f.fileName.includes('client-pinpoint') && f.fileName.includes('/models/'));
  const declaration = models.flatMap((f) => f.statements)
    .find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'WriteSegmentRequest');
  if (!declaration) throw new Error(`WriteSegmentRequest not found in ${SDK_TYPES}`);

  const numberFields: string[] = [];
  const enums = new Map<string, string[]>();
  const walk = (type: ts.Type, at: string, depth: number): void => {
    if (depth > 12) throw new Error(`${at}: too deep; a recursive type?`);
    for (const member of checker.getPropertiesOfType(type)) {
      const memberDeclaration = member.valueDeclaration;
      if (!memberDeclaration || !ts.isPropertySignature(memberDeclaration)) continue;
      const memberPath = at === '' ? member.name : `${at}.${member.name}`;
      visit(checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(member, memberDeclaration)), memberPath, memberDeclaration.type, depth);
    }
  };
  const visit = (type: ts.Type, at: string, typeNode: ts.TypeNode | undefined, depth: number): void => {
    if (type.flags & ts.TypeFlags.NumberLike) {
      numberFields.push(at);
    } else if (type.isUnion() && type.types.every((t) => t.isStringLiteral())) {
      const name = (typeNode?.getText() ?? '').replace(/\s*\|\s*undefined$/, '');
      enums.set(name, [...(enums.get(name) ?? []), at]);
    } else if (checker.isArrayType(type)) {
      visit(checker.getTypeArguments(type as ts.TypeReference)[0], `${at}[]`, undefined, depth + 1);
    } else if (type.getStringIndexType()) {
      visit(type.getStringIndexType()!, `${at}.*`, undefined, depth + 1);
    } else if (type.flags & ts.TypeFlags.Object) {
      walk(type, at, depth + 1);
    }
  };
  walk(checker.getTypeAtLocation(declaration), '', 0);
  return { numberFields: numberFields.sort(), enums };
}

describe("lib/'s enums", () => {
  test('each is mapped to an SDK enum, or says why it has none', () => {
    expect(exportedEnumsOfLib()).toEqual([...Object.keys(SDK_ENUM_OF), ...Object.keys(NOT_AN_SDK_ENUM)].sort());
  });

  test.each(Object.entries(SDK_ENUM_OF))('%s has exactly the values of the SDK enum %s', (libEnum, sdkEnum) => {
    const ours = (lib as Record<string, unknown>)[libEnum];
    const theirs = (sdk as Record<string, unknown>)[sdkEnum];
    expect(theirs).toBeDefined();
    expect(valuesOf(ours)).toEqual(valuesOf(theirs));
  });

  test.each(Object.entries(NOT_AN_SDK_ENUM))('%s is still not an SDK enum (%s is a plain string)', (libEnum) => {
    expect((sdk as Record<string, unknown>)[libEnum]).toBeUndefined();
  });

  test('every SDK enum that WriteSegmentRequest uses has a lib/ twin', () => {
    const { enums } = vocabularyOfWriteSegmentRequest();
    const used = [...enums.keys()].sort();
    expect(used).toEqual(['AttributeType', 'DimensionType', 'Duration', 'Include', 'RecencyType', 'SourceType', 'Type']);
    const twins = new Set(Object.values(SDK_ENUM_OF));
    expect(used.filter((name) => !twins.has(name))).toEqual([]);
  });
});

describe("the handler's number fields (lambda/coerce.ts)", () => {
  test("are exactly the number-typed members of the SDK's WriteSegmentRequest", () => {
    const { numberFields } = vocabularyOfWriteSegmentRequest();
    expect(numberFields.length).toBeGreaterThan(0);
    expect([...NUMBER_FIELDS].sort()).toEqual(numberFields);
  });
});
