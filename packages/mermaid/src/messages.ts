/**
 * Turns Mermaid's parser messages ("Parse error on line 3: … Expecting 'SQE', …, got 'PS'") into
 * something a person reads, keeping Mermaid's words as the detail.
 */
export function humaniseMermaidMessage(message: string, token?: string): { message: string; hint?: string } {
  const got = /got '([^']+)'/.exec(message)?.[1];
  const first = message.split('\n')[0]!;
  if (/No diagram type detected/.test(message)) {
    return { message: 'Mermaid does not recognise the diagram type', hint: 'the first line must name a diagram type, e.g. "flowchart LR" or "sequenceDiagram" (case-sensitive)' };
  }
  if (/^Parse error/.test(first) || /^Lexical error/.test(first)) {
    const what = token !== undefined && token !== '' ? `'${token.replace(/\n/g, '\\n')}'` : got ? `token ${got}` : 'text';
    const expecting = /Expecting (.+?), got/.exec(message.replace(/\n/g, ' '))?.[1];
    const shortList = expecting?.split(', ').slice(0, 6).join(', ');
    return {
      message: `Mermaid cannot parse this: unexpected ${what}${/^Lexical/.test(first) ? ' (no token matches here)' : ''}`,
      hint: shortList ? `expected one of ${shortList}${expecting!.split(', ').length > 6 ? ', …' : ''}` : undefined,
    };
  }
  return { message: `Mermaid rejects this diagram: ${first.replace(/\s+$/, '')}` };
}
