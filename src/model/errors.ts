/**
 * Failures a person can act on, carried as a message id and its data: the CLI words them in the
 * user's language. They live here, away from the code that throws them, so that loading the CLI's
 * error handling does not load the file system, the parser or the schema.
 */
export type MessageData = Readonly<Record<string, string | number>>;

/** Bad usage: an unknown option, a path that does not exist, no files found. Exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: MessageData = {},
  ) {
    super(messageId);
  }
}

/** A configuration that cannot be used, located in its file. Exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly messageId: string,
    readonly data: MessageData = {},
  ) {
    super(messageId);
  }
}
