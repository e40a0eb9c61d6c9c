// Preloaded into each measured Node process (NODE_OPTIONS=--require) when /usr/bin/time is missing:
// at exit it appends the process's own peak RSS (bytes) and CPU seconds to $GOVCHECK_BENCH_USAGE.
// A parent cannot read a child's peak memory from spawnSync, and process.resourceUsage() in a
// wrapper counts only the wrapper, so the child reports itself.
'use strict';
const { appendFileSync } = require('node:fs');

const target = process.env.GOVCHECK_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(target, `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1e6}\n`);
  });
}
