// Text helpers shared by the engine: cards are typed by hand, so comparisons ignore case,
// spacing, line breaks, dash variants and trailing punctuation.

/** Folds a cell's text for comparison: lower case, one space, plain hyphen, no trailing ":" or "*". */
export function normalizeText(text: string): string {
  // NFC only where combining marks occur (an "å" typed as "a" + ring): it is the costly step.
  return (/[\u0300-\u036f]/.test(text) ? text.normalize("NFC") : text)
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:;.,*]+$/u, "")
    .toLowerCase();
}

/** Whether two texts say the same, ignoring the differences normalizeText folds away. */
export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Collapses runs of white space (including line breaks inside a cell) to one space and trims. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
