/**
 * Which keys of the format hold text and which hold lists: the parser's hints need it to choose a fix
 * (quote a title, but write a list for tags), and the schema layer, which knows the format, provides it.
 */
export interface FieldNames {
  all: ReadonlySet<string>;
  /** Keys whose value is one line of free text: quoting it never changes what it means. */
  text: ReadonlySet<string>;
  /** Keys whose value is a list. */
  lists: ReadonlySet<string>;
}
