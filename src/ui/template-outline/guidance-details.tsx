import { guidanceParagraphs } from './guidance-paragraphs';

type GuidanceDetailsProps = {
  guidance: readonly string[];
  sectionTitle: string;
};

/** The template author's advice for a section, folded away until asked for. */
export function GuidanceDetails({ guidance, sectionTitle }: GuidanceDetailsProps) {
  if (guidance.length === 0) return null;
  const parts = guidance.flatMap((text) => guidanceParagraphs(text));
  const first = parts[0];
  const excerpt = first?.kind === 'paragraph' ? first.text : (first?.items[0] ?? '');
  return (
    <details className="guidance">
      <summary>
        <span className="guidance-label">
          Guidance<span className="visually-hidden"> for {sectionTitle}</span>
        </span>
        <span className="guidance-excerpt" aria-hidden="true">
          {excerpt}
        </span>
      </summary>
      <div className="guidance-body">
        {parts.map((part, index) =>
          part.kind === 'paragraph' ? (
            <p key={index}>{part.text}</p>
          ) : (
            <ul key={index}>
              {part.items.map((item, itemIndex) => (
                <li key={itemIndex}>{item}</li>
              ))}
            </ul>
          ),
        )}
      </div>
    </details>
  );
}
