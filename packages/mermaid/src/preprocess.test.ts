import { describe, expect, it } from 'vitest';
import { commentLines, preprocess } from './preprocess.js';

/** Every offset of cleaned maps to the same character in the original, in increasing order. */
function expectFaithfulMap(original: string): ReturnType<typeof preprocess> {
  const pre = preprocess(original);
  let last = -1;
  for (let i = 0; i < pre.cleaned.length; i++) {
    const at = pre.toOriginal(i);
    expect(at).toBeGreaterThan(last);
    last = at;
    const expected = original[at] === '\r' ? '\n' : original[at] === '"' && pre.cleaned[i] === "'" ? "'" : original[at];
    expect(pre.cleaned[i], `offset ${i}`).toBe(expected);
  }
  return pre;
}

describe('preprocess (Mermaid 11.17.2 steps 1–5)', () => {
  it('turns CRLF and lone CR into LF, mapping back past the removed CR', () => {
    const pre = expectFaithfulMap('flowchart LR\r\nA-->B\rB-->C\r\n');
    expect(pre.cleaned).toBe('flowchart LR\nA-->B\nB-->C\n');
    expect(pre.toOriginal(pre.cleaned.indexOf('A'))).toBe(14);
  });

  it('rewrites double-quoted attributes inside tags only', () => {
    const pre = expectFaithfulMap('flowchart LR\nA[<span style="x">say "hi"</span>]');
    expect(pre.cleaned).toBe(`flowchart LR\nA[<span style='x'>say "hi"</span>]`);
  });

  it('strips front matter, keeps its data, title and span in original offsets', () => {
    const text = '---\ntitle: Flow\nconfig:\n  theme: dark\n---\nflowchart LR\nA-->B';
    const pre = expectFaithfulMap(text);
    expect(pre.cleaned).toBe('flowchart LR\nA-->B');
    expect(pre.frontMatter?.title).toBe('Flow');
    expect(pre.frontMatter?.data.config).toEqual({ theme: 'dark' });
    expect(text.slice(pre.frontMatter!.span.start, pre.frontMatter!.span.end)).toBe('---\ntitle: Flow\nconfig:\n  theme: dark\n---\n');
    expect(pre.toOriginal(0)).toBe(text.indexOf('flowchart'));
  });

  it('accepts an indented front matter block (same indentation on both fences)', () => {
    const pre = preprocess('  ---\n  title: T\n  ---\nflowchart LR\nA-->B');
    expect(pre.frontMatter?.title).toBe('T');
    expect(pre.cleaned.startsWith('flowchart')).toBe(true);
  });

  it('keeps a falsy title out, as Mermaid does', () => {
    expect(preprocess('---\ntitle: 0\n---\npie\n"a": 1').frontMatter?.title).toBeUndefined();
  });

  it('reports invalid YAML with a position inside the front matter', () => {
    const text = '---\ntitle: [a\n---\nflowchart LR\nA-->B';
    const pre = preprocess(text);
    expect(pre.preambleError?.code).toBe('front-matter-yaml');
    expect(pre.preambleError!.span.start).toBeGreaterThan(3);
    expect(pre.preambleError!.span.start).toBeLessThan(text.indexOf('flowchart'));
  });

  it('rejects front matter values Mermaid throws on, as Mermaid does (and does not crash on them)', () => {
    const code = (fm: string) => preprocess(`---\n${fm}\n---\npie\n"a": 1`).preambleError?.code;
    expect(code('title: {toString: 1}')).toBe('front-matter-value');
    expect(code('displayMode: [{toString: x}]')).toBe('front-matter-value');
    expect(code('displayMode: compact\nconfig: compact')).toBe('front-matter-value');
    expect(code('displayMode: compact\nconfig:\n  gantt: 5')).toBe('front-matter-value');
    expect(code('displayMode: []\nconfig:\n  gantt: 5')).toBeUndefined();
    expect(code('displayMode: compact\nconfig: [1]')).toBeUndefined();
    expect(code('config: compact\ntitle: {valueOf: 1}')).toBeUndefined();
    expect(code('title: a\n---\n---\ndisplayMode: compact\nconfig: 5')).toBe('front-matter-value');
  });

  it('keeps the texts on which Mermaid detects the type while reading init directives', () => {
    const texts = (t: string) => preprocess(t).initTypeTexts;
    expect(texts('%%{init: {"a": 1}}%%\n%%{\npie\n"a": 1')).toEqual([{ text: '%%{init: {"a": 1}}%%\n%%{\npie\n"a": 1' }]);
    expect(texts('%%{\n%% x\ninit: {"a": 1}}%%\npie')).toEqual([{ text: '%%{\ninit: {"a": 1}}%%\npie', secondRound: true }]);
    expect(texts('%%{init: ""}%%\npie')).toBeUndefined();
    expect(texts('%%{init: {"a": 1}}%%\n%%{init: {bad}}%%\npie')).toBeUndefined();
    expect(texts('%%{init: {"a": 1}}%%\n%%{init}%%\npie')).toHaveLength(1);
    expect(texts('%%{wrap}%%\npie')).toBeUndefined();
  });

  it('rejects a wrap directive beside a lone init directive whose argument is a truthy scalar, as Mermaid does', () => {
    const code = (t: string) => preprocess(`${t}\nsequenceDiagram\nA->>B: x`).preambleError?.code;
    expect(code('%%{init: dark}%%\n%%{wrap}%%')).toBe('wrap-on-scalar-init');
    expect(code('%%{wrap}%%\n%%{init: -1}%%')).toBe('wrap-on-scalar-init');
    expect(code('%%{init: dark}%%\n%%{nowrap}%%\n%%{wrap}%%')).toBe('wrap-on-scalar-init');
    expect(code('%%{init: dark}%%\n%%{nowrap}%%')).toBeUndefined();
    expect(code('%%{init: ""}%%\n%%{wrap}%%')).toBeUndefined();
    expect(code('%%{init: dark}%%\n%%{init: {"a": 1}}%%\n%%{wrap}%%')).toBeUndefined();
    expect(code('%%{init: dark}%%\n%%{wrap: {bad}}%%\n%%{wrap}%%')).toBeUndefined();
  });

  it('removes directives anywhere and parses init arguments like Mermaid (single quotes allowed)', () => {
    const text = "%%{init: {'theme': 'forest'}}%%\nflowchart LR\nA-->B %%{wrap}%%";
    const pre = expectFaithfulMap(text);
    expect(pre.cleaned).toBe('flowchart LR\nA-->B ');
    expect(pre.directives.map((d) => text.slice(d.span.start, d.span.end))).toEqual(["%%{init: {'theme': 'forest'}}%%", '%%{wrap}%%']);
    expect(pre.directives[0]!.init).toEqual({ theme: 'forest' });
    expect(pre.directives[1]!.init).toBeUndefined();
  });

  it('ignores bad init JSON (Mermaid logs it) and lets an unclosed directive swallow the rest', () => {
    expect(preprocess('%%{init: {theme: x}}%%\npie\n"a": 1').directives[0]!.init).toBeUndefined();
    expect(preprocess('%%{init: {"a": 1}\nflowchart LR\nA-->B').cleaned).toBe('');
  });

  it('deletes whole %% comment lines but not %% after code, nor a bare %% line', () => {
    const text = 'flowchart LR\n  %% a note\nA-->B %% trailing\n%%\nB-->C';
    const pre = expectFaithfulMap(text);
    expect(pre.cleaned).toBe('flowchart LR\nA-->B %% trailing\n%%\nB-->C');
    expect(pre.comments.map((c) => c.text)).toEqual([' a note']);
    expect(text.slice(pre.comments[0]!.span.start, pre.comments[0]!.span.end)).toBe('%% a note');
  });

  it('runs twice: a comment line and blank lines before front matter are fine', () => {
    const text = '\n%% c\n---\ntitle: A\n---\nflowchart LR\nA-->B';
    expect(expectFaithfulMap(text).cleaned).toBe('flowchart LR\nA-->B');
  });

  it('runs twice: two consecutive front matter blocks are both stripped, a third one is not', () => {
    const two = expectFaithfulMap('---\ntitle: A\n---\n---\ntitle: B\n---\nflowchart LR\nA-->B');
    expect(two.cleaned).toBe('flowchart LR\nA-->B');
    expect(two.frontMatter?.title).toBe('A');
    expect(preprocess('%% c\n---\ntitle: A\n---\n---\ntitle: B\n---\nflowchart LR').cleaned.startsWith('---')).toBe(true);
  });

  it('trims leading whitespace and reports the shift when nothing inside was removed', () => {
    const pre = preprocess('\n\n   flowchart LR\nA-->B');
    expect(pre.cleaned).toBe('flowchart LR\nA-->B');
    expect(pre.shift).toBe(5);
    expect(preprocess('flowchart LR\n%% x\nA-->B').shift).toBeUndefined();
  });

  it('collapses removed regions: an end offset right after a removed line maps monotonically', () => {
    const text = 'flowchart LR\n%% x\nA-->B';
    const pre = preprocess(text);
    const at = pre.cleaned.indexOf('A');
    expect(pre.toOriginal(at)).toBe(text.indexOf('A'));
    expect(pre.toOriginal(at - 1)).toBe(text.indexOf('\n'));
    expect(pre.toOriginal(pre.cleaned.length)).toBe(text.length);
  });
});

describe('commentLines', () => {
  it('finds exactly the matches of Mermaid\'s /^\\s*%%(?!{)[^\\n]+\\n?/gm', () => {
    const pieces = ['%%', '%', '{', ' ', '\t', '\n', '\r', '\u2028', '\u00a0', 'a', 'flowchart', '%%{', '}%%', '\n\n'];
    let state = 11;
    const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const wrong: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 0, len = 1 + Math.floor(random() * 12); k < len; k++) text += pieces[Math.floor(random() * pieces.length)];
      const expected = [...text.matchAll(/^\s*%%(?!{)[^\n]+\n?/gm)].map((m) => [m.index, m.index + m[0].length]);
      const actual = commentLines(text).map((c) => [c.start, c.end]);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(JSON.stringify(text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(commentLines('a\n  %% note\n%%{x}%%\n')).toEqual([{ start: 2, marker: 4, end: 12 }]);
  });
});
