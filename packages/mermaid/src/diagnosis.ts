/**
 * What every grammar's diagnosis makes of "the parser stopped at this token": a stable code for
 * the class of mistake (the fixer and the statistics use it), a message and a hint. Offsets are
 * in the text the grammar read (its encoded text), mapped to the diagram by the grammar's caller.
 */
export interface Diagnosis {
  code: string;
  message: string;
  hint?: string;
  start: number;
  end: number;
}

/**
 * A token's text as a message quotes it: at most its first 40 characters, up to the end of its
 * line. `trim` drops the blanks around it, and then quotes the first character when only blanks
 * were left (a lone tab is still shown as what it is).
 */
export function quotedImage(text: string, start: number, end: number, trim = true): string {
  const image = text.slice(start, Math.min(end, start + 40)).split('\n')[0]!;
  if (!trim) return `'${image}'`;
  return `'${image.trim() || text[start]}'`;
}
