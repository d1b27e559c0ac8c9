import { defineRule } from '../define.js';

const GENERIC = ['database', 'db', 'cache', 'queue', 'message queue', 'load balancer', 'lb', 'server', 'web server', 'app server',
  'application server', 'storage', 'service', 'api', 'backend', 'frontend', 'microservice', 'broker', 'stream', 'cluster', 'cdn', 'proxy', 'gateway', 'search'];

const wordSets = new WeakMap<string[], { words: Set<string>; longest: number }>();

/** The configured words, lower-cased, and the longest one's length (built once per options). */
function genericWords(list: string[]): { words: Set<string>; longest: number } {
  let known = wordSets.get(list);
  if (!known) wordSets.set(list, (known = { words: new Set(list.map((g) => g.toLowerCase())), longest: Math.max(0, ...list.map((g) => g.length)) }));
  return known;
}

/** What the rule's `\s+` folds: ASCII blanks fast, the rest by the regex's own definition. */
const isBlank = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || (code >= 160 && /\s/.test(String.fromCharCode(code)));

/**
 * Whether a tag-free label has more than `max` non-blank characters: then it cannot be one of the
 * words once its blanks are folded, and the regex work is skipped (most labels are long).
 */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max || text.includes('<')) return false;
  let visible = 0;
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i)) && ++visible > max) return true;
  return false;
}

/** "Database" tells the reader nothing they would act on; "Aurora PostgreSQL 15" does. */
export default defineRule({
  meta: {
    id: 'atlas/specific-technology',
    description: 'A node labelled with a generic word ("Database", "Cache", "Queue") and no product named',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { generic: { type: 'array', items: { type: 'string' } } } },
    defaultOptions: { generic: GENERIC },
    fixable: false,
    docs: 'rules/atlas/specific-technology.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const generic = genericWords(context.options.generic as string[]);
    for (const node of ast.nodes.values()) {
      const label = node.label;
      if (!label || longerThan(label.text, generic.longest)) continue;
      const whole = label.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      if (generic.words.has(whole)) {
        context.report({ message: `"${label.text}" names no technology`, span: label.span, hint: 'name the product and version, e.g. "PostgreSQL 15 (db.r6g.2xlarge)", "Redis 7 Cluster"' });
      }
    }
  },
});
