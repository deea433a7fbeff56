/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9, and the Arabic decimal and thousands
 * marks (٫ ٬) as "," and ".": an amount, a quantity or a number typed on an Arabic keyboard
 * reads as the same figures.
 */
export function latinDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
      const code = d.charCodeAt(0);
      return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
    })
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, '.');
}
