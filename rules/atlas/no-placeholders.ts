import { defineRule } from '../define.js';
import { diagramTexts } from '../lib/diagram-text.js';
import { PLACEHOLDER } from '../lib/metrics.js';

/** TODO, TBD, XXX, FIXME, lorem ipsum: a diagram is published with its gaps visible. */
export default defineRule({
  meta: {
    id: 'atlas/no-placeholders',
    description: 'Placeholder text (TODO, TBD, XXX, FIXME, lorem ipsum) in a diagram',
    severity: 'error',
    schema: { type: 'object', additionalProperties: false, properties: { words: { type: 'array', items: { type: 'string', minLength: 1 } } } },
    defaultOptions: { words: [] },
    fixable: false,
    docs: 'rules/atlas/no-placeholders.md',
  },
  diagram(context) {
    const extra = (context.options.words as string[]).map((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
    for (const text of diagramTexts(context.diagram)) {
      const match = PLACEHOLDER.exec(text.text) ?? extra.map((re) => re.exec(text.text)).find(Boolean);
      if (match) context.report({ message: `Placeholder "${match[0]}" in ${text.kind} text`, span: text.span, hint: 'replace it with the real value, or leave the element out' });
    }
  },
});
