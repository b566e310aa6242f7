/**
 * Checks a custom segment definition, `{ "rule": <JsonLogic> }`, and turns its
 * rule into a typed tree both evaluators work from. A rule that passes here
 * gets the same answer in memory (json-logic-js) and in SQL, so nothing else
 * may be stored or run.
 *
 * The JsonLogic subset, and why it is no bigger:
 * - conditions: `and`, `or` (one or more arguments), `!`, `!!`, `if`
 *   ([cond, then, (cond, then)…, else?]) and `missing` (field names). `and`,
 *   `or`, `if` and `missing` return one of their arguments or a list in
 *   JsonLogic, so here they are conditions only: they cannot be compared.
 * - comparisons: `==`, `!=`, `===`, `!==`, `<`, `<=`, `>`, `>=`, and the
 *   between forms `{"<": [a, b, c]}` and `{"<=": [a, b, c]}` (json-logic-js
 *   ignores a third argument of `>`/`>=`, so those are refused).
 * - `in`: a value in a list literal, a text literal in a list field
 *   (`profile.interests`), or text within text.
 * - `var`: a field of the catalogue (fields.ts), without a default.
 * - the behavioural measures of fields.ts, with literal arguments.
 * Refused: arithmetic, `cat`, `substr`, `map`/`filter`/`reduce`/`all`/`some`/
 * `none`, `merge`, `missing_some`, `log`, `?:`.
 *
 * Types are checked where JsonLogic would do something SQL cannot follow
 * exactly: it turns text into a number whenever text meets a number, a
 * boolean or null (`"5" == 5`, `null < "7"`), and SQL has no faithful copy of
 * JavaScript's text-to-number rules. So a text field meets only text (or
 * null, under `==`/`!=`); literals, numbers and booleans mix freely, as their
 * conversions are known when the rule is compiled; `===`/`!==` convert
 * nothing and take any pair. Lists appear only in `in` and as conditions (an
 * empty list is false). Typos are caught too: a value an enumerated field
 * never takes, and text that is no date compared with a date field.
 */
import { z } from 'zod';
import { EventInput, TagSlug } from '../../schemas/activity';
import {
  field, isDateText, isFieldName, isMeasureName, MAX_WINDOW_DAYS, MEASURES, RUNTIME_KIND, type Field, type MeasureArgs, type MeasureName, type MeasureParams,
} from './fields';

export type JsonLogicRule = { [operator: string]: unknown };
export type Literal = string | number | boolean | null;
export type Comparison = '==' | '!=' | '===' | '!==' | '<' | '<=' | '>' | '>=';
type Measure = { [M in MeasureName]: { op: 'measure'; name: M; args: MeasureArgs<M> } }[MeasureName];

/** A checked rule. */
export type Expr =
  | { op: 'literal'; value: Literal }
  | { op: 'var'; field: Field }
  | { op: 'and' | 'or' | 'if'; args: Expr[] }
  | { op: '!' | '!!'; arg: Expr }
  | { op: Comparison; args: Expr[] }
  | { op: 'in'; needle: Expr; haystack: Expr | { op: 'list'; items: Literal[] } }
  | { op: 'missing'; fields: Field[] }
  | Measure;

export type ValueKind = 'string' | 'number' | 'boolean' | 'array' | 'null';
/** What an expression yields at run time; `runtime` is false for a literal, whose value is known. */
type ValueType = { kind: ValueKind; nullable: boolean; runtime: boolean };
type Typed = { expr: Expr; type: ValueType };

export type SegmentDefinitionError = { path: string; message: string };
export type SegmentValidation = { ok: true } | { ok: false; errors: SegmentDefinitionError[] };

export const MAX_DEPTH = 32;
const MAX_OPERATIONS = 500;
/**
 * The cost budget: each behavioural measure is a look through every person's
 * events, orders or tags, so the measures of a rule bound what it costs to run
 * over the whole base (120 of them took 9 s over 46,000 people).
 */
