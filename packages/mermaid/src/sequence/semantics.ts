import yaml from 'js-yaml';
import type { Span, SyntaxIssue } from '../types.js';
import type { DbOp } from './builder.js';

/**
 * Replays the database operations the way Mermaid's SequenceDB.apply does after a successful
 * parse, stopping at the first one it throws on: participant YAML, one box per participant,
 * `create` twice or without its message, `destroy` without its message, deactivating a
 * participant that is not active.
 */
export function checkSemantics(ops: DbOp[]): SyntaxIssue | null {
  const boxOf = new Map<string, number | undefined>();
  const active = new Map<string, number>();
  let box: number | undefined;
  let boxCount = 0;
  let lastCreated: { id: string; op: DbOp & { op: 'create' } } | undefined;
  let lastDestroyed: { id: string; op: DbOp & { op: 'destroy' } } | undefined;

  const addParticipant = (op: { id: string; span: Span; config?: string; configSpan?: Span }): SyntaxIssue | null => {
    if (op.config !== undefined) {
      const source = op.config.includes('\n') ? `${op.config}\n` : `{\n${op.config}\n}`;
      try {
        yaml.load(source, { schema: yaml.JSON_SCHEMA });
      } catch (error) {
        return {
          code: 'bad-participant-yaml',
          message: `The participant's @{…} data is not valid YAML: ${(error as { reason?: string }).reason ?? 'parse error'}`,
          hint: 'write it as key: value pairs, e.g. @{ "type": "database" }',
          span: op.configSpan ?? op.span,
        };
      }
    }
    if (boxOf.has(op.id)) {
      const old = boxOf.get(op.id);
      if (box !== undefined && old !== undefined && box !== old) {
        return {
          code: 'participant-in-two-boxes',
          message: `'${op.id}' is already in another box: a participant belongs to one box only`,
          hint: 'declare the participant in one box and only use it elsewhere',
          span: op.span,
        };
      }
      boxOf.set(op.id, old ?? box);
    } else {
      boxOf.set(op.id, box);
    }
    return null;
  };

  for (const op of ops) {
    switch (op.op) {
      case 'create':
        if (boxOf.has(op.id)) {
          return {
            code: 'duplicate-create',
            message: `'${op.id}' already exists: a created participant must be new`,
            hint: "give the new participant its own id (use 'as' for the same display name)",
            span: op.span,
          };
        }
        lastCreated = { id: op.id, op };
        {
          const failure = addParticipant(op);
          if (failure) return failure;
        }
        break;
      case 'add': {
        const failure = addParticipant(op);
        if (failure) return failure;
        break;
      }
      case 'destroy':
        lastDestroyed = { id: op.id, op };
        break;
      case 'message': {
        // Plain participants: no YAML, so only the box check, which cannot fail outside a box.
        if (box === undefined) {
          if (!boxOf.has(op.from)) boxOf.set(op.from, undefined);
          if (!boxOf.has(op.to)) boxOf.set(op.to, undefined);
        } else {
          const failure = addParticipant({ id: op.from, span: op.fromSpan }) ?? addParticipant({ id: op.to, span: op.toSpan });
          if (failure) return failure;
        }
        if (lastCreated) {
          if (op.to !== lastCreated.id) {
            return {
              code: 'create-without-message',
              message: `The message after 'create … ${lastCreated.id}' must go to ${lastCreated.id}`,
              hint: `follow the create line with a message to ${lastCreated.id} (e.g. A->>${lastCreated.id}: hello)`,
              span: op.span,
            };
          }
          lastCreated = undefined;
        } else if (lastDestroyed) {
          if (op.to !== lastDestroyed.id && op.from !== lastDestroyed.id) {
            return {
              code: 'destroy-without-message',
              message: `The message after 'destroy ${lastDestroyed.id}' must come from or go to ${lastDestroyed.id}`,
              hint: `follow the destroy line with a message from or to ${lastDestroyed.id}`,
              span: op.span,
            };
          }
          lastDestroyed = undefined;
        }
        break;
      }
      case 'activate':
        active.set(op.id, (active.get(op.id) ?? 0) + 1);
        break;
      case 'deactivate': {
        const count = active.get(op.id) ?? 0;
        if (count < 1) {
          return {
            code: 'inactive-deactivate',
            message: `'${op.id}' is deactivated but is not active`,
            hint: `activate it first (activate ${op.id}, or ->>+ on the message to it), or remove the deactivation`,
            span: op.span,
          };
        }
        active.set(op.id, count - 1);
        break;
      }
      case 'boxStart':
        box = ++boxCount;
        break;
      case 'boxEnd':
        box = undefined;
        break;
    }
  }
  return null;
}
