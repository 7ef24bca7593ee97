import { Command, InvalidArgumentError, Option } from "commander";
import type { CommandContext, GlobalOptions } from "./context.js";
import type { OutputStreams } from "./output.js";

/**
 * The version printed by `--version`.
 * @example
 * console.log(`digitale-nuts ${CLI_VERSION}`); // what `digitale-nuts --version` prints
 */
export const CLI_VERSION = "0.0.0";

const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };

const fraction = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError("expected a number from 0 to 1.");
  return n;
};

const list = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

// Commands load their packages on first use, so `--help` and `validate` start fast.
type MakeContext = (globals: GlobalOptions) => Promise<CommandContext>;

/** Builds the commander program; each action gets a {@link CommandContext}. */
export function buildProgram(makeContext: MakeContext, streams: OutputStreams): Command {
  const program = new Command("digitale-nuts");
  program
    .description(
      "Digitale Nuts: sync GIPOD, plan inspections, register findings, compute KPIs, report, and check OSLO conformance.",
    )
    .version(CLI_VERSION)
    .option("--json", "machine-readable JSON on stdout")
    .option("-q, --quiet", "print nothing but errors (and --json output)")
    .option("--debug", "print stack traces of errors")
    .option("--config <path>", "config file (default ./digitale-nuts.config.json when present)")
    .configureOutput({
      writeOut: (s) => streams.stdout.write(s),
      writeErr: (s) => streams.stderr.write(s),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      `${examples(
        "digitale-nuts demo",
        "digitale-nuts sync --source ogc --out works.jsonl",
        "digitale-nuts plan --works works.jsonl --profile antwerpen --date 2026-03-10",
        "digitale-nuts validate vendor-export.jsonld",
      )}
Exit codes: 0 ok, 1 invalid input or data, 2 usage, 3 remote/network failure.
Secrets come from environment variables only: DN_GIPOD_CLIENT_ID, DN_GIPOD_JWK_FILE, DN_GIPOD_CLIENT_SECRET.
`,
    );

  const ctx = (command: Command) => makeContext(command.optsWithGlobals<GlobalOptions>());

  program
    .command("demo")
    .description(
      "the main job end to end on an embedded GIPOD simulator: sync, plan, a day of findings, KPIs and reports",
    )
    .option("--out <dir>", "output folder (default dn-output, or `output` in the config)")
    .option("--seed <n>", "seed of the synthetic city and the simulated day", integer(0), 42)
    .option("--date <YYYY-MM-DD>", "the day to plan (default today in Europe/Brussels)")
    .option("--size <n>", "number of GIPOD occupancies in the synthetic city", integer(100, 50_000), 3000)
    .addHelpText(
      "after",
      examples(
        "digitale-nuts demo",
        "digitale-nuts demo --seed 7 --date 2026-03-10 --out /tmp/dn",
        "npm run demo",
      ),
    )
    .action(async (options, command: Command) =>
      (await import("./commands/demo.js")).runDemo(options, await ctx(command)),
    );

  program
    .command("sync")
    .description(
      "read GIPOD (REST, OGC open data, LDES or an XLSX export) into a JSONL file of OSLO entities",
    )
    .addOption(
      new Option("--source <source>", "where to read")
        .choices(["rest", "ogc", "ldes", "xlsx"])
        .default("rest"),
    )
    .option("--out <file>", "JSONL output", "works.jsonl")
    .option("--checkpoint <file>", "checkpoint file; resumed when present (rest, ldes)")
    .option("--niscode <codes>", "NIS codes (repeat or comma-separate; default from the config)", list)
    .addOption(
      new Option("--environment <name>", "GIPOD environment").choices(["production", "beta", "test"]),
    )
    .option("--base-url <url>", "GIPOD REST origin (e.g. a simulator); overrides --environment")
    .option("--token-url <url>", "OAuth2 token endpoint, with --base-url")
    .option("--ogc-url <url>", "OGC API Features root")
    .option("--ldes-url <url>", "LDES start node")
    .option("--file <xlsx>", "GIPOD web export (Export_*.xlsx), for --source xlsx")
    .option("--permits <xlsx>", "signalisation permit weekly report, for --source xlsx")
    .option("--limit <n>", "read at most n items (ogc, ldes)", integer(1))
    .option("--page-size <n>", "REST page size", integer(1, 500), 500)
    .option("--retries <n>", "retries per read on 429/5xx/network errors", integer(0, 50), 6)
    .addHelpText(
      "after",
      `${examples(
        "DN_GIPOD_CLIENT_ID=my-client DN_GIPOD_JWK_FILE=key.jwk.json digitale-nuts sync --environment beta --niscode 11002",
        "digitale-nuts sync --source rest --base-url http://127.0.0.1:8080 --token-url http://127.0.0.1:8080/op/v1/token --niscode 11002 --checkpoint sync.json",
        "digitale-nuts sync --source ogc --limit 500 --out open-data.jsonl",
        "digitale-nuts sync --source xlsx --file Export_20260301.xlsx --permits Weekrapport.xlsx",
      )}
Credentials (REST only) come from DN_GIPOD_CLIENT_ID + DN_GIPOD_JWK_FILE or DN_GIPOD_CLIENT_SECRET.
`,
    )
    .action(async (options, command: Command) =>
      (await import("./commands/sync.js")).runSync(options, await ctx(command)),
    );

  program
    .command("plan")
    .description("plan a day: which inspector visits which works, with reasons, and proposed routes")
    .requiredOption("--works <file>", "works JSONL (from `digitale-nuts sync`)")
    .option(
      "--profile <name|file>",
      "antwerpen, mechelen or a profile .json (default from the config, else antwerpen)",
    )
    .option("--date <YYYY-MM-DD>", "the day (default today in Europe/Brussels)")
    .addOption(
      new Option("--format <format>", "output format").choices(["json", "csv", "pdf"]).default("json"),
    )
    .option(
      "--out <path>",
      "output file (pdf: a folder, one day list per inspector); default stdout for json/csv",
    )
    .option("--inspector <id>", "pdf: only this inspector's day list")
    .addHelpText(
      "after",
      examples(
        "digitale-nuts plan --works works.jsonl --profile antwerpen --date 2026-03-10",
        "digitale-nuts plan --works works.jsonl --profile my-city.json --format csv --out plan.csv",
        "digitale-nuts plan --works works.jsonl --format pdf --out day-lists/",
      ),
    )
    .action(async (options, command: Command) =>
      (await import("./commands/plan.js")).runPlan(options, await ctx(command)),
    );

  const findings = program.command("findings").description("check and export findings (vaststellingen)");
  findings
    .command("validate")
    .description(
      "validate a finding record or a Vaststelling (JSON, or JSONL of several) against the OSLO model and the checklist gates",
    )
    .argument("<file>", "JSON or JSONL file")
    .addHelpText(
      "after",
      examples(
        "digitale-nuts findings validate finding.json",
        "digitale-nuts --json findings validate findings.jsonl",
      ),
    )
    .action(async (file: string, _options, command: Command) =>
      (await import("./commands/findings.js")).runFindingsValidate(file, await ctx(command)),
    );
  findings
    .command("export")
    .description("export findings as the flat inspection dataset (CSV with ; or JSON)")
    .argument("<source>", "findings JSONL, or a PGlite store folder")
    .option("--since <iso>", "delta export: findings changed at or after this time")
    .addOption(new Option("--format <format>", "output format").choices(["csv", "json"]).default("csv"))
    .addOption(
      new Option("--audience <audience>", "partner (no free text) or internal")
        .choices(["partner", "internal"])
        .default("partner"),
    )
    .option("--out <file>", "output file (default stdout)")
    .addHelpText(
      "after",
      examples(
        "digitale-nuts findings export findings.jsonl --out export.csv",
        "digitale-nuts findings export ./dn-findings --since 2026-03-09T00:00:00Z --format json",
      ),
    )
    .action(async (source: string, options, command: Command) =>
      (await import("./commands/findings.js")).runFindingsExport(source, options, await ctx(command)),
    );

  program
    .command("kpi")
    .description("compute the KPI catalogue over works and findings")
    .option("--works <file>", "works JSONL")
    .option("--findings <file>", "findings JSONL (records or Vaststellingen)")
    .option("--group-by <dims>", "dimensions, e.g. district or district,week", list)
    .option("--kpi <ids>", "only these KPI ids (comma-separated)", list)
    .option("--from <YYYY-MM-DD>", "period start (default: 27 days before --to)")
    .option("--to <YYYY-MM-DD>", "period end (default: the latest finding's day, else today)")
    .option("--out <file>", "write the results (.json, or .csv as a kpi_snapshot)")
    .addHelpText(
      "after",
      examples(
        "digitale-nuts kpi --works works.jsonl --findings findings.jsonl",
        "digitale-nuts kpi --findings findings.jsonl --group-by district --out kpi.csv",
      ),
    )
    .action(async (options, command: Command) =>
      (await import("./commands/kpi.js")).runKpi(options, await ctx(command)),
    );

  program
    .command("report")
    .description("write the dashboard (HTML), datasets (CSV with ;, JSON) and PDFs into a folder")
    .requiredOption("--findings <file>", "findings JSONL (records)")
    .option("--works <file>", "works JSONL (for the day plan and work KPIs)")
    .option("--out <dir>", "output folder (default dn-output, or `output` in the config)")
    .option("--profile <name|file>", "city profile (default from the config, else antwerpen)")
    .option("--date <YYYY-MM-DD>", "the report day (default: the latest finding's day)")
    .option("--organisation <name>", "the issuing organisation on PDFs", undefined)
    .addHelpText(
      "after",
      examples(
        "digitale-nuts report --works works.jsonl --findings findings.jsonl --out reports/",
        "digitale-nuts report --findings findings.jsonl --date 2026-03-10 --organisation 'Stad Antwerpen'",
      ),
    )
    .action(async (options, command: Command) =>
      (await import("./commands/report.js")).runReport(options, await ctx(command)),
    );

  program
    .command("validate")
    .description("conformance check: validate a JSON / JSON-LD / JSONL file against the OSLO schemas")
    .argument("<file>", "an object, an array, JSONL, or JSON-LD with @context/@graph")
    .addHelpText(
      "after",
      `${examples("digitale-nuts validate inname.json", "digitale-nuts validate export.jsonld", "digitale-nuts --json validate findings.jsonl")}
Every issue is printed with its path; the exit code is 1 when anything is invalid.
`,
    )
    .action(async (file: string, _options, command: Command) =>
      (await import("./commands/validate.js")).runValidate(file, await ctx(command)),
    );

  program
    .command("mock")
    .description("start the GIPOD simulator (REST, token endpoint, OGC, LDES) with a synthetic city")
    .option("--port <n>", "port (0 = a free one)", integer(0, 65_535), 0)
    .option("--host <host>", "interface", "127.0.0.1")
    .option("--seed <n>", "data seed", integer(0), 1)
    .option("--size <n>", "number of occupancies", integer(1, 200_000), 500)
    .option("--niscode <codes>", "municipalities (11002, 44021, 24062, 12025, 71022)", list)
    .option("--faults <p>", "probability of an injected fault per request (0–1)", fraction, 0)
    .option("--latency <ms>", "added latency per request", integer(0, 60_000), 0)
    .option("--jwk-out <file>", "where to write the demo client's private JWK (mode 600)")
    .addHelpText(
      "after",
      examples(
        "digitale-nuts mock --port 8080 --seed 42 --size 2000",
        "digitale-nuts mock --faults 0.3 --niscode 11002,12025",
      ),
    )
    .action(async (options, command: Command) =>
      (await import("./commands/mock.js")).runMock(options, await ctx(command)),
    );

  return program;
}
