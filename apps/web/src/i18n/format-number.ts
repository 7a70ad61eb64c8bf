/**
 * A number as the language writes it ("4,5" in es and pt-BR, "4.5" in en), with exactly
 * `digits` decimals: scores and rates read in the page's own language.
 */
export function formatNumber(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
