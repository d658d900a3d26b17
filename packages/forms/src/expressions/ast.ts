/*
 * The syntax tree of a form expression. Plain data: a tree can be printed back to source
 * (`printExpression`), inspected for the fields it reads (`expressionReferences`) or compiled once
 * into a closure tree (`compileExpression`). Nothing is ever `eval`ed.
 */

/** A literal value written in an expression. */
export type LiteralValue = string | number | boolean | null;

/** Binary operators, loosest first: `||`, `&&`, `== !=`, `< <= > >= in`, `+ -`, `* /`. */
export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/';

/** Unary operators: `!` (not) and `-` (negation). */
export type UnaryOperator = '!' | '-';

interface NodeBase {
  /** Offset of the node's first character in the source. */
  readonly at: number;
}

/** A literal: a number, a string, `true`, `false` or `null`. */
export interface LiteralNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'literal';
  /** The value. */
  readonly value: LiteralValue;
}

/** A list `[a, b]`. */
export interface ListNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'list';
  /** The items. */
  readonly items: readonly ExpressionNode[];
}

/** A field reference by key, e.g. `applicant.idNumber`. */
export interface FieldNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'field';
  /** The field key. */
  readonly key: string;
}

/** A column of the current table row, `$row.column`. */
export interface RowNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'row';
  /** The column key. */
  readonly column: string;
}

/** `!x` or `-x`. */
export interface UnaryNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'unary';
  /** The operator. */
  readonly op: UnaryOperator;
  /** Its operand. */
  readonly operand: ExpressionNode;
}

/** `a op b`. */
export interface BinaryNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'binary';
  /** The operator. */
  readonly op: BinaryOperator;
  /** Left operand. */
  readonly left: ExpressionNode;
  /** Right operand. */
  readonly right: ExpressionNode;
}

/** `test ? then : otherwise`. */
export interface ConditionalNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'conditional';
  /** The condition. */
  readonly test: ExpressionNode;
  /** Value when it holds. */
  readonly then: ExpressionNode;
  /** Value otherwise. */
  readonly otherwise: ExpressionNode;
}

/** A call of a function of the fixed table, e.g. `age(applicant.idNumber)`. */
export interface CallNode extends NodeBase {
  /** Node kind. */
  readonly kind: 'call';
  /** Function name. */
  readonly name: string;
  /** Arguments. */
  readonly args: readonly ExpressionNode[];
}

/** A node of an expression's syntax tree. */
export type ExpressionNode = LiteralNode | ListNode | FieldNode | RowNode | UnaryNode | BinaryNode | ConditionalNode | CallNode;

/** Binding strength of each binary operator (higher binds tighter). */
export const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  in: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};

/** Calls `visit` on `node` and every node below it, parents first. */
export function walkExpression(node: ExpressionNode, visit: (node: ExpressionNode) => void): void {
  visit(node);
  switch (node.kind) {
    case 'list':
      node.items.forEach((item) => walkExpression(item, visit));
      break;
    case 'unary':
      walkExpression(node.operand, visit);
      break;
    case 'binary':
      walkExpression(node.left, visit);
      walkExpression(node.right, visit);
      break;
    case 'conditional':
      walkExpression(node.test, visit);
      walkExpression(node.then, visit);
      walkExpression(node.otherwise, visit);
      break;
    case 'call':
      node.args.forEach((arg) => walkExpression(arg, visit));
      break;
    default:
      break;
  }
}

/** What an expression reads: field keys, `$row` columns and function names, each once, in order of appearance. */
export interface ExpressionReferences {
  /** Field keys, e.g. `applicant.idNumber`. */
  readonly fields: readonly string[];
  /** Columns read through `$row.column`. */
  readonly columns: readonly string[];
  /** Functions called. */
  readonly functions: readonly string[];
}

/** The fields, `$row` columns and functions an expression refers to. */
export function expressionReferences(node: ExpressionNode): ExpressionReferences {
  const fields = new Set<string>();
  const columns = new Set<string>();
  const functions = new Set<string>();
  walkExpression(node, (n) => {
    if (n.kind === 'field') fields.add(n.key);
    else if (n.kind === 'row') columns.add(n.column);
    else if (n.kind === 'call') functions.add(n.name);
  });
  return { fields: [...fields], columns: [...columns], functions: [...functions] };
}
