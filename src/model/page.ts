/**
 * What a renderer hands over for one output file: its whole text, or, for a page of many megabytes, a
 * function that writes it in parts (`emit` is called once per part, in order). The output folder then
 * writes (or compares) each part as it comes, and the page never exists in memory whole.
 */
export type PageContent = string | ((emit: (part: string) => void) => void);
