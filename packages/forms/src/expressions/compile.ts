import { FormsError } from '../errors.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';
import { expressionReferences, walkExpression, type BinaryOperator, type ExpressionNode, type ExpressionReferences } from './ast.js';
import { EXPRESSION_FUNCTIONS, functionNamed } from './functions.js';
import { parseExpression } from './parse.js';
import { printExpression } from './print.js';
import { truthOf, typeMismatch, valuesEqual } from './values.js';

/** Where an expression reads its values. */
export interface ExpressionScope {
  /** Today's date (YYYY-MM-DD), for `today()` and `age()`. */
  readonly today: string;
  /** The value of a field (`undefined` reads as `null`); throw `EXPR_FIELD_UNKNOWN` for a key the form lacks. */
  value(key: string): unknown;
  /** The value of a column of the current table row (`$row.column`); absent outside tables. */
  row?: ((column: string) => unknown) | undefined;
}

/** What the static check of an expression knows about the form it belongs to. */
export interface ExpressionContext {
  /** Whether the form has a field `key`; omitted: any key is accepted. */
  readonly hasField?: ((key: string) => boolean) | undefined;
  /** Columns of the table the expression sits in; `null` outside tables (`$row` is an error); omitted: not checked. */
  readonly rowColumns?: readonly string[] | null | undefined;
  /** Columns of a table field, for `sum(table, 'column')`; `undefined` when `key` is not a table. */
  readonly tableColumns?: ((key: string) => readonly string[] | undefined) | undefined;
}

/** An expression parsed and compiled once, evaluated many times. */
export interface CompiledExpression {
  /** The source text. */
  readonly source: string;
  /** Its syntax tree. */
  readonly node: ExpressionNode;
  /** The fields, `$row` columns and functions it reads. */
  readonly references: ExpressionReferences;
  /**
   * The value of the expression in `scope`.
   * @throws {@link FormsError} `EXPR_DIVISION_BY_ZERO`, `EXPR_TYPE_MISMATCH`, `EXPR_NOT_FINITE`,
   * `EXPR_FIELD_UNKNOWN`, `EXPR_ROW_OUTSIDE_TABLE`.
   */
  evaluate(scope: ExpressionScope): unknown;
  /** The expression read as a condition: `true`/`false`, `null` as false; anything else throws `EXPR_TYPE_MISMATCH`. */
  test(scope: ExpressionScope): boolean;
}

type Run = (scope: ExpressionScope) => unknown;

const at = (node: ExpressionNode) => ({ position: node.at + 1 });

/**
 * Every static problem of an expression in `context`: unknown functions and wrong argument
 * counts, unknown fields, `$row` outside a table or naming an unknown column, `sum` of a column
 * the table lacks. Empty when the expression is sound.
 */
export function checkExpression(node: ExpressionNode, context: ExpressionContext = {}): FormsError[] {
  const problems: FormsError[] = [];
  walkExpression(node, (n) => {
    if (n.kind === 'call') {
      const fn = Object.hasOwn(EXPRESSION_FUNCTIONS, n.name) ? EXPRESSION_FUNCTIONS[n.name] : undefined;
      if (fn === undefined) {
        problems.push(functionUnknown(n.name, n));
      } else if (n.args.length < fn.minArgs || n.args.length > fn.maxArgs) {
        const expected = fn.minArgs === fn.maxArgs ? String(fn.minArgs) : `${fn.minArgs}–${fn.maxArgs}`;
        problems.push(new FormsError(expressionsMessages, 'EXPR_ARITY', { name: n.name, expected, actual: n.args.length, ...at(n) }));
      } else if (n.name === 'sum') {
        const [table, column] = n.args;
        const columns = table?.kind === 'field' ? context.tableColumns?.(table.key) : undefined;
        if (columns !== undefined && column?.kind === 'literal' && typeof column.value === 'string' && !columns.includes(column.value)) {
          problems.push(
            new FormsError(expressionsMessages, 'EXPR_COLUMN_UNKNOWN', { table: (table as { key: string }).key, column: column.value, ...at(n) }),
          );
        }
      }
    } else if (n.kind === 'field' && context.hasField !== undefined && !context.hasField(n.key)) {
      problems.push(new FormsError(expressionsMessages, 'EXPR_FIELD_UNKNOWN', { key: n.key, ...at(n) }));
    } else if (n.kind === 'row') {
      if (context.rowColumns === null) {
        problems.push(new FormsError(expressionsMessages, 'EXPR_ROW_OUTSIDE_TABLE', { column: n.column, ...at(n) }));
      } else if (context.rowColumns !== undefined && !context.rowColumns.includes(n.column)) {
        problems.push(new FormsError(expressionsMessages, 'EXPR_ROW_COLUMN_UNKNOWN', { column: n.column, ...at(n) }));
      }
    }
  });
  return problems;
}

