import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';

// renderMarkdown in real Chromium: happy-dom cannot run DOMPurify, so the
// sanitising is tested here. The module is bundled on its own and loaded into
// a blank page; no app route is involved.
let bundle = '';

test.beforeAll(async () => {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('../src/ui/prose-editor/render-markdown.ts', import.meta.url)), formats: ['iife'], name: 'proseRender' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunk = results.flatMap((result) => ('output' in result ? result.output : [])).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('render-markdown did not bundle');
  bundle = chunk.code;
});

test.beforeEach(async ({ page }) => {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle });
});

type Rendered = {
  html: string;
  alerts: number;
  /** What must never be in the result, found in the DOM rather than in the text. */
  unsafe: string[];
};

async function render(page: import('@playwright/test').Page, markdown: string): Promise<Rendered> {
  return page.evaluate(async (source) => {
    const w = window as unknown as { proseRender: { renderMarkdown: (m: string) => string }; __alerts: number };
    w.__alerts = 0;
    window.alert = () => {
      w.__alerts++;
    };
    const html = w.proseRender.renderMarkdown(source);
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    // Images fail to load and would fire onerror; details would fire ontoggle.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const unsafe: string[] = [];
    for (const element of Array.from(host.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (/^(script|style|form|button|textarea|select|iframe|object|embed|svg|math|link|meta|base)$/.test(tag)) unsafe.push(`<${tag}>`);
      if (tag === 'input' && !(element.getAttribute('type') === 'checkbox' && element.hasAttribute('disabled'))) unsafe.push('live input');
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) unsafe.push(`${tag}[${attribute.name}]`);
        if (attribute.name === 'style') unsafe.push(`${tag}[style]`);
        if (/^(href|src|action|formaction|xlink:href)$/.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) unsafe.push(`${tag}[${attribute.name}=${attribute.value}]`);
        if (attribute.name === 'class' && !(tag === 'code' && /^language-/.test(attribute.value)) && !(tag === 'mark' && attribute.value.startsWith('template-placeholder')) && !(tag === 'span' && /^blocked-image(-alt|-host)?$/.test(attribute.value))) unsafe.push(`${tag}.${attribute.value}`);
      }
    }
    host.remove();
    return { html, alerts: w.__alerts, unsafe };
  }, markdown);
}

test.describe('renderMarkdown', () => {
  test('runs no script from an image error handler', async ({ page }) => {
    const { unsafe, alerts } = await render(page, '<img src=x onerror=alert(1)>\n\n<img src="x" onerror="alert(2)">\n\n![x](y "t" onerror=alert(3))');
    expect(unsafe).toEqual([]);
    expect(alerts).toBe(0);
  });

  test('runs no script element, inline or as a block', async ({ page }) => {
    const { unsafe, alerts } = await render(page, '<script>alert(1)</script>\n\ntext <script>alert(2)</script> <SCRIPT SRC=x></SCRIPT>');
    expect(unsafe).toEqual([]);
    expect(alerts).toBe(0);
  });

  test('keeps no javascript: or data: link', async ({ page }) => {
    const { html, unsafe, alerts } = await render(page, '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](java&#x09;script:alert(1)) <a href="javascript:alert(1)">w</a> [d](data:text/html,<script>alert(1)</script>)');
    expect(unsafe).toEqual([]);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(alerts).toBe(0);
  });

  test('keeps no forms, styles, frames, SVG, event handlers or page classes', async ({ page }) => {
    const { html, unsafe, alerts } = await render(
      page,
      '<form action="/x"><button>Go</button><input type="text"></form>\n\n<p style="color:red" class="button" onclick="alert(1)">t</p>\n\n<details open ontoggle="alert(1)"><summary>s</summary>b</details>\n\n<svg><a href="javascript:alert(1)">s</a></svg>\n\n<iframe src="https://example.com"></iframe>',
    );
    expect(unsafe).toEqual([]);
    expect(alerts).toBe(0);
    expect(html).toContain('<details open="">');
  });

  test('gives links rel="noopener noreferrer" and keeps safe ones', async ({ page }) => {
    const { html } = await render(page, '[docs](https://example.com/a?b=1&c=2) and <https://example.org>');
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">docs</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">https://example.org</a>');
  });

  test('keeps GFM structure and task checkboxes, disabled and named by their item', async ({ page }) => {
    const { html } = await render(page, '- [ ] todo\n- [x] done\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n```ts\nlet a = [1];\n```');
    expect(html).toContain('<input disabled="" type="checkbox" aria-label="todo">');
    expect(html).toContain('<input checked="" disabled="" type="checkbox" aria-label="done">');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<code class="language-ts">');
  });

  test('highlights template placeholders, and clarification markers apart', async ({ page }) => {
    const { html } = await render(page, 'Install <package> for [FEATURE NAME] via [NEEDS CLARIFICATION: which registry?].');
    expect(html).toBe(
      '<p>Install <mark class="template-placeholder" data-placeholder-kind="angle">&lt;package&gt;</mark> for <mark class="template-placeholder" data-placeholder-kind="bracket">[FEATURE NAME]</mark> via <mark class="template-placeholder template-placeholder-clarification" data-placeholder-kind="clarification">[NEEDS CLARIFICATION: which registry?]</mark>.</p>\n',
    );
  });

  test('holds back remote images (src and srcset, Markdown and raw HTML) as placeholders, unless allowed', async ({ page }) => {
    // The blank page's origin is opaque: every http(s) image is remote to it, data: is not.
    const markdown = '![pixel](https://t.example/p.png) <img alt="raw" src="//t.example/r.png" srcset="https://t.example/r2.png 2x"> ![d](data:image/png;base64,iVBORw0KGgo=)';
    const [blocked, allowed] = await page.evaluate((source) => {
      const w = window as unknown as { proseRender: { renderMarkdown: (m: string, o?: { remoteImages: 'block' | 'allow' }) => string } };
      return [w.proseRender.renderMarkdown(source), w.proseRender.renderMarkdown(source, { remoteImages: 'allow' })];
    }, markdown);
    expect(blocked).not.toContain('t.example/');
    expect(blocked).not.toMatch(/srcset/);
    expect(blocked).toContain('<span class="blocked-image" role="img" aria-label="Remote image not loaded: pixel (t.example)"');
    expect(blocked).toContain('aria-label="Remote image not loaded: raw (t.example)"');
    expect(blocked).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="d">');
    expect(allowed).toContain('<img src="https://t.example/p.png" alt="pixel">');
    expect(allowed).toContain('<img alt="raw" src="//t.example/r.png">');
    expect(allowed).not.toMatch(/srcset/);
  });
});
