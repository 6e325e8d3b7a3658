import type { TemplateText } from '../block-kind-module';
import { longestBacktickRun } from './longest-backtick-run';

/** A template's fenced code as it wrote it, language and all. */
export function fenceTemplateText(code: string, lang: string): TemplateText {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return { text: `${fence}${lang}\n${code}\n${fence}`, list: false };
}
