import { decodeLabel } from './encode.js';
import { skipSpace, trimmed } from './scanners.js';

/** Display text as Mermaid shows it: trimmed, entity codes decoded, <br> as a line break. */
export function displayText(raw: string): string {
  const text = decodeLabel(trimmed(raw));
  return text.includes('<') ? breaksAsNewlines(text) : text;
}

/**
 * displayText of a label cut out of an input that holds no entity marker (`markers` false) and,
 * then, maybe no '<' either (`angles` false): the searches a label would repeat are done once
 * per diagram, and the result is the same (a label with neither has nothing to decode or break).
 */
export function inputText(raw: string, markers: boolean, angles: boolean): string {
  if (markers) return displayText(raw);
  const text = trimmed(raw);
  return angles && text.includes('<') ? breaksAsNewlines(text) : text;
}

/** text.replace(/<br\s*\/?>/gi, '\n') as a scan (labels are full of <br/>, and this runs on every one). */
function breaksAsNewlines(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const b = text.charCodeAt(at + 1) | 0x20;
    const r = text.charCodeAt(at + 2) | 0x20;
    if (b !== 98 || r !== 114) continue; // 'b', 'r' in either case
    let end = skipSpace(text, at + 3);
    if (text.charCodeAt(end) === 47) end++; // '/'
    if (text.charCodeAt(end) !== 62) continue; // '>'
    out += `${text.slice(last, at)}\n`;
    last = end + 1;
    at = end;
  }
  return last === 0 ? text : out + text.slice(last);
}
