import type { ReactNode } from 'react';
import type { RepeatGroup, Section } from '../../core/template/schema';
import { describeBlocks } from './describe-blocks';
import { GuidanceDetails } from './guidance-details';
import { outlineItems } from './outline-items';
import { SectionTitleText } from './section-title-text';
import { RequirementBadge } from './requirement-badge';
import { requirementCondition } from './requirement-condition';

type SectionTreeProps = {
  sections: readonly Section[];
  groups: readonly RepeatGroup[];
  /** Nesting depth: sets the heading level (h3 at the top, since the page has h1 and h2). */
  depth?: number;
};

/** A template's sections as nested lists, one heading per section, groups folded together. */
export function SectionTree({ sections, groups, depth = 0 }: SectionTreeProps) {
  return (
    <ol className="section-tree">
      {outlineItems(sections, groups).map((item) =>
        item.kind === 'section' ? (
          <SectionNode key={item.section.id} section={item.section} groups={groups} depth={depth} />
        ) : (
          <GroupNode key={item.group.id} group={item.group} items={item.items} groups={groups} depth={depth} />
        ),
      )}
    </ol>
  );
}

function SectionNode({ section, groups, depth }: { section: Section; groups: readonly RepeatGroup[]; depth: number }) {
  const condition = requirementCondition(section);
  const contents = describeBlocks(section.blocks);
  return (
    <li className={`section-node section-node-${section.requirement}`}>
      <OutlineHeading depth={depth}>
        <span className="section-title">
          <SectionTitleText text={section.title} placeholders={section.titlePlaceholders} />
        </span>{' '}
        <RequirementBadge requirement={section.requirement} />
      </OutlineHeading>
      {condition && <p className="section-condition">{condition}</p>}
      {contents.length > 0 && (
        <p className="section-contents">
          <span className="visually-hidden">Contains: </span>
          {contents.join(' · ')}
        </p>
      )}
      <GuidanceDetails guidance={section.guidance} sectionTitle={section.title} />
      {section.children.length > 0 && <SectionTree sections={section.children} groups={groups} depth={depth + 1} />}
    </li>
  );
}

function GroupNode({
  group,
  items,
  groups,
  depth,
}: {
  group: RepeatGroup;
  items: readonly Section[];
  groups: readonly RepeatGroup[];
  depth: number;
}) {
  const hint = group.addHint?.replace(/^\[|\]$/g, '');
  return (
    <li className="section-node section-group">
      <OutlineHeading depth={depth}>
        <span className="section-title">{group.label}</span>{' '}
        <span className="badge badge-repeat">
          <span aria-hidden="true">×{items.length}, repeatable</span>
          <span className="visually-hidden">
            {items.length} {items.length === 1 ? 'item' : 'items'}, repeatable
          </span>
        </span>
      </OutlineHeading>
      <p className="section-condition">{hint ?? `Add or remove items as needed; the template starts with ${items.length}.`}</p>
      <ol className="section-tree">
        {items.map((section) => (
          <SectionNode key={section.id} section={section} groups={groups} depth={depth + 1} />
        ))}
      </ol>
    </li>
  );
}

function OutlineHeading({ depth, children }: { depth: number; children: ReactNode }) {
  const Tag = (['h3', 'h4', 'h5'] as const)[depth] ?? 'h6';
  return <Tag className="section-heading">{children}</Tag>;
}
