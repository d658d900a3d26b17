import { PRECEDENCE, type ExpressionNode } from './ast.js';

const UNARY_PRECEDENCE = 7;
const CONDITIONAL_PRECEDENCE = 0;

function quote(text: string): string {
  return `'${text.replace(/[\\'\n\r\t]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? c)}'`;
}

function precedenceOf(node: ExpressionNode): number {
  if (node.kind === 'binary') return PRECEDENCE[node.op];
  if (node.kind === 'conditional') return CONDITIONAL_PRECEDENCE;
  if (node.kind === 'unary') return UNARY_PRECEDENCE;
  return 8;
}

function printAt(node: ExpressionNode, min: number): string {
  const text = printNode(node);
  return precedenceOf(node) < min ? `(${text})` : text;
}

function printNode(node: ExpressionNode): string {
  switch (node.kind) {
    case 'literal':
      return typeof node.value === 'string' ? quote(node.value) : String(node.value);
    case 'list':
      return `[${node.items.map((item) => printAt(item, CONDITIONAL_PRECEDENCE)).join(', ')}]`;
    case 'field':
      return node.key;
    case 'row':
      return `$row.${node.column}`;
    case 'unary':
      return `${node.op}${printAt(node.operand, UNARY_PRECEDENCE)}`;
    case 'binary': {
      const p = PRECEDENCE[node.op];
      return `${printAt(node.left, p)} ${node.op} ${printAt(node.right, p + 1)}`;
    }
    case 'conditional':
      return `${printAt(node.test, 1)} ? ${printAt(node.then, CONDITIONAL_PRECEDENCE)} : ${printAt(node.otherwise, CONDITIONAL_PRECEDENCE)}`;
    case 'call':
      return `${node.name}(${node.args.map((arg) => printAt(arg, CONDITIONAL_PRECEDENCE)).join(', ')})`;
  }
}

/**
 * Writes a syntax tree back as source, with the fewest parentheses that keep its meaning:
 * `parseExpression(printExpression(tree))` gives an equal tree.
 */
export function printExpression(node: ExpressionNode): string {
  return printNode(node);
}

/**
 * A copy of `node` with field references renamed by `rename` (return the new key, `null` to
 * replace the reference by the literal `null`, or `undefined` to keep it).
 */
export function renameFields(node: ExpressionNode, rename: (key: string) => string | null | undefined): ExpressionNode {
  const go = (n: ExpressionNode): ExpressionNode => {
    switch (n.kind) {
      case 'field': {
        const to = rename(n.key);
        if (to === undefined) return n;
        return to === null ? { kind: 'literal', value: null, at: n.at } : { kind: 'field', key: to, at: n.at };
      }
      case 'list':
        return { ...n, items: n.items.map(go) };
      case 'unary':
        return { ...n, operand: go(n.operand) };
      case 'binary':
        return { ...n, left: go(n.left), right: go(n.right) };
      case 'conditional':
        return { ...n, test: go(n.test), then: go(n.then), otherwise: go(n.otherwise) };
      case 'call':
        return { ...n, args: n.args.map(go) };
      default:
        return n;
    }
  };
  return go(node);
}
