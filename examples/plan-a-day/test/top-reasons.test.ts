import { describe, expect, it } from "vitest";
import { round, topReasons } from "../src/top-reasons.js";

describe("topReasons", () => {
  it("orders by the size of the contribution, negative ones included, ties by factor name", () => {
    const explanation = [
      { factor: "load", value: 1.5, weight: -18, contribution: -27 },
      { factor: "role", value: "primary", weight: 180, contribution: 180 },
      { factor: "mandatoryVisit", value: true, weight: 14, contribution: 14 },
      { factor: "distanceKm", value: 4.7108, weight: -3, contribution: -14.1326 },
      { factor: "areaImpact", value: 0.2, weight: 70, contribution: 14 },
    ];
    expect(topReasons(explanation)).toEqual([
      "role=primary (+180)",
      "load=1.5 (-27)",
      "distanceKm=4.7 (-14.1)",
    ]);
    expect(topReasons(explanation, 5).slice(3)).toEqual([
      "areaImpact=0.2 (+14)",
      "mandatoryVisit=true (+14)",
    ]);
    expect(topReasons([])).toEqual([]);
  });

  it("rounds numbers only", () => {
    expect([round(530.94), round("I1"), round(false)]).toEqual([530.9, "I1", false]);
  });
});
