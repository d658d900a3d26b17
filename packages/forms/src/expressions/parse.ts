import { FormsError } from '../errors.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';
import { EXPRESSION_MAX_LENGTH } from './limits.js';
import { PRECEDENCE, type BinaryOperator, type ExpressionNode } from './ast.js';
import { tokenize, type Token } from './tokenize.js';

/** Deepest nesting accepted, so a hostile expression cannot exhaust the stack. */
const MAX_DEPTH = 64;

const BINARY: ReadonlySet<string> = new Set(Object.keys(PRECEDENCE));

class Parser {
  readonly #tokens: readonly Token[];
  #index = 0;
  #depth = 0;

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  get #peek(): Token {
    return this.#tokens[this.#index] as Token;
  }

  #next(): Token {
    const token = this.#peek;
    if (token.type !== 'end') this.#index++;
    return token;
  }

  #isOp(text: string): boolean {
    const token = this.#peek;
    return token.type === 'op' && token.text === text;
  }

  #unexpected(token: Token): FormsError {
    if (token.type === 'end') return new FormsError(expressionsMessages, 'EXPR_UNEXPECTED_END', { position: token.at + 1 }, { path: [token.at] });
    const text = token.type === 'string' ? `'${token.text}'` : token.type === 'row' ? `$row.${token.text}` : token.text;
    return new FormsError(expressionsMessages, 'EXPR_UNEXPECTED_TOKEN', { position: token.at + 1, token: text }, { path: [token.at] });
  }

  #expect(text: string): void {
    if (!this.#isOp(text)) throw this.#unexpected(this.#peek);
    this.#next();
  }

  #nested<T>(parse: () => T): T {
    if (++this.#depth > MAX_DEPTH) {
      throw new FormsError(expressionsMessages, 'EXPR_TOO_DEEP', { max: MAX_DEPTH }, { path: [this.#peek.at] });
    }
    try {
      return parse();
    } finally {
      this.#depth--;
    }
  }

  parse(): ExpressionNode {
    const node = this.#conditional();
    if (this.#peek.type !== 'end') throw this.#unexpected(this.#peek);
    return node;
  }

  #conditional(): ExpressionNode {
    return this.#nested(() => {
      const test = this.#binary(1);
      if (!this.#isOp('?')) return test;
      this.#next();
      const then = this.#conditional();
      this.#expect(':');
      const otherwise = this.#conditional();
      return { kind: 'conditional', test, then, otherwise, at: test.at };
    });
  }

  #binaryOperator(): BinaryOperator | undefined {
    const token = this.#peek;
    if (token.type === 'op' && BINARY.has(token.text)) return token.text as BinaryOperator;
    if (token.type === 'name' && token.text === 'in') return 'in';
    return undefined;
  }

  /** Precedence climbing: operators of precedence ≥ `min`, all left-associative. */
  #binary(min: number): ExpressionNode {
    let left = this.#unary();
    for (let op = this.#binaryOperator(); op !== undefined && PRECEDENCE[op] >= min; op = this.#binaryOperator()) {
      this.#next();
      const right = this.#nested(() => this.#binary(PRECEDENCE[op] + 1));
      left = { kind: 'binary', op, left, right, at: left.at };
    }
    return left;
  }

  #unary(): ExpressionNode {
    const token = this.#peek;
    if (token.type === 'op' && (token.text === '!' || token.text === '-')) {
      this.#next();
      const operand = this.#nested(() => this.#unary());
      return { kind: 'unary', op: token.text, operand, at: token.at };
    }
    return this.#primary();
  }

  #list<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    if (this.#isOp(close)) {
      this.#next();
      return items;
    }
    for (;;) {
      items.push(item());
      if (this.#isOp(',')) {
        this.#next();
        continue;
      }
      this.#expect(close);
      return items;
    }
  }

  #primary(): ExpressionNode {
    const token = this.#next();
    switch (token.type) {
      case 'number':
        return { kind: 'literal', value: Number(token.text), at: token.at };
      case 'string':
        return { kind: 'literal', value: token.text, at: token.at };
      case 'row':
        return { kind: 'row', column: token.text, at: token.at };
      case 'name':
        return this.#name(token);
      case 'op':
        if (token.text === '(') {
          const inner = this.#conditional();
          this.#expect(')');
          return inner;
        }
        if (token.text === '[') return { kind: 'list', items: this.#list(']', () => this.#conditional()), at: token.at };
        throw this.#unexpected(token);
      default:
        throw this.#unexpected(token);
    }
  }

  #name(token: Token): ExpressionNode {
    const { text, at } = token;
    if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true', at };
    if (text === 'null') return { kind: 'literal', value: null, at };
    if (text === 'in') throw this.#unexpected(token);
    if (this.#isOp('(')) {
      if (text.includes('.')) throw this.#unexpected(token);
      this.#next();
      return { kind: 'call', name: text, args: this.#list(')', () => this.#conditional()), at };
    }
    return { kind: 'field', key: text, at };
  }
}

/**
 * Parses an expression into its syntax tree. Grammar (loosest first): `a ? b : c`, `||`, `&&`,
 * `== !=`, `< <= > >= in`, `+ -`, `* /`, unary `! -`; operands are numbers, strings in single or
 * double quotes, `true`, `false`, `null`, lists `[a, b]`, field keys (`applicant.idNumber`),
 * `$row.column` inside table columns, function calls (`age(applicant.idNumber)`) and parentheses.
 *
 * @throws {@link FormsError} a syntax error (`EXPR_UNEXPECTED_TOKEN`, `EXPR_UNEXPECTED_END`,
 * `EXPR_UNTERMINATED_STRING`, `EXPR_BAD_CHARACTER`, `EXPR_SINGLE_EQUALS`, `EXPR_BAD_ESCAPE`,
 * `EXPR_ROW_SYNTAX`, `EXPR_TOO_DEEP`, `EXPR_TOO_LONG`) whose params give the 1-based `position`.
 *
 * @example parseExpression("applicant.idType == 'residentId' && age(applicant.idNumber) >= 60")
 */
export function parseExpression(source: string): ExpressionNode {
  if (source.length > EXPRESSION_MAX_LENGTH) {
    throw new FormsError(expressionsMessages, 'EXPR_TOO_LONG', { length: source.length, max: EXPRESSION_MAX_LENGTH });
  }
  return new Parser(tokenize(source)).parse();
}
