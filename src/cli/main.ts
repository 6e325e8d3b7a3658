// The `specwright` command (bin/specwright.js runs this through tsx).
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
