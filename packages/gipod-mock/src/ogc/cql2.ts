import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * A CQL2-text filter the mock cannot accept; `position` is the 0-based character offset.
 *
 * @example
 * try {
 *   parseCql2("GipodId = ");
 * } catch (error) {
 *   if (error instanceof Cql2Error) console.log(error.code, error.position); // "GIPOD_MOCK_CQL2_INVALID", 10
 * }
 */
export class Cql2Error extends DigitaleNutsError {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super("GIPOD_MOCK_CQL2_INVALID", `Invalid CQL2 filter at character ${position}: ${message}`);
  }
}

/** A literal: single-quoted string, number or boolean. */
export type Cql2Literal = string | number | boolean;

/** Comparison operators. */
export type Cql2Comparison = "=" | "<>" | "<" | "<=" | ">" | ">=";

/**
 * The filter syntax tree.
 *
 * @example
 * const tree: Cql2Node = parseCql2("Status = 'Gevalideerd' AND GipodId > 10000000");
 * tree.op; // "and"
 */
export type Cql2Node =
  | { readonly op: "and" | "or"; readonly left: Cql2Node; readonly right: Cql2Node }
  | { readonly op: "not"; readonly expr: Cql2Node }
  | {
      readonly op: "compare";
      readonly property: string;
      readonly comparison: Cql2Comparison;
      readonly value: Cql2Literal;
    }
  | {
      readonly op: "in";
      readonly property: string;
      readonly values: readonly Cql2Literal[];
      readonly negated: boolean;
    };

type Token =
  | { readonly kind: "string"; readonly value: string; readonly pos: number }
  | { readonly kind: "number"; readonly value: number; readonly pos: number }
  | { readonly kind: "ident"; readonly value: string; readonly pos: number }
  | {
      readonly kind: "keyword";
      readonly value: "AND" | "OR" | "NOT" | "IN" | "TRUE" | "FALSE";
      readonly pos: number;
    }
  | { readonly kind: "symbol"; readonly value: string; readonly pos: number };

const MAX_LENGTH = 8000;
const MAX_DEPTH = 40;
const KEYWORDS = new Set(["AND", "OR", "NOT", "IN", "TRUE", "FALSE"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      const start = i;
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new Cql2Error("unterminated string literal", start);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ kind: "string", value, pos: start });
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new Cql2Error("unterminated quoted property name", i);
      tokens.push({ kind: "ident", value: text.slice(i + 1, end), pos: i });
      i = end + 1;
    } else if (/[-+0-9.]/.test(c)) {
      const m = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
      if (!m) throw new Cql2Error(`unexpected "${c}"`, i);
      tokens.push({ kind: "number", value: Number(m[0]), pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)) as RegExpExecArray;
      const word = m[0];
      const upper = word.toUpperCase();
      tokens.push(
        KEYWORDS.has(upper)
          ? { kind: "keyword", value: upper as "AND", pos: i }
          : { kind: "ident", value: word, pos: i },
      );
      i += word.length;
    } else {
      const two = text.slice(i, i + 2);
      if (two === "<=" || two === ">=" || two === "<>") {
        tokens.push({ kind: "symbol", value: two, pos: i });
        i += 2;
      } else if ("=<>(),".includes(c)) {
        tokens.push({ kind: "symbol", value: c, pos: i });
        i++;
      } else {
        throw new Cql2Error(`unexpected character "${c}"`, i);
      }
    }
  }
  return tokens;
}

/**
 * Parses the CQL2-text subset GIPOD's OGC examples use: `Prop = 'text'` / numbers / TRUE / FALSE with
 * `= <> < <= > >=`, `Prop [NOT] IN (…)`, `AND`, `OR`, `NOT` and parentheses. Strings are single-quoted with
 * `''` as the escape, so a properly quoted value can never become syntax.
 *
 * @example
 * parseCql2("NOT (GipodId = 10045378)");
 * // { op: "not", expr: { op: "compare", property: "GipodId", comparison: "=", value: 10045378 } }
 */
