import { describe, expect, it } from 'vitest';
// The oracle: mermaid 11.17.2 itself, in jsdom.
import { mermaidVerdict } from '../../../../../scripts/lib/mermaid-oracle.mjs';
import { detectConfig } from '../../detect.js';
import { preprocess } from '../../preprocess.js';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases } from '../../testing/oracle.js';
import { sanitizeName } from './db.js';
import { parseGitGraph } from './index.js';
import { lexGitGraph, T } from './lexer.js';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);
const G = 'gitGraph\n';

describeFixtureLabels('gitgraph', 'gitGraph', parseGitGraph, 30);

describe('gitGraph lexer and grammar quirks agree with Mermaid', () => {
  const cases = [
    // header forms: a direction needs its colon; statements may follow on the header line
    'gitGraph LR\ncommit', 'gitGraph LR :\ncommit', 'gitGraph:LR:', 'gitGraphLR:', 'gitGraph :%%x', 'gitGraph%%x\ncommit', 'gitGraph commit', 'gitGraph LR: commit',
    'gitGraph title x', 'gitGraph\ngitGraph', 'gitGraph\n:', '\n\ngitGraph\ncommit', 'gitGraph \t\ncommit', 'gitGraphs\ncommit',
    // keywords are plain strings that give way to a longer REFERENCE
    `${G}commitx`, `${G}commit:`, `${G}commit.`, `${G}commit-`, `${G}commit id:"a"`, `${G}commit id :"a"`, `${G}commit\tid:"a"`, `${G}commit id:"a"id:"b"`,
    // options: any order, repeated; msg: is optional before a string
    `${G}commit "a" "b"`, `${G}commit msg: "m" msg:"n"`, `${G}commit type:REVERSE`, `${G}commit type: normal`, `${G}commit type: NORMALx`, `${G}commit tag:"v1" tag: "v2"`,
    `${G}commit id:"a" tag:"b" msg:"c" type:NORMAL`, `${G}commit order: 1`, `${G}commit parent: "a"`,
    // branch names: REFERENCE (ASCII word start, no trailing . or /) or STRING; keywords and digits refused
    `${G}branch 1abc`, `${G}branch a1`, `${G}branch 0`, `${G}branch _x`, `${G}branch a.b/c-d`, `${G}branch a.`, `${G}branch a/`, `${G}branch a-`, `${G}branch é`,
    `${G}branch title`, `${G}branch titles`, `${G}branch commit`, `${G}branch Commit`, `${G}branch gitGraph`, `${G}branch LR`, `${G}branch cherry-pick-x`, `${G}branch id`, `${G}branch idx`,
    `${G}branch "commit"\ncheckout "commit"`, `${G}branch ""\ncheckout ""`, `${G}checkout "main"`,
    // order: INT only, once
    `${G}branch x order: 2`, `${G}branch x order:2`, `${G}branch x order: 02`, `${G}branch x order: 0`, `${G}branch x order: 1.5`, `${G}branch x order: 12.5`,
    `${G}branch x order: -1`, `${G}branch x order: 1.`, `${G}branch x order: 2 order: 3`, `${G}branch x order:2x`,
    // checkout and switch; merge and cherry-pick options
    `${G}branch x\nswitch x`, `${G}commit\nbranch x\ncommit\ncheckout main\ncommit\nmerge x type: HIGHLIGHT type: NORMAL tag:"a" id:"q"`, `${G}cherry-pick`,
    `${G}commit id:"a"\nbranch b\ncommit\ncherry-pick id:"x" id:"a"`, `${G}commit id: "a"\nbranch x\ncommit\ncherry-pick id: "a" parent: ""`,
    // comments, blank lines, trailing blanks, CRLF, hidden blocks, odd characters
    `${G}commit %% c\ncommit`, `${G}commit%%c`, `${G}commit\n\n\ncommit   `, 'gitGraph\r\ncommit\r\n', `${G}---\nx\n---\ncommit`, `${G}commit --- \n---`,
    `${G}%%{init: {}}%%\ncommit`, `${G}commit;`, `${G}commit\u00a0id:"a"`, `${G}commit id:"a\nb"`, `${G}commit id:"a\\\nb"`, `${G}commit id:#35;`, `${G}commit id:"#35;"`,
    // title and accessibility lines
    'gitGraph\u2028commit', 'gitGraph #35;\ncommit', `${G}branch x title`, `${G}commit msg:"a"title`, `${G}checkout main extra`, `${G}merge`, `${G}commit\n---\n`, `${G}commit\n--- x\n---`,
    `${G}commit\n  branch 'x'\n  checkout "x"\n  commit\n  checkout main\n  merge 'x'`, `${G}branch "a\\"b"\ncheckout 'a"b'`, `${G}accDescr{x}\ncommit`, `${G}commit tag:""`,
    `${G}  title\n  commit`, `${G}titlex\ncommit`, `${G}accTitle t`, `${G}commit\n  accDescr: x %% y\n`, `${G}  accDescr {\n x\n}\ncommit`, `${G}accDescr {\ncommit`,
  ];
  describeOracleCases('each probed text', cases, parseGitGraph);
});

