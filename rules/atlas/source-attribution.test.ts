import rule from './source-attribution.js';
import { runRuleTests } from '../testing/rule-tester.js';

const fence = (body: string) => '```mermaid\n' + body + '\n```\n';
runRuleTests(rule as never, {
  valid: [
    { code: fence('%% source: https://netflixtechblog.com/x\nflowchart LR\n  A --> B') },
    { code: fence('flowchart LR\n  A --> B\n  click A "https://example.com/source"') },
    { code: '## Edge\n\nData from https://example.com/post\n\n' + fence('flowchart LR\n  A --> B') },
    { code: fence('flowchart LR\n  A --> B') + '\n## Sources\n\n- [Blog](https://example.com/post)\n' },
  ],
  invalid: [
    { code: '## Edge\n\n' + fence('flowchart LR\n  A --> B') + '\n## Other\n\nhttps://example.com/elsewhere\n', errors: [{ message: "No source for this diagram's data", line: 4, column: 1 }] },
    { code: 'See https://example.com\n\n' + fence('flowchart LR\n  A --> B'), options: { scope: 'diagram' }, errors: [{ line: 4 }] },
  ],
});
