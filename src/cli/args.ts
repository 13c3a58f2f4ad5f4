import { parseArgs, type ParseArgsConfig } from 'node:util';

// The command-line tools' shared start: parse the arguments, answer --help, or
// print what is wrong with the usage followed by the help text.

/** The parsed command line, or the exit status when there is nothing more to do (--help: 0, bad usage: 2). */
export function parseCommand<T extends ParseArgsConfig>(
  config: T,
  help: string,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    process.stdout.write(help);
    return 0;
  }
  return parsed;
}
