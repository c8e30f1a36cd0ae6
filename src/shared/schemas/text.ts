// The text rules (../sign-request/text-rules.ts) as zod checks, for every schema that carries typed text.
import * as z from 'zod/mini';
import { textIssue, type TextRule } from '../sign-request/text-rules';

/** Refuses text that breaks `rule`, with the rule's own words. */
export function textCheck(rule: TextRule) {
  return z.superRefine<string>((text, ctx) => {
    const message = textIssue(rule, text);
    if (message) ctx.addIssue({ code: 'custom', message, input: text });
  });
}

/** Typed text: trimmed, not empty (`empty` says so in words), within `rule`. */
export function typedText(rule: TextRule, empty?: string) {
  return z.string().check(z.trim(), z.minLength(1, empty), textCheck(rule));
}
