import type { Page } from '@playwright/test';

/**
 * Every element of the whole page with an event-handler attribute or a
 * `javascript:` URL, and any script that mentions `__pwned`: what a payload
 * that survived sanitizing would leave. Waits first until every image has
 * loaded or failed, and the events that queues (an `onerror`, had it survived)
 * have run.
 */
export async function unsafeMarkup(page: Page): Promise<string[]> {
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}=${attribute.value}>`);
      }
    }
    for (const element of Array.from(document.querySelectorAll('script'))) if (element.textContent?.includes('__pwned')) found.push('<script> with __pwned');
    return found;
  });
}
