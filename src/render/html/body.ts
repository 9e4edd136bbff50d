import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * An incident's Markdown body as HTML that cannot run anything: raw HTML in the Markdown is dropped,
 * and the sanitizer keeps only safe elements, attributes and link protocols (no `javascript:`).
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function bodyToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
