#!/usr/bin/env node
// Dependency audit for CI: fails on high or critical advisories, passes on none, and only warns
// when the registry (or its audit endpoint) cannot be reached, so that an offline CI run is not
// red for a reason that has nothing to do with the code.
//
// Two audits run:
// 1. `npm audit --omit=dev --audit-level=high --json`: what a consumer installs with the package.
// 2. The packages esbuild bundles into assets/handler/index.js (the Pinpoint SDK client and its
//    dependencies). They are devDependencies, so audit 1 does not see them, yet they ship inside
//    the handler that runs in every user's account. They are looked up in the full
//    `npm audit --json` report. Skipped with a warning if esbuild is not installed.
//
// Set AUDIT_REQUIRE_REPORT=1 to fail (instead of warn) when no report can be obtained.
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const FAILING_SEVERITIES = ['high', 'critical'];
/** Error codes that mean "the registry could not be reached", not "the code has a problem". */
const NETWORK_CODES = [
  'ENOTFOUND',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'EPIPE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
];

function parseJson(text) {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // npm sometimes prints warnings before the JSON; take the outermost object.
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end <= start) return undefined;
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      return undefined;
    }
  }
}

/** Whether `json` is an audit report (npm 7+ `auditReportVersion: 2`, or the npm 6 shape). */
function isReport(json) {
  return (
    typeof json === 'object' &&
    json !== null &&
    typeof json.metadata === 'object' &&
    json.metadata !== null &&
    typeof json.metadata.vulnerabilities === 'object' &&
    json.error === undefined
  );
}

/** The high and critical findings of a report, optionally only for the packages in `only`. */
function findingsOf(report, only) {
  const findings = [];
  if (report.vulnerabilities && typeof report.vulnerabilities === 'object') {
    // npm 7+: { vulnerabilities: { <name>: { name, severity, via, range, fixAvailable } } }
    for (const [name, entry] of Object.entries(report.vulnerabilities)) {
      const severity = entry && entry.severity;
      if (!FAILING_SEVERITIES.includes(severity)) continue;
      if (only && !only.has(name)) continue;
      const titles = (Array.isArray(entry.via) ? entry.via : [])
        .filter((via) => via && typeof via === 'object' && via.title)
        .map((via) => `${via.title}${via.url ? ` (${via.url})` : ''}`);
      findings.push({ name, severity, detail: titles.join('; ') || `via ${(entry.via || []).join(', ')}` });
    }
  } else if (report.advisories && typeof report.advisories === 'object') {
    // npm 6: { advisories: { <id>: { module_name, severity, title, url } } }
    for (const advisory of Object.values(report.advisories)) {
      if (!FAILING_SEVERITIES.includes(advisory.severity)) continue;
      if (only && !only.has(advisory.module_name)) continue;
      findings.push({ name: advisory.module_name, severity: advisory.severity, detail: `${advisory.title} (${advisory.url})` });
    }
  }
  if (!only && findings.length === 0) {
    // The counts are authoritative even if the entries are in a shape we do not know.
    const counts = report.metadata.vulnerabilities;
    for (const severity of FAILING_SEVERITIES) {
      if (Number(counts[severity]) > 0) findings.push({ name: '(see npm audit)', severity, detail: `${counts[severity]} ${severity}` });
    }
  }
  return findings;
}

/** Why no report came back, in one line. */
function describeUnavailable(json, stderr) {
  const parts = [];
  if (json && typeof json === 'object') {
    if (typeof json.message === 'string') parts.push(json.message);
    const error = json.error;
    if (error && typeof error === 'object') {
      for (const key of ['code', 'summary', 'detail']) {
        if (typeof error[key] === 'string' && error[key] !== '') parts.push(error[key]);
      }
    }
    if (typeof json.statusCode === 'number') parts.push(`HTTP ${json.statusCode}`);
  }
  const text = parts.join(' | ');
  const haystack = `${text}\n${stderr || ''}`;
  const code = NETWORK_CODES.find((c) => haystack.includes(c));
  if (code) return { kind: 'unreachable', text: `the registry is unreachable (${code}): ${text || (stderr || '').trim()}` };
  if (json && typeof json === 'object' && typeof json.statusCode === 'number') {
    return { kind: 'endpoint', text: `the audit endpoint answered HTTP ${json.statusCode}: ${text}` };
  }
  if (json && typeof json === 'object' && json.error) {
    return { kind: 'error', text: `npm audit failed without a report: ${text || JSON.stringify(json.error)}` };
  }
  return { kind: 'no-report', text: `npm audit printed no parseable report${stderr ? `: ${stderr.trim().split('\n').slice(-1)[0]}` : ''}` };
}

