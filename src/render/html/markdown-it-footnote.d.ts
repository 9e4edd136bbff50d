// markdown-it-footnote ships no types of its own; this is the one thing lessonbook uses from it.
declare module "markdown-it-footnote" {
  import type { PluginSimple } from "markdown-it";
  const footnote: PluginSimple;
  export default footnote;
}