export const MAX_MEASURES = 20;
const MAX_LIST_ITEMS = 500;

type Path = ReadonlyArray<string | number>;
type Issue = { path: Path; message: string };

const RELATIONAL = new Set<string>(['<', '<=', '>', '>=']);
const COMPARISONS = new Set<string>(['==', '!=', '===', '!==', ...RELATIONAL]);

/** `rule.and[1].>=[0].var`: a path the way a developer writes it. */
const formatPath = (path: Path) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

/** What `expr` yields, or null for a condition-only operator (`and`, `or`, `if`, `missing`). */
function valueType(expr: Expr): ValueType | null {
  switch (expr.op) {
    case 'literal':
      return { kind: expr.value === null ? 'null' : (typeof expr.value as ValueKind), nullable: false, runtime: false };
    case 'var':
      return { kind: RUNTIME_KIND[expr.field.type], nullable: !expr.field.required, runtime: true };
    case 'measure':
      return { kind: MEASURES[expr.name].result, nullable: false, runtime: true };
    case 'and': case 'or': case 'if': case 'missing':
      return null;
    default:
      return { kind: 'boolean', nullable: false, runtime: true };
  }
}

/** Checks a rule; `expr` is its tree when there are no issues. */
function parseRule(rule: unknown): { expr?: Expr; issues: Issue[] } {
  const checker = new RuleChecker();
  if (!isOperation(rule)) return { issues: [{ path: [], message: 'must be a JsonLogic operation, e.g. {"and": [...]}' }] };
  const expr = checker.expr(rule, [], 0);
  if (checker.operations > MAX_OPERATIONS) checker.issue([], `has ${checker.operations} operations; at most ${MAX_OPERATIONS} are allowed`);
  if (checker.measures > MAX_MEASURES) {
    checker.issue([], `uses ${checker.measures} behavioural measures; at most ${MAX_MEASURES} are allowed, as each reads through everyone's activity`);
  }
  return checker.issues.length || !expr ? { issues: checker.issues } : { expr, issues: [] };
}

const isOperation = (node: unknown): node is JsonLogicRule =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;

class RuleChecker {
  issues: Issue[] = [];
  operations = 0;
  measures = 0;

  issue(path: Path, message: string): undefined {
    this.issues.push({ path, message });
    return undefined;
  }

  /** Any expression: an operation or a literal. */
  expr(node: unknown, path: Path, depth: number): Expr | undefined {
    if (Array.isArray(node)) return this.issue(path, 'a list is only allowed as the second argument of "in"');
    if (typeof node !== 'object' || node === null) return this.literal(node, path);
    if (!isOperation(node)) return this.issue(path, 'must be an operation: an object with exactly one operator, e.g. {"var": "profile.city"}');
    if (depth >= MAX_DEPTH) return this.issue(path, `is nested too deeply (at most ${MAX_DEPTH} levels)`);
    this.operations++;
    const [op, raw] = Object.entries(node)[0]!;
    const args = Array.isArray(raw) ? raw : [raw];
    const argPath = (i: number): Path => (Array.isArray(raw) ? [...path, op, i] : [...path, op]);
    const call: Call = { op, args, path: [...path, op], argPath, depth: depth + 1 };
    if (isMeasureName(op)) return this.measure(op, call);
    if (!Object.hasOwn(OPERATORS, op)) return this.issue(path, `unknown operator "${op}"`);
    return OPERATORS[op]!(this, call);
  }

  literal(value: unknown, path: Path): Expr | undefined {
    if (typeof value === 'number' && !Number.isFinite(value)) return this.issue(path, 'must be a finite number');
    if (typeof value === 'string' && /\p{Surrogate}/u.test(value)) return this.issue(path, 'must be well-formed text (no lone surrogates)');
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return { op: 'literal', value: value as Literal };
    return this.issue(path, 'must be a JSON value');
  }

