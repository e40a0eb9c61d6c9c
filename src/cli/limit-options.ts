import type { Command } from 'commander';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { UsageError } from './io.js';

export interface LimitOptions {
  maxFileSize?: string;
  maxDepth?: string;
  maxAliasExpansion?: string;
}

/** The options that raise or lower govcheck's input limits, for every command that reads structures. */
export function addLimitOptions(command: Command): Command {
  return command
    .option('--max-file-size <MiB>', `refuse files larger than this (default ${DEFAULT_LIMITS.maxFileBytes / 1024 / 1024})`)
    .option('--max-depth <n>', `refuse YAML nested deeper than this (default ${DEFAULT_LIMITS.maxDepth})`)
    .option('--max-alias-expansion <n>', `values aliases may add beyond twice the file's size (default ${DEFAULT_LIMITS.aliasAllowance})`);
}

export function wholeNumber(name: string, value: string | undefined, minimum = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < minimum || (name !== '--max-file-size' && !Number.isInteger(n))) {
    throw new UsageError(`${name} needs a ${name === '--max-file-size' ? 'number' : 'whole number'} of ${minimum} or more; "${value}" is not.`);
  }
  return n;
}

export function parseLimits(options: LimitOptions): Partial<Limits> {
  const size = wholeNumber('--max-file-size', options.maxFileSize, 0);
  const limits: Partial<Limits> = {};
  if (size !== undefined) limits.maxFileBytes = Math.floor(size * 1024 * 1024);
  const depth = wholeNumber('--max-depth', options.maxDepth, 1);
  if (depth !== undefined) limits.maxDepth = depth;
  const aliases = wholeNumber('--max-alias-expansion', options.maxAliasExpansion, 0);
  if (aliases !== undefined) limits.aliasAllowance = aliases;
  return limits;
}
