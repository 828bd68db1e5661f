import type { Rule } from "./types.js";

/** Identity helper that types a rule's messageIds and data (users write rules with it too). */
export function defineRule<M extends string, D = unknown>(rule: Rule<M, D>): Rule<M, D> {
  return rule;
}
