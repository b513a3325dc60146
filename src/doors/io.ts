/** What a door is given instead of reaching for process globals, so tests can call it in-process. */
export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Stream;
  stderr: Stream;
  /** Standard input, read whole (git's post-rewrite hook hands its list of commits there). */
  stdin?: () => string;
}
