import { percent, type ReportModel } from './model.js';

const paint = (on: boolean) => (code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function bar(parts: { value: number; code: string }[], total: number, width: number, color: boolean): string {
  const c = paint(color);
  let used = 0;
  let out = '';
  for (const { value, code } of parts) {
    const cells = total > 0 ? Math.round((value / total) * width) : 0;
    const n = Math.min(cells, width - used);
    out += c(code, '█'.repeat(n));
    used += n;
  }
  return out + c('2', '░'.repeat(width - used));
}

/** The report for a person at a terminal: progress bars, compliance, what to fix next. */
export function renderTerminal(model: ReportModel, color: boolean): string {
  const c = paint(color);
  const lines: string[] = [];
  const t = model.totals;
  lines.push(c('1', `atlas-lint report — ${model.root}`), '');
  lines.push(`${t.files} files, ${t.diagrams} diagrams: ${t.renderable} render (${percent(t.renderable, t.diagrams)}%), ${t.compliant} pass every error rule (${percent(t.compliant, t.diagrams)}%)`);
  lines.push(`${t.errors} errors, ${t.warnings} warnings${t.fixable ? `, ${t.fixable} fixable with --fix` : ''}`);
  if (model.tracking) {
    const tr = model.tracking;
    lines.push('', c('1', `Progress against ${tr.sheet}: ${tr.complete} of ${tr.expectedTotal} targets complete (${percent(tr.complete, tr.expectedTotal)}%), ${tr.inProgress} in progress, ${tr.pending} pending`));
    lines.push(`${bar([{ value: tr.complete, code: '32' }, { value: tr.inProgress, code: '33' }], tr.expectedTotal, 40, color)}  ${tr.listed} targets listed, ${tr.claimedDiagrams} claims`);
    const width = Math.max(8, ...tr.categories.map((cat) => cat.name.length));
    for (const cat of tr.categories) {
      const compliance = cat.compliance === null ? '   –' : `${String(Math.round(cat.compliance * 100)).padStart(3)}%`;
      lines.push(`  ${cat.name.padEnd(width)}  ${bar([{ value: cat.complete, code: '32' }, { value: cat.inProgress, code: '33' }], cat.expected, 24, color)}  ${String(cat.complete).padStart(4)}/${String(cat.expected).padEnd(5)} done  ${String(cat.inProgress).padStart(4)} in progress  compliance ${compliance}`);
    }
  }
  if (model.folders.length > 0) {
    lines.push('', c('1', 'Compliance per folder (diagrams passing every error rule)'));
    const width = Math.max(...model.folders.map((f) => f.name.length));
    for (const f of model.folders) {
      lines.push(`  ${f.name.padEnd(width)}  ${bar([{ value: f.compliant, code: '32' }], f.diagrams, 24, color)}  ${String(percent(f.compliant, f.diagrams)).padStart(5)}%  ${f.compliant}/${f.diagrams}`);
    }
  }
  if (model.rules.length > 0) {
    lines.push('', c('1', 'Top rules violated'));
    for (const r of model.rules.slice(0, 10)) lines.push(`  ${String(r.errors + r.warnings).padStart(6)}  ${r.id}  ${c('2', `(${r.files} files)`)}`);
  }
  if (model.worstFiles.length > 0) {
    lines.push('', c('1', 'Worst files'));
    for (const f of model.worstFiles.slice(0, 10)) lines.push(`  ${String(f.errors).padStart(4)} errors ${String(f.warnings).padStart(4)} warnings  ${f.path}:${f.firstLine}`);
  }
  const incomplete = model.systems.filter((s) => s.missing.length > 0);
  if (model.systems.length > 0) {
    lines.push('', c('1', `System pages: ${model.systems.length - incomplete.length} of ${model.systems.length} systems have all ${model.systems[0]!.present.length + model.systems[0]!.missing.length} pages`));
    for (const s of incomplete.slice(0, 10)) lines.push(`  ${s.name}: missing ${s.missing.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
