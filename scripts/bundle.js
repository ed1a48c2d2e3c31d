#!/usr/bin/env node
// Pre-bundles the custom-resource handler (and the local CLI) with esbuild at build time, so a
// consuming app needs neither esbuild nor Docker to synth.
const path = require('path');
const fs = require('fs');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const entries = [
  // The handler bundles its own SDK client: the version is pinned by our lockfile, not by whatever
  // the Lambda runtime happens to ship.
  { entry: 'lambda/index.ts', outfile: 'assets/handler/index.js', minify: true },
  { entry: 'local/rehearse.ts', outfile: 'assets/cli/rehearse.js', minify: false, banner: '#!/usr/bin/env node', optional: true },
  // The `pinpoint-segment` CLI (rehearse, drift, import). It runs the construct's validation over
  // plain values, so aws-cdk-lib (a peer dependency, and large) is replaced by a tiny shim.
  {
    entry: 'local/cli/bin.ts',
    outfile: 'assets/cli/pinpoint-segment.js',
    minify: false,
    banner: '#!/usr/bin/env node',
    alias: { 'aws-cdk-lib': './local/cli/cdk-shim.ts' },
    // Modules bundled in (local/rehearse.ts) run their own CLI when they are the main module;
    // inside this bundle they never are.
    define: { 'require.main': 'undefined' },
  },
];

for (const e of entries) {
  const entry = path.join(root, e.entry);
  if (!fs.existsSync(entry)) {
    if (e.optional) continue;
    throw new Error(`missing entry point ${e.entry}`);
  }
  esbuild.buildSync({
    entryPoints: [entry],
    outfile: path.join(root, e.outfile),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: e.minify,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: e.banner ? { js: e.banner } : undefined,
    absWorkingDir: root,
    alias: e.alias,
    define: e.define,
    // The SDK's ES module builds let esbuild drop what the handler never uses (a smaller bundle
    // and a faster cold start than the CommonJS builds); its lazy `import("node:http")` becomes a
    // require, which also runs inside jest's VM.
    mainFields: ['module', 'main'],
    supported: { 'dynamic-import': false },
  });
  if (e.banner) fs.chmodSync(path.join(root, e.outfile), 0o755);
}
