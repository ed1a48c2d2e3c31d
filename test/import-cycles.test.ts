// lib/ and lambda/ have no import cycle, type-only imports included: a cycle makes load order matter and hides
// which module owns a type. The graph comes from TypeScript's own pre-processor, so `import type`,
// `export ... from` and side-effect imports all count.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');

/** Every .ts source under `dir` (not declaration files), as absolute paths. */
function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The module a relative specifier names, if it is a source in the graph. */
function resolveRelative(from: string, specifier: string, known: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => known.has(candidate));
}

/** file -> the files it imports, relative imports only. */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => resolveRelative(file, imported.fileName, known))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Each cycle once, as the list of modules around it (first module repeated at the end). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string) => {
    seen.add(node);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!seen.has(next)) {
        visit(next);
      } else if (!done.has(next)) {
        cycles.push([...stack.slice(stack.indexOf(next)), next]);
      }
    }
    stack.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) {
    if (!seen.has(node)) visit(node);
  }
  return cycles;
}

describe.each(['lib', 'lambda'])('%s/ imports', (folder) => {
  test('form no cycle, type-only imports included', () => {
    const dir = path.join(ROOT, folder);
    const graph = importGraph(sourcesUnder(dir));
    expect(graph.size).toBeGreaterThan(3);
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(dir, file)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});

describe('the cycle finder', () => {
  test('reports a type-only cycle', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport interface A { readonly b?: B }\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { A } from './a';\nexport interface B { readonly a?: A }\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "export * from './a';\n");
      const cycles = findCycles(importGraph(sourcesUnder(dir)));
      expect(cycles.map((cycle) => cycle.map((file) => path.basename(file)))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
