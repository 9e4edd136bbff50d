import type { Element, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";

export interface BodyOptions {
  /** Rewrites a relative link or image written in the incident file so it still works from the page. */
  rebase: (url: string) => string;
}

const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|#|\/|\?)/i;

/** Relative URLs are rebased and headings moved one level down, under the page's own sections. */
function adjust() {
  return (tree: Root, file: VFile) => {
    const options = file.data.lessonbook as BodyOptions;
    // The sanitizer prefixes ids (so they cannot clobber the page's globals) but not the `#` links to
    // them, as GitHub leaves that to a script; here the links are pointed at the prefixed ids.
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node: Element) => {
      const target = node.properties.href;
      if (typeof target === "string" && target.startsWith("#") && ids.has(`user-content-${target.slice(1)}`)) {
        node.properties.href = `#user-content-${target.slice(1)}`;
      }
      const heading = /^h([1-5])$/.exec(node.tagName);
      if (heading) node.tagName = `h${Number(heading[1]) + 1}`;
      for (const attribute of ["href", "src"] as const) {
        const value = node.properties[attribute];
        if (typeof value === "string" && value !== "" && RELATIVE.test(value)) node.properties[attribute] = options.rebase(value);
      }
    });
  };
}

/**
 * An incident's Markdown body as HTML that cannot run anything: raw HTML in the Markdown is dropped,
 * and the sanitizer keeps only safe elements, attributes and link protocols (no `javascript:`). The
 * sanitizer prefixes ids, so remark-rehype is told not to prefix them too.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { clobberPrefix: "" })
  .use(rehypeSanitize)
  .use(adjust)
  .use(rehypeStringify)
  .freeze();

export function bodyToHtml(markdown: string, options: BodyOptions): string {
  return String(processor.processSync(new VFile({ value: markdown, data: { lessonbook: options } })));
}
