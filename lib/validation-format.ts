// How validation problems are written: one vocabulary for every rule, so that messages stay
// exact and consistent (`<path>: expected a string, got number 123`).

/** One problem, at a path in camelCase prop terms (`dimensions.location.country.values[0]`). */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Longer strings are shortened in messages; a 70,000-character name is not printed whole. */
const MAX_SHOWN_STRING = 40;

/** A value as it appears in a message: strings quoted, everything else as written in code. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const characters = [...value];
    if (characters.length <= MAX_SHOWN_STRING) return `'${value}'`;
    return `'${characters.slice(0, MAX_SHOWN_STRING).join('')}…' (${characters.length} characters)`;
  }
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * What came, for `expected X, got <this>`: the type, and the value where it is short
 * (`number 123`, `string 'gold'`, `boolean true`, `null`, `a list`, `an object`,
 * `an instance of Duration`).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `string ${showValue(value)}`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default: {
      const constructorName = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
      return constructorName && constructorName !== 'Object' ? `an instance of ${constructorName}` : 'an object';
    }
  }
}

/**
 * The valid key a misspelt one most likely meant, or `undefined` if none is close. Case,
 * `_` and `-` are ignored first, so that the API's PascalCase (`Dimensions`, `GPSPoint`) and
 * Python's snake_case (`user_attributes`) find their camelCase prop; then typos within a small
 * edit distance (`behaviour`, `demografic`).
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const folded = fold(key);
  const sameWord = known.find((candidate) => fold(candidate) === folded);
  if (sameWord !== undefined) return sameWord;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(folded.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

function fold(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as
 * one edit (optimal string alignment), so that `vlaue` is one edit from `value`.
 */
function editDistance(a: string, b: string): number {
  const table: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) table[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, table[i - 2][j - 2] + 1);
      table[i][j] = best;
    }
  }
  return table[a.length][b.length];
}
