import { BOLD_ITEM, CHECK_ITEM } from '../../markdown/list-items';
import { parseScenario } from '../scenarios/parse-scenario';

/** Items that are none of the structured kinds: not all checkboxes, bold labels or scenarios. */
export function isPlainList(items: string[]): boolean {
  if (items.every((item) => CHECK_ITEM.test(item))) return false;
  if (items.every((item) => BOLD_ITEM.test(item))) return false;
  return !items.every((item) => parseScenario(item) !== null);
}
