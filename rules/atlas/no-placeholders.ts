import { defineRule } from '../define.js';
import { diagramTexts } from '../lib/diagram-text.js';
import { PLACEHOLDER } from '../lib/metrics.js';

// The options' word list is one array per config: its patterns are compiled once, not per diagram.
const patternsOf = new WeakMap<string[], RegExp[]>();
function extraPatterns(words: string[]): RegExp[] {
  let patterns = patternsOf.get(words);
  if (!patterns) patternsOf.set(words, (patterns = words.map((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'))));
  return patterns;
}

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
    const extra = extraPatterns(context.options.words as string[]);
    for (const text of diagramTexts(context.diagram)) {
      let match = PLACEHOLDER.exec(text.text);
      for (let i = 0; !match && i < extra.length; i++) match = extra[i]!.exec(text.text);
      if (match) context.report({ message: `Placeholder "${match[0]}" in ${text.kind} text`, span: text.span, hint: 'replace it with the real value, or leave the element out' });
    }
  },
});
