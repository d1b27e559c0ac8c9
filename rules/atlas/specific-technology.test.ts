import rule from './specific-technology.js';
import { runRuleTests } from '../testing/rule-tester.js';

runRuleTests(rule as never, {
  valid: [{ code: 'flowchart LR\n  A[PostgreSQL 15] --> B[Redis 7 Cluster]' }],
  invalid: [{ code: 'flowchart LR\n  A[API] --> B[(Database)]', errors: [{ message: '"API" names no technology', line: 3, column: 5 }, { message: '"Database" names no technology', line: 3, column: 17 }] }],
});
