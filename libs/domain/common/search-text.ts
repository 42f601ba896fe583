/**
 * Normalizes text for searching across scripts: width (NFKC: ｸﾞｴﾝ → グエン), case, Latin
 * diacritics (Nguyễn → nguyen, đ → d) and separators (グエン・ヴァン → グエン ヴァン). Only
 * the combining marks of Latin scripts are dropped: removing every mark would turn the
 * katakana グ into ク. The same function prepares stored text and queries.
 */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/[・･·,，、。.()（）「」[\]/\\\-‐ー_]/g, (ch) => (ch === 'ー' ? ch : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Digits only, so "+81 90-1234-5678" and "09012345678" can meet. */
export function phoneDigits(phone: string | null | undefined): string {
  return (phone ?? '').normalize('NFKC').replace(/\D/g, '');
}

/** Escapes LIKE wildcards in user input. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
