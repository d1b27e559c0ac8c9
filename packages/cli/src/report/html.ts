import { percent, type ReportModel } from './model.js';

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON safe inside <script>: no "</script>", no "<!--", no line separators. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const COLORS = { complete: '#10B981', progress: '#F59E0B', pending: '#E5E7EB', error: '#DC2626', warning: '#D97706' };

/** Horizontal stacked bars, one row per item, as inline SVG. */
function barChart(rows: { label: string; parts: { value: number; color: string; name: string }[]; total: number; note: string }[], id: string): string {
  const rowHeight = 26;
  const labelWidth = 190;
  const barWidth = 420;
  const height = rows.length * rowHeight + 8;
  const body = rows.map((row, i) => {
    const y = i * rowHeight + 4;
    let x = labelWidth;
    const rects = row.parts.map((part) => {
      const w = row.total > 0 ? (part.value / row.total) * barWidth : 0;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${part.color}"><title>${escapeHtml(`${row.label}: ${part.value} ${part.name}`)}</title></rect>`;
      x += w;
      return rect;
    }).join('');
    return `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(row.label)}</text>`
      + `<rect x="${labelWidth}" y="${y}" width="${barWidth}" height="18" fill="${COLORS.pending}"/>${rects}`
      + `<text x="${labelWidth + barWidth + 8}" y="${y + 13}">${escapeHtml(row.note)}</text>`;
  }).join('');
  return `<svg id="${id}" class="chart" role="img" viewBox="0 0 ${labelWidth + barWidth + 200} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#111827;background:#F9FAFB}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.muted{color:#6B7280}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #E5E7EB;border-radius:8px;padding:12px 16px;min-width:140px}
.card b{display:block;font-size:22px}.chart text{font-size:12px;fill:#374151}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #E5E7EB}
th,td{padding:6px 8px;border-bottom:1px solid #F3F4F6;text-align:left;vertical-align:top}
th{background:#F3F4F6;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num,th.num{text-align:right}.error{color:${COLORS.error}}.warning{color:${COLORS.warning}}
.filters{display:flex;gap:8px;margin:8px 0}.filters input,.filters select{padding:4px 6px}
code{font-size:12px}`;

// Table behaviour: filter by text/severity/rule, sort by any column, draw rows with textContent only.
const SCRIPT = `
(function(){
  var data = JSON.parse(document.getElementById('problems-data').textContent);
  var body = document.querySelector('#problems tbody');
  var text = document.getElementById('filter-text'), sev = document.getElementById('filter-severity'), rule = document.getElementById('filter-rule');
  var count = document.getElementById('problems-count');
  var sortKey = 'path', sortDir = 1, LIMIT = 2000;
  var rules = Array.from(new Set(data.map(function(p){return p.ruleId;}))).sort();
  rules.forEach(function(r){var o=document.createElement('option');o.value=r;o.textContent=r;rule.appendChild(o);});
  function cell(tr, value, cls){var td=document.createElement('td');td.textContent=value;if(cls)td.className=cls;tr.appendChild(td);return td;}
  function draw(){
    var q=text.value.toLowerCase(), s=sev.value, r=rule.value;
    var rows=data.filter(function(p){return (!s||p.severity===s)&&(!r||p.ruleId===r)&&(!q||(p.path+' '+p.message+' '+p.ruleId).toLowerCase().indexOf(q)!==-1);});
    rows.sort(function(a,b){var x=a[sortKey],y=b[sortKey];if(x<y)return -sortDir;if(x>y)return sortDir;return a.line-b.line;});
    body.textContent='';
    rows.slice(0,LIMIT).forEach(function(p){
      var tr=document.createElement('tr');
      var td=document.createElement('td');var a=document.createElement('a');a.href=p.path;a.textContent=p.path+':'+p.line+':'+p.column;td.appendChild(a);tr.appendChild(td);
      cell(tr,p.severity,p.severity);cell(tr,p.ruleId);cell(tr,p.message);
      body.appendChild(tr);
    });
    count.textContent=rows.length+' of '+data.length+' problems'+(rows.length>LIMIT?' (first '+LIMIT+' shown)':'');
  }
  document.querySelectorAll('#problems th').forEach(function(th){th.addEventListener('click',function(){
    var key=th.getAttribute('data-key');sortDir=key===sortKey?-sortDir:1;sortKey=key;
    document.querySelectorAll('#problems th').forEach(function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',sortDir===1?'ascending':'descending');draw();});});
  [text,sev,rule].forEach(function(el){el.addEventListener('input',draw);});
  draw();
})();`;

/** One self-contained HTML file: inline CSS, SVG charts and script; no network; every string escaped. */
export function renderHtml(model: ReportModel): string {
  const t = model.totals;
  const card = (id: string, value: string | number, label: string) => `<div class="card" id="${id}"><b>${escapeHtml(value)}</b><span class="muted">${escapeHtml(label)}</span></div>`;
  const parts: string[] = [];
  parts.push(`<h1>atlas-lint report</h1><p class="muted">${escapeHtml(model.root)} · ${escapeHtml(model.tool.name)} ${escapeHtml(model.tool.version)}</p>`);
  parts.push(`<div class="cards">${card('total-diagrams', t.diagrams, 'diagrams')}${card('total-renderable', `${percent(t.renderable, t.diagrams)}%`, `render (${t.renderable})`)}${card('total-compliant', `${percent(t.compliant, t.diagrams)}%`, `pass every error rule (${t.compliant})`)}${card('total-errors', t.errors, 'errors')}${card('total-warnings', t.warnings, 'warnings')}${card('total-files', t.files, 'files')}</div>`);
  if (model.tracking) {
    const tr = model.tracking;
    parts.push(`<h2>Progress against <code>${escapeHtml(tr.sheet)}</code></h2>`);
    parts.push(`<div class="cards">${card('tracking-total', tr.expectedTotal, 'targets')}${card('tracking-complete', tr.complete, 'complete')}${card('tracking-in-progress', tr.inProgress, 'in progress')}${card('tracking-pending', tr.pending, 'pending')}</div>`);
    parts.push(barChart(tr.categories.map((c) => ({
      label: c.name,
      total: c.expected,
      parts: [{ value: c.complete, color: COLORS.complete, name: 'complete' }, { value: c.inProgress, color: COLORS.progress, name: 'in progress' }],
      note: `${c.complete}/${c.expected} done · compliance ${c.compliance === null ? '–' : `${Math.round(c.compliance * 100)}%`}`,
    })), 'chart-categories'));
    parts.push(`<table id="categories"><thead><tr><th>category</th><th class="num">expected</th><th class="num">complete</th><th class="num">in progress</th><th class="num">pending</th><th class="num">compliance</th></tr></thead><tbody>${tr.categories.map((c) => `<tr><td>${escapeHtml(c.name)}</td><td class="num">${c.expected}</td><td class="num">${c.complete}</td><td class="num">${c.inProgress}</td><td class="num">${c.pending}</td><td class="num">${c.compliance === null ? '–' : `${Math.round(c.compliance * 100)}%`}</td></tr>`).join('')}</tbody></table>`);
  }
  if (model.folders.length > 0) {
    parts.push(`<h2>Compliance per folder</h2>`);
    parts.push(barChart(model.folders.map((f) => ({ label: f.name, total: f.diagrams, parts: [{ value: f.compliant, color: COLORS.complete, name: 'passing' }], note: `${percent(f.compliant, f.diagrams)}% of ${f.diagrams}` })), 'chart-folders'));
  }
  if (model.rules.length > 0) {
    const max = Math.max(...model.rules.map((r) => r.errors + r.warnings));
    parts.push(`<h2>Findings per rule</h2>`);
    parts.push(barChart(model.rules.slice(0, 25).map((r) => ({ label: r.id, total: max, parts: [{ value: r.errors, color: COLORS.error, name: 'errors' }, { value: r.warnings, color: COLORS.warning, name: 'warnings' }], note: `${r.errors + r.warnings} in ${r.files} files` })), 'chart-rules'));
  }
  const incomplete = model.systems.filter((s) => s.missing.length > 0);
  if (model.systems.length > 0) {
    parts.push(`<h2>System pages</h2><p>${model.systems.length - incomplete.length} of ${model.systems.length} systems have every required page.</p>`);
    if (incomplete.length > 0) parts.push(`<table><thead><tr><th>system</th><th>missing pages</th></tr></thead><tbody>${incomplete.map((s) => `<tr><td>${escapeHtml(s.name)}</td><td>${s.missing.map((m) => `<code>${escapeHtml(m)}</code>`).join(' ')}</td></tr>`).join('')}</tbody></table>`);
  }
  parts.push(`<h2>Problems</h2><div class="filters"><input id="filter-text" type="search" placeholder="filter by file, message or rule" aria-label="filter"><select id="filter-severity" aria-label="severity"><option value="">any severity</option><option value="error">errors</option><option value="warning">warnings</option></select><select id="filter-rule" aria-label="rule"><option value="">any rule</option></select><span id="problems-count" class="muted"></span></div>`);
  parts.push(`<table id="problems"><thead><tr><th data-key="path">location</th><th data-key="severity">severity</th><th data-key="ruleId">rule</th><th data-key="message">message</th></tr></thead><tbody></tbody></table>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>atlas-lint report</title><style>${STYLE}</style></head>
<body><main>${parts.join('\n')}</main>
<script type="application/json" id="problems-data">${scriptJson(model.problems)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
