/** Parsed command line: positional words and `--name value` / `--flag` options. */
export interface Args {
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

const FLAGS = new Set(["json", "all", "help"]);

/** Splits argv into positionals and options (`--x=1`, `--x 1`, boolean flags in FLAGS). */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) options[name] = inline;
    else if (FLAGS.has(name) || i + 1 >= argv.length) options[name] = true;
    else options[name] = argv[++i];
  }
  return { positional, options };
}
