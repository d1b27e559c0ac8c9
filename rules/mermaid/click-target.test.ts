import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from './click-target.js';
import { runRuleTests } from '../testing/rule-tester.js';

const dir = mkdtempSync(join(tmpdir(), 'click-target-'));
writeFileSync(join(dir, 'other.md'), '# other\n');
const page = join(dir, 'page.md');

runRuleTests(rule as never, {
  valid: [
    { filename: page, code: 'flowchart LR\n  A --> B\n  click A "other.md"\n  click B "https://example.com/x"' },
    { filename: page, code: 'flowchart LR\n  A --> B\n  click A "./other/"' .replace('./other/', 'other') },
  ],
  invalid: [{ filename: page, code: 'flowchart LR\n  A --> B\n  click A "missing.md"', errors: [{ message: /missing\.md, which does not exist/, line: 4, column: 12 }] }],
});
