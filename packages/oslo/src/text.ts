/** Folds case and diacritics and collapses punctuation, so "Concreet  Geplánd" matches "concreet gepland". */
export function normaliseLabel(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, " ")
    .trim();
}
