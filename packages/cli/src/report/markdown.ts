import { percent, type ReportModel } from './model.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');

/** The report as Markdown: a pull-request comment or $GITHUB_STEP_SUMMARY. */
export function renderMarkdown(model: ReportModel): string {
  const t = model.totals;
  let out = `## atlas-lint report\n\n${t.files} files, **${t.diagrams} diagrams**: ${t.renderable} render (${percent(t.renderable, t.diagrams)}%), ${t.compliant} pass every error rule (${percent(t.compliant, t.diagrams)}%). ${t.errors} errors, ${t.warnings} warnings${t.fixable ? `, ${t.fixable} fixable with \`--fix\`` : ''}.\n`;
  if (model.tracking) {
    const tr = model.tracking;
    out += `\n### Progress against \`${cell(tr.sheet)}\`\n\n**${tr.complete} of ${tr.expectedTotal}** targets complete (${percent(tr.complete, tr.expectedTotal)}%), ${tr.inProgress} in progress, ${tr.pending} pending.\n\n`;
    out += `| category | expected | complete | in progress | pending | done | compliance |\n|---|---:|---:|---:|---:|---:|---:|\n`;
    for (const c of tr.categories) {
      out += `| ${cell(c.name)} | ${c.expected} | ${c.complete} | ${c.inProgress} | ${c.pending} | ${percent(c.complete, c.expected)}% | ${c.compliance === null ? '–' : `${Math.round(c.compliance * 100)}%`} |\n`;
    }
  }
  if (model.folders.length > 0) {
    out += `\n### Compliance per folder\n\n| folder | files | diagrams | passing | compliance |\n|---|---:|---:|---:|---:|\n`;
    for (const f of model.folders) out += `| ${cell(f.name)} | ${f.files} | ${f.diagrams} | ${f.compliant} | ${percent(f.compliant, f.diagrams)}% |\n`;
  }
  if (model.rules.length > 0) {
    out += `\n### Top rules violated\n\n| rule | errors | warnings | files |\n|---|---:|---:|---:|\n`;
    for (const r of model.rules.slice(0, 15)) out += `| \`${r.id}\` | ${r.errors} | ${r.warnings} | ${r.files} |\n`;
  }
  if (model.worstFiles.length > 0) {
    out += `\n### Worst files\n\n| file | errors | warnings | diagrams |\n|---|---:|---:|---:|\n`;
    for (const f of model.worstFiles.slice(0, 10)) out += `| \`${cell(f.path)}:${f.firstLine}\` | ${f.errors} | ${f.warnings} | ${f.diagrams} |\n`;
  }
  const incomplete = model.systems.filter((s) => s.missing.length > 0);
  if (model.systems.length > 0) {
    out += `\n### System pages\n\n${model.systems.length - incomplete.length} of ${model.systems.length} systems have every required page.\n`;
    if (incomplete.length > 0) {
      out += `\n| system | missing |\n|---|---|\n`;
      for (const s of incomplete) out += `| ${cell(s.name)} | ${s.missing.map((m) => `\`${cell(m)}\``).join(', ')} |\n`;
    }
  }
  return out;
}
