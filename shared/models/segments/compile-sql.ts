/**
 * Compiles a custom segment's rule to one SQLite boolean expression over
 * CONTACTS_WITH_SCORES, true for exactly the people evaluateSegment accepts.
 *
 * Values from the rule are always bound parameters; the SQL text is made of
 * fixed pieces and the catalogue's column names only.
 *
 * Agreeing with JsonLogic, which is JavaScript:
 * - Every condition yields exactly 0 or 1, never NULL, so NOT and the
 *   truthiness of `[]`, `""`, `0` and null behave as in JavaScript.
 * - A field that may be null is compiled case by case: once as the constant
 *   null (folded here, by JavaScript itself), once as its SQL value, which is
 *   then known not to be NULL. `{"<": [score.lead, 5]}` becomes
 *   `(s."lead_score" IS NULL OR s."lead_score" < ?)`, since `null < 5` in JS.
 * - Comparisons between constants are folded with json-logic-js; a constant
 *   meeting a number or a boolean is converted to a number here, as JS
 *   would; text meets only text (the validator sees to that), compared as
 *   UTF-8 bytes: by code point, as the in-memory evaluation orders text too
 *   (json-logic.ts).
 */
import type { AdditionalOperation, RulesLogic } from 'json-logic-js';
import { jsonLogic } from './json-logic';
import { lastDays, RUNTIME_KIND, type MeasureArgs, type MeasureName } from './fields';
import { checkedRule, type Comparison, type Expr, type Literal, type ValueKind } from './validate';

export type CompiledSegment = { sql: string; params: Array<string | number> };

/** A piece of SQL and the values bound to its `?`s, in order. */
type Sql = { text: string; params: Array<string | number> };
/** A condition: a constant folded at compile time, or SQL yielding exactly 0 or 1. */
type Cond = boolean | Sql;
type RuntimeKind = Exclude<ValueKind, 'null'>;
/** A value in one case of a comparison: a constant, or SQL that is not NULL. */
type Known = { constant: Literal } | { kind: RuntimeKind; sql: Sql };
/** A compiled value; a nullable one is split into its null and non-null cases before use. */
type Operand = { constant: Literal } | { kind: RuntimeKind; sql: Sql; nullable: boolean };

/** Whether the person is in the segment, as SQL over CONTACTS_WITH_SCORES; throws InvalidSegmentDefinition. */
export function compileSegmentSql(definition: unknown, now: Date): CompiledSegment {
  const { text, params } = condSql(new RuleCompiler(now).cond(checkedRule(definition)));
  return { sql: `(${text})`, params };
}

// --- SQL pieces --------------------------------------------------------------

/** Joins SQL pieces (only Sql can be interpolated: values go through param()); line breaks become spaces. */
function sql(strings: TemplateStringsArray, ...pieces: Sql[]): Sql {
  const lines = strings.map((s) => s.replace(/\n\s*/g, ' '));
  return {
    text: lines.reduce((text, s, i) => text + pieces[i - 1]!.text + s),
    params: pieces.flatMap((piece) => piece.params),
  };
}
const fixed = (text: string): Sql => ({ text, params: [] });
const param = (value: string | number | boolean): Sql => ({ text: '?', params: [typeof value === 'boolean' ? Number(value) : value] });
const list = (pieces: Sql[], separator: string): Sql => ({
  text: pieces.map((p) => p.text).join(separator),
  params: pieces.flatMap((p) => p.params),
});

// --- Conditions --------------------------------------------------------------

const condSql = (cond: Cond): Sql => (cond === true ? fixed('1') : cond === false ? fixed('0') : cond);

function and(conds: Cond[]): Cond {
  if (conds.includes(false)) return false;
  const open = conds.filter((c): c is Sql => c !== true);
  return open.length === 0 ? true : open.length === 1 ? open[0]! : sql`(${list(open, ' AND ')})`;
}

function or(conds: Cond[]): Cond {
  if (conds.includes(true)) return true;
  const open = conds.filter((c): c is Sql => c !== false);
  return open.length === 0 ? false : open.length === 1 ? open[0]! : sql`(${list(open, ' OR ')})`;
}

const not = (cond: Cond): Cond => (typeof cond === 'boolean' ? !cond : sql`(NOT ${cond})`);

/** `build` applied to each case of a nullable operand: the constant null, and its non-null SQL. */
function split(operand: Operand, build: (known: Known) => Cond): Cond {
  if ('constant' in operand || !operand.nullable) return build(operand);
  const whenNull = build({ constant: null });
  const whenPresent = build({ kind: operand.kind, sql: operand.sql });
  if (whenNull === whenPresent) return whenNull;
  if (whenNull === false) return and([sql`${operand.sql} IS NOT NULL`, whenPresent]);
  if (whenNull === true) return or([sql`${operand.sql} IS NULL`, whenPresent]);
  return sql`(CASE WHEN ${operand.sql} IS NULL THEN ${whenNull} ELSE ${condSql(whenPresent)} END)`;
}

