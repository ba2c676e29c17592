// The id of each <file> in an exported XLIFF document: which notice text (or the interface strings) it
// holds, in which source language, and the hash of the source text it was made from, so an import can
// record `translatedFrom` and notice when the source changed since. Translation tools keep file ids.

export type FileIdentity =
  | { kind: 'notice'; notice: string; date: string; sourceLocale: string; hash: string }
  | { kind: 'interface'; sourceLocale: string };

const NOTICE_ID = /^notice\.([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d{4}-\d{2}-\d{2})\.([a-z]{2,3}(?:-[A-Z]{2})?)\.([0-9a-f]{64})$/;
const INTERFACE_ID = /^interface\.([a-z]{2,3}(?:-[A-Z]{2})?)$/;

/** E.g. `notice.cookie-notice.2024-09-01.en.<sha256>`: letters, digits, dots and hyphens, as XLIFF ids allow. */
export function getFileId(identity: FileIdentity): string {
  if (identity.kind === 'interface') return `interface.${identity.sourceLocale}`;
  return `notice.${identity.notice}.${identity.date}.${identity.sourceLocale}.${identity.hash}`;
}

export function readFileId(id: string): FileIdentity | undefined {
  const notice = NOTICE_ID.exec(id);
  if (notice) return { kind: 'notice', notice: notice[1], date: notice[2], sourceLocale: notice[3], hash: notice[4] };
  const strings = INTERFACE_ID.exec(id);
  if (strings) return { kind: 'interface', sourceLocale: strings[1] };
  return undefined;
}

/** How messages name a file of the document, e.g. `cookie-notice 2024-09-01` or `the interface strings`. */
export function describeFileId(identity: FileIdentity | undefined, id: string): string {
  if (!identity) return `<file id="${id}">`;
  return identity.kind === 'interface' ? 'the interface strings' : `${identity.notice} ${identity.date}`;
}
