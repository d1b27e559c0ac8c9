import { defineRule } from '../define.js';

const GENERIC = ['database', 'db', 'cache', 'queue', 'message queue', 'load balancer', 'lb', 'server', 'web server', 'app server',
  'application server', 'storage', 'service', 'api', 'backend', 'frontend', 'microservice', 'broker', 'stream', 'cluster', 'cdn', 'proxy', 'gateway', 'search'];

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
    const generic = new Set((context.options.generic as string[]).map((g) => g.toLowerCase()));
    for (const node of ast.nodes.values()) {
      const label = node.label;
      if (!label) continue;
      const whole = label.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      if (generic.has(whole)) {
        context.report({ message: `"${label.text}" names no technology`, span: label.span, hint: 'name the product and version, e.g. "PostgreSQL 15 (db.r6g.2xlarge)", "Redis 7 Cluster"' });
      }
    }
  },
});
