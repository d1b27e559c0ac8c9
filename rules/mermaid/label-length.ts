import { defineRule } from '../define.js';
import { diagramTexts } from '../lib/diagram-text.js';

/** Long label lines overflow their box or stretch the whole diagram. */
export default defineRule({
  meta: {
    id: 'mermaid/label-length',
    description: 'A label line longer than the allowed number of characters',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { max: { type: 'integer', minimum: 10 } } },
    defaultOptions: { max: 80 },
    fixable: false,
    docs: 'rules/mermaid/label-length.md',
  },
  diagram(context) {
    const max = context.options.max as number;
    for (const text of diagramTexts(context.diagram)) {
      if (text.kind !== 'node' && text.kind !== 'edge' && text.kind !== 'subgraph') continue;
      if (text.text.length <= max) continue; // removing tags only shortens a line
      const longest = Math.max(...text.text.split('\n').map((l) => l.replace(/<[^>]+>/g, '').length));
      if (longest > max) context.report({ message: `Label line of ${longest} characters (max ${max})`, span: text.span, hint: 'break it with <br/> or shorten it' });
    }
  },
});
