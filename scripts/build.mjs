// Builds every package in dependency order (npm workspaces would run them alphabetically).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const dirs = readdirSync("packages").filter((d) => existsSync(`packages/${d}/package.json`));
const pkgs = new Map(
  dirs.map((d) => {
    const pj = JSON.parse(readFileSync(`packages/${d}/package.json`, "utf8"));
    const deps = Object.keys({ ...pj.dependencies, ...pj.devDependencies }).filter((n) =>
      n.startsWith("@digitale-nuts/"),
    );
    return [pj.name, { dir: d, deps }];
  }),
);
const done = new Set();
const order = [];
const visit = (name, trail = []) => {
  if (done.has(name) || !pkgs.has(name)) return;
  if (trail.includes(name)) throw new Error(`dependency cycle: ${[...trail, name].join(" → ")}`);
  for (const dep of pkgs.get(name).deps) visit(dep, [...trail, name]);
  done.add(name);
  order.push(name);
};
for (const name of [...pkgs.keys()].sort()) visit(name);
for (const name of order) {
  console.log(`\n▶ build ${name}`);
  try {
    execFileSync("npm", ["run", "build", "--silent"], {
      cwd: `packages/${pkgs.get(name).dir}`,
      stdio: "inherit",
    });
  } catch {
    console.error(`✗ build of ${name} failed (see above)`);
    process.exit(1);
  }
}
