import type { Problem } from '../../core/template/schema';
import { BackLink } from './back-link';
import './template-outline.css';

type UnreadableTemplateProps = {
  name: string;
  problems: readonly Problem[];
  backHref: string;
};

/** What a template author sees when their template cannot be used: every problem, with its line. */
export function UnreadableTemplate({ name, problems, backHref }: UnreadableTemplateProps) {
  return (
    <div className="template-outline">
      <BackLink href={backHref} />
      <header className="template-outline-header">
        <h1>{name}</h1>
        <p className="template-outline-description">
          This template can’t be used yet. Fix these problems in its Markdown and reload:
        </p>
      </header>
      <ul className="outline-problems">
        {problems.map((problem, index) => (
          <li key={index} className={`outline-problem outline-problem-${problem.severity}`}>
            <strong>{problem.severity === 'error' ? 'Error' : 'Warning'}</strong>, line {problem.line}: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
