import { ChecklistImportError, decodeChecklistBytes, importChecklistCsv } from "@digitale-nuts/findings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const CSV = [
  "Inspecteurs;Naam",
  ";;Inspecteur A",
  "plaatsbepaling_locatie (VERPLICHT);postcode",
  ";;2000",
  ";;2018",
  ";GPS code;(formaat: lat, lon)",
  "Veiligheid werfafbakening;Harde afbakeningshekken aanwezig (verplicht vanaf valhoogte >20cm)",
  ";;NOK, geen hekken",
  ";;(actie: aannemer verwittigen)",
  ";Opmerking",
  "OPBRAAK MATERIAAL;Werd correct materiaal gebruikt (verplicht)",
  ';;"OK; conform bestek"',
  ";;NOK, verkeerd materiaal",
  ";Type;beton",
  ";;asfalt",
  ";;beton",
].join("\r\n");

describe("importChecklistCsv (§4.4)", () => {
  it("reads sections, fields, options, notes, types and required flags", () => {
    const schema = importChecklistCsv(CSV, { id: "antwerpen" });
    expect(schema.sections.map((s) => s.id)).toEqual([
      "plaatsbepaling_locatie_verplicht",
      "veiligheid_werfafbakening",
      "opbraak_materiaal",
    ]);
    const [loc, safety, material] = schema.sections;
    expect(loc?.fields).toEqual([
      {
        key: "plaatsbepaling_locatie_verplicht__postcode",
        label: "postcode",
        type: "select",
        required: true,
        options: [
          { value: "2000", label: "2000" },
          { value: "2018", label: "2018" },
        ],
      },
      {
        key: "plaatsbepaling_locatie_verplicht__gps_code",
        label: "GPS code",
        type: "text",
        required: true,
        hint: "(formaat: lat, lon)",
      },
    ]);
    // A conditional "verplicht vanaf …" is not a requirement (the prototype's bug); NOK makes it a multiselect with OK injected.
    expect(safety?.fields[0]).toMatchObject({
      required: false,
      type: "multiselect",
      notes: ["(actie: aannemer verwittigen)"],
    });
    expect(safety?.fields[0]?.options?.map((o) => [o.value, o.result])).toEqual([
      ["OK", "OK"],
      ["NOK, geen hekken", "NOK"],
    ]);
    expect(safety?.fields[1]).toMatchObject({ label: "Opmerking", type: "textarea" });
    expect(material?.fields[0]).toMatchObject({
      label: "Werd correct materiaal gebruikt",
      required: true,
      type: "multiselect",
    });
    expect(material?.fields[0]?.options?.[0]).toEqual({
      value: "OK; conform bestek",
      label: "OK; conform bestek",
      result: "OK",
    });
    expect(material?.fields[1]).toMatchObject({
      key: "opbraak_materiaal__type",
      hint: "beton",
      type: "select",
    });
  });

  it("leaves out the Inspecteurs section (names) by default", () => {
    expect(importChecklistCsv(CSV).sections.some((s) => /inspecteurs/i.test(s.title))).toBe(false);
    expect(importChecklistCsv(CSV, { excludeSections: [] }).sections[0]?.title).toBe("Inspecteurs");
  });

  it("decodes Latin-1 bytes when they are not valid UTF-8, and UTF-8 (with BOM) otherwise", () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("Sleufherstelling;Vlakheid gecontr"),
      0xf4,
      0x6c,
      0x65,
      0x65,
      0x72,
      0x64,
    ]);
    expect(importChecklistCsv(latin1).sections[0]?.fields[0]?.label).toBe("Vlakheid gecontrôleerd");
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Sectie;Ééntje")]);
    expect(decodeChecklistBytes(utf8)).toBe("Sectie;Ééntje");
  });

  it("rejects rows that belong nowhere, naming the line", () => {
    expect(() => importChecklistCsv(";;NOK zonder veld")).toThrow(ChecklistImportError);
    expect(() => importChecklistCsv(";;NOK zonder veld")).toThrow(/line 1/);
    expect(() => importChecklistCsv("\n\n")).toThrow(/no section/);
  });

  it("property: any text either imports or throws ChecklistImportError", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("", "Sectie", "Werf (VERPLICHT)"), fc.string(), fc.string()), {
          maxLength: 30,
        }),
        (rows) => {
          const text = rows.map((r) => r.join(";")).join("\n");
          try {
            const schema = importChecklistCsv(text);
            const keys = schema.sections.flatMap((s) => s.fields.map((f) => f.key));
            expect(new Set(keys).size).toBe(keys.length);
          } catch (error) {
            expect(error).toBeInstanceOf(ChecklistImportError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