  /** An expression that yields a value (not a condition-only operator). */
  value(node: unknown, path: Path, depth: number): Typed | undefined {
    const expr = this.expr(node, path, depth);
    if (!expr) return undefined;
    const type = valueType(expr);
    if (!type) return this.issue(path, `"${expr.op}" is a condition, not a value: it cannot be compared or searched`);
    return { expr, type };
  }

  arity(call: Call, min: number, max: number, shape: string): boolean {
    const n = call.args.length;
    if (n >= min && n <= max) return true;
    this.issue(call.path, `takes ${shape}, got ${n} argument${n === 1 ? '' : 's'}`);
    return false;
  }

  measure(name: MeasureName, call: Call): Expr | undefined {
    this.measures++;
    const params = MEASURES[name].params;
    if (!this.arity(call, params.length, params.length, `[${params.join(', ')}]`)) return undefined;
    const args = params.map((param, i) => PARAMS[param](this, call.args[i], call.argPath(i)));
    if (args.some((arg) => arg === undefined)) return undefined;
    // Each argument was checked against its parameter above; TypeScript cannot follow that per name.
    return { op: 'measure', name, args } as unknown as Measure;
  }
}

type Call = { op: string; args: unknown[]; path: Path; argPath: (i: number) => Path; depth: number };

/** The literal arguments of the measures. */
const PARAMS: Record<keyof MeasureParams, (checker: RuleChecker, value: unknown, path: Path) => string | number | undefined> = {
  eventType: (checker, value, path) =>
    EventInput.shape.type.safeParse(value).data === value ? (value as string) : checker.issue(path, 'must be an event type in snake_case, e.g. "pricing_page_view"'),
  days: (checker, value, path) =>
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_WINDOW_DAYS
      ? (value as number)
      : checker.issue(path, `the window in days must be a whole number from 1 to ${MAX_WINDOW_DAYS}`),
  tag: (checker, value, path) =>
    TagSlug.safeParse(value).data === value ? (value as string) : checker.issue(path, 'must be a tag slug, e.g. "vip"'),
};

type OperatorCheck = (checker: RuleChecker, call: Call) => Expr | undefined;

/** Conditions and values alike, e.g. the arguments of `and`. */
function exprs(checker: RuleChecker, call: Call): Expr[] | undefined {
  const exprs = call.args.map((arg, i) => checker.expr(arg, call.argPath(i), call.depth));
  return exprs.every((e) => e !== undefined) ? exprs : undefined;
}

const logical = (op: 'and' | 'or'): OperatorCheck => (checker, call) => {
  if (!checker.arity(call, 1, Infinity, 'one or more conditions')) return undefined;
  const args = exprs(checker, call);
  return args && { op, args };
};

const negation = (op: '!' | '!!'): OperatorCheck => (checker, call) => {
  if (!checker.arity(call, 1, 1, 'one argument')) return undefined;
  const arg = checker.expr(call.args[0], call.argPath(0), call.depth);
  return arg && { op, arg };
};

const ifThenElse: OperatorCheck = (checker, call) => {
  if (!checker.arity(call, 2, Infinity, '[condition, then, (condition, then)…, else?]')) return undefined;
  const args = exprs(checker, call);
  return args && { op: 'if', args };
};

const variable: OperatorCheck = (checker, call) => {
  if (!checker.arity(call, 1, 1, 'just a field name (defaults are not supported)')) return undefined;
  return fieldArg(checker, call.args[0], call.argPath(0));
};

function fieldArg(checker: RuleChecker, name: unknown, path: Path): { op: 'var'; field: Field } | undefined {
  if (typeof name !== 'string') return checker.issue(path, 'must be a field name, e.g. "profile.city"');
  if (!isFieldName(name)) return checker.issue(path, `unknown field "${name}"`);
  return { op: 'var', field: field(name) };
}

