/*
 * One-typo matching for the catalogue search: a Chinese term with one character substituted or
 * missing, and a pinyin term within one edit (insertion, deletion, substitution or swap of two
 * neighbouring letters) of some part of a name's pinyin.
 */

/**
 * True when `a` and `b` are at most one edit apart (optimal string alignment distance ≤ 1:
 * one insertion, deletion, substitution, or swap of adjacent characters).
 * @internal
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Length of the window at `at` in `text` that holds `term` with one character the term lacks
 * (`m + 1`: the user skipped it; looked for first, so `营执照` highlights all of 营业执照) or with
 * one character substituted (`m`, not the first: the caller looks for that case apart); 0 when
 * neither, or when `term` itself is there. Offsets are UTF-16 code units.
 * @internal
 */
export function typoWindow(text: string, at: number, term: string): number {
  const m = term.length;
  let k = 0;
  while (k < m && text.charCodeAt(at + k) === term.charCodeAt(k)) k++;
  if (k === m || k === 0) return 0;
  let rest = at + m + 1 <= text.length;
  for (let i = k; i < m && rest; i++) rest = text.charCodeAt(at + i + 1) === term.charCodeAt(i);
  if (rest) return m + 1;
  if (at + m > text.length) return 0;
  for (let i = k + 1; i < m; i++) if (text.charCodeAt(at + i) !== term.charCodeAt(i)) return 0;
  return m;
}
