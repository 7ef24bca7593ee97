import { compareInstants, timeKey } from "@digitale-nuts/gipod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("timeKey", () => {
  it("orders GIPOD's 7-digit fractions exactly, whatever the written precision", () => {
    expect(compareInstants("2022-06-03T07:58:29.2Z", "2022-06-03T07:58:29.2000000Z")).toBe(0);
    expect(compareInstants("2022-06-03T07:58:29.2046528Z", "2022-06-03T07:58:29.2046529Z")).toBe(-1);
    expect(compareInstants("2022-06-03T09:58:29+02:00", "2022-06-03T07:58:29Z")).toBe(0);
    expect(timeKey("not a date")).toBeUndefined();
  });

  it("agrees with Date order on millisecond instants (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2200-01-01") }),
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2200-01-01") }),
        (a, b) => {
          expect(compareInstants(a.toISOString(), b.toISOString())).toBe(
            Math.sign(a.getTime() - b.getTime()),
          );
        },
      ),
    );
  });
});
