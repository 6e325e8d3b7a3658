/** What the CLI reads and writes besides files: the working folder and the two output streams. */
export type CliIo = {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};
