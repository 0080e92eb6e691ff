import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the command cannot use: said in one line with the usage, never a stack trace. */
export class CliUsageError extends Error {
  constructor(message: string, usage: string) {
    super(`${message}\nUsage: ${usage}`);
    this.name = 'CliUsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs in strict mode (an unknown flag or a flag without its value is refused),
 * its error turned into a CliUsageError naming the flag with the command's usage line.
 */
export function parseCliArgs<O extends Options>(
  args: readonly string[],
  options: O,
  usage: string,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new CliUsageError(message.replace(/\. To specify .*$/, '.'), usage);
  }
}

/** A command's own arguments, checked: a usage error is said in one line and exits 2. */
export function commandArgs<O extends Options>(options: O, usage: string) {
  try {
    return parseCliArgs(process.argv.slice(2), options, usage);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
