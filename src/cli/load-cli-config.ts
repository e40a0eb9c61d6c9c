import { resolve } from 'node:path';
import { findConfig, loadConfig, type GovcheckConfig } from '../config/load-config.js';
import type { Diagnostic } from '../diagnostic.js';
import { BUILT_IN_RULES } from '../rules/index.js';
import type { CliIo } from './io.js';

/** The config named by --config, or the nearest .govcheck.yaml; `false` (--no-config) uses none. */
export async function loadCliConfig(option: string | false | undefined, io: CliIo): Promise<{ config?: GovcheckConfig; diagnostics: Diagnostic[] }> {
  if (option === false) return { diagnostics: [] };
  const path = option ? resolve(io.cwd, option) : await findConfig(io.cwd);
  if (!path) return { diagnostics: [] };
  const loaded = await loadConfig(path, io.cwd, BUILT_IN_RULES.map((r) => r.id));
  return loaded.diagnostics.length > 0 ? { diagnostics: loaded.diagnostics } : { config: loaded.config, diagnostics: [] };
}
