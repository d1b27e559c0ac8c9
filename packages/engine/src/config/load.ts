import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { ajv, describeAjvError, validateRuleOptions } from './options.js';
import { ConfigError } from './errors.js';
import { severityLevel } from './severity.js';
import type { Rule, SeverityLevel, SharedSettings } from '../types.js';

export const CONFIG_FILE_NAME = 'atlas-lint.config.json';

export type RuleEntry = string | number | [string | number, Record<string, unknown>?];

export interface ConfigObject {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  overrides?: { files: string[]; excludedFiles?: string[]; rules?: Record<string, RuleEntry> }[];
  ignores?: string[];
  planes?: SharedSettings['planes'];
  tracking?: SharedSettings['tracking'];
}

export interface RuleSetting {
  level: SeverityLevel;
  options: Record<string, unknown>;
}

/** One layer of rule settings applied to the files its globs match (all files when files is undefined). */
export interface RuleLayer {
  /** Folder the globs are relative to (absolute). */
  base: string;
  files?: string[];
  excludedFiles?: string[];
  rules: Record<string, RuleEntry>;
  /** Where the layer came from, for messages: "atlas-lint.config.json#overrides[1]". */
  origin: string;
}

export interface ConfigChain {
  file: string | undefined;
  dir: string;
  layers: RuleLayer[];
  ignores: { base: string; patterns: string[] }[];
  settings: SharedSettings;
}

/** The config file's JSON schema; found through the package's name (the CLI also runs from a bundle), when first needed. */
export function configSchemaPath(): string {
  return createRequire(import.meta.url).resolve('@atlas-lint/engine/schema/atlas-lint.config.schema.json');
}
// Read and compiled on the first config file read: runs without one never pay for it.
let validateConfig: ValidateFunction | undefined;

/** Nearest config file from `startDir` upwards, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadOptions {
  rules: ReadonlyMap<string, Rule<never>>;
  presets: Readonly<Record<string, ConfigObject>>;
}

function readConfigFile(file: string): ConfigObject {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config: ${(error as Error).message}`, file, '');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`invalid JSON: ${(error as Error).message}`, file, '');
  }
  return checkConfigObject(data, file);
}

/** Validates a config object against the shipped JSON Schema; throws ConfigError naming the key. */
export function checkConfigObject(data: unknown, file: string | undefined): ConfigObject {
  validateConfig ??= ajv().compile(JSON.parse(readFileSync(configSchemaPath(), 'utf8')) as object);
  if (!validateConfig(data)) {
    const { path, message } = describeAjvError(validateConfig.errors?.[0], '');
    throw new ConfigError(message, file, path || '(root)');
  }
  return data as ConfigObject;
}

/** Checks rule ids and options of a rules block; throws ConfigError naming the rule and key. */
function checkRules(rules: Record<string, RuleEntry>, known: LoadOptions['rules'], file: string | undefined, at: string): void {
  for (const [id, entry] of Object.entries(rules)) {
    const path = `${at}["${id}"]`;
    const rule = known.get(id);
    if (!rule) throw new ConfigError(`unknown rule "${id}"`, file, path);
    const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
    if (severityLevel(severity) === undefined) throw new ConfigError(`severity must be "off", "warn" or "error"`, file, path);
    if (options !== undefined) {
      const checked = validateRuleOptions(rule, options);
      if (!('options' in checked)) {
        const key = checked.path && !checked.path.startsWith('[') ? `.${checked.path}` : checked.path;
        throw new ConfigError(checked.message, file, `${path}[1]${key}`);
      }
    }
  }
}

/**
 * Loads a config (a file, or an in-memory object for --rule and defaults) with everything it extends,
 * into a flat chain of rule layers.
 */
export function loadConfig(source: { file: string } | { object: ConfigObject; dir: string; builtIn?: boolean }, options: LoadOptions): ConfigChain {
  const chain: ConfigChain = { file: undefined, dir: '', layers: [], ignores: [], settings: { configDir: '' } };
  const seen = new Set<string>();
  const visit = (config: ConfigObject, file: string | undefined, dir: string) => {
    const name = file ?? '(inline config)';
    for (const parent of [config.extends ?? []].flat()) {
      const preset = options.presets[parent];
      if (preset) {
        visit(preset, undefined, dir);
      } else if (parent.startsWith('atlas-lint:')) {
        throw new ConfigError(`unknown preset "${parent}" (known: ${Object.keys(options.presets).join(', ')})`, file, 'extends');
      } else {
        const parentFile = resolve(dir, parent);
        if (seen.has(parentFile)) throw new ConfigError(`circular extends of ${parentFile}`, file, 'extends');
        seen.add(parentFile);
        visit(readConfigFile(parentFile), parentFile, dirname(parentFile));
      }
    }
    if (config.rules) {
      checkRules(config.rules, options.rules, file, 'rules');
      chain.layers.push({ base: dir, rules: config.rules, origin: name });
    }
    config.overrides?.forEach((override, i) => {
      if (override.rules) checkRules(override.rules, options.rules, file, `overrides[${i}].rules`);
      chain.layers.push({ base: dir, files: override.files, excludedFiles: override.excludedFiles, rules: override.rules ?? {}, origin: `${name}#overrides[${i}]` });
    });
    if (config.ignores) chain.ignores.push({ base: dir, patterns: config.ignores });
    if (config.planes) chain.settings.planes = config.planes;
    if (config.tracking) chain.settings.tracking = config.tracking;
    chain.settings.configDir = dir;
  };
  if ('file' in source) {
    const file = resolve(source.file);
    seen.add(file);
    chain.file = file;
    chain.dir = dirname(file);
    visit(readConfigFile(file), file, chain.dir);
  } else {
    chain.dir = source.dir;
    // The built-in default needs no schema check (and so no schema compile on every start).
    visit(source.builtIn ? source.object : checkConfigObject(source.object, undefined), undefined, source.dir);
  }
  chain.settings.configDir = chain.dir;
  return chain;
}
