import { defineRule, noOptions } from '../define.js';

/** A classDef nobody uses is dead weight, and often a misspelt class elsewhere. */
export default defineRule({
  meta: {
    id: 'mermaid/unused-classdef',
    description: 'A classDef no node uses',
    severity: 'warn',
    schema: noOptions,
    fixable: true,
    docs: 'rules/mermaid/unused-classdef.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const used = new Set(ast.classAssigns.map((a) => a.className));
    const text = context.diagram.text;
    for (const def of ast.classDefs) {
      const unused = def.names.filter((n) => !used.has(n) && n !== 'default');
      if (unused.length === 0) continue;
      // Only a classDef whose names are all unused can go; the fix removes its whole line.
      let fix: { span: { start: number; end: number }; text: string } | undefined;
      if (unused.length === def.names.length) {
        const lineStart = text.lastIndexOf('\n', def.span.start - 1) + 1;
        const lineEnd = text.indexOf('\n', def.span.start);
        const onlyStatement = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim().startsWith('classDef');
        if (onlyStatement && lineEnd !== -1) fix = { span: { start: lineStart, end: lineEnd + 1 }, text: '' };
      }
      for (const name of unused) {
        const span = def.nameSpans[def.names.indexOf(name)] ?? def.span;
        context.report({ message: `classDef ${name} is never used`, span, ...(fix ? { fix } : {}) });
        fix = undefined;
      }
    }
  },
});