const isConstant = (known: Known): known is { constant: Literal } => 'constant' in known;
function knownSql(known: Known): Sql {
  if (!isConstant(known)) return known.sql;
  if (known.constant === null) throw new Error('unreachable: null is folded before it reaches SQL');
  return param(known.constant);
}
const fold = (logic: Record<string, unknown[]>) => jsonLogic.truthy(jsonLogic.apply(logic as RulesLogic<AdditionalOperation>));

// --- Truthiness --------------------------------------------------------------

const TRUTHY: Record<RuntimeKind, (value: Sql) => Sql> = {
  string: (value) => sql`${value} <> ''`,
  number: (value) => sql`${value} <> 0`,
  boolean: (value) => sql`${value} <> 0`,
  array: (value) => sql`json_array_length(${value}) > 0`,
};

const truthy = (operand: Operand) =>
  split(operand, (known) => (isConstant(known) ? jsonLogic.truthy(known.constant) : TRUTHY[known.kind](known.sql)));

// --- Comparisons -------------------------------------------------------------

function compare(op: Comparison, left: Operand, right: Operand): Cond {
  return split(left, (l) => split(right, (r) => compareKnown(op, l, r)));
}

function compareKnown(op: Comparison, left: Known, right: Known): Cond {
  if (isConstant(left) && isConstant(right)) return fold({ [op]: [left.constant, right.constant] });
  switch (op) {
    case '===': return strictEquals(left, right);
    case '!==': return not(strictEquals(left, right));
    case '==': return looseEquals(left, right);
    case '!=': return not(looseEquals(left, right));
    default: return isText(left) && isText(right) ? sql`${knownSql(left)} ${fixed(op)} ${knownSql(right)}` : numeric(op, left, right);
  }
}

const kindOf = (known: Known) => (isConstant(known) ? (known.constant === null ? 'null' : typeof known.constant) : known.kind);
const isText = (known: Known) => kindOf(known) === 'string';

/** `===`: no conversions; values of different kinds are never equal. */
const strictEquals = (left: Known, right: Known): Cond =>
  kindOf(left) === kindOf(right) ? sql`${knownSql(left)} = ${knownSql(right)}` : false;

/** `==`: null equals only null; text equals text; anything else meets as numbers. */
function looseEquals(left: Known, right: Known): Cond {
  if (kindOf(left) === 'null' || kindOf(right) === 'null') return false;
  return isText(left) && isText(right) ? sql`${knownSql(left)} = ${knownSql(right)}` : numeric('=', left, right);
}

const NUMERIC = {
  '=': (a: number, b: number) => a === b,
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '>': (a: number, b: number) => a > b,
  '>=': (a: number, b: number) => a >= b,
};

/** Both sides as numbers (JavaScript's ToNumber); only constants and numbers/booleans get here. */
function numeric(op: keyof typeof NUMERIC, left: Known, right: Known): Cond {
  const [a, b] = [toNumber(left), toNumber(right)];
  if (typeof a === 'number' && !Number.isFinite(a)) return infinite(op, a, b);
  if (typeof b === 'number' && !Number.isFinite(b)) return infinite(op, a, b);
  return sql`${numberSql(a)} ${fixed(op)} ${numberSql(b)}`;
}

/**
 * NaN (from text like "abc") is unequal and unordered to everything; ±Infinity
 * (from "Infinity") cannot be bound, and orders the same against every stored
 * number, all of them finite, so 0 stands for the other side.
 */
const infinite = (op: keyof typeof NUMERIC, a: number | Sql, b: number | Sql) =>
  NUMERIC[op](typeof a === 'number' ? a : 0, typeof b === 'number' ? b : 0);

function toNumber(known: Known): number | Sql {
  if (isConstant(known)) return Number(known.constant);
  if (known.kind === 'string' || known.kind === 'array') throw new Error('unreachable: the validator keeps text from meeting numbers');
  return known.sql;
}
const numberSql = (value: number | Sql) => (typeof value === 'number' ? param(value) : value);

// --- Membership --------------------------------------------------------------

/** `{"in": [x, [..]]}`: strict equality with an item, so only the items of x's kind matter. */
function inList(needle: Known, items: Literal[]): Cond {
  if (isConstant(needle)) return fold({ in: [needle.constant, items] });
  const candidates = items.filter((item) => item !== null && typeof item === needle.kind) as Array<string | number | boolean>;
  return candidates.length ? sql`${needle.sql} IN (${list(candidates.map(param), ', ')})` : false;
}

/** `{"in": [x, "text"]}`: false for empty or missing text, else whether String(x) occurs in it. */
function inText(needle: Known, haystack: Known): Cond {
  if (isConstant(needle) && isConstant(haystack)) return fold({ in: [needle.constant, haystack.constant] });
  if (isConstant(haystack) && !haystack.constant) return false;
  const text = knownSql(haystack);
  const wanted = isConstant(needle) ? param(String(needle.constant)) : needle.sql;
  return and([isConstant(haystack) || sql`${text} <> ''`, sql`instr(${text}, ${wanted}) > 0`]);
}

