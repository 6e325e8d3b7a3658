import { memo } from 'react';
import { addGroupItem } from '../../core/draft/group-edits';
import type { RepeatGroup, TemplateSchema } from '../../core/template/schema';
import { useTopSectionWeights } from './use-top-section-weights';
import { sectionHeading, useProgressiveCount } from './progressive-sections';
import { SectionView } from './section-view';
import { SectionPlaceholder } from './section-placeholder';
import { useRevealOnFind } from './use-reveal-on-find';
import { editDraft, useChildSections } from '../../store/use-draft-selector';

type Props = { draftId: string; parentId: string | null; template: TemplateSchema };

/**
 * The sections under one parent, with "Add <item>" after the last item of
 * each repeatable group there. The top list renders progressively (a
 * screenful first, see progressive-sections).
 */
export const SectionList = memo(function SectionList({ draftId, parentId, template }: Props) {
  // `id|templateSectionId` pairs: stable while only the sections' content changes.
  const children = useChildSections(draftId, parentId, (list) => list.map((s) => `${s.id}|${s.templateSectionId ?? ''}`));
  const weights = useTopSectionWeights(draftId, parentId === null);
  const shown = useProgressiveCount(weights, parentId === null);
  useRevealOnFind(parentId === null);
  const groups = template.groups.filter((g) => g.parentId === parentId);
  const groupOf = (templateSectionId: string) => groups.find((g) => g.itemIds.includes(templateSectionId));

  return (
    <>
      {children.slice(0, shown).map((pair, index) => {
        const [id = '', templateSectionId = ''] = pair.split('|');
        const group = groupOf(templateSectionId);
        const nextGroup = groupOf(children[index + 1]?.split('|')[1] ?? '');
        const lastOfGroup = group && nextGroup !== group;
        return (
          <div key={id} className="section-slot">
            <SectionView draftId={draftId} sectionId={id} template={template} group={group} />
            {lastOfGroup && <AddGroupItem draftId={draftId} group={group} />}
          </div>
        );
      })}
      {children.slice(shown).map((pair) => {
        const id = pair.split('|')[0] ?? '';
        return <SectionPlaceholder key={id} draftId={draftId} sectionId={id} />;
      })}
      {shown >= children.length &&
        groups
          .filter((g) => !children.some((pair) => g.itemIds.includes(pair.split('|')[1] ?? '')))
          .map((g) => <AddGroupItem key={g.id} draftId={draftId} group={g} />)}
    </>
  );
});

function AddGroupItem({ draftId, group }: { draftId: string; group: RepeatGroup }) {
  const add = () => {
    let added = '';
    editDraft(draftId, (draft) => {
      const result = addGroupItem(draft, group.id, new Date());
      added = result.sectionId;
      return result.draft;
    });
    // Take the user to what they just added.
    requestAnimationFrame(() => sectionHeading(added)?.focus());
  };
  return (
    <div className="group-add">
      <button type="button" className="button button-secondary" onClick={add}>
        + Add {group.label.toLowerCase()}
      </button>
      {group.addHint && <span className="group-add-hint">{group.addHint.replace(/^\[|\]$/g, '')}</span>}
    </div>
  );
}
