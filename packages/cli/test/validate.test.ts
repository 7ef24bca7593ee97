import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mapOccupancy } from "@digitale-nuts/gipod";
import { generateCity } from "@digitale-nuts/gipod-mock";
import { type Inname, toJsonLd, toJsonLdGraph } from "@digitale-nuts/oslo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, runCli } from "./support/cli.js";

let dir: string;
let innames: Inname[];
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dn-cli-validate-"));
  const city = generateCity({ seed: 5, size: 4, niscodes: ["11002"], now: "2026-03-01T09:00:00Z" });
  innames = city.occupancies.map((o) => mapOccupancy(o, { baseUrl: "https://gipod.example.invalid" }));
  const [a, b] = innames as [Inname, Inname];
  const broken = { ...a, gipodId: "not-a-number", periode: { ...a.periode, begin: "gisteren" } };
  const graph = toJsonLdGraph(innames) as { "@graph": Record<string, unknown>[] };
  const badGraph = {
    ...graph,
    "@graph": graph["@graph"].map((n, i) => (i === 1 ? { ...n, gipodId: "x" } : n)),
  };
  await Promise.all([
    writeFile(file("one.json"), JSON.stringify(a)),
    writeFile(file("many.json"), JSON.stringify(innames)),
    writeFile(file("many.jsonl"), innames.map((i) => JSON.stringify(i)).join("\n")),
    writeFile(file("one.jsonld"), JSON.stringify(toJsonLd(b))),
    writeFile(file("graph.jsonld"), JSON.stringify(graph)),
    writeFile(file("broken.json"), JSON.stringify([a, broken])),
    writeFile(file("broken-graph.jsonld"), JSON.stringify(badGraph)),
    writeFile(file("syntax.json"), '{"type": "Grondwerk",'),
    writeFile(file("empty.json"), "[]"),
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("digitale-nuts validate (vendor conformance check)", () => {
  it.each([
    ["one object", "one.json", 1],
    ["an array", "many.json", 4],
    ["JSON Lines", "many.jsonl", 4],
    ["one JSON-LD node", "one.jsonld", 1],
    ["a JSON-LD @graph", "graph.jsonld", 4],
  ])("accepts %s (exit 0)", async (_, name, count) => {
    const run = await runCli(["--json", "validate", file(name)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ valid: true, entities: count, invalid: 0 });
    expect(
      result.results.every(
        (r: { type: string }) => r.type === "Grondwerk" || r.type === "Werk" || r.type === "Evenement",
      ),
    ).toBe(true);
  });

  it("prints every issue with its path and exits 1 for invalid JSON", async () => {
    const run = await runCli(["validate", file("broken.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[1]");
    expect(run.stdout).toMatch(/gipodId: .*received/);
    expect(run.stdout).toMatch(/periode\.begin: /);
    expect(run.stdout).not.toMatch(/\[0\].*:/);
    expect(run.stderr).toMatch(/^error: .*1 of 2 invalid\n hint: /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("names the failing @graph node of a JSON-LD document and exits 1", async () => {
    const run = await runCli(["--json", "validate", file("broken-graph.jsonld")]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.valid).toBe(false);
    expect(result.invalid).toBe(1);
    const bad = result.results.find((r: { valid: boolean }) => !r.valid);
    expect(bad.where).toBe("@graph[1]");
    expect(bad.issues.map((i: { path: string }) => i.path)).toContain("gipodId");
  });

  it("reports a file that is not JSON in one line with a hint, exit 1, no stack", async () => {
    const run = await runCli(["validate", file("syntax.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: file .*syntax\.json is not valid JSON/);
    expect(lines[1]).toMatch(/^ hint: /);
  });

  it("reports a missing file (exit 1) and an empty one (exit 1)", async () => {
    const [missing, empty] = await Promise.all([
      runCli(["validate", file("nope.json")]),
      runCli(["validate", file("empty.json")]),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: file .*nope\.json does not exist\n hint: /);
    expect(hasStackTrace(missing.stderr)).toBe(false);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no entity to validate/);
  });

  it("prints the stack trace only with --debug", async () => {
    const run = await runCli(["--debug", "validate", file("nope.json")]);
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stderr)).toBe(true);
  });
});

describe("usage errors exit 2 with a hint", () => {
  it.each([
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["an unknown option", ["validate", "--colour", "x.json"], /unknown option '--colour'/],
    ["a missing argument", ["validate"], /missing required argument 'file'/],
    ["a missing required option", ["plan"], /required option '--works <file>' not specified/],
    ["an invalid choice", ["sync", "--source", "ftp"], /argument 'ftp' is invalid/],
    ["a malformed number", ["demo", "--seed", "abc"], /whole number/],
    [
      "a malformed date",
      ["plan", "--works", "x.jsonl", "--date", "2026-02-30"],
      /--date "2026-02-30" is not a date/,
    ],
  ])("%s", async (_, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/\n hint: /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("--help lists every command with examples (exit 0)", async () => {
    const [main, sync] = await Promise.all([runCli(["--help"]), runCli(["sync", "--help"])]);
    expect(main.code).toBe(0);
    for (const command of ["demo", "sync", "plan", "findings", "kpi", "report", "validate", "mock"]) {
      expect(main.stdout).toContain(command);
    }
    expect(main.stdout).toContain("Examples:");
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/Examples:[\s\S]*--source xlsx/);
    expect(sync.stdout).toContain("DN_GIPOD_CLIENT_ID");
  });
});
