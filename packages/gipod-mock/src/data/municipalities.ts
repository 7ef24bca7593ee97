import { wgs84ToLambert72 } from "@digitale-nuts/oslo";

/**
 * A postcode area: where synthetic works are placed (a disc around a real centre).
 *
 * @example
 * const areas: readonly PostcodeArea[] = MUNICIPALITIES["11002"]?.areas ?? [];
 * areas.find((a) => a.postcode === "2060")?.streets; // ["Handelstraat", "Kerkstraat", …]
 */
export interface PostcodeArea {
  readonly postcode: string;
  /** Antwerp district or the deelgemeente's name elsewhere. */
  readonly district: string;
  /** Approximate centre, WGS84 `[lon, lat]`. */
  readonly centre: readonly [number, number];
  /** Radius of the disc in metres; small enough to stay inside the municipality. */
  readonly radiusM: number;
  readonly streets: readonly string[];
}

/**
 * A supported municipality: real NIS code, name, postcodes and street names.
 *
 * @example
 * const gent: Municipality | undefined = MUNICIPALITIES["44021"];
 * gent?.areas.map((a) => a.postcode); // ["9000", "9030", …]
 */
export interface Municipality {
  readonly niscode: string;
  readonly name: string;
  /** The owner-like organisation name for works and events of the city itself. */
  readonly authority: string;
  /** The water company active there (drives the owner mix). */
  readonly waterCompany: string;
  readonly areas: readonly PostcodeArea[];
}

const area = (
  postcode: string,
  district: string,
  lon: number,
  lat: number,
  radiusM: number,
  streets: string[],
): PostcodeArea => ({ postcode, district, centre: [lon, lat], radiusM, streets });

/**
 * The municipalities the generator knows, by NIS code.
 *
 * @example
 * MUNICIPALITIES["12025"]?.name; // "Mechelen"
 */
