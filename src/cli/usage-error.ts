/** A mistake in how the CLI was called (arguments, config, a template): exit code 2, with the message alone. */
export class UsageError extends Error {
  override name = 'UsageError';
}
