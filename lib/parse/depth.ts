/**
 * Parse trees too deep for the stages after the parser. PostgreSQL itself stops at
 * `max_stack_depth`; pgshift's tree walkers recurse, so a statement nested deeper than
 * MAX_TREE_DEPTH (deep parentheses, an operator chain thousands of terms long) is refused at
 * parse time with a located error instead of overflowing the stack later.
 */

/** Object and array levels of a statement's JSON tree that the later stages accept. */
export const MAX_TREE_DEPTH = 1500;

/**
 * Each level of a tree needs at least one character of SQL text (a parenthesis, an operator), and
 * one SQL level is at most a few JSON levels: statements shorter than this cannot be too deep.
 */
const SHORT_STATEMENT = MAX_TREE_DEPTH / 4;

/** Is the tree deeper than MAX_TREE_DEPTH? (iterative: the check itself must not overflow) */
export function tooDeep(node: unknown, textLength: number): boolean {
  if (textLength < SHORT_STATEMENT) return false;
  // two parallel stacks (node, depth): no pair allocated per node
  const nodes: object[] = [node as object];
  const depths: number[] = [1];
  while (nodes.length) {
    const n = nodes.pop()!;
    const d = depths.pop()!;
    if (d > MAX_TREE_DEPTH) return true;
    if (Array.isArray(n)) {
      for (const x of n) {
        if (x && typeof x === 'object') {
          nodes.push(x);
          depths.push(d + 1);
        }
      }
    } else {
      const o = n as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (v && typeof v === 'object') {
          nodes.push(v);
          depths.push(d + 1);
        }
      }
    }
  }
  return false;
}
