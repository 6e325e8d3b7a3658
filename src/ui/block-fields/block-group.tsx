import type { ReactNode } from 'react';

type BlockGroupProps = {
  /** The block's bold label line (`**Acceptance Scenarios**:`); none, no legend. */
  label: string | undefined;
  className: string;
  children: ReactNode;
};

/** A block's outer box: a fieldset named by the block's label, or a plain wrapper when it has none. */
export function BlockGroup({ label, className, children }: BlockGroupProps) {
  if (!label) return <div className={`block-field ${className}`}>{children}</div>;
  return (
    <fieldset className={`block-field ${className}`}>
      <legend className="block-field-legend">{label}</legend>
      {children}
    </fieldset>
  );
}
