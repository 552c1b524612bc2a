// A fan using the fan page in a real browser: Debian's Chromium driven by
// puppeteer-core (pinned in package.json; it downloads no browser).
//
//   node fanpage_checkin.js CHROMIUM PAGE.html|http://… HANDLE PLATFORM
//
// Opens the page (a file, or the address of a serve that hosts it), joins with HANDLE on PLATFORM, presses "I'm ready" and
// "I posted", then reloads the page to see that it remembers the fan. Prints
// one JSON object with what the fan saw at each step.
'use strict';
const puppeteer = require('puppeteer-core');

const [chromium, page, handle, platform] = process.argv.slice(2);

async function main() {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--lang=en-US'],
  });
  const seen = { console: [] };
  try {
    const tab = await browser.newPage();
    tab.on('console', (message) => seen.console.push(message.text()));
    tab.on('pageerror', (error) => seen.console.push('pageerror: ' + error.message));
    seen.response = null;
    const url = /^https?:\/\//.test(page) ? page : 'file://' + page;
    const loaded = await tab.goto(url, { waitUntil: 'load' });
    if (loaded && url.startsWith('http'))
      seen.response = { status: loaded.status(), contentType: loaded.headers()['content-type'] };
    const status = () => tab.$eval('#checkin-status', (e) => e.textContent);
    const waitForStatus = (previous) => tab.waitForFunction(
        (text) => { const s = document.querySelector('#checkin-status').textContent;
                    return s !== text && !s.endsWith('…'); },
        { timeout: 10000 }, previous);

    seen.sectionVisible = await tab.$eval('#checkin', (e) => !e.hidden);
    await tab.type('#handle', handle);
    await tab.select('#platform', platform);
    await tab.click('#join');
    await waitForStatus('');
    seen.afterJoin = await status();
    seen.buttonsVisible = await tab.$eval('#checkin-buttons', (e) => !e.hidden);

    await tab.click('#ready');
    await waitForStatus(seen.afterJoin);
    seen.afterReady = await status();

    await tab.click('#posted');
    await waitForStatus(seen.afterReady);
    seen.afterPosted = await status();
    // Until the fan's own post is counted (the stats line says "0 posted"
    // from the page's first load until the fresh figures arrive).
    await tab.waitForFunction(
        () => /(^|\D)[1-9]\d* posted/.test(document.querySelector('#stats').textContent),
        { timeout: 10000 });
    seen.stats = await tab.$eval('#stats', (e) => e.textContent);

    await tab.reload({ waitUntil: 'load' });
    seen.afterReload = {
      formHidden: await tab.$eval('#join-form', (e) => e.hidden),
      buttonsVisible: await tab.$eval('#checkin-buttons', (e) => !e.hidden),
    };
  } catch (error) {
    seen.error = String(error && error.message || error);
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(seen));
}

main().catch((error) => { console.error(error); process.exit(1); });