function functionUnknown(name: string, node: ExpressionNode): FormsError {
  return new FormsError(expressionsMessages, 'EXPR_FUNCTION_UNKNOWN', { name, functions: Object.keys(EXPRESSION_FUNCTIONS).join(', '), ...at(node) });
}

function finite(value: number, operator: string): number {
  if (!Number.isFinite(value)) throw new FormsError(expressionsMessages, 'EXPR_NOT_FINITE', { operator });
  return value;
}

function arithmetic(op: '+' | '-' | '*' | '/', a: unknown, b: unknown): unknown {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (typeof a !== 'number' || typeof b !== 'number') throw typeMismatch(op, a, b);
  switch (op) {
    case '+':
      return finite(a + b, op);
    case '-':
      return finite(a - b, op);
    case '*':
      return finite(a * b, op);
    case '/':
      if (b === 0) throw new FormsError(expressionsMessages, 'EXPR_DIVISION_BY_ZERO');
      return finite(a / b, op);
  }
}

function compare(op: '<' | '<=' | '>' | '>=', a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (!((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string'))) throw typeMismatch(op, a, b);
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

function contains(a: unknown, b: unknown): boolean {
  if (b === null || b === undefined) return false;
  if (Array.isArray(b)) return b.some((item) => valuesEqual(item, a));
  if (typeof b === 'string' && typeof a === 'string') return b.includes(a);
  if (typeof b === 'string' && (a === null || a === undefined)) return false;
  throw typeMismatch('in', a, b);
}

function binary(op: BinaryOperator, left: Run, right: Run): Run {
  switch (op) {
    case '&&':
      return (s) => truthOf(left(s), op) && truthOf(right(s), op);
    case '||':
      return (s) => truthOf(left(s), op) || truthOf(right(s), op);
    case '==':
      return (s) => valuesEqual(left(s), right(s));
    case '!=':
      return (s) => !valuesEqual(left(s), right(s));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return (s) => compare(op, left(s), right(s));
    case 'in':
      return (s) => contains(left(s), right(s));
    default:
      return (s) => arithmetic(op, left(s), right(s));
  }
}

function build(node: ExpressionNode): Run {
  switch (node.kind) {
    case 'literal': {
      const { value } = node;
      return () => value;
    }
    case 'list': {
      const items = node.items.map(build);
      return (s) => items.map((item) => item(s));
    }
    case 'field': {
      const { key } = node;
      return (s) => s.value(key) ?? null;
    }
    case 'row': {
      const { column } = node;
      return (s) => {
        if (s.row === undefined) throw new FormsError(expressionsMessages, 'EXPR_ROW_OUTSIDE_TABLE', { column, ...at(node) });
        return s.row(column) ?? null;
      };
    }
    case 'unary': {
      const operand = build(node.operand);
      if (node.op === '!') return (s) => !truthOf(operand(s), '!');
      return (s) => {
        const value = operand(s);
        if (value === null || value === undefined) return null;
        if (typeof value !== 'number') throw typeMismatch('-', value);
        return -value;
      };
    }
    case 'binary':
      return binary(node.op, build(node.left), build(node.right));
    case 'conditional': {
      const test = build(node.test);
      const then = build(node.then);
      const otherwise = build(node.otherwise);
      return (s) => (truthOf(test(s), '?:') ? then(s) : otherwise(s));
    }
    case 'call': {
      const fn = functionNamed(node.name);
      const args = node.args.map(build);
      return (s) => fn.call(args.map((arg) => arg(s)), s);
    }
  }
}

/**
 * Parses (when given source) and compiles an expression into a tree of closures: parse once,
 * evaluate many times. Never uses `eval` or `new Function`, so it runs under a strict CSP.
 *
 * Semantics: `null` (an empty field) compares false with `< <= > >=`, makes arithmetic `null`, and
 * is false as a condition; `+` adds numbers or joins strings; `==` compares values (lists and
 * objects deeply, no type coercion); `a in b` tests membership in a list or a substring;
 * `&&`, `||`, `!` and `?:` take booleans (or `null`).
 *
 * @throws {@link FormsError} a syntax error of {@link parseExpression}, or the first problem
 * {@link checkExpression} finds in `context`.
 *
 * @example
 * ```ts
 * const adult = compileExpression('age(applicant.idNumber) >= 18');
 * adult.test({ today: '2026-05-01', value: (key) => values[key] });
 * ```
 */
export function compileExpression(source: string | ExpressionNode, context: ExpressionContext = {}): CompiledExpression {
  const node = typeof source === 'string' ? parseExpression(source) : source;
  const [problem] = checkExpression(node, context);
  if (problem !== undefined) throw problem;
  const run = build(node);
  return {
    source: typeof source === 'string' ? source : printExpression(node),
    node,
    references: expressionReferences(node),
    evaluate: run,
    test: (scope) => truthOf(run(scope), '?'),
  };
}
