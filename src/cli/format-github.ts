import type { FileResult } from './check-message';

/**
 * GitHub Actions workflow commands, one per finding
 * (`::error file=specs/a.md,line=12,col=1,title=placeholder-left::…`), so
 * findings show on the pull request's lines. A finding on the file as a whole
 * has no line.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) =>
    r.messages.map((m) => {
      const props = [`file=${property(r.filePath)}`, ...(m.line > 0 ? [`line=${m.line}`, `col=${m.column}`] : []), `title=${property(`specwright ${m.code}`)}`];
      return `::${m.severity} ${props.join(',')}::${data(m.message)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Escaping as @actions/core does it. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
