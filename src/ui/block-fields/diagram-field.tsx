import type { BlockFieldProps } from './block-field-props';
import { BlockGroup } from './block-group';
import { sourceTextProps } from './source-text-props';
import './block-fields.css';
import './code-field.css';
import { MermaidLive } from '../github-preview/mermaid-live';

/**
 * A Mermaid diagram, edited as its source in monospace, its diagram drawn
 * beside it as the user types. Tab is left to move focus: a diagram is written
 * line by line and indentation is optional in Mermaid.
 */
export function DiagramField({ block, value, onChange, idBase }: BlockFieldProps<'diagram'>) {
  const codeId = `${idBase}-diagram`;
  const hintId = `${idBase}-diagram-hint`;
  return (
    <BlockGroup label={block.label} className="code-field diagram-field">
      <label className="code-field-lang-label" htmlFor={codeId}>
        {block.label ? `${block.label} (Mermaid diagram)` : 'Mermaid diagram'}
      </label>
      <textarea
        id={codeId}
        {...sourceTextProps(value.code)}
        value={value.code}
        aria-describedby={hintId}
        onChange={(e) => onChange({ ...value, code: e.target.value })}
      />
      <p id={hintId} className="code-field-keys">
        Mermaid source, exported as a mermaid code block.
      </p>
      <MermaidLive code={value.code} />
    </BlockGroup>
  );
}
