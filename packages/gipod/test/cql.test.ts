import { cql, cqlLiteral, GipodRequestError, OGC_PROPERTIES } from "@digitale-nuts/gipod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const hinder = OGC_PROPERTIES.HINDERGEVOLG_PUNT;

/** Reads one CQL2 string literal back (the inverse of the quoting), or undefined when it is not one. */
function unquote(text: string): string | undefined {
  if (!text.startsWith("'") || !text.endsWith("'") || text.length < 2) return undefined;
  const body = text.slice(1, -1);
  // Inside, a lone quote would end the literal early: every quote must come doubled.
  if (/(^|[^'])'(?!')/.test(body.replace(/''/g, ""))) return undefined;
  return body.replace(/''/g, "'");
}

describe("cql builder", () => {
  it("renders the GIPOD example filter", () => {
    expect(cql.eq("HindranceGipodId", 10812407).render(hinder)).toBe("HindranceGipodId = 10812407");
  });

  it("quotes an injection attempt as one literal", () => {
    const text = cql.eq("HindranceStatus", "x' OR 1=1 --").render(hinder);
    expect(text).toBe("HindranceStatus = 'x'' OR 1=1 --'");
    expect(unquote(text.slice("HindranceStatus = ".length))).toBe("x' OR 1=1 --");
  });

  it("round-trips any string through quoting (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unquote(cqlLiteral(s))).toBe(s);
      }),
    );
  });

  it("combines and/or/inList/comparisons with parentheses", () => {
    const f = cql.and(
      cql.inList("HindranceStatus", ["Gevalideerd", "In opmaak"]),
      cql.or(
        cql.gte("HindranceStart", "2025-01-01T00:00:00Z"),
        cql.lt("HindranceEnd", new Date("2025-02-01T00:00:00Z")),
      ),
      cql.eq("SevereHindrance", true),
    );
    expect(f.render(hinder)).toBe(
      "(HindranceStatus IN ('Gevalideerd', 'In opmaak')) AND ((HindranceStart >= '2025-01-01T00:00:00Z') OR (HindranceEnd < TIMESTAMP('2025-02-01T00:00:00.000Z'))) AND (SevereHindrance = TRUE)",
    );
  });

  it("rejects properties outside the collection's allow-list with a typed error", () => {
    expect(() => cql.eq("GipodId", 1).render(hinder)).toThrow(GipodRequestError);
    expect(() => cql.eq("HindranceStatus = 'x' OR 1", "y").render(hinder)).toThrow(/not allowed/);
    try {
      cql.eq("Nope", 1).render(hinder);
    } catch (e) {
      expect((e as GipodRequestError).code).toBe("GIPOD_CQL_UNKNOWN_PROPERTY");
    }
  });

  it("rejects non-finite numbers and empty lists", () => {
    expect(() => cql.eq("HindranceGipodId", Number.NaN).render(hinder)).toThrow(GipodRequestError);
    expect(() => cql.inList("HindranceGipodId", []).render(hinder)).toThrow(GipodRequestError);
    expect(() => cql.and().render(hinder)).toThrow(GipodRequestError);
  });
});
