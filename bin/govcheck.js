#!/usr/bin/env node
import { run } from '../dist/cli/run.js';

// Setting exitCode (not calling process.exit) lets a large output drain to a pipe first.
process.exitCode = await run();
