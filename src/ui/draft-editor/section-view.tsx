import { createElement, memo } from 'react';
import { SectionPeers } from '../team/section-peers';
import { SectionCommentButton } from '../comments/section-comment-button';
import { addToDocument } from '../../core/draft/add-to-document';
import { removeSection, restoreSection } from '../../core/draft/group-edits';
import { setSectionEnabled, setSectionTitle } from '../../core/draft/section-edits';
import { templateLookup } from '../../core/draft/template-lookup';
import type { BlockValue } from '../../core/draft/draft-schema';
import type { Block, RepeatGroup, Section, TemplateSchema } from '../../core/template/schema';
import { markSectionVisited } from '../draft-review/reveal-store';
import { SectionFindings } from '../draft-review/section-findings';
import { ProseSectionLevel } from '../prose-editor/prose-section-level';
import { countRender } from '../render-probe';
import { BlockSlot } from './block-slot';
import { FreeTextSlot, freeTextBlockId } from './free-text-slot';
import { InlineTitle } from './inline-title';
import { TitlePartsFields } from './title-parts-fields';
import { RequirementBadge } from './requirement-badge';
import { SectionList } from './section-list';
import { pushUndo } from './undo-stack';
import { sectionHeadingId } from './section-heading-id';
import { editDraft, useDraftSection } from '../../store/use-draft-selector';

type Props = { draftId: string; sectionId: string; template: TemplateSchema; group: RepeatGroup | undefined };

/**
 * One section: heading, flags, guidance, its blocks and its subsections. It
 * subscribes to its own fields only (not its children's), so typing in a
 * subsection does not re-render it.
 */
export const SectionView = memo(function SectionView({ draftId, sectionId, template, group }: Props) {
  const section = useDraftSection(draftId, sectionId, (found) => ({
    title: found.title,
    level: found.level,
    enabled: found.enabled,
    blocks: found.blocks,
    templateSectionId: found.templateSectionId,
    hasChildren: found.children.length > 0,
    absent: found.absent === true,
  }));
  countRender('section');
  if (!section) return null;
  const templateSection = section.templateSectionId ? templateLookup(template).sections.get(section.templateSectionId) : undefined;
  const switchable = !!templateSection && (templateSection.requirement === 'conditional' || templateSection.requirement === 'optional' || !!templateSection.condition);
  const editableTitle = !!group || templateSection?.renamable === true || (templateSection?.titlePlaceholders.length ?? 0) > 0;
  const level = Math.min(Math.max(section.level, 2), 6);

  const remove = () => {
    editDraft(draftId, (draft) => {
      const { draft: next, removed } = removeSection(draft, sectionId);
      if (removed) pushUndo(draftId, `Removed ${removed.section.title}`, (d) => restoreSection(d, removed));
      return next;
    });
  };

  if (section.absent) {
    return (
      <section className={`draft-section level-${level} is-absent`} aria-labelledby={sectionHeadingId(sectionId)} data-section-id={sectionId}>
        <header className="draft-section-header">
          {createElement(`h${level}`, { id: sectionHeadingId(sectionId), tabIndex: -1, className: 'draft-section-title' }, <InlineTitle text={section.title} />)}
          {templateSection && <RequirementBadge section={templateSection} />}
          <span className="draft-section-actions">
            <button type="button" className="button" onClick={() => editDraft(draftId, (d) => addToDocument(d, sectionId))} aria-label={`Add ${section.title} to the document`}>
              Add
            </button>
          </span>
        </header>
        <SectionFindings draftId={draftId} sectionId={sectionId} />
        <p className="section-absent-note">Not in this document: the imported file has no such section, so the export leaves it out until you add it.</p>
      </section>
    );
  }

  return (
    <section
      className={`draft-section level-${level}${section.enabled ? '' : ' is-off'}`}
      aria-labelledby={sectionHeadingId(sectionId)}
      data-section-id={sectionId}
      onBlur={(event) => {
        // Left for somewhere outside it: the section was visited, and its findings show (a quiet start).
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) markSectionVisited(draftId, sectionId);
      }}
    >
      <header className="draft-section-header">
        {createElement(`h${level}`, { id: sectionHeadingId(sectionId), tabIndex: -1, className: 'draft-section-title' }, <InlineTitle text={section.title} />)}
        {templateSection && <RequirementBadge section={templateSection} />}
        <SectionPeers draftId={draftId} sectionId={sectionId} />
        <span className="draft-section-actions">
          <SectionCommentButton draftId={draftId} sectionId={sectionId} title={section.title} />
          {switchable && (
            <label className="section-switch">
              <input type="checkbox" role="switch" checked={section.enabled} onChange={(e) => editDraft(draftId, (d) => setSectionEnabled(d, sectionId, e.target.checked))} />
              Include
            </label>
          )}
          {group && (
            <button type="button" className="button button-quiet" onClick={remove} aria-label={`Remove ${section.title}`}>
              Remove
            </button>
          )}
        </span>
      </header>
      <SectionFindings draftId={draftId} sectionId={sectionId} />
      {group && templateSection && section.enabled && <TitlePartsFields draftId={draftId} sectionId={sectionId} title={section.title} templateTitle={templateSection.title} />}
      {editableTitle && section.enabled && (
        <label className="section-title-input">
          <span>Heading</span>
          <input value={section.title} onChange={(e) => editDraft(draftId, (d) => setSectionTitle(d, sectionId, e.target.value))} />
        </label>
      )}
      {templateSection && templateSection.guidance.length > 0 && (
        <details className="section-guidance">
          <summary>Guidance</summary>
          {templateSection.guidance.map((text, k) => (
            <p key={k}>{text}</p>
          ))}
        </details>
      )}
      {!section.enabled ? (
        <p className="section-off-note">Switched off: its content is kept, and left out of the export.</p>
      ) : (
        <ProseSectionLevel value={section.level}>
          {templateSection?.blocks.map((block) => (
            <BlockSlot
              key={block.id}
              draftId={draftId}
              place={sectionId}
              block={block}
              value={section.blocks.find((v) => v.blockId === block.id)}
              idBase={`${sectionId}-${block.id}`.replace(/[^\w-]/g, '-')}
            />
          ))}
          {keptValues(section.blocks, templateSection, sectionId).map(({ value, block }) => (
            <BlockSlot key={value.blockId} draftId={draftId} place={sectionId} block={block} value={value} idBase={`${sectionId}-${value.blockId}`.replace(/[^\w-]/g, '-')} />
          ))}
          {needsFreeText(section.blocks, templateSection, sectionId) && (
            <FreeTextSlot draftId={draftId} sectionId={sectionId} value={section.blocks.find((v) => v.blockId === freeTextBlockId(sectionId))} hint={freeTextHint(templateSection)} />
          )}
          {/* Only where there is something to list: every list is one more subscription run on each keystroke. */}
          {(section.hasChildren || template.groups.some((g) => g.parentId === sectionId)) && <SectionList draftId={draftId} parentId={sectionId} template={template} />}
        </ProseSectionLevel>
      )}
    </section>
  );
});

