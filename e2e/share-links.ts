import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { EditorPage, expect } from './fixtures';

/** Share links made, taken apart and put back together in Node, for the share tests. */

const dataPlatform = 'Data platform feature spec';

export type Envelope = { kind: string; version: number; draft: Record<string, unknown> & { titleText: string; metadata: Record<string, string>; sections: Section[] }; templateRef?: unknown };
export type Block = { kind: string; markdown?: string; items?: { text: string }[] };
export type Section = { title: string; blocks: Block[]; children: Section[] };

/** The fragment of a share link, read with Node's own zlib: `s1.` + base64url(raw deflate(JSON)). */
export function unpack(link: string): Envelope {
  const fragment = new URL(link).hash.slice(1);
  expect(fragment).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
  return JSON.parse(inflateRawSync(Buffer.from(fragment.slice(3), 'base64url')).toString('utf8')) as Envelope;
}

export function pack(value: unknown, prefix = 's1.'): string {
  return prefix + deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64url');
}

export async function newContext(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

/**
 * A link made by the app, in a context of its own, for a data-platform draft
 * with a title, user story prose and a requirement filled in.
 */
export async function makeRealLink(browser: Browser, baseURL: string | undefined): Promise<string> {
  const sender = await newContext(browser, baseURL);
  const editor = new EditorPage(sender.page);
  await editor.startDraft(dataPlatform);
  await editor.titleInput.fill('Run history');
  const story = 'User Story 1 - [Brief Title] (Priority: P1)';
  await editor.writeProse(editor.prose(story, editor.section(story)), ['Operators see every run.']);
  await editor.fill('FR-001', 'System MUST store every run.', editor.section('Functional Requirements'));
  await editor.waitUntilSaved();
  const link = await editor.shareLinkUrl();
  await sender.context.close();
  return link;
}
