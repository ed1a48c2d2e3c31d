#!/usr/bin/env node
// One-time migration, run before each build: jsii used to write lib/*.js and lib/*.d.ts next to the
// sources; it now writes them to build/. A checkout built before the move still has those files, and
// they would shadow the TypeScript sources in jest and show up as untracked in git. Removes only a
// .js or .d.ts whose .ts source sits beside it. Delete this script once no such checkout is left.
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', 'lib');
for (const name of fs.readdirSync(lib)) {
  const match = /^(.*)\.(js|d\.ts)$/.exec(name);
  if (match && fs.existsSync(path.join(lib, `${match[1]}.ts`))) {
    fs.rmSync(path.join(lib, name));
  }
}