/**
 * The decision for one `npm audit --json` run.
 *
 * @param {{ stdout: string, stderr?: string }} run what npm printed
 * @param {{ label?: string, only?: Set<string>, requireReport?: boolean }} [options]
 *   `only`: judge only these package names (the handler bundle); `requireReport`: fail when no
 *   report could be obtained
 * @returns {{ exitCode: 0 | 1, outcome: 'pass' | 'fail' | 'warn', findings: object[], message: string }}
 */
function decide(run, options = {}) {
  const label = options.label || 'npm audit';
  const json = parseJson(run.stdout);
  if (!isReport(json)) {
    const why = describeUnavailable(json, run.stderr);
    const outcome = options.requireReport ? 'fail' : 'warn';
    return {
      exitCode: options.requireReport ? 1 : 0,
      outcome,
      findings: [],
      reason: why.kind,
      message: `${outcome === 'warn' ? 'WARNING' : 'ERROR'} ${label}: no audit report, so nothing was checked; ${why.text}`,
    };
  }
  const findings = findingsOf(json, options.only);
  if (findings.length > 0) {
    const lines = findings.map((f) => `  - ${f.severity} ${f.name}: ${f.detail}`);
    return {
      exitCode: 1,
      outcome: 'fail',
      findings,
      reason: 'findings',
      message: `FAILED ${label}: ${findings.length} high or critical finding(s)\n${lines.join('\n')}`,
    };
  }
  const counts = json.metadata.vulnerabilities;
  const lower = ['info', 'low', 'moderate'].map((s) => `${counts[s] || 0} ${s}`).join(', ');
  const scope = options.only ? ` among ${options.only.size} bundled packages` : '';
  return {
    exitCode: 0,
    outcome: 'pass',
    findings: [],
    reason: 'clean',
    message: `OK ${label}: no high or critical findings${scope} (whole report: ${lower}, ${counts.high || 0} high, ${counts.critical || 0} critical)`,
  };
}

/** The npm package names esbuild pulls into the handler bundle. */
function bundledPackages() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    return undefined;
  }
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'lambda', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return packagesFromInputs(Object.keys(result.metafile.inputs));
}

/** `node_modules/@scope/name/...` and `node_modules/name/...` paths to package names. */
function packagesFromInputs(inputs) {
  const names = new Set();
  for (const input of inputs) {
    // The innermost node_modules owns the file.
    const at = input.lastIndexOf('node_modules/');
    if (at < 0 || (at > 0 && input[at - 1] !== '/')) continue;
    const match = /^((?:@[^/]+\/)?[^/]+)\//.exec(input.slice(at + 'node_modules/'.length));
    if (match) names.add(match[1]);
  }
  return names;
}

function runNpmAudit(args) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', ...args, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout || '', stderr: `${result.stderr || ''}${result.error ? `\n${result.error.message}` : ''}`, status: result.status };
}

function main() {
  const requireReport = process.env.AUDIT_REQUIRE_REPORT === '1';
  const decisions = [];

  decisions.push(decide(runNpmAudit(['--omit=dev', '--audit-level=high']), { label: 'npm audit --omit=dev', requireReport }));

  const bundled = bundledPackages();
  if (bundled === undefined) {
    decisions.push({ exitCode: 0, outcome: 'warn', message: 'WARNING handler bundle audit: esbuild is not installed; skipped' });
  } else {
    decisions.push(decide(runNpmAudit(['--audit-level=high']), { label: `handler bundle audit (${bundled.size} packages)`, only: bundled, requireReport }));
  }

  for (const decision of decisions) {
    (decision.outcome === 'pass' ? console.log : console.error)(decision.message);
  }
  process.exitCode = decisions.some((d) => d.exitCode !== 0) ? 1 : 0;
}

module.exports = { decide, packagesFromInputs, NETWORK_CODES };

if (require.main === module) {
  main();
}
