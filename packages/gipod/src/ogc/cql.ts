import { GipodRequestError } from "../errors.js";

/**
 * A literal a CQL2 comparison may hold. Dates become `TIMESTAMP('…')`.
 *
 * @example
 * const values: CqlValue[] = ["Gevalideerd", 10812407, true, new Date("2026-03-01T00:00:00Z")];
 * values.map(cqlLiteral); // ["'Gevalideerd'", "10812407", "TRUE", "TIMESTAMP('2026-03-01T00:00:00.000Z')"]
 */
export type CqlValue = string | number | boolean | Date;

/**
 * A CQL2 expression, rendered only once the collection (and so its allowed properties) is known.
 *
 * @example
 * const filter: CqlExpression = cql.eq("HindranceStatus", "Gevalideerd");
 * filter.render(OGC_PROPERTIES.HINDER); // "HindranceStatus = 'Gevalideerd'"
 */
export interface CqlExpression {
  /** Renders CQL2-text, checking every property against `allowed`. */
  render(allowed: ReadonlySet<string>): string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function property(name: string, allowed: ReadonlySet<string>): string {
  if (!IDENTIFIER.test(name) || !allowed.has(name)) {
    throw new GipodRequestError(
      "GIPOD_CQL_UNKNOWN_PROPERTY",
      `Filter property "${name}" is not allowed for this collection. Allowed: ${[...allowed].sort().join(", ")}.`,
    );
  }
  return name;
}

/**
 * Renders a literal: strings single-quoted with `'` doubled, numbers finite, booleans TRUE/FALSE.
 *
 * @example
 * cqlLiteral("Werf 't Stad"); // "'Werf ''t Stad'"
 * cqlLiteral(new Date("2026-03-01T00:00:00Z")); // "TIMESTAMP('2026-03-01T00:00:00.000Z')"
 */
export function cqlLiteral(value: CqlValue): string {
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new GipodRequestError("GIPOD_CQL_INVALID_VALUE", `CQL2 numbers must be finite, got ${value}.`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `TIMESTAMP('${value.toISOString()}')`;
  throw new GipodRequestError("GIPOD_CQL_INVALID_VALUE", `Unsupported CQL2 value of type ${typeof value}.`);
}

const comparison =
  (op: string) =>
  (name: string, value: CqlValue): CqlExpression => ({
    render: (allowed) => `${property(name, allowed)} ${op} ${cqlLiteral(value)}`,
  });

const junction =
  (op: "AND" | "OR") =>
  (...parts: CqlExpression[]): CqlExpression => ({
    render(allowed) {
      if (parts.length === 0)
        throw new GipodRequestError("GIPOD_CQL_EMPTY", `${op} needs at least one expression.`);
      if (parts.length === 1) return (parts[0] as CqlExpression).render(allowed);
      return parts.map((p) => `(${p.render(allowed)})`).join(` ${op} `);
    },
  });

/**
 * CQL2-text filter builder for GIPOD's OGC collections. Every value is quoted and escaped and every
 * property checked against the collection's allow-list, so no filter injection is possible.
 *
 * @example
 * cql.and(cql.eq("HindranceGipodId", 10812407), cql.inList("HindranceStatus", ["Gevalideerd"]))
 */
export const cql = {
  eq: comparison("="),
  ne: comparison("<>"),
  lt: comparison("<"),
  lte: comparison("<="),
  gt: comparison(">"),
  gte: comparison(">="),
  /** `name LIKE 'pattern'` (`%` and `_` are the CQL2 wildcards). */
  like: (name: string, pattern: string): CqlExpression => ({
    render: (allowed) => `${property(name, allowed)} LIKE ${cqlLiteral(pattern)}`,
  }),
  /** `name IN (…)`; an empty list is an error rather than a filter matching nothing by accident. */
  inList: (name: string, values: readonly CqlValue[]): CqlExpression => ({
    render(allowed) {
      if (values.length === 0)
        throw new GipodRequestError("GIPOD_CQL_EMPTY", `inList("${name}") needs at least one value.`);
      return `${property(name, allowed)} IN (${values.map(cqlLiteral).join(", ")})`;
    },
  }),
  isNull: (name: string): CqlExpression => ({ render: (allowed) => `${property(name, allowed)} IS NULL` }),
  and: junction("AND"),
  or: junction("OR"),
  not: (inner: CqlExpression): CqlExpression => ({ render: (allowed) => `NOT (${inner.render(allowed)})` }),
};
