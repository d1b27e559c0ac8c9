import { expect, it } from 'vitest';
import { validateRuleOptions } from '@atlas-lint/engine';
import rule from './source-attribution.js';
import { runRuleTests } from '../testing/rule-tester.js';

const fence = (body: string) => '```mermaid\n' + body + '\n```\n';
const chart = fence('flowchart LR\n  A --> B');
runRuleTests(rule as never, {
  valid: [
    { code: fence('%% source: https://netflixtechblog.com/x\nflowchart LR\n  A --> B') },
    { code: fence('flowchart LR\n  A --> B\n  click A "https://example.com/source"') },
    { code: '## Edge\n\nData from https://example.com/post\n\n' + chart },
    { code: '## Edge\n\n' + chart + '\n### Notes\n\n[post](https://example.com/post)\n', name: 'a subsection of the diagram\'s section' },
    { code: chart + '\n## Sources & References\n\n- [Blog](https://example.com/post)\n' },
    { code: '# Page\n\nhttps://example.com/a\n\n## Edge\n\n' + chart, options: { scope: 'page' } },
  ],
  invalid: [
    { code: '## Edge\n\n' + chart + '\n## Other\n\nhttps://example.com/elsewhere\n', errors: [{ message: "No source URL for this diagram's data in the diagram, its section or a Sources section", line: 4, column: 1 }] },
    { code: '## Edge\n\nSee [setup](../setup.md)\n\n' + chart, errors: [{ message: /^No source URL/, line: 6 }], name: 'a link into the docs is no source' },
    { code: chart + '\n## Source References\n\n- Alphabet 10-K filings\n', errors: [{ message: 'No source URL for this diagram\'s data: the page\'s "Source References" section links to no web page', line: 2 }] },
    { code: chart + '\n## Quick Reference\n\n- https://example.com/cheatsheet\n', errors: [{ line: 2 }], name: 'a quick reference is no Sources section' },
    { code: 'See https://example.com\n\n' + chart, options: { scope: 'diagram' }, errors: [{ message: 'No source URL in this diagram', line: 4 }] },
  ],
});

it('rejects a bad option, naming it', () => {
  expect(validateRuleOptions(rule as never, { scope: 'file' })).toMatchObject({ path: 'scope' });
});
