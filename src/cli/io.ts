/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}
