import { defineRule } from '../define.js';
import { diagramTexts } from '../lib/diagram-text.js';
import { HAS_NUMBER, VAGUE } from '../lib/metrics.js';

/** "Low latency" says nothing at 3 AM; "p99 12ms" does. */
export default defineRule({
  meta: {
    id: 'atlas/no-vague-metrics',
    description: 'A vague claim ("low latency", "highly available", "scalable") with no number beside it',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    fixable: false,
    docs: 'rules/atlas/no-vague-metrics.md',
  },
  diagram(context) {
    for (const text of diagramTexts(context.diagram)) {
      if (text.kind === 'title') continue;
      // The number must be in the same label line as the claim.
      for (const line of text.text.split('\n')) {
        const match = VAGUE.exec(line);
        if (match && !HAS_NUMBER.test(line)) {
          context.report({ message: `"${match[0]}" without a number`, span: text.span, hint: 'say how much, e.g. "p99 12ms", "99.99% (4 nines)", "50K RPS"' });
          break;
        }
      }
    }
  },
});
