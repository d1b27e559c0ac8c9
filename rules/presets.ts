import type { ConfigObject, Rule } from '@atlas-lint/engine';

/**
 * `atlas-lint:recommended`: every rule at its meta severity, scoped by meta.files.
 * `atlas-lint:strict`: the same with strictSeverity (default: error).
 */
export function buildPresets(rules: Rule<never>[]): Record<string, ConfigObject> {
  const preset = (pick: (rule: Rule<never>) => string): ConfigObject => {
    const config: ConfigObject = { rules: {}, overrides: [] };
    for (const rule of rules) {
      const severity = pick(rule);
      if (rule.meta.files) {
        config.rules![rule.meta.id] = 'off';
        config.overrides!.push({ files: rule.meta.files, rules: { [rule.meta.id]: severity } });
      } else {
        config.rules![rule.meta.id] = severity;
      }
    }
    return config;
  };
  return {
    'atlas-lint:recommended': preset((rule) => rule.meta.severity),
    'atlas-lint:strict': preset((rule) => rule.meta.strictSeverity ?? 'error'),
  };
}
