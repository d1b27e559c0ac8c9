import { dirname, resolve } from 'node:path';
import {
  ConfigError, ResolvedConfig, findConfigFile, loadConfig, type ConfigObject, type Rule,
} from '@atlas-lint/engine';
import { presets, ruleMap } from '@atlas-lint/rules';

const DEFAULT_CONFIG: ConfigObject = { extends: 'atlas-lint:recommended' };

/**
 * Finds the effective config of each linted file: --config if given, else the nearest
 * atlas-lint.config.json above the file, else the recommended preset. --rule flags apply on top.
 */
export class ConfigResolver {
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly byDir = new Map<string, ResolvedConfig>();

  constructor(
    private readonly cwd: string,
    private readonly explicitConfig: string | undefined,
    private readonly ruleFlags: Record<string, unknown>,
    readonly rules: ReadonlyMap<string, Rule<never>> = ruleMap,
  ) {}

  private build(configFile: string | undefined): ResolvedConfig {
    const key = configFile ?? '';
    let resolved = this.byFile.get(key);
    if (resolved) return resolved;
    const options = { rules: this.rules, presets };
    const chain = configFile
      ? loadConfig({ file: configFile }, options)
      : loadConfig({ object: DEFAULT_CONFIG, dir: this.cwd, builtIn: true }, options);
    if (Object.keys(this.ruleFlags).length > 0) {
      try {
        const flags = loadConfig({ object: { rules: this.ruleFlags as ConfigObject['rules'] }, dir: chain.dir }, options);
        chain.layers.push(...flags.layers);
      } catch (error) {
        if (error instanceof ConfigError) throw new ConfigError(error.message.replace(/^\(inline config\): /, ''), '--rule', '');
        throw error;
      }
    }
    resolved = new ResolvedConfig(chain, this.rules);
    this.byFile.set(key, resolved);
    return resolved;
  }

  /** Config for a file (absolute path). Throws ConfigError for a bad config. */
  forFile(absolutePath: string): ResolvedConfig {
    const dir = dirname(absolutePath);
    let resolved = this.byDir.get(dir);
    if (!resolved) {
      resolved = this.build(this.explicitConfig ? resolve(this.cwd, this.explicitConfig) : findConfigFile(dir));
      this.byDir.set(dir, resolved);
    }
    return resolved;
  }

  /** The config that governs project-wide rules: the one for the current directory. */
  forProject(): ResolvedConfig {
    return this.forFile(resolve(this.cwd, '__project__'));
  }
}
