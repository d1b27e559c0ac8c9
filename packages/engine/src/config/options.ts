import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../types.js';

const require = createRequire(import.meta.url);
let instance: Ajv | undefined;

/** The shared ajv instance, loaded on first use: most runs validate nothing (~70 ms saved per start). */
export function ajv(): Ajv {
  if (!instance) {
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    instance = new AjvClass({ allErrors: false, useDefaults: true, strict: false });
  }
  return instance;
}
const validators = new WeakMap<Rule<never>, ValidateFunction>();

/** Describes ajv's first error as "<json path>: <what was expected>". */
export function describeAjvError(error: ErrorObject | undefined, prefix: string): { path: string; message: string } {
  if (!error) return { path: prefix, message: 'invalid value' };
  let path = prefix + error.instancePath.replace(/\/([^/]+)/g, (_, pointer: string) => {
    const key = pointer.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) return `[${key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  });
  let message = error.message ?? 'invalid value';
  if (error.keyword === 'additionalProperties') {
    path += `.${String((error.params as { additionalProperty: string }).additionalProperty)}`;
    message = 'unknown key';
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return { path: path.replace(/^\./, ''), message };
}

/**
 * Validates a rule's options against its schema, with its defaults filled in.
 * Returns the options, or an error naming the offending key.
 */
export function validateRuleOptions(
  rule: Rule<never>,
  given: Record<string, unknown> | undefined,
): { options: Record<string, unknown> } | { path: string; message: string } {
  // Defaults are checked against every schema by the rule catalogue's test; compiling ~30 schemas
  // only to re-check them cost ~140 ms at every start, more than linting a few files.
  if (given === undefined) return { options: structuredClone(rule.meta.defaultOptions ?? {}) };
  let validate = validators.get(rule);
  if (!validate) {
    validate = ajv().compile(rule.meta.schema);
    validators.set(rule, validate);
  }
  const options = structuredClone({ ...(rule.meta.defaultOptions ?? {}), ...(given ?? {}) });
  if (!validate(options)) return describeAjvError(validate.errors?.[0], '');
  return { options };
}

