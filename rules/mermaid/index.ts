import type { Rule } from '@atlas-lint/engine';
import clickTarget from './click-target.js';
import conflictingLabel from './conflicting-label.js';
import labelLength from './label-length.js';
import maxNodes from './max-nodes.js';
import syntax from './syntax.js';
import undefinedClass from './undefined-class.js';
import unusedClassdef from './unused-classdef.js';

/** mermaid/* rules: what Mermaid itself accepts or silently gets wrong. */
export const mermaidRules: Rule<never>[] = [syntax, undefinedClass, unusedClassdef, conflictingLabel, clickTarget, labelLength, maxNodes] as Rule<never>[];
