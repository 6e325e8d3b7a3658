import type { BlockFieldProps, ValueOf } from './block-field-props';
import { BlockGroup } from './block-group';
import { GrowingTextarea } from './growing-textarea';
import { listEdits } from './list-edits';
import { rowHint } from './placeholder-hint';
import { RowList } from './row-list';
import './block-fields.css';

type Scenario = ValueOf<'scenarios'>['items'][number];
const steps = [
  { key: 'given', label: 'Given' },
  { key: 'when', label: 'When' },
  { key: 'then', label: 'Then' },
] as const;

/** Acceptance scenarios: numbered Given / When / Then rows. */
export function ScenariosField({ block, value, onChange, idBase }: BlockFieldProps<'scenarios'>) {
  const setItems = (items: Scenario[]) => onChange({ ...value, items });

  return (
    <BlockGroup label={block.label} className="scenarios-field">
      <RowList
        items={value.items}
        idBase={idBase}
        numbered
        showNumbers={false}
        rowName={(k) => `scenario ${k + 1}`}
        addLabel="Add scenario"
        onAdd={() => setItems([...value.items, { given: '', when: '', then: '' }])}
        onRemove={(k) => setItems(listEdits.remove(value.items, k))}
        renderRow={(scenario, k, ids) => (
          <div className="scenario">
            <p className="scenario-title" aria-hidden="true">
              Scenario {k + 1}
            </p>
            <div className="scenario-steps">
              {steps.map(({ key, label }, s) => {
                const inputId = s === 0 ? ids.field : `${ids.row}-${key}`;
                return (
                  <div key={key} className="scenario-step">
                    <label className="scenario-step-label" htmlFor={inputId}>
                      {label}
                    </label>
                    <GrowingTextarea
                      id={inputId}
                      className="block-field-input"
                      aria-label={`Scenario ${k + 1} ${label}`}
                      value={scenario[key]}
                      placeholder={rowHint(
                        block.items.map((item) => item[key]),
                        k,
                      )}
                      onChange={(e) => setItems(listEdits.replace(value.items, k, { ...scenario, [key]: e.target.value }))}
                    />
                  </div>
                );
              })}
            </div>
          </div>
        )}
      />
    </BlockGroup>
  );
}
