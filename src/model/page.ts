/**
 * A page as a few pieces of text, some already UTF-8 bytes (an incident's body, rendered on another
 * thread): written and compared as they are, so the bytes are never decoded only to be encoded again.
 */
export type PagePieces = readonly (string | Uint8Array)[];

/**
 * What a renderer hands over for one output file: its whole text, its pieces (`PagePieces`), or, for a
 * page of many megabytes, a function that writes it in parts (`emit` is called once per part, in
 * order). The output folder then writes (or compares) each part as it comes, and the page never exists
 * in memory whole.
 */
export type PageContent = string | PagePieces | ((emit: (part: string) => void) => void);
