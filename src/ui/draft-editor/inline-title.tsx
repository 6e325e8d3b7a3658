/** A heading's text with its `code spans` shown as code, the rest as plain text (no other Markdown, no HTML). */
export function InlineTitle({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/);
  return (
    <>
      {parts.map((part, k) =>
        part.length > 2 && part.startsWith('`') && part.endsWith('`') ? <code key={k}>{part.slice(1, -1)}</code> : part,
      )}
    </>
  );
}
