import type { Draft, DraftSection } from '../draft/draft-schema';
import { draftDisplayTitle } from '../draft/draft-title';

/** An item a user may turn into a GitHub issue: a task or requirement with its ID, or a checklist line. */
export type TaskItem = { key: string; id: string; text: string; section: string };

/** Every ID'd item and checklist line of the draft's sections that has text, in document order. */
export function taskItems(draft: Draft): TaskItem[] {
  const out: TaskItem[] = [];
  const walk = (sections: DraftSection[], path: string) => {
    for (const s of sections) {
      if (!s.enabled || s.absent) continue;
      const where = path ? `${path} › ${s.title}` : s.title;
      s.blocks.forEach((b, k) => {
        if (b.kind === 'idList') b.items.forEach((item, n) => item.text.trim() && out.push({ key: `${s.id}/${k}/${n}`, id: item.id, text: item.text.trim(), section: where }));
        if (b.kind === 'checklist') b.items.forEach((item, n) => item.text.trim() && out.push({ key: `${s.id}/${k}/${n}`, id: '', text: item.text.trim(), section: where }));
      });
      walk(s.children, where);
    }
  };
  walk(draft.sections, '');
  return out;
}

/** An issue's title and body for an item: `T004: Add the run history table`, and where it comes from. */
export function issueFor(item: TaskItem, draft: Draft): { title: string; body: string } {
  const firstLine = item.text.split('\n')[0]!.trim();
  const head = item.id ? `${item.id}: ${firstLine}` : firstLine;
  const title = head.length > 120 ? `${head.slice(0, 119)}…` : head;
  const body = `${item.text}\n\n---\nFrom “${draftDisplayTitle(draft)}”, ${item.section}.`;
  return { title, body };
}
