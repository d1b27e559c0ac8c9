import type { LintResult, RuleMeta } from '@atlas-lint/engine';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta: ReadonlyMap<string, RuleMeta>;
  toolVersion: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
