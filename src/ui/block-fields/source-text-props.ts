/** What a textarea for source text (code, a diagram) sets: monospace class, no spelling or autocorrection, no wrapping, a height that follows the text. */
export function sourceTextProps(text: string) {
  return {
    className: 'block-field-input code-field-text',
    rows: Math.min(Math.max(text.split('\n').length + 1, 4), 24),
    spellCheck: false,
    autoCapitalize: 'off',
    autoComplete: 'off',
    autoCorrect: 'off',
    wrap: 'off',
  } as const;
}
