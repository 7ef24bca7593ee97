// Validate a third-party vaststelling, as plain JSON and as JSON-LD, with the SDK's own validators.
import { fromJsonLd, OsloValidationError, safeParseVaststelling, toJsonLd } from "@digitale-nuts/oslo";

const payload: unknown = {
  type: "Vaststelling",
  vaststellingId: "vendor-0001",
  context: { locatie: { breedtegraad: 51.2194, lengtegraad: 4.4025 }, locatiebron: "gps" },
  contextVingerafdruk: "0".repeat(64),
  registratiestatus: "draft",
  status: "open",
  toezichter: "insp-07",
  vastgesteldOp: "2026-03-10T09:30:00+01:00",
};

// 1. Plain JSON against the zod schema (the same rules as schemas/Vaststelling.json and the SHACL shape).
const result = safeParseVaststelling(payload);
if (!result.success) {
  for (const issue of result.error.issues) console.log(issue.path, issue.message);
  process.exit(1);
}

// 2. JSON-LD: write it under our context, then read it back through any context that maps to the same IRIs.
const document = toJsonLd(result.data);
const [entity] = await fromJsonLd(document);
console.log(entity?.type, JSON.stringify(document).length, "bytes of JSON-LD");

// 3. A broken payload: every issue is listed with its field path.
const broken = safeParseVaststelling({ ...(payload as object), status: 42, toezichter: "toezichter 7" });
if (!broken.success && broken.error instanceof OsloValidationError) console.log(broken.error.message);
