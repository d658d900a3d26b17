import { FormsError } from '../errors.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';

/** A token of an expression. @internal */
export interface Token {
  /** `number`, `string`, `name` (a dotted field path or function name), `row` (`$row.column`), `op` or `end`. */
  readonly type: 'number' | 'string' | 'name' | 'row' | 'op' | 'end';
  /** The token's text (for strings: the unescaped value). */
  readonly text: string;
  /** Offset of its first character. */
  readonly at: number;
}

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '-', '*', '/', '?', ':', '(', ')', '[', ']', ','] as const;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNamePart = (c: string) => isNameStart(c) || isDigit(c);

/** Offset → 1-based position for messages. */
const position = (at: number) => at + 1;

function readName(source: string, start: number): number {
  let i = start;
  while (i < source.length && isNamePart(source.charAt(i))) i++;
  return i;
}

function readString(source: string, start: number): { value: string; end: number } {
  const quote = source.charAt(start);
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === quote) return { value, end: i + 1 };
    if (c === '\\') {
      const next = source.charAt(i + 1);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        value += String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw new FormsError(expressionsMessages, 'EXPR_BAD_ESCAPE', { position: position(i) }, { path: [i] });
      value += escaped;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new FormsError(expressionsMessages, 'EXPR_UNTERMINATED_STRING', { position: position(start) }, { path: [start] });
}

/**
 * Splits an expression into tokens. A name may be dotted (`applicant.idNumber`); `$row.column`
 * is one token.
 * @throws {@link FormsError} `EXPR_BAD_CHARACTER`, `EXPR_SINGLE_EQUALS`, `EXPR_BAD_ESCAPE`,
 * `EXPR_UNTERMINATED_STRING`, `EXPR_ROW_SYNTAX`; the path holds the offset.
 * @internal
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(source.charAt(i + 1)))) {
      const match = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'number', text: match[0], at: i });
      i += match[0].length;
    } else if (c === "'" || c === '"') {
      const { value, end } = readString(source, i);
      tokens.push({ type: 'string', text: value, at: i });
      i = end;
    } else if (isNameStart(c)) {
      let end = readName(source, i);
      while (source.charAt(end) === '.' && isNameStart(source.charAt(end + 1))) end = readName(source, end + 1);
      tokens.push({ type: 'name', text: source.slice(i, end), at: i });
      i = end;
    } else if (c === '$') {
      if (!source.startsWith('$row.', i) || !isNameStart(source.charAt(i + 5))) {
        throw new FormsError(expressionsMessages, 'EXPR_ROW_SYNTAX', { position: position(i) }, { path: [i] });
      }
      const end = readName(source, i + 5);
      tokens.push({ type: 'row', text: source.slice(i + 5, end), at: i });
      i = end;
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i));
      if (op === undefined) {
        const code = c === '=' ? 'EXPR_SINGLE_EQUALS' : 'EXPR_BAD_CHARACTER';
        throw new FormsError(expressionsMessages, code, { position: position(i), character: c }, { path: [i] });
      }
      tokens.push({ type: 'op', text: op, at: i });
      i += op.length;
    }
  }
  tokens.push({ type: 'end', text: '', at: source.length });
  return tokens;
}