const missing: OperatorCheck = (checker, call) => {
  if (!checker.arity(call, 1, Infinity, 'one or more field names')) return undefined;
  const fields = call.args.map((name, i) => fieldArg(checker, name, call.argPath(i))?.field);
  return fields.every((f) => f !== undefined) ? { op: 'missing', fields } : undefined;
};

const comparison = (op: Comparison): OperatorCheck => (checker, call) => {
  const between = op === '<' || op === '<=';
  if (!checker.arity(call, 2, between ? 3 : 2, between ? '2 values, or 3 for a between' : '2 values')) return undefined;
  const values = call.args.map((arg, i) => checker.value(arg, call.argPath(i), call.depth));
  if (!values.every((v) => v !== undefined)) return undefined;
  if (values.length === 3 && !isPlainValue(values[1]!.expr)) {
    // The middle value is used twice in SQL; keeping it plain keeps the SQL small.
    return checker.issue(call.argPath(1), 'the middle of a between must be a field, a literal or a measure');
  }
  const typed = values.map((v, i) => ({ ...v, path: call.argPath(i) }));
  let ok = true;
  for (let i = 1; i < typed.length; i++) {
    ok = comparable(checker, op, typed[i - 1]!, typed[i]!) && comparable(checker, op, typed[i]!, typed[i - 1]!) && ok;
  }
  return ok ? { op, args: values.map((v) => v.expr) } : undefined;
};

const isPlainValue = (expr: Expr) => expr.op === 'var' || expr.op === 'literal' || expr.op === 'measure';

/** Whether a field can hold this text: any, unless it is enumerated. */
const takes = (field: Field, text: string) => !field.values || field.values.includes(text);
const notAValueOf = (field: Field, text: string) => `"${text}" is not a value of "${field.name}": ${field.values!.join(', ')}`;

/** Whether `value` may meet `other` under `op`; issues are reported where the fault lies. */
function comparable(checker: RuleChecker, op: Comparison, value: Typed & { path: Path }, other: Typed & { path: Path }): boolean {
  const { expr, type } = value;
  const name = expr.op === 'var' ? `"${expr.field.name}"` : 'this value';
  if (type.kind === 'array') {
    checker.issue(value.path, `${name} is a list: test membership with {"in": ["travel", {"var": "profile.interests"}]}`);
    return false;
  }
  if (expr.op === 'var' && other.expr.op === 'literal' && typeof other.expr.value === 'string') {
    const literal = other.expr.value;
    if (expr.field.type === 'date' && !isDateText(literal)) {
      checker.issue(other.path, `"${literal}" is not a date to compare ${name} with: write "2024-01-31" or an ISO 8601 instant`);
      return false;
    }
    if (!RELATIONAL.has(op) && !takes(expr.field, literal)) {
      checker.issue(other.path, notAValueOf(expr.field, literal));
      return false;
    }
  }
  if (op === '===' || op === '!==' || !(type.kind === 'string' && type.runtime)) return true;
  if (RELATIONAL.has(op) && !(other.type.kind === 'string' && !other.type.nullable)) {
    checker.issue(value.path, `${name} is text and can only be ordered against text that is never missing (JsonLogic would turn it into a number)`);
    return false;
  }
  if (!RELATIONAL.has(op) && other.type.kind !== 'string' && other.type.kind !== 'null') {
    checker.issue(value.path, `${name} is text and can only be compared with text or null (JsonLogic would turn it into a number)`);
    return false;
  }
  return true;
}

const membership: OperatorCheck = (checker, call) => {
  if (!checker.arity(call, 2, 2, '[value, list or text to search]')) return undefined;
  const needle = checker.value(call.args[0], call.argPath(0), call.depth);
  const rawHaystack = call.args[1];
  const haystackPath = call.argPath(1);
  if (Array.isArray(rawHaystack)) return needle && listMembership(checker, needle, rawHaystack, haystackPath);
  const haystack = checker.value(rawHaystack, haystackPath, call.depth);
  if (!needle || !haystack) return undefined;
  if (haystack.type.kind === 'array') return arrayFieldMembership(checker, needle, haystack, call.argPath(0));
  if (haystack.type.kind !== 'string') return checker.issue(haystackPath, '"in" searches a list or text');
  if (needle.type.runtime && needle.type.kind !== 'string') {
    return checker.issue(call.argPath(0), 'only text can be searched for in text');
  }
  return { op: 'in', needle: needle.expr, haystack: haystack.expr };
};

