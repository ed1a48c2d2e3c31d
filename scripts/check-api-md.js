#!/usr/bin/env node
// Fails when the committed API.md no longer matches the TSDoc: it regenerates the reference with
// jsii-docgen (from the .jsii manifest that `jsii` just wrote, so run it after the build) into a
// temporary file and compares. jsii-docgen reads only the local manifest and node_modules: no network.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const committedPath = path.join(root, 'API.md');
const docgen = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'jsii-docgen.cmd' : 'jsii-docgen');

if (!fs.existsSync(path.join(root, '.jsii'))) {
  console.error('check-api-md: no .jsii manifest; run `npm run build` first');
  process.exit(1);
}
if (!fs.existsSync(committedPath)) {
  console.error('check-api-md: API.md is missing; run `npm run docgen` and commit it');
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'api-md-'));
try {
  const generatedPath = path.join(tmp, 'API.md');
  execFileSync(docgen, ['-o', generatedPath], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

  const normalise = (text) => text.replace(/\r\n/g, '\n');
  const committed = normalise(fs.readFileSync(committedPath, 'utf8')).split('\n');
  const generated = normalise(fs.readFileSync(generatedPath, 'utf8')).split('\n');

  const firstDifference = committed.findIndex((line, i) => line !== generated[i]);
  const differs = firstDifference !== -1 || committed.length !== generated.length;
  if (differs) {
    const line = firstDifference === -1 ? Math.min(committed.length, generated.length) : firstDifference;
    console.error('check-api-md: API.md is stale; run `npm run docgen` and commit the result');
    console.error(`  first difference at line ${line + 1}:`);
    console.error(`  committed: ${JSON.stringify(committed[line] ?? '<end of file>')}`);
    console.error(`  generated: ${JSON.stringify(generated[line] ?? '<end of file>')}`);
    process.exitCode = 1; // not process.exit(): the finally block must still remove the temp dir
  } else {
    console.log('check-api-md: API.md is up to date');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
