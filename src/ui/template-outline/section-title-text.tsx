import type { ReactNode } from 'react';
import type { Placeholder } from '../../core/template/schema';

type SectionTitleTextProps = {
  text: string;
  placeholders: readonly Placeholder[];
};

/**
 * A heading as a reader should see it: code spans (`` `tool_name` ``) as code, and
 * the blanks the writer fills in (`[Brief Title]`) set apart from fixed text.
 */
export function SectionTitleText({ text, placeholders }: SectionTitleTextProps) {
  const parts: ReactNode[] = [];
  // Odd pieces sit between backticks. Placeholders are never inside code spans in headings.
  text.split('`').forEach((piece, index, pieces) => {
    const isCode = index % 2 === 1 && index < pieces.length - 1;
    if (isCode) parts.push(<code key={`c${index}`}>{piece}</code>);
    else parts.push(...withPlaceholders(piece, placeholders, `t${index}`));
  });
  return <>{parts}</>;
}

function withPlaceholders(text: string, placeholders: readonly Placeholder[], keyPrefix: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const placeholder of placeholders) {
    if (placeholder.text === '') continue;
    const start = text.indexOf(placeholder.text, cursor);
    if (start < 0) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(
      <span key={`${keyPrefix}-${start}`} className="placeholder-text">
        {placeholder.text}
      </span>,
    );
    cursor = start + placeholder.text.length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
