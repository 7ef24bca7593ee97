// A vendor's payloads, checked against the Digitale Nuts OSLO application profile: two plain JSON records
// (one good, one bad) and two JSON-LD documents (one in expanded form, one bad). Every issue is printed
// with its path, so the vendor knows exactly which field to fix. No network: contexts resolve offline.
import { readdirSync, readFileSync } from "node:fs";
import { checkPayload } from "./check-payload.js";

const fixtures = new URL("../fixtures/", import.meta.url);
let surprises = 0;
for (const name of readdirSync(fixtures).sort()) {
  const format = name.endsWith(".jsonld") ? "jsonld" : "json";
  const check = await checkPayload(readFileSync(new URL(name, fixtures), "utf8"), format);
  if (check.conforms) {
    const what = check.entities.map((e) => e.type).join(", ");
    console.log(`✓ ${name}: conforms (${what})`);
  } else {
    console.log(`✗ ${name}: ${check.issues.length} issue(s)`);
    for (const issue of check.issues) {
      console.log(`    ${issue.path}: ${issue.message} (received ${issue.received})`);
    }
  }
  // The fixtures say what they should do; anything else means the profile changed under the vendor's feet.
  if (check.conforms === name.includes("bad")) surprises++;
}
if (surprises > 0) {
  console.error(`${surprises} fixture(s) did not give the expected outcome`);
  process.exitCode = 1;
}
