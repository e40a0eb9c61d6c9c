#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): the command line is bundled into dist/bin/ (scripts/bundle-cli.mjs),
// and Node 20 starts a CommonJS program without its ES module loader.
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.cjs');

const { run } = loadBundle(join(__dirname, '..', 'dist', 'bin'));
// Setting exitCode (not calling process.exit) lets a large output drain to a pipe first.
run().then((code) => {
  process.exitCode = code;
});