function listMembership(checker: RuleChecker, needle: Typed, items: unknown[], path: Path): Expr | undefined {
  if (items.length > MAX_LIST_ITEMS) return checker.issue(path, `has ${items.length} items; at most ${MAX_LIST_ITEMS} are allowed`);
  if (needle.type.kind === 'array') return checker.issue(path, 'a list cannot be looked up in a list');
  const field = needle.expr.op === 'var' ? needle.expr.field : undefined;
  const literals = items.map((item, i) => {
    if (typeof item === 'object' && item !== null) return checker.issue([...path, i], 'list items must be text, numbers, true, false or null');
    if (field && typeof item === 'string' && !takes(field, item)) return checker.issue([...path, i], notAValueOf(field, item));
    return checker.literal(item, [...path, i]);
  });
  if (!literals.every((l) => l?.op === 'literal')) return undefined;
  return { op: 'in', needle: needle.expr, haystack: { op: 'list', items: literals.map((l) => l.value) } };
}

function arrayFieldMembership(checker: RuleChecker, needle: Typed, haystack: Typed, path: Path): Expr | undefined {
  if (needle.expr.op !== 'literal' || typeof needle.expr.value !== 'string') {
    return checker.issue(path, 'a list field holds text: look for a text literal, e.g. "travel"');
  }
  if (haystack.expr.op === 'var' && !takes(haystack.expr.field, needle.expr.value)) {
    return checker.issue(path, notAValueOf(haystack.expr.field, needle.expr.value));
  }
  return { op: 'in', needle: needle.expr, haystack: haystack.expr };
}

const OPERATORS: Record<string, OperatorCheck> = {
  and: logical('and'),
  or: logical('or'),
  '!': negation('!'),
  '!!': negation('!!'),
  if: ifThenElse,
  var: variable,
  missing,
  in: membership,
  ...Object.fromEntries([...COMPARISONS].map((op) => [op, comparison(op as Comparison)])),
};

/** A definition's rule, refined with every issue found in it (paths relative to the rule). */
export const SegmentRule = z.custom<JsonLogicRule>(() => true)
  .superRefine((rule, ctx) => {
    for (const { path, message } of parseRule(rule).issues) ctx.addIssue({ code: 'custom', path: [...path], message });
  })
  // How the rule shows in the OpenAPI document: any JSON object, checked as described.
  .meta({ type: 'object', description: 'A JsonLogic rule over profile.*, score.* and the behavioural operators (see shared/models/segments/fields.ts)' });

/** A custom segment's definition, as stored and run. */
export const SegmentDefinition = z.strictObject({ rule: SegmentRule });
export type SegmentDefinition = z.infer<typeof SegmentDefinition>;

export function validateSegmentDefinition(definition: unknown): SegmentValidation {
  const result = SegmentDefinition.safeParse(definition);
  if (result.success) return { ok: true };
  return { ok: false, errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path as Path), message: issue.message })) };
}

export class InvalidSegmentDefinition extends Error {
  constructor(readonly errors: SegmentDefinitionError[]) {
    super(`Invalid segment definition: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
}

export function assertValidSegmentDefinition(definition: unknown): asserts definition is SegmentDefinition {
  const validation = validateSegmentDefinition(definition);
  if (!validation.ok) throw new InvalidSegmentDefinition(validation.errors);
}

/** The checked tree of a definition's rule; throws InvalidSegmentDefinition if it is not valid. */
export function checkedRule(definition: unknown): Expr {
  assertValidSegmentDefinition(definition);
  return parseRule(definition.rule).expr!;
}
