import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createDraft } from '../core/draft/create-draft';
import type { Draft } from '../core/draft/draft-schema';
import { setSectionTitle } from '../core/draft/section-edits';
import { parseTemplate } from '../core/template/parse-template';
import { createSectionSubscriptions } from './section-subscriptions';

const { template } = parseTemplate('# Spec: [NAME]\n\n## One\n\n[a]\n\n### Inner\n\n[b]\n\n## Two\n\n[c]\n', { id: 'subscriptions' });
const draft = createDraft(template, { id: 'd1', now: new Date('2026-12-01T10:00:00Z') });
const [one, two] = draft.sections;
const inner = one!.children[0]!;

function setup() {
  const store = createStore<{ drafts: Record<string, Draft> }>()(() => ({ drafts: { d1: draft } }));
  const subscriptions = createSectionSubscriptions(store);
  const heard: string[] = [];
  const listen = (sectionId: string | null) => subscriptions.subscribe('d1', sectionId, () => heard.push(sectionId ?? 'top'));
  const edit = (recipe: (d: Draft) => Draft) => store.setState((s) => ({ drafts: { ...s.drafts, d1: recipe(s.drafts.d1!) } }));
  return { store, subscriptions, heard, listen, edit };
}

describe('createSectionSubscriptions', () => {
  it('tells only the listeners of the sections an edit made new, and of the sections above them', () => {
    const { heard, listen, edit } = setup();
    listen(one!.id);
    listen(inner.id);
    listen(two!.id);
    listen(null);
    edit((d) => setSectionTitle(d, two!.id, 'Second'));
    expect(heard.sort()).toEqual([two!.id, 'top'].sort());
    heard.length = 0;
    edit((d) => setSectionTitle(d, inner.id, 'Deeper'));
    expect(heard.sort()).toEqual([inner.id, one!.id, 'top'].sort());
  });

  it('tells nobody when the draft object is the same, and everybody when the template or the draft changes', () => {
    const { store, heard, listen, edit } = setup();
    listen(one!.id);
    listen(two!.id);
    store.setState((s) => ({ ...s }));
    expect(heard).toEqual([]);
    edit((d) => ({ ...d, template: { ...d.template } }));
    expect(heard.sort()).toEqual([one!.id, two!.id].sort());
    heard.length = 0;
    store.setState({ drafts: {} });
    expect(heard.sort()).toEqual([one!.id, two!.id].sort());
  });

  it('stops listening to the store once its last listener is gone', () => {
    const store = createStore<{ drafts: Record<string, Draft> }>()(() => ({ drafts: { d1: draft } }));
    let active = 0;
    const counted = {
      getState: store.getState,
      subscribe: (listener: Parameters<typeof store.subscribe>[0]) => {
        active += 1;
        const stop = store.subscribe(listener);
        return () => {
          active -= 1;
          stop();
        };
      },
    };
    const subscriptions = createSectionSubscriptions(counted);
    const heard: string[] = [];
    const listen = (sectionId: string) => subscriptions.subscribe('d1', sectionId, () => heard.push(sectionId));
    const edit = (recipe: (d: Draft) => Draft) => store.setState((s) => ({ drafts: { ...s.drafts, d1: recipe(s.drafts.d1!) } }));
    const stopOne = listen(one!.id);
    const stopAgain = listen(one!.id);
    stopOne();
    edit((d) => setSectionTitle(d, one!.id, 'First'));
    expect(heard).toEqual([one!.id]);
    expect(active).toBe(1);
    stopAgain();
    expect(active).toBe(0);
    heard.length = 0;
    edit((d) => setSectionTitle(d, one!.id, 'Uno'));
    expect(heard).toEqual([]);
  });
});