export const MUNICIPALITIES: Readonly<Record<string, Municipality>> = {
  "11002": {
    niscode: "11002",
    name: "Antwerpen",
    authority: "Stad Antwerpen",
    waterCompany: "Water-link",
    areas: [
      area("2000", "Antwerpen", 4.4025, 51.2194, 800, [
        "Meir",
        "Lange Nieuwstraat",
        "Kammenstraat",
        "Nationalestraat",
        "Hoogstraat",
        "Sint-Katelijnevest",
      ]),
      area("2018", "Antwerpen", 4.4115, 51.2065, 700, [
        "Lange Kievitstraat",
        "Belgiëlei",
        "Mercatorstraat",
        "Lange Leemstraat",
        "Van Eycklei",
      ]),
      area("2020", "Antwerpen", 4.3935, 51.1895, 700, [
        "Abdijstraat",
        "Sint-Bernardsesteenweg",
        "Boomsesteenweg",
        "De Bosschaertstraat",
      ]),
      area("2030", "Antwerpen", 4.418, 51.255, 1200, [
        "Noorderlaan",
        "Luchtbal",
        "Columbiastraat",
        "Oosterweelsteenweg",
      ]),
      area("2040", "Berendrecht-Zandvliet-Lillo", 4.322, 51.331, 1500, [
        "Monnikenhofstraat",
        "Dorpsstraat",
        "Zandvlietse Dorpstraat",
      ]),
      area("2050", "Antwerpen", 4.377, 51.223, 700, [
        "Blancefloerlaan",
        "Frederik van Eedenplein",
        "Gloriantlaan",
        "Halewijnlaan",
      ]),
      area("2060", "Antwerpen", 4.4265, 51.2305, 600, [
        "Handelstraat",
        "Kerkstraat",
        "Dambruggestraat",
        "Offerandestraat",
        "Van Kerckhovenstraat",
      ]),
      area("2100", "Deurne", 4.47, 51.2135, 1000, [
        "Herentalsebaan",
        "Bisschoppenhoflaan",
        "Lakborslei",
        "Cruyslei",
        "Ter Heydelaan",
      ]),
      area("2140", "Borgerhout", 4.44, 51.2115, 600, [
        "Turnhoutsebaan",
        "Kroonstraat",
        "Kerkstraat",
        "Collegelaan",
        "Reuzenpijp",
      ]),
      area("2170", "Merksem", 4.446, 51.247, 900, [
        "Bredabaan",
        "Ter Borcht",
        "Maantjessteenweg",
        "Lambrechtshoekenlaan",
      ]),
      area("2180", "Ekeren", 4.42, 51.279, 1000, [
        "Kapelsestraat",
        "Veltwijcklaan",
        "Markt",
        "Kloosterstraat",
      ]),
      area("2600", "Berchem", 4.43, 51.196, 800, [
        "Statiestraat",
        "Grotesteenweg",
        "Driekoningenstraat",
        "Diksmuidelaan",
      ]),
      area("2610", "Wilrijk", 4.395, 51.169, 900, [
        "Boomsesteenweg",
        "Kioskplaats",
        "Heistraat",
        "Jules Moretuslei",
      ]),
      area("2660", "Hoboken", 4.351, 51.176, 800, [
        "Kioskplaats",
        "Sint-Bernardsesteenweg",
        "Kapelstraat",
        "Hendriklei",
      ]),
    ],
  },
  "44021": {
    niscode: "44021",
    name: "Gent",
    authority: "Stad Gent",
    waterCompany: "Farys",
    areas: [
      area("9000", "Gent", 3.722, 51.054, 1200, [
        "Veldstraat",
        "Korenmarkt",
        "Overpoortstraat",
        "Sint-Pietersnieuwstraat",
        "Coupure Links",
      ]),
      area("9030", "Mariakerke", 3.678, 51.074, 700, ["Brugsesteenweg", "Groenestaakstraat", "Kollegiebaan"]),
      area("9031", "Drongen", 3.658, 51.048, 800, ["Drongenplein", "Deinsesteenweg", "Baarleveldestraat"]),
      area("9032", "Wondelgem", 3.72, 51.09, 600, ["Botestraat", "Wondelgemkaai", "Oude Bosstraat"]),
      area("9040", "Sint-Amandsberg", 3.752, 51.062, 700, [
        "Antwerpsesteenweg",
        "Dendermondsesteenweg",
        "Visserij",
      ]),
      area("9050", "Gentbrugge", 3.76, 51.04, 700, ["Brusselsesteenweg", "Gentbruggeplein", "Kerkstraat"]),
      area("9052", "Zwijnaarde", 3.71, 51.005, 700, ["Grotesteenweg-Noord", "Rijvisschestraat", "Dorp"]),
    ],
  },
  "24062": {
    niscode: "24062",
    name: "Leuven",
    authority: "Stad Leuven",
    waterCompany: "De Watergroep",
    areas: [
      area("3000", "Leuven", 4.7005, 50.8795, 800, [
        "Bondgenotenlaan",
        "Diestsestraat",
        "Naamsestraat",
        "Tiensestraat",
        "Brusselsestraat",
      ]),
      area("3001", "Heverlee", 4.69, 50.862, 800, [
        "Naamsesteenweg",
        "Celestijnenlaan",
        "Kardinaal Mercierlaan",
      ]),
      area("3010", "Kessel-Lo", 4.73, 50.889, 800, ["Diestsesteenweg", "Martelarenlaan", "Kesselsesteenweg"]),
      area("3012", "Wilsele", 4.7, 50.9, 700, ["Aarschotsesteenweg", "Wilselsesteenweg"]),
      area("3018", "Wijgmaal", 4.701, 50.928, 500, ["Wijgmaalsesteenweg", "Remylaan"]),
    ],
  },
  "12025": {
    niscode: "12025",
    name: "Mechelen",
    authority: "Stad Mechelen",
    waterCompany: "Water-link",
    areas: [
      area("2800", "Mechelen", 4.479, 51.027, 1200, [
        "Bruul",
        "Ijzerenleen",
        "Onze-Lieve-Vrouwestraat",
        "Befferstraat",
        "Hanswijkstraat",
      ]),
      area("2801", "Heffen", 4.424, 51.048, 500, ["Heffen-Dorp", "Kerkhofweg"]),
      area("2811", "Hombeek", 4.415, 51.015, 600, ["Hombeeksesteenweg", "Kerkhofstraat", "Leest-Dorp"]),
    ],
  },
  "71022": {
    niscode: "71022",
    name: "Hasselt",
    authority: "Stad Hasselt",
    waterCompany: "De Watergroep",
    areas: [
      area("3500", "Hasselt", 5.337, 50.9305, 1200, [
        "Grote Markt",
        "Demerstraat",
        "Koning Albertstraat",
        "Kuringersteenweg",
        "Kempische Steenweg",
      ]),
      area("3510", "Kermt", 5.258, 50.952, 700, ["Diestersteenweg", "Kermtstraat"]),
      area("3511", "Kuringen", 5.302, 50.945, 700, ["Kuringersteenweg", "Stokrooieweg"]),
      area("3512", "Stevoort", 5.25, 50.918, 500, ["Stevoort-Dorp", "Hoogstraat"]),
    ],
  },
};

/**
 * The NIS codes the generator supports.
 *
 * @example
 * SUPPORTED_NISCODES.includes("24062"); // true (Leuven)
 */
export const SUPPORTED_NISCODES: readonly string[] = Object.keys(MUNICIPALITIES);

/**
 * Lambert 72 bounding box `[minX, minY, maxX, maxY]` that holds every generated point of a municipality.
 *
 * @example
 * const bbox = municipalityBbox("11002"); // Lambert 72 [minX, minY, maxX, maxY]
 * const query = new URLSearchParams({ bbox: bbox.join(","), "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/31370" });
 * const page = await fetch(`${mock.ogcUrl}/collections/INNAME/items?${query}`).then((r) => r.json());
 */
export function municipalityBbox(niscode: string): [number, number, number, number] {
  const m = MUNICIPALITIES[niscode];
  if (!m) throw new RangeError(`gipod-mock knows no municipality with NIS code "${niscode}"`);
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of m.areas) {
    const [x, y] = areaCentreLambert(a);
    const r = a.radiusM + 60; // the largest zone reaches ~60 m beyond its anchor point
    box = [
      Math.min(box[0], x - r),
      Math.min(box[1], y - r),
      Math.max(box[2], x + r),
      Math.max(box[3], y + r),
    ];
  }
  return box;
}

const centres = new WeakMap<PostcodeArea, [number, number]>();

/** The area's centre in Lambert 72 (cached). */
export function areaCentreLambert(a: PostcodeArea): [number, number] {
  let c = centres.get(a);
  if (!c) {
    c = wgs84ToLambert72(a.centre);
    centres.set(a, c);
  }
  return c;
}
