export const USAGE = `Usage:
  specwright check [paths, folders or globs...] [options]
  specwright check --list-templates
  specwright templates list
  specwright templates show NAME|FILE     the outline the engine reads in a template
  specwright templates schema NAME|FILE   a JSON Schema of the template's fields and lists

Checks Markdown specs with the app's own checks: each file is read against the
template whose headings fit it best (as the app's import screen picks), or the
one given. With no paths: the config's "files", else every Markdown file below
the working folder.

Options:
  --template NAME|FILE   check every file against this template (id, name or .md file)
  --templates DIR        the team's templates (default .specwright/templates)
  --config FILE          the config (default .specwright/config.json)
  --format FORMAT        stylish (default), json or github (workflow annotations)
  --max-warnings N       exit 1 when there are more than N warnings
  --list-templates       list the templates a file can be checked against
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 a usage error, a bad config or template, or a file that cannot be read.
`;
