import { storedValueJson } from '../../store/stored-value-json';
import { downloadTextFile } from '../download/download-text-file';

/** Saves a stored record, whatever it holds (Map, BigInt, Blob, cycles), as a JSON file through the browser's download. */
export async function downloadJson(value: unknown, fileName: string): Promise<void> {
  let text: string;
  try {
    text = await storedValueJson(value);
  } catch {
    text = String(value);
  }
  downloadTextFile(text, fileName, 'application/json');
}
