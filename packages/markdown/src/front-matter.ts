import yaml from 'js-yaml';

export interface FrontMatter {
  data: Record<string, unknown> | null;
  /** Number of lines the front matter block takes (0 when there is none). */
  lineCount: number;
  error?: { message: string; line: number; column: number };
}

const OPEN = /^---[ \t]*\r?$/;
const CLOSE = /^(---|\.\.\.)[ \t]*\r?$/;

/** YAML front matter as MkDocs reads it: a `---` line at the very top, YAML, a `---` (or `...`) line. */
export function readFrontMatter(source: string): FrontMatter {
  if (!source.startsWith('---')) return { data: null, lineCount: 0 };
  const lines = source.split('\n');
  if (!OPEN.test(lines[0]!)) return { data: null, lineCount: 0 };
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end === -1) return { data: null, lineCount: 0 };
  const body = lines.slice(1, end).join('\n');
  try {
    const data = yaml.load(body, { schema: yaml.JSON_SCHEMA });
    return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null, lineCount: end + 1 };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return { data: null, lineCount: end + 1, error: { message: reason, line: (mark?.line ?? 0) + 2, column: (mark?.column ?? 0) + 1 } };
  }
}
