/**
 * The decision logic of scripts/audit.js (`npm run audit`), fed canned `npm audit --json` output:
 * pass on no findings, FAIL on high or critical findings, and only warn (exit 0) when the registry
 * or its audit endpoint cannot be reached, which is not the code's fault.
 */
import * as path from 'path';

interface Decision {
  readonly exitCode: 0 | 1;
  readonly outcome: 'pass' | 'fail' | 'warn';
  readonly reason: string;
  readonly findings: Array<{ name: string; severity: string }>;
  readonly message: string;
}
interface AuditScript {
  decide(run: { stdout: string; stderr?: string }, options?: { label?: string; only?: Set<string>; requireReport?: boolean }): Decision;
  packagesFromInputs(inputs: string[]): Set<string>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/audit.js is a CommonJS script, not a TypeScript module
const audit = require(path.join(__dirname, '..', '..', 'scripts', 'audit.js')) as AuditScript;

function report(counts: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>, vulnerabilities: object = {}) {
  const full = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  const total = Object.values(full).reduce((a, b) => a + b, 0);
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { ...full, total }, dependencies: { prod: 1, dev: 508, optional: 61, peer: 7, peerOptional: 0, total: 508 } },
  });
}

const vulnerability = (name: string, severity: string) => ({
  [name]: {
    name,
    severity,
    isDirect: false,
    via: [{ source: 1099999, name, title: `Prototype pollution in ${name}`, url: `https://github.com/advisories/GHSA-${name}`, severity, range: '<1.2.3' }],
    effects: [],
    range: '<1.2.3',
    nodes: [`node_modules/${name}`],
    fixAvailable: true,
  },
});