export function parseCql2(text: string): Cql2Node {
  if (text.length > MAX_LENGTH)
    throw new Cql2Error(`filter longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const end = text.length;
  const fail = (what: string): never => {
    const t = peek();
    throw new Cql2Error(
      `expected ${what}${t ? ` but found "${String(t.value)}"` : " but the filter ended"}`,
      t?.pos ?? end,
    );
  };
  const isKeyword = (v: string) => peek()?.kind === "keyword" && peek()?.value === v;
  const isSymbol = (v: string) => peek()?.kind === "symbol" && peek()?.value === v;

  const literal = (): Cql2Literal => {
    const t = peek();
    if (t?.kind === "string" || t?.kind === "number") {
      at++;
      return t.value;
    }
    if (t?.kind === "keyword" && (t.value === "TRUE" || t.value === "FALSE")) {
      at++;
      return t.value === "TRUE";
    }
    return fail("a literal ('text', number, TRUE or FALSE)");
  };

  const predicate = (depth: number): Cql2Node => {
    if (depth > MAX_DEPTH) throw new Cql2Error(`nesting deeper than ${MAX_DEPTH}`, peek()?.pos ?? end);
    if (isKeyword("NOT")) {
      at++;
      return { op: "not", expr: predicate(depth + 1) };
    }
    if (isSymbol("(")) {
      at++;
      const inner = or(depth + 1);
      if (!isSymbol(")")) fail('")"');
      at++;
      return inner;
    }
    const t = peek();
    if (t?.kind !== "ident") return fail("a property name");
    at++;
    const property = t.value;
    const negated = isKeyword("NOT");
    if (negated) at++;
    if (isKeyword("IN")) {
      at++;
      if (!isSymbol("(")) fail('"(" after IN');
      at++;
      const values = [literal()];
      while (isSymbol(",")) {
        at++;
        values.push(literal());
      }
      if (!isSymbol(")")) fail('")" closing the IN list');
      at++;
      return { op: "in", property, values, negated };
    }
    if (negated) fail("IN after NOT");
    const op = peek();
    if (op?.kind !== "symbol" || !["=", "<>", "<", "<=", ">", ">="].includes(op.value))
      return fail("a comparison operator");
    at++;
    return { op: "compare", property, comparison: op.value as Cql2Comparison, value: literal() };
  };

  const and = (depth: number): Cql2Node => {
    let left = predicate(depth);
    while (isKeyword("AND")) {
      at++;
      left = { op: "and", left, right: predicate(depth) };
    }
    return left;
  };

  const or = (depth: number): Cql2Node => {
    let left = and(depth);
    while (isKeyword("OR")) {
      at++;
      left = { op: "or", left, right: and(depth) };
    }
    return left;
  };

  if (tokens.length === 0) throw new Cql2Error("empty filter", 0);
  const tree = or(0);
  if (at < tokens.length) fail("AND, OR or the end of the filter");
  return tree;
}

/** Property values a feature exposes to filters. */
export type FeatureProperties = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Compiles a filter into a predicate; every property must be in `allowed` (a {@link Cql2Error} otherwise).
 * Comparisons are numeric when both sides are numbers and exact string comparisons otherwise; a null property
 * matches nothing.
 *
 * @example
 * const matches = compileCql2("GipodId > 10000000 AND Status IN ('Gevalideerd', 'In uitvoering')", new Set(PROPERTIES.INNAME));
 * matches({ GipodId: 10045378, Status: "Gevalideerd" }); // true
 */
export function compileCql2(text: string, allowed: ReadonlySet<string>): (p: FeatureProperties) => boolean {
  const tree = parseCql2(text);
  const check = (n: Cql2Node): void => {
    if (n.op === "and" || n.op === "or") {
      check(n.left);
      check(n.right);
    } else if (n.op === "not") check(n.expr);
    else if ((n.op === "compare" || n.op === "in") && !allowed.has(n.property)) {
      throw new Cql2Error(
        `unknown property "${n.property}"; this collection has ${[...allowed].join(", ")}`,
        text.indexOf(n.property),
      );
    }
  };
  check(tree);
  const evaluate = (n: Cql2Node, p: FeatureProperties): boolean => {
    switch (n.op) {
      case "and":
        return evaluate(n.left, p) && evaluate(n.right, p);
      case "or":
        return evaluate(n.left, p) || evaluate(n.right, p);
      case "not":
        return !evaluate(n.expr, p);
      case "in": {
        const v = p[n.property];
        if (v === null || v === undefined) return false;
        const hit = n.values.some((x) => compare(v, x) === 0);
        return n.negated ? !hit : hit;
      }
      case "compare": {
        const v = p[n.property];
        if (v === null || v === undefined) return false;
        const c = compare(v, n.value);
        switch (n.comparison) {
          case "=":
            return c === 0;
          case "<>":
            return c !== 0;
          case "<":
            return c < 0;
          case "<=":
            return c <= 0;
          case ">":
            return c > 0;
          case ">=":
            return c >= 0;
        }
      }
    }
  };
  return (p) => evaluate(tree, p);
}

function compare(a: string | number | boolean, b: Cql2Literal): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
