/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress for a person watching a terminal; absent when output goes to a file or a log. */
  progress?: (line: string) => void;
  now: () => string;
  /** Colour the output (a person at a terminal, NO_COLOR unset); absent: plain text. */
  color?: boolean;
}
