import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, as .ci/run installs it (`apt-get install -y chromium`); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'test-results/screenshots';

/** Fails loudly, never skips: the web app's tests need a browser and a built app. */
export function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package with ` +
        '`apt-get update && apt-get install -y chromium` (as .ci/run does), or set CHROMIUM_PATH.',
    );
  }
  if (!existsSync('apps/web/dist/index.html')) {
    throw new Error('The web app is not built (apps/web/dist/index.html is missing): run `npm run build` first.');
  }
}

export async function launch(): Promise<Browser> {
  assertPrerequisites();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // This machine's network is closed: without these, Chromium keeps dialling Google's hosts.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1360, height: 900 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin', // Not the organization's zone: the app must show Tokyo times anyway.
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // A page error is a test failure, not a silent blank screen.
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.locator('#signin-email').fill(email);
  await page.locator('#signin-password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator('.topbar').waitFor();
}
