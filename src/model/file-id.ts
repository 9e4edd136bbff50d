/**
 * The id an incident file's name says it holds: its name without `.md`. The format names each file after
 * its incident's id; lint checks it (`id-matches-filename`), and a build links by it before ids are read.
 */
export function idInFileName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}