/** `{"in": ["travel", profile.interests]}`: whether the JSON list holds that text (a missing list holds nothing). */
const inJsonList = (needle: Known, haystack: Known): Cond =>
  isConstant(haystack) ? false : sql`EXISTS (SELECT 1 FROM json_each(${haystack.sql}) WHERE value = ${knownSql(needle)})`;

// --- Measures ----------------------------------------------------------------

const number = (sql: Sql): Operand => ({ kind: 'number', sql, nullable: false });

function inLastDays(column: string, now: Date, days: number): Sql {
  const { since, until } = lastDays(now, days);
  return sql`${fixed(column)} >= ${param(since)} AND ${fixed(column)} <= ${param(until)}`;
}

/** Correlated subqueries, each served by an index that starts (contact_id, …). */
const MEASURE_SQL: { [M in MeasureName]: (now: Date, ...args: MeasureArgs<M>) => Operand } = {
  events_in_last_days: (now, eventType, days) => number(sql`(SELECT count(*) FROM events e
    WHERE e.contact_id = c.id AND e.type = ${param(eventType)} AND ${inLastDays('e.occurred_at', now, days)})`),
  orders_in_last_days: (now, days) => number(sql`(SELECT count(*) FROM orders o
    WHERE o.contact_id = c.id AND ${inLastDays('o.ordered_at', now, days)})`),
  // Summed in whole cents, as in memory: exact, whatever order the rows come in.
  revenue_in_last_days: (now, days) => number(sql`(SELECT coalesce(sum(CAST(round(o.amount * 100) AS INTEGER)), 0) / 100.0
    FROM orders o WHERE o.contact_id = c.id AND ${inLastDays('o.ordered_at', now, days)})`),
  has_tag: (_now, tag) => ({ kind: 'boolean', nullable: false, sql: sql`EXISTS (SELECT 1 FROM contact_tags ct
    WHERE ct.contact_id = c.id AND ct.tag_id = (SELECT t.id FROM tags t WHERE t.slug = ${param(tag)}))` }),
};

// --- Rules -------------------------------------------------------------------

class RuleCompiler {
  constructor(private readonly now: Date) {}

  /** The rule as a condition: its truthiness. */
  cond(expr: Expr): Cond {
    switch (expr.op) {
      case 'and': return and(expr.args.map((arg) => this.cond(arg)));
      case 'or': return or(expr.args.map((arg) => this.cond(arg)));
      case '!': return not(this.cond(expr.arg));
      case '!!': return this.cond(expr.arg);
      case 'if': return this.ifThenElse(expr.args);
      case 'missing': return or(expr.fields.map((f) => sql`(${fixed(f.sql)} IS NULL OR ${fixed(f.sql)} = '')`));
      case 'in': return this.membership(expr);
      case '==': case '!=': case '===': case '!==': case '<': case '<=': case '>': case '>=': {
        const values = expr.args.map((arg) => this.value(arg));
        // A between, {"<": [a, b, c]}, is a < b && b < c.
        return and(values.slice(1).map((right, i) => compare(expr.op, values[i]!, right)));
      }
      default: return truthy(this.value(expr));
    }
  }

  value(expr: Expr): Operand {
    switch (expr.op) {
      case 'literal': return { constant: expr.value };
      case 'var': return { kind: RUNTIME_KIND[expr.field.type], sql: fixed(expr.field.sql), nullable: !expr.field.required };
      case 'measure': return (MEASURE_SQL[expr.name] as (now: Date, ...args: unknown[]) => Operand)(this.now, ...expr.args);
      case 'and': case 'or': case 'if': case 'missing':
        throw new Error(`unreachable: the validator keeps "${expr.op}" out of values`);
      default: {
        const cond = this.cond(expr);
        // Parenthesised: `=` and `<` bind differently in SQL, and the condition may be one.
        return typeof cond === 'boolean' ? { constant: cond } : { kind: 'boolean', sql: sql`(${cond})`, nullable: false };
      }
    }
  }

  /** [cond, then, (cond, then)…, else?]: the first true condition's branch, else the else, else null. */
  private ifThenElse(args: Expr[]): Cond {
    const branches: Sql[] = [];
    let otherwise: Cond = args.length % 2 === 1 ? this.cond(args.at(-1)!) : false;
    for (let i = 0; i + 1 < args.length; i += 2) {
      const when = this.cond(args[i]!);
      if (when === false) continue;
      const then = this.cond(args[i + 1]!);
      if (when === true) {
        otherwise = then;
        break;
      }
      branches.push(sql`WHEN ${when} THEN ${condSql(then)}`);
    }
    return branches.length ? sql`(CASE ${list(branches, ' ')} ELSE ${condSql(otherwise)} END)` : otherwise;
  }

  private membership(expr: Extract<Expr, { op: 'in' }>): Cond {
    const needle = this.value(expr.needle);
    if (expr.haystack.op === 'list') {
      const items = expr.haystack.items;
      return split(needle, (n) => inList(n, items));
    }
    const haystack = this.value(expr.haystack);
    const search = 'kind' in haystack && haystack.kind === 'array' ? inJsonList : inText;
    return split(haystack, (h) => split(needle, (n) => search(n, h)));
  }
}
