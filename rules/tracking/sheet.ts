/**
 * The tracking sheet: a Markdown document whose `###` headings are categories, `####` headings
 * groups, and whose tables list targets (ID | Name | Status | Assignee | PR | Verified | Source).
 * A summary table (Category | Total | …) gives each category's expected total.
 * Parsed line by line: the sheet is a table document, and --update-tracking must be able to
 * rewrite one cell without touching any other byte, so every cell keeps its offsets.
 */

export type TargetStatus = 'pending' | 'in-progress' | 'review' | 'complete';

export const STATUS_LABELS: Record<TargetStatus, string> = {
  pending: '⬜ Pending',
  'in-progress': '🔄 In Progress',
  review: '👀 Review',
  complete: '✅ Complete',
};

export interface Cell {
  text: string;
  /** Offsets of the trimmed text in the sheet. */
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface TrackingTarget {
  id: string;
  name: string;
  /** null when the status cell says nothing we recognise. */
  status: TargetStatus | null;
  statusCell: Cell;
  idCell: Cell;
  category: string;
  group: string;
  line: number;
}

export interface SummaryRow {
  category: string;
  total: number | null;
  complete: number | null;
  inProgress: number | null;
  pending: number | null;
  /** The TOTAL row of the summary table. */
  isTotal: boolean;
  line: number;
  totalCell: Cell;
  cells: Record<string, Cell>;
}

export interface TrackingSheet {
  targets: TrackingTarget[];
  summary: SummaryRow[];
  /** `### Name (N diagrams)` headings, in order. */
  categories: { name: string; declared: number | null; line: number }[];
}

const STATUS_WORDS: [RegExp, TargetStatus][] = [
  [/✅|\bcomplete(d)?\b|\bdone\b/i, 'complete'],
  [/👀|\breview\b/i, 'review'],
  [/🔄|\bin[ -]progress\b|\bwip\b/i, 'in-progress'],
  [/⬜|\bpending\b|\btodo\b|\bnot started\b/i, 'pending'],
];

export function parseStatus(text: string): TargetStatus | null {
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(text)) return status;
  return null;
}

/** Heading text without emphasis and a trailing "(N diagrams)" count. */
function headingName(text: string): { name: string; declared: number | null } {
  const match = /^(.*?)\s*\((\d[\d,]*)\s+diagrams?\)\s*$/i.exec(text);
  const name = (match ? match[1]! : text).replace(/[*_`]/g, '').trim();
  return { name, declared: match ? Number(match[2]!.replace(/,/g, '')) : null };
}

/** Splits a table row into cells with offsets; `\|` does not split. */
function splitRow(line: string, lineStart: number, lineNumber: number): Cell[] {
  const cells: Cell[] = [];
  let i = line.indexOf('|');
  if (i === -1) return cells;
  let cellStart = i + 1;
  for (i = cellStart; i <= line.length; i++) {
    if (i < line.length && (line[i] !== '|' || line[i - 1] === '\\')) continue;
    if (i === line.length && line.trimEnd().endsWith('|')) break;
    const raw = line.slice(cellStart, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: lineStart + cellStart + lead, end: lineStart + cellStart + lead + text.length, line: lineNumber, column: cellStart + lead + 1 });
    cellStart = i + 1;
  }
  return cells;
}

/** "**Guarantees**" → "Guarantees" (emphasis around the cell, not underscores inside it). */
const unemphasize = (text: string) => text.trim().replace(/^(\*\*|__|\*|_)(.*)\1$/, '$2').trim();

const plainNumber = (text: string): number | null => {
  const cleaned = text.replace(/[*_,\s]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
};

export function parseTrackingSheet(source: string): TrackingSheet {
  const sheet: TrackingSheet = { targets: [], summary: [], categories: [] };
  let category = '';
  let group = '';
  let header: string[] | null = null;
  let inFence = false;
  let offset = 0;
  const lines = source.split('\n');
  lines.forEach((rawLine, index) => {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    const lineNumber = index + 1;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      header = null;
      const depth = heading[1]!.length;
      const { name, declared } = headingName(heading[2]!);
      if (depth <= 3) {
        category = depth === 3 ? name : '';
        group = '';
        if (depth === 3) sheet.categories.push({ name, declared, line: lineNumber });
      } else {
        group = name;
      }
      return;
    }
    if (!/^\s*\|/.test(line)) {
      header = null;
      return;
    }
    const cells = splitRow(line, lineStart, lineNumber);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c.text))) return; // delimiter row
    if (!header) {
      header = cells.map((c) => c.text.replace(/[*_]/g, '').toLowerCase());
      return;
    }
    const column = (name: string) => header!.indexOf(name);
    if (column('id') !== -1 && column('status') !== -1) {
      const idCell = cells[column('id')];
      const statusCell = cells[column('status')];
      if (!idCell || !statusCell || idCell.text === '') return;
      sheet.targets.push({
        id: idCell.text.replace(/[`*]/g, ''),
        name: cells[column('name')]?.text ?? '',
        status: parseStatus(statusCell.text),
        statusCell,
        idCell,
        category,
        group,
        line: lineNumber,
      });
    } else if (column('category') !== -1 && column('total') !== -1) {
      const named: Record<string, Cell> = {};
      header.forEach((name, i) => cells[i] && (named[name] = cells[i]!));
      const name = unemphasize(named.category?.text ?? '');
      sheet.summary.push({
        category: name,
        total: plainNumber(named.total?.text ?? ''),
        complete: plainNumber(named.complete?.text ?? ''),
        inProgress: plainNumber(named['in progress']?.text ?? ''),
        pending: plainNumber(named.pending?.text ?? ''),
        isTotal: /^total$/i.test(name),
        line: lineNumber,
        totalCell: named.total!,
        cells: named,
      });
    }
  });
  return sheet;
}

/** ID shape: letters/digits in dash-separated parts, starting with a letter (G-LIN-FL, CS-NFX-L0). */
export const TARGET_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
