import { wktToGeometrie } from "@digitale-nuts/oslo";
import { describe, expect, it } from "vitest";
import { point } from "../src/point.js";

describe("point", () => {
  it("prints a Lambert 72 point projected to WGS84 as lat, lon", () => {
    const meir = wktToGeometrie("<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POINT (152500 212100)");
    expect(point(meir)).toBe("51.21884, 4.40454 (WGS84)");
  });

  it("takes the first vertex of a polygon and says when there is no geometry", () => {
    const zone = wktToGeometrie(
      "<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON ((152500 212100, 152510 212100, 152510 212110, 152500 212100))",
    );
    expect(point(zone)).toBe(point(wktToGeometrie("POINT (152500 212100)")));
    expect(point(undefined)).toBe("(no geometry)");
  });
});