describe('gitGraph database rules agree with Mermaid', () => {
  const cases = [
    `${G}branch x\ncheckout main\nmerge x`, `${G}commit\nbranch x\ncheckout main\ncommit\ncheckout x\nmerge main`, `${G}commit\nbranch x\ncommit\nbranch y\ncheckout x\nmerge y`,
    `${G}commit\nbranch develop\ncommit\ncheckout main\nmerge develop\ncheckout develop\nmerge main`, `${G}commit id:"a"\nbranch x\ncommit\nmerge main\ncheckout main\nmerge x`,
    `${G}commit id:"a"\ncommit id:"a"`, `${G}commit id:"a"\nbranch x\ncommit\ncheckout main\nmerge x id:"a"`, `${G}commit\nbranch x\ncommit\ncheckout main\nmerge x id:""`,
    `${G}commit id:"a"\nbranch x\ncommit id:"b"\ncheckout main\nmerge x id:"m"\nbranch z\ncommit\ncherry-pick id:"m"`,
    `${G}commit id:"a"\nbranch x\ncommit id:"b"\ncheckout main\nmerge x id:"m"\nbranch z\ncommit\ncherry-pick id:"m" parent:"b"`,
    `${G}commit id:"a"\nbranch x\ncherry-pick id:"a"`, `${G}commit id:"a"\nbranch x\ncommit\ncherry-pick id:"a"\ncheckout main\ncherry-pick id:"a"`,
    `${G}branch main2\nswitch main`,
    // sanitised names: < > = become entities (so "a=" and "a&equals;" are one branch), & stays
    `${G}branch "a&amp;"\ncheckout "a&"`, `${G}branch "a>"\ncheckout "a&gt;"`, `${G}branch "a="\ncheckout "a&equals;"`, `${G}branch "<b>x</b>"\ncheckout "<b>x"`,
    `${G}branch "<b>x</b>"\ncheckout "<b>x</b>"`, `${G}commit id:"<script>x</script>"\nbranch b\ncommit\ncherry-pick id:"<script>x</script>"`,
    `${G}commit id:"<script>x</script>"\nbranch b\ncommit\ncherry-pick id:""`, `${G}branch "a<br>b"\ncheckout "a<br/>b"`, `${G}branch "a#br#b"\ncheckout "a<br>b"`,
    `${G}branch "x&lt;<br>"\ncheckout "x<<br>"`, `${G}branch "r#35;"\ncheckout "r#35;"`,
  ];
  describeOracleCases('each probed history', cases, parseGitGraph);

  it('uses the main branch name of the front matter or an init directive (passed as config)', () => {
    for (const text of ['---\nconfig:\n  gitGraph:\n    mainBranchName: trunk\n---\ngitGraph\n  commit\n  checkout trunk', `${G}%%{init: {"gitGraph": {"mainBranchName": "trunk"}}}%%\ncommit\ncheckout trunk`]) {
      const pre = preprocess(text);
      expect(parseGitGraph(pre.cleaned, detectConfig(pre) as Record<string, unknown>).errors).toEqual([]);
    }
  });

  it('keeps the default main branch name when the configured one holds < > or url(data: (Mermaid\'s config sanitiser deletes it)', async () => {
    for (const text of ['%%{init: {"gitGraph": {"mainBranchName": "a<b"}}}%%\ngitGraph\ncommit\ncheckout main', '%%{init: {"config": {"mainBranchName": "a>b"}}}%%\ngitGraph\ncommit\nbranch main']) {
      const pre = preprocess(text);
      const ours = parseGitGraph(pre.cleaned, detectConfig(pre) as Record<string, unknown>).errors.length === 0;
      expect(ours).toBe((await mermaidVerdict(text)).valid);
    }
  });

  it('uses the configured main branch name', () => {
    const text = `${G}commit\ncheckout trunk`;
    expect(parseGitGraph(text).errors[0]?.code).toBe('git-no-branch');
    expect(parseGitGraph(text, { gitGraph: { mainBranchName: 'trunk' } }).errors).toEqual([]);
  });

  it('sanitises names as the database does', () => {
    expect(sanitizeName('a<b=c>', {})).toEqual({ value: 'a&lt;b&equals;c&gt;', exact: true });
    expect(sanitizeName('a<BR/>&amp;', {})).toEqual({ value: 'a<br>&amp;', exact: true });
    expect(sanitizeName('a<b>', { htmlLabels: false }).exact).toBe(false);
  });
});

