import { listChunk } from '../../markdown/list-chunk';
import { listItems } from '../../markdown/list-items';
import { oneLineText } from '../../markdown/one-line-text';
import { listWords } from '../../validate/message-text';
import type { BlockKindModule } from '../block-kind-module';
import { countNoun } from '../count-noun';
import { fewer } from '../fewer';
import { initialText } from '../initial-text';
import { labelled } from '../labelled';
import { templateListText } from '../template-list-text';
import { parseScenario } from './parse-scenario';

/** Acceptance scenarios: `**Given** a, **When** b, **Then** c`. */
export const scenariosKind: BlockKindModule<'scenarios'> = {
  kind: 'scenarios',
  initialValue: (block) => ({ kind: 'scenarios', blockId: block.id, items: block.items.map((s) => ({ given: initialText(s.given), when: initialText(s.when), then: initialText(s.then) })) }),
  emptyValue: (block) => ({ kind: 'scenarios', blockId: block.id, items: [] }),
  texts: (value) => value.items.flatMap((s) => [s.given, s.when, s.then]),
  checkTexts: (value, _block, { ref }) =>
    value.items.flatMap((s, k) => [
      ref(s.given, `Scenario ${k + 1}, Given`, `Scenario ${k + 1}`),
      ref(s.when, `Scenario ${k + 1}, When`, `Scenario ${k + 1}`),
      ref(s.then, `Scenario ${k + 1}, Then`, `Scenario ${k + 1}`),
    ]),
  checkShape: (value, { place, where, sectionHasContent, list }) => {
    value.items.forEach((s, k) => {
      const missing = (['Given', 'When', 'Then'] as const).filter((part) => s[part.toLowerCase() as 'given' | 'when' | 'then'].trim() === '');
      const name = `Scenario ${k + 1}`;
      if (missing.length === 3) {
        if (sectionHasContent) list.add(place, 'warning', 'scenario-form', `${name} is empty: write its Given, When and Then, or remove it${where}.`, name);
      } else if (missing.length > 0) {
        list.add(place, 'warning', 'scenario-form', `${name} has no ${listWords(missing, 'or')} text${where}.`, name);
      }
    });
  },
  render: (value) => {
    const texts = value.items.flatMap((s) => {
      const [given, when, then] = [oneLineText(s.given), oneLineText(s.when), oneLineText(s.then)];
      if (given === '' && when === '' && then === '') return [];
      return [`${step('Given', given)}, ${step('When', when)}, ${step('Then', then)}`];
    });
    return listChunk(texts, true);
  },
  fit: (block, { token }) => {
    if (token.type !== 'list') return null;
    const scenarios: { given: string; when: string; then: string }[] = [];
    for (const item of listItems(token.items, token.ordered)) {
      const scenario = parseScenario(item);
      if (!scenario) return null;
      scenarios.push(scenario);
    }
    return { weight: 3, value: { kind: 'scenarios', blockId: block.id, items: scenarios } };
  },
  describeRemoval: (before, after) => (fewer(before.items, after.items) ? 'Removed a scenario' : null),
  templateText: (block) =>
    templateListText(
      block.items.map((s) => `**Given** ${s.given}, **When** ${s.when}, **Then** ${s.then}`),
      true,
    ),
  describe: (block) => labelled(block.label, countNoun(block.items.length, 'Given/When/Then scenario')),
  placeholders: () => [],
};

function step(word: string, text: string): string {
  return text === '' ? `**${word}**` : `**${word}** ${text}`;
}
