import type { Directive, Preprocessed } from './preprocess.js';
import { appliedInits, isRecord } from './detect.js';
import { CONFIG_KEYS } from './config-keys.js';
import { KEPT_TEXT, themeFailure } from './theme-check.js';
import type { SyntaxIssue } from './types.js';

/**
 * Mermaid 11.17.2 sanitises the configuration of every diagram (front matter `config:` merged
 * with the init directives) before parsing: walking the keys it knows (config-keys.ts), it reads a `fontFamily` or
 * `themeCSS` value as CSS by iterating over it, so a number or boolean there throws a TypeError
 * ("str is not iterable") and mermaid.parse rejects the diagram, whatever its type. It descends
 * into the object or array held by any key it knows (CONFIG_KEYS), not only the sections: so
 * `flowchart: { curve: { fontFamily: 5 } }` is rejected too, and `bogus: { fontFamily: 5 }` is not
 * (an unknown key is deleted unread).
 */

/**
 * Keys read as CSS: the sanitiser matches them by substring (themeCSS, fontFamily, altFontFamily),
 * among the keys it keeps. (Capitalised ones such as actorFontFamily do not match.)
 */
const CSS_KEYS = new Set([...CONFIG_KEYS].filter((key) => ['themeCSS', 'fontFamily', 'altFontFamily'].some((css) => key.includes(css))));
/** Known keys whose object the sanitiser filters as a dictionary of text values instead of walking it. */
const DICTIONARIES = new Set(['nodeColors', 'filenameIcons', 'extensionIcons']);

/** The dotted path of the first CSS value that is not text (or of a text themeVariables the sanitiser throws on), or null. Arrays are walked element by element. */
function nonTextCss(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nonTextCss(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  // Each object it walks, the sanitiser blanks every character of a text themeVariables that it
  // would not keep, one index at a time: a TypeError on a string (e.g. themeVariables: "dagre-d3").
  const variables = (value as Record<string, unknown>).themeVariables;
  if (typeof variables === 'string' && variables !== '' && !KEPT_TEXT.test(variables)) return path ? `${path}.themeVariables` : 'themeVariables';
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (child === null || child === undefined) continue;
    const at = path ? `${path}.${key}` : key;
    if (typeof child === 'object') {
      // Unknown keys are deleted, not descended into; a dictionary (sankey's nodeColors, treeView's
      // filenameIcons/extensionIcons) only has its entries that are not matching text deleted.
      if (CONFIG_KEYS.has(key) && !DICTIONARIES.has(key)) {
        const found = nonTextCss(child, at);
        if (found) return found;
      }
    } else if (CSS_KEYS.has(key) && typeof child !== 'string') {
      return at;
    }
  }
  return null;
}

/** Where a config issue is reported: the directive that holds the bad value, else the front matter. */
function issueSpan(pre: Pick<Preprocessed, 'frontMatter' | 'directives'>, source: Directive | undefined): SyntaxIssue['span'] {
  return source?.span ?? pre.frontMatter?.span ?? pre.directives[0]?.span ?? { start: 0, end: 0 };
}

/**
 * The issue when Mermaid's config sanitiser would throw on this diagram's configuration, or
 * 'needs-mermaid' when only Mermaid itself can tell (several theme variables set, one unreadable).
 */
export function configIssue(pre: Pick<Preprocessed, 'frontMatter' | 'directives'>, merged: Record<string, unknown>): SyntaxIssue | 'needs-mermaid' | null {
  let path = nonTextCss(merged, '');
  const applied = appliedInits(pre.directives);
  const inits = applied.filter((d) => d.init !== undefined);
  // Several init directives are each sanitised before they are merged (a later one cannot repair an earlier one).
  if (applied.filter((d) => d.isInit).length > 1) for (const d of inits) path ??= nonTextCss(d.init, '');
  if (path) {
    return {
      code: 'config-css-value',
      message: path.endsWith('themeVariables')
        ? `The configuration value ${path} must be a mapping of variables, not text: Mermaid's sanitiser throws on it`
        : `The configuration value ${path} must be text: Mermaid reads it as CSS and rejects the diagram`,
      hint: 'quote the value, e.g. fontFamily: "Arial"',
      span: issueSpan(pre, inits.find((d) => nonTextCss(d.init, '') !== null)),
    };
  }
  const theme = themeFailure(merged);
  if (!theme) return null;
  if (!theme.certain) return 'needs-mermaid';
  return {
    code: 'config-theme-colour',
    message: `Mermaid cannot compute the theme: ${theme.reason}`,
    hint: 'write colours as #rgb, #rrggbb, rgb(…), hsl(…) or a CSS colour name, and name one of Mermaid\'s themes',
    span: issueSpan(pre, inits.find((d) => isRecord(d.init) && ('theme' in d.init || 'themeVariables' in d.init))),
  };
}
