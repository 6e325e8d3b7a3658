import { useLayoutEffect, useRef, type ComponentProps } from 'react';

const sizesItself = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

type GrowingTextareaProps = Omit<ComponentProps<'textarea'>, 'ref' | 'value'> & { value: string };

/**
 * A textarea as tall as its text: one line to start, like an input, growing as
 * the user types. CSS `field-sizing: content` does it where supported; older
 * engines get their height set from `scrollHeight`.
 */
export function GrowingTextarea({ className, value, rows = 1, ...props }: GrowingTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (sizesItself || !element) return;
    const style = getComputedStyle(element);
    const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + (Number.isFinite(borders) ? borders : 0)}px`;
  }, [value]);

  return <textarea ref={ref} rows={rows} value={value} className={['growing-textarea', className].filter(Boolean).join(' ')} {...props} />;
}