describe('gitGraph AST and errors', () => {
  it('keeps ids, messages, tags, branch names and the accessibility texts with their spans', () => {
    const text = `gitGraph LR:\n  title  Release   history %% c\n  accTitle: Hist\n  accDescr {\n    one\n    two\n  }\n  commit id: "a #35;1" msg: 'first' tag: "v1"\n  branch feature/x\n  commit "second"\n  checkout main\n  merge feature/x id: "m" tag: "t2"`;
    const { ast, errors } = parseGitGraph(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['a #1', 'first', 'v1', 'feature/x', 'second', 'm', 't2']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['a #35;1', 'first', 'v1', 'feature/x', 'second', 'm', 't2']);
    expect(ast.texts.map((t) => t.quoted)).toEqual([true, true, true, false, true, true, true]);
    expect(ast.title?.text).toBe('Release history');
    expect(slice(text, ast.title!.span)).toBe('title  Release   history ');
    expect(ast.accTitle?.text).toBe('Hist');
    expect(ast.accDescr?.text).toBe('one\ntwo');
  });

  it.each([
    ['gitGraphs\n  commit', 'bad-header', 'gitGraphs'],
    ['gitGraph TB\n  commit', 'bad-direction', 'TB'],
    ['gitGraph\n  commit\ngitGraph', 'duplicate-header', 'gitGraph'],
    ['gitGraph\n  commits', 'unexpected-token', 'commits'],
    ['gitGraph\n  commit id : "a"', 'bad-option', 'id'],
    ['gitGraph\n  commit msg: first', 'missing-string', 'first'],
    ['gitGraph\n  commit type: highlight', 'bad-commit-type', 'highlight'],
    ['gitGraph\n  commit order: 1', 'misplaced-option', 'order:'],
    ['gitGraph\n  branch', 'missing-name', 'branch'],
    ['gitGraph\n  checkout   %% c\n  commit', 'missing-name', 'checkout'],
    ['gitGraph\n  branch commit', 'keyword-as-name', 'commit'],
    ['gitGraph\n  branch title', 'keyword-as-name', 'title'],
    ['gitGraph\n  branch 2x', 'bad-name', '2'],
    ['gitGraph\n  branch a.', 'bad-name-character', '.'],
    ['gitGraph\n  branch x order: 1.5', 'bad-order', '1.5'],
    ['gitGraph\n  branch x order: 02', 'bad-order', '2'],
    ['gitGraph\n  commit;', 'semicolon', ';'],
    ['gitGraph\n  commit id: "a', 'unclosed-string', '"'],
    ['gitGraph\n  branch a#35;', 'entity-outside-label', '#35;'],
    ['gitGraph\n\u00a0 commit', 'unusual-blank', '\u00a0'],
    ['gitGraph\n  titlex', 'bad-title', 'x'],
    ['gitGraph\n  accTitle x', 'bad-acc', 'accTitle'],
    ['gitGraph\n  commit\n  branch x\n  branch x', 'git-branch-exists', 'branch x'],
    ['gitGraph\n  checkout x', 'git-no-branch', 'checkout x'],
    ['gitGraph\n  commit\n  branch x\n  merge main', 'git-merge-self', 'merge main'],
    ['gitGraph\n  branch x\n  commit\n  checkout main\n  merge x', 'git-merge-empty', 'merge x'],
    ['gitGraph\n  commit\n  branch a\n  branch b\n  checkout a\n  merge b', 'git-merge-same-head', 'merge b'],
    ['gitGraph\n  commit id: "a"\n  branch x\n  commit\n  checkout main\n  merge x id: "a"', 'git-duplicate-id', 'merge x id: "a"'],
    ['gitGraph\n  commit id: "a"\n  cherry-pick id: "a" tag: "t"', 'git-cherry-pick', 'cherry-pick id: "a" tag: "t"'],
  ])('%j → %s at %j', (text, code, at) => {
    const { errors } = parseGitGraph(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe(code);
    expect(slice(text, errors[0]!.span)).toBe(at);
    expect(errors[0]!.hint).toBeTruthy();
  });
});

describe('gitGraph lexer', () => {
  it('follows Chevrotain: keywords first, a longer REFERENCE wins, hidden tokens dropped', () => {
    const types = lexGitGraph('gitGraph LR: %% c\ncommit id:"a" commitx title\n').map((t) => t.type);
    expect(types).toEqual([T.GITGRAPH, T.LR, T.COLON, T.NEWLINE, T.COMMIT, T.ID, T.STRING, T.REFERENCE, T.TITLE, T.NEWLINE, T.EOF]);
  });

  it('is linear on a 1 MB line and on 100k lines', () => {
    const long = (n: number) => `${G}commit msg: "${'x'.repeat(n)}"\ncommit id: "${'y'.repeat(1000)}`;
    const history = (n: number) => `${G}commit\n${Array.from({ length: n }, (_, i) => (i % 4 === 0 ? `branch b${i}` : i % 4 === 3 ? `checkout main\nmerge b${i - 3} id: "m${i}"` : `commit id: "c${i}" tag: "t"`)).join('\n')}`;
    const braces = (n: number) => `${G}${'accDescr {\n'.repeat(n)}`;
    const yaml = (n: number) => `${G}${'---\ncommit\n'.repeat(n)}`;
    const directives = (n: number) => `${G}${'%%{ x\n'.repeat(n)}`;
    const reference = (n: number) => `${G}branch a${'./'.repeat(n)}`;
    expect(parseGitGraph(long(1_000_000)).errors[0]?.code).toBe('unclosed-string');
    expect(parseGitGraph(history(10_000)).errors).toEqual([]);
    expect(parseGitGraph(braces(20_000)).errors[0]?.code).toBe('bad-acc');
    expect(parseGitGraph(yaml(20_000)).errors).toEqual([]);
    expect(parseGitGraph(reference(500_000)).errors[0]?.code).toBe('bad-name-character');
    expectNoBlowUp(parseGitGraph, long(1_000_000));
    expectNoBlowUp(parseGitGraph, history(100_000));
    expectNoBlowUp(parseGitGraph, braces(100_000));
    expectNoBlowUp(parseGitGraph, yaml(100_000));
    expectNoBlowUp(parseGitGraph, directives(100_000));
    expectNoBlowUp(parseGitGraph, reference(500_000));
  });
});
