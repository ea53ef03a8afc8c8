/**
 * The Options people table is readable with real people in it (a new user found it cramped): five
 * people with long names, several addresses, long zone ids and working hours, at 1280×800 and in a
 * 700 px wide window. Nothing in a cell is cut off, the Edit and Delete buttons stay inside the
 * table, and the page does not scroll sideways.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';

const SHOTS = '/tmp/shots-ui';
const ROSTER = [
  'Name,Email,Time zone,Work start,Work end',
  '"Maria Fernanda de los Santos Albuquerque","maria.fernanda.santos-albuquerque@example-company.com.br",America/Argentina/Buenos_Aires,08:30,17:30',
  '"Oluwaseun Adebayo-Okonkwo","oluwaseun.adebayo-okonkwo@engineering.example.org",Africa/Lagos,07:00,15:00',
  '"Siddharth Venkataraman Subramanian","siddharth.venkataraman@research.example.in",Asia/Kolkata,10:00,18:30',
  '"Johanna Wilhelmina von Hohenberg-Schwarzenfels","j.hohenberg-schwarzenfels@example.de",Europe/Berlin,09:00,17:00',
  '"Kristjan Þórsson","kristjan.thorsson.product-design@example.is",America/North_Dakota/New_Salem,06:00,14:30',
].join('\n');

/** Each cell, header and button that is cut off or sticks out of the table, described; empty when all is readable. */
function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const table = document.querySelector('.people-table')!.getBoundingClientRect();
    for (const cell of document.querySelectorAll<HTMLElement>('.people-table td, .people-table th')) {
      if (cell.scrollWidth > cell.clientWidth + 1) out.push(`cut off sideways: "${cell.textContent}" (${cell.scrollWidth} > ${cell.clientWidth})`);
      if (cell.scrollHeight > cell.clientHeight + 1) out.push(`cut off below: "${cell.textContent}"`);
    }
    for (const button of document.querySelectorAll<HTMLElement>('.people-table button')) {
      const r = button.getBoundingClientRect();
      if (r.right > table.right + 0.5 || r.left < table.left - 0.5) out.push(`button outside the table: ${button.getAttribute('aria-label')}`);
    }
    // A row's cells do not run into the row below (a row's height follows its content).
    const rows = [...document.querySelectorAll<HTMLElement>('table.people tbody tr')];
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]!.getBoundingClientRect().top < rows[i - 1]!.getBoundingClientRect().bottom - 0.5) out.push(`row ${i + 1} overlaps row ${i}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
    return out;
  });
}

describe('the Options people table, with long names and working hours', () => {
  const h = launchForSuite();
  let page: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(h.extensionUrl('options.html'));
    await page.getByText('Import a roster (CSV or JSON)').click();
    await page.getByRole('textbox', { name: 'Roster' }).fill(ROSTER);
    await page.getByRole('button', { name: 'Import roster' }).click();
    await page.locator('table.people tbody tr').nth(4).waitFor();
  });

  for (const width of [1280, 700]) {
    it(`is readable ${width} px wide: every name, address, zone and hours in full, buttons inside`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.locator('table.people tbody tr').count()).toBe(5);
      const section = page.locator('section[aria-labelledby="people-title"]');
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `${SHOTS}/options-people-${width}.png` });
      await expect.poll(() => problems(page)).toEqual([]);
      // Each person's words are all there to read.
      const maria = page.locator('table.people tbody tr', { hasText: 'Maria Fernanda' });
      expect(await maria.textContent()).toContain('08:30–17:30');
    });
  }

  it('the rows still scroll in view with many people: the table is windowed by its rows’ height', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const many = ['Name,Email,Time zone', ...Array.from({ length: 300 }, (_, i) => `"Person Number ${i} With A Rather Long Family Name","person.${i}@example.com",Europe/Berlin`)].join('\n');
    await page.getByRole('textbox', { name: 'Roster' }).fill(many);
    await page.getByRole('button', { name: 'Import roster' }).click();
    await expect.poll(() => page.locator('table.people').getAttribute('data-count'), { timeout: 15_000 }).toBe('305');
    // Scrolled to the end, the last rows are drawn where the scroller shows them.
    await page.locator('.people-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    const visible = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.people-scroll')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('table.people tbody tr')].filter((tr) => {
          const r = tr.getBoundingClientRect();
          return r.bottom > scroller.top && r.top < scroller.bottom;
        }).length;
      });
    await expect.poll(visible).toBeGreaterThan(3);
    await expect.poll(() => problems(page)).toEqual([]);
  });
});
