import { z } from "zod";

/**
 * How a checklist field is answered. `media` fields hold photo evidence, `auto` fields are filled by the system.
 *
 * @example
 * const choiceTypes = CHECKLIST_FIELD_TYPES.filter((t) => t === "select" || t === "multiselect");
 */
export const CHECKLIST_FIELD_TYPES = [
  "text",
  "textarea",
  "select",
  "multiselect",
  "date",
  "number",
  "boolean",
  "media",
  "auto",
] as const;

const Option = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  /** OK/NOK/INFO for check options (DN: options starting with "OK"/"NOK"). */
  result: z.enum(["OK", "NOK", "INFO"]).optional(),
});

const Field = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  type: z.enum(CHECKLIST_FIELD_TYPES),
  required: z.boolean().default(false),
  options: z.array(Option).optional(),
  hint: z.string().optional(),
  notes: z.array(z.string()).optional(),
});

const Section = z.object({ id: z.string().min(1), title: z.string().min(1), fields: z.array(Field) });

/**
 * A checklist as data: sections → fields → type, options, required, notes. One per city (or per visit type).
 *
 * @example
 * const schema: ChecklistSchema = ChecklistSchema.parse(JSON.parse(readFileSync("checklist.json", "utf8")));
 */
export const ChecklistSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
  sections: z.array(Section),
});
/** A parsed {@link ChecklistSchema}. */
export type ChecklistSchema = z.infer<typeof ChecklistSchema>;
/**
 * One section of a checklist.
 *
 * @example
 * const section: ChecklistSection = { id: "herstel", title: "Herstel", fields: [] };
 */
export type ChecklistSection = z.infer<typeof Section>;
/**
 * One field of a checklist.
 *
 * @example
 * const field: ChecklistField = {
 *   key: "fase", label: "Fase", type: "select", required: true,
 *   options: [{ value: "uitvoering", label: "Uitvoering" }],
 * };
 */
export type ChecklistField = z.infer<typeof Field>;
/**
 * One option of a select/multiselect field.
 *
 * @example
 * const option: ChecklistOption = { value: "NOK - verzakking", label: "NOK - verzakking", result: "NOK" };
 */
export type ChecklistOption = z.infer<typeof Option>;

/**
 * The field with `key` and its section, if the schema has it.
 *
 * @example
 * const fases = findChecklistField(DN_V2_CORE_CHECKLIST, "fase")?.field.options?.map((o) => o.value);
 */
export function findChecklistField(
  schema: ChecklistSchema,
  key: string,
): { section: ChecklistSection; field: ChecklistField } | undefined {
  for (const section of schema.sections) {
    const field = section.fields.find((f) => f.key === key);
    if (field) return { section, field };
  }
  return undefined;
}

/**
 * Concatenates checklists (e.g. the DN v2 core fields followed by a city's imported checklist).
 *
 * @example
 * const core = createDnV2CoreChecklist({ districts: ANTWERPEN_DISTRICTS });
 * const schema = mergeChecklists("antwerpen", "2026.1", "Antwerpen", core, importChecklistCsv(csv));
 */
export function mergeChecklists(
  id: string,
  version: string,
  title: string,
  ...schemas: ChecklistSchema[]
): ChecklistSchema {
  return { id, version, title, sections: schemas.flatMap((s) => s.sections) };
}
