// Types for the parts of the `xliff` package (locize) that Paragraf uses; the package ships none.

declare module 'xliff/js2xliff' {
  /** Writes an XLIFF 2.0 document; with options and no callback it returns a promise. */
  export default function js2xliff(document: unknown, options: { indent?: string | false }): Promise<string>;
}

declare module 'xliff/xliff2js' {
  /** Reads an XLIFF 2.x document; with options and no callback it returns a promise. */
  export default function xliff2js(xml: string, options: { namespace?: string; inlineAsString?: boolean }): Promise<unknown>;
}