/**
 * Text the template has no block for: the body of an extra section, or
 * content an import (or a move to a new template version) kept as prose of
 * its own. It is shown and edited as prose, so what is kept can be seen.
 */
function keptValues(values: readonly BlockValue[], templateSection: Section | undefined, sectionId: string): { value: BlockValue; block: Block }[] {
  const known = new Set(templateSection?.blocks.map((b) => b.id));
  known.add(freeTextBlockId(sectionId));
  return values.flatMap((value) => {
    if (known.has(value.blockId) || value.kind !== 'prose') return [];
    const block: Block = { kind: 'prose', id: value.blockId, text: '', placeholders: [], line: 0 };
    // In a template's section it sits beside the template's own text, so it gets a name of its own.
    if (templateSection) block.label = 'Kept text';
    return [{ value, block }];
  });
}

/**
 * A template section with nothing to fill in and no subsections (its body is
 * only guidance, as in templates that say everything in HTML comments) still
 * needs somewhere to write; so does an empty extra section. Not when text was
 * kept there already: that is the section's text.
 */
function needsFreeText(values: readonly BlockValue[], templateSection: Section | undefined, sectionId: string): boolean {
  if (templateSection && (templateSection.children.length > 0 || templateSection.blocks.some((b) => b.kind !== 'rule' && b.kind !== 'raw'))) return false;
  const free = freeTextBlockId(sectionId);
  return values.every((v) => v.blockId === free || v.kind !== 'prose');
}

/** The first line of the section's guidance, as the empty field's hint. */
function freeTextHint(templateSection: Section | undefined): string {
  const first = templateSection?.guidance[0]?.split('\n')[0]?.trim() ?? '';
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}
