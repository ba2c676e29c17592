// Makes heading anchors from words: ASCII, lowercase, hyphenated, the form {#id} and <Anchor id> accept.

/** An anchor from heading text, without a leading section number: `3. Dina rättigheter` → `dina-rattigheter`. */
export function slugifyAnchor(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|(?:[ivxlc]+|[a-z])[.)])\s+/u, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}