describe('scripts/audit.js decide()', () => {
  test('a clean report passes', () => {
    const decision = audit.decide({ stdout: report({}) });
    expect(decision).toMatchObject({ exitCode: 0, outcome: 'pass', reason: 'clean', findings: [] });
    expect(decision.message).toMatch(/^OK npm audit: no high or critical findings/);
  });

  test('low and moderate findings pass (the bar is high)', () => {
    const decision = audit.decide({ stdout: report({ low: 2, moderate: 1 }, { ...vulnerability('a', 'low'), ...vulnerability('b', 'moderate') }) });
    expect(decision).toMatchObject({ exitCode: 0, outcome: 'pass' });
    expect(decision.message).toContain('2 low, 1 moderate');
  });

  test.each(['high', 'critical'])('a %s finding fails, naming the package and the advisory', (severity) => {
    const decision = audit.decide({ stdout: report({ [severity]: 1, low: 1 }, { ...vulnerability('left-pad', severity), ...vulnerability('x', 'low') }) });
    expect(decision).toMatchObject({ exitCode: 1, outcome: 'fail', reason: 'findings' });
    expect(decision.findings).toEqual([expect.objectContaining({ name: 'left-pad', severity })]);
    expect(decision.message).toContain(`${severity} left-pad: Prototype pollution in left-pad (https://github.com/advisories/GHSA-left-pad)`);
  });

  test('counts alone (entries in an unknown shape) still fail', () => {
    expect(audit.decide({ stdout: report({ critical: 2 }) })).toMatchObject({ exitCode: 1, outcome: 'fail' });
  });

  test('the npm 6 report shape is understood', () => {
    const npm6 = JSON.stringify({
      advisories: { 1: { module_name: 'minimist', severity: 'critical', title: 'Prototype Pollution', url: 'https://npmjs.com/advisories/1179' } },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 1 } },
    });
    expect(audit.decide({ stdout: npm6 })).toMatchObject({ exitCode: 1, findings: [expect.objectContaining({ name: 'minimist' })] });
  });

  test('warnings printed before the JSON do not hide the report', () => {
    const decision = audit.decide({ stdout: `npm warn config production Use --omit=dev instead.\n${report({ high: 1 }, vulnerability('y', 'high'))}` });
    expect(decision.exitCode).toBe(1);
  });

  // What npm 11 prints when the registry is unreachable (captured from this repository's npm).
  const unreachable = (reason: string) =>
    JSON.stringify({ message: `request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: ${reason}`, error: { summary: '', detail: '' } });

  test.each([
    ['ENOTFOUND', unreachable('getaddrinfo ENOTFOUND registry.npmjs.org')],
    ['ECONNREFUSED', unreachable('connect ECONNREFUSED 127.0.0.1:443')],
    ['ETIMEDOUT', unreachable('connect ETIMEDOUT 104.16.0.35:443')],
    ['EAI_AGAIN', unreachable('getaddrinfo EAI_AGAIN registry.npmjs.org')],
    ['ECONNRESET', unreachable('socket hang up ECONNRESET')],
    ['ENOTFOUND (npm 6 error shape)', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } })],
  ])('an unreachable registry (%s) warns and exits 0', (_code, stdout) => {
    const decision = audit.decide({ stdout, stderr: 'npm error audit endpoint returned an error' });
    expect(decision).toMatchObject({ exitCode: 0, outcome: 'warn', reason: 'unreachable' });
    expect(decision.message).toMatch(/^WARNING npm audit: no audit report, so nothing was checked; the registry is unreachable/);
  });

  test('a network code seen only on stderr (no JSON at all) warns and exits 0', () => {
    const decision = audit.decide({ stdout: '', stderr: 'npm error code EAI_AGAIN\nnpm error errno EAI_AGAIN' });
    expect(decision).toMatchObject({ exitCode: 0, outcome: 'warn', reason: 'unreachable' });
  });

  test('an audit endpoint that answers an HTTP error warns and exits 0', () => {
    const stdout = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(audit.decide({ stdout })).toMatchObject({ exitCode: 0, outcome: 'warn', reason: 'endpoint' });
  });

  test('no parseable report warns and exits 0', () => {
    expect(audit.decide({ stdout: 'Killed' })).toMatchObject({ exitCode: 0, outcome: 'warn', reason: 'no-report' });
    expect(audit.decide({ stdout: '' })).toMatchObject({ exitCode: 0, outcome: 'warn', reason: 'no-report' });
  });

  test('with requireReport (AUDIT_REQUIRE_REPORT=1) a missing report fails', () => {
    expect(audit.decide({ stdout: unreachable('getaddrinfo ENOTFOUND x') }, { requireReport: true })).toMatchObject({ exitCode: 1, outcome: 'fail' });
  });

  test('a finding is never mistaken for a network error, whatever its text says', () => {
    const sneaky = vulnerability('ws', 'high');
    (sneaky.ws.via[0] as { title: string }).title = 'ECONNRESET handling causes ENOTFOUND denial of service';
    expect(audit.decide({ stdout: report({ high: 1 }, sneaky) })).toMatchObject({ exitCode: 1, outcome: 'fail' });
  });

  describe('the handler-bundle audit (only the packages esbuild bundles)', () => {
    const bundled = audit.packagesFromInputs([
      'lambda/index.ts',
      'node_modules/@aws-sdk/client-pinpoint/dist-cjs/index.js',
      'node_modules/@smithy/smithy-client/dist-cjs/index.js',
      'node_modules/@aws-sdk/core/node_modules/fast-xml-parser/src/fxp.js',
      'node_modules/tslib/tslib.js',
    ]);

    test('package names come from the bundle inputs, nested node_modules included', () => {
      expect([...bundled].sort()).toEqual(['@aws-sdk/client-pinpoint', '@smithy/smithy-client', 'fast-xml-parser', 'tslib']);
    });

    test('a high finding in a bundled package fails; one in a dev-only tool does not', () => {
      const stdout = report({ high: 2 }, { ...vulnerability('fast-xml-parser', 'high'), ...vulnerability('jsii', 'high') });
      const decision = audit.decide({ stdout }, { only: bundled, label: 'handler bundle audit' });
      expect(decision).toMatchObject({ exitCode: 1, findings: [expect.objectContaining({ name: 'fast-xml-parser' })] });
      const devOnly = report({ high: 1 }, vulnerability('jsii', 'high'));
      expect(audit.decide({ stdout: devOnly }, { only: bundled })).toMatchObject({ exitCode: 0, outcome: 'pass' });
    });
  });
});
