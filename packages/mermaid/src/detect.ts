/**
 * Diagram-type detection as Mermaid 11.17.2 does it (diagram-api/detectType.ts): on the
 * preprocessed text with front matter, directives and comments stripped once more, the first
 * registered detector that matches wins. Only the types with a grammar of ours need to be told
 * apart exactly; every other text is handed to Mermaid, which detects it itself.
 */
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const ANY_COMMENT = /\s*%%.*\n/gm;
// Mermaid's C4 detector lacks a group: it matches these words anywhere in the text.
const C4 = /^\s*C4Context|C4Container|C4Component|C4Dynamic|C4Deployment/;

export type DetectedType = 'flowchart-v2' | 'flowchart-elk' | 'sequence' | 'pie' | 'other' | 'none';

export function detectType(cleaned: string): DetectedType {
  const text = cleaned.replace(FRONT_MATTER, '').replace(DIRECTIVE, '').replace(ANY_COMMENT, '\n');
  if (text === 'error' || /^\s*---/.test(text) || C4.test(text)) return 'other';
  if (/^\s*flowchart-elk/.test(text)) return 'flowchart-elk';
  if (/^\s*sequenceDiagram/.test(text)) return 'sequence';
  if (/^\s*pie/.test(text)) return 'pie';
  // Detectors registered before flowchart whose words could prefix "graph"/"flowchart": none.
  if (/^\s*(graph|flowchart)/.test(text)) return 'flowchart-v2';
  // Deliberately wider than Mermaid's detectors: only text that no detector can match is ours to
  // reject ("No diagram type detected"); anything that might be a diagram goes to Mermaid.
  if (ANY_DETECTOR.test(text)) return 'other';
  return 'none';
}

const ANY_DETECTOR = /^\s*(mindmap|architecture|kanban|class|er|gantt|info|pie|requirement|swimlane|timeline|gitGraph|state|journey|quadrantChart|sankey|packet|xychart|block|eventmodeling|treeView|radar|treemap|venn|cynefin|zenuml|ishikawa|railroad|wardley|abnf|ebnf)|^\s*(ishikawa|railroad|wardley)/i;

/** The header keyword as written (first word of the cleaned text), for messages. */
export function headerWord(cleaned: string): string {
  return /^\s*([^\s;]*)/.exec(cleaned)?.[1] ?? '';
}
