/**
 * Mermaid itself, for diagram types without a grammar of ours: loaded lazily (only when such a
 * diagram appears), in a jsdom window with the browser globals Mermaid touches copied onto
 * globalThis (`Option` is needed by sequence `box`). A failure that only comes from a missing
 * browser global is not a syntax error.
 */
interface MermaidApi {
  parse(text: string): Promise<{ diagramType: string } | false>;
  initialize(config: Record<string, unknown>): void;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string }>; reset(): void };
}

let loading: Promise<MermaidApi> | undefined;

export function loadMermaid(): Promise<MermaidApi> {
  loading ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    const globals = globalThis as Record<string, unknown>;
    globals.window = window;
    globals.document = window.document;
    for (const key of ['navigator', 'Option', 'DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'getComputedStyle', 'MutationObserver']) {
      if (!(key in globalThis)) {
        try {
          globals[key] = (window as unknown as Record<string, unknown>)[key];
        } catch {
          // read-only global in this Node version
        }
      }
    }
    const mermaid = ((await import('mermaid')) as unknown as { default: MermaidApi }).default;
    mermaid.initialize({ startOnLoad: false, logLevel: 'fatal' });
    return mermaid;
  })();
  return loading;
}

export interface MermaidVerdict {
  valid: boolean;
  type?: string;
  message?: string;
  /**
   * Where the error is, in the text the grammar saw (1-based line, 0-based column). For jison
   * errors this is where the last token Mermaid accepted ends (jison's hash.loc is that token's
   * place, not the offending one's); `token` is the offending text, to be found from there.
   */
  line?: number;
  column?: number;
  token?: string;
  /** jison's name of the offending token ('COLON', 'NEWLINE', 'EOF', …) */
  tokenName?: string;
  /** jison's expected token names, quoted as jison prints them */
  expected?: string[];
}

interface JisonError {
  name?: string;
  message?: string;
  hash?: { text?: string; token?: string; expected?: string[]; loc?: { first_line: number; first_column: number; last_line: number; last_column: number } };
}

/** Mermaid's own verdict on a diagram text. */
export async function mermaidVerdict(text: string): Promise<MermaidVerdict> {
  const mermaid = await loadMermaid();
  try {
    // mermaid.parse resets and re-merges Mermaid's whole configuration on every call (most of its
    // cost). Without directives or front matter there is no configuration to merge: go straight
    // to the step that detects the type and runs the diagram's parser and database. That step
    // preprocesses once where parse preprocesses twice, so a text whose first round could uncover
    // front matter (leading `%%` lines) also takes the full path.
    if (!text.includes('%%{') && !/^\s*(?:---|%%)/.test(text)) {
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      return { valid: true, type: diagram.type };
    }
    try {
      const result = await mermaid.parse(text);
      return { valid: true, type: result ? result.diagramType : undefined };
    } finally {
      // Leave no diagram's directives in the configuration the next diagram is parsed with.
      mermaid.mermaidAPI.reset();
    }
  } catch (error) {
    const err = error as JisonError;
    if (err.name === 'ReferenceError') return { valid: true, message: err.message };
    const verdict: MermaidVerdict = { valid: false, message: String(err.message ?? error) };
    const hash = err.hash;
    if (hash?.loc) {
      verdict.line = hash.loc.last_line;
      verdict.column = hash.loc.last_column;
      if (hash.text !== undefined) verdict.token = hash.text;
      if (hash.token) verdict.tokenName = hash.token;
      if (hash.expected) verdict.expected = hash.expected;
    } else {
      // Langium: "… on line 2, column 6 …" (1-based column); jison lexer: "… on line 3. Unrecognized text."
      const m = /line (\d+), column (\d+)/.exec(verdict.message!) ?? /^Lexical error on line (\d+)/.exec(verdict.message!);
      if (m) {
        verdict.line = Number(m[1]);
        verdict.column = m[2] ? Number(m[2]) - 1 : 0;
      }
    }
    return verdict;
  }
}
