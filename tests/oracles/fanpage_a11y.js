// The fan page as readers meet it, in Debian's Chromium driven by
// puppeteer-core, with axe-core (both pinned in package.json). Prints one JSON
// value; the C++ test (tests/share/fanpage_a11y_test.cpp) judges it.
//
//   node fanpage_a11y.js view     CHROMIUM PAGE.html CASES.json
//   node fanpage_a11y.js axe      CHROMIUM PAGE.html STATES.json
//   node fanpage_a11y.js keyboard CHROMIUM PAGE.html
//   node fanpage_a11y.js reflow   CHROMIUM PAGE.html SUFFIX OUTDIR
//   node fanpage_a11y.js announce CHROMIUM PAGE.html FROM_INSTANT SECONDS
//
// view: each case {accept, suffix, colorScheme, reducedMotion, stored, hash, click}
//   opens the page in a fresh profile with navigator.languages = accept and
//   reports what it shows. axe: each state {suffix, joined} in each language
//   and colour scheme, axe-core's violations. keyboard: Tab through the page,
//   the focus ring of each stop, and what Enter and Space did. reflow: 320 px
//   wide and 200% zoom, light and dark, in each language: what overflows, plus
//   a screenshot of each in OUTDIR. announce: a clock stepped second by second
//   from FROM_INSTANT, what the ticking digits and the polite region said.
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [mode, chromium, pageFile, ...rest] = process.argv.slice(2);
const url = 'file://' + pageFile;
const languages = ['en', 'pt-BR', 'es', 'ja'];

async function openTab(browser, { accept = 'en-US,en', colorScheme = 'light', reducedMotion = 'no-preference',
                                   viewport = { width: 1024, height: 800 }, context } = {}) {
  const tab = await (context || browser).newPage();
  const cdp = await tab.createCDPSession();
  // navigator.languages as a browser set to `accept` would have it.
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: await browser.userAgent(), acceptLanguage: accept });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme },
                                  { name: 'prefers-reduced-motion', value: reducedMotion }]);
  await tab.setViewport(viewport);
  tab.errors = [];
  tab.on('pageerror', (error) => tab.errors.push(String(error.message)));
  return tab;
}

// A fresh load (a change of hash alone would not reload the page).
async function load(tab, suffix) {
  await tab.goto('about:blank');
  await tab.goto(url + (suffix || ''), { waitUntil: 'load' });
}

async function join(tab, handle) {
  await tab.type('#handle', handle);
  await tab.click('#join');
  await tab.waitForFunction(() => !document.querySelector('#checkin-buttons').hidden, { timeout: 30000 });
}

const text = (tab, selector) => tab.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());

async function view(browser, cases) {
  const results = [];
  for (const c of cases) {
    const context = await browser.createBrowserContext();
    const tab = await openTab(browser, { ...c, context });
    if (c.stored) {
      await load(tab, '');
      await tab.evaluate((l) => localStorage.setItem('chorus.lang', l), c.stored);
    }
    await load(tab, c.suffix);
    if (c.hash) {
      // Edited in place: a same-document navigation, no reload.
      await tab.evaluate((hash) => new Promise((resolve) => {
        window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true });
        location.hash = hash;
      }), c.hash);
    }
    if (c.click) {
      await tab.click(c.click);
      if (c.reload) await tab.reload({ waitUntil: 'load' });
    }
    if (c.waitGoal) {
      // The count arrives from the service after the load.
      await tab.waitForFunction(() => document.getElementById('goal-progress').hasAttribute('value'),
                                { timeout: 30000 }).catch(() => {});
    }
    const seen = await tab.evaluate(() => {
      const t = (id) => document.getElementById(id).textContent.replace(/\s+/g, ' ').trim();
      const before = getComputedStyle(document.getElementById('countdown'), '::before');
      return {
        lang: document.documentElement.lang,
        pressed: Array.from(document.querySelectorAll('#lang-switch [aria-pressed="true"]'), (b) => b.dataset.lang),
        languageLabel: t('lang-label'), whenHeading: t('when-heading'), localStart: t('local-start'),
        until: t('until'), zoneName: t('zone-name'), countdown: t('countdown'),
        state: document.getElementById('countdown').dataset.state, announce: t('countdown-announce'),
        ics: t('ics-download'), join: t('join'), ready: t('ready'), footer: document.querySelector('footer').textContent.trim(),
        handlePlaceholder: document.getElementById('handle').placeholder,
        copy: document.querySelector('#posts button').textContent,
        postLabel: document.querySelector('#posts article').getAttribute('aria-label'),
        liveAnimation: before.animationName, url: location.href,
        storedLang: localStorage.getItem('chorus.lang'),
        goalText: t('goal-text'), goalRule: t('goal-rule'),
        progressMax: document.getElementById('goal-progress').max,
        progressValue: document.getElementById('goal-progress').getAttribute('value'),
        progressName: t(document.getElementById('goal-progress').getAttribute('aria-labelledby')),
      };
    });
    seen.errors = tab.errors;
    results.push(seen);
    await context.close();
  }
  return results;
}

async function axeRun(browser, states) {
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const results = [];
  const contexts = {};
  for (const joined of [false, true]) {
    if (!states.some((state) => !!state.joined === joined)) continue;
    const context = await browser.createBrowserContext();
    const tab = await openTab(browser, { context });
    if (joined) {
      await load(tab, '');
      await join(tab, '@axe_reader');
    }
    contexts[joined] = { context, tab };
  }
  for (const state of states) {
    const { tab } = contexts[!!state.joined];
    for (const lang of languages) {
      await load(tab, state.suffix + (state.suffix.includes('#') ? '&' : '#') + 'lang=' + lang);
      for (const colorScheme of ['light', 'dark']) {
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
        // The script runs in the page's world like any other; CSP does not apply to it.
        await tab.evaluate(axeSource);
        const found = await tab.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
          return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary) })),
                   passes: r.passes.length, lang: document.documentElement.lang,
                   joined: document.getElementById('join-form').hidden,
                   state: document.getElementById('countdown').dataset.state };
        });
        results.push({ name: state.name, asked: lang, colorScheme, ...found, errors: tab.errors.slice() });
      }
    }
  }
  for (const { context } of Object.values(contexts)) await context.close();
  return results;
}

async function keyboard(browser) {
  const context = await browser.createBrowserContext();
  const tab = await openTab(browser, { context });
  await load(tab, '');
  const describe = () => tab.evaluate(() => {
    const e = document.activeElement;
    const style = getComputedStyle(e);
    let page = getComputedStyle(document.body).backgroundColor;
    return { tag: e.tagName.toLowerCase(), id: e.id, lang: e.dataset ? e.dataset.lang || '' : '',
             text: (e.textContent || '').trim().slice(0, 40), focusVisible: e.matches(':focus-visible'),
             outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
             outlineColor: style.outlineColor, background: page };
  });
  // Every control a reader could reach, in document order.
  const controls = await tab.evaluate(() => Array.from(
      document.querySelectorAll('a[href], button, input, select, textarea'))
      .filter((e) => e.offsetParent !== null && !e.closest('[hidden]'))
      .map((e) => ({ tag: e.tagName.toLowerCase(), id: e.id, lang: e.dataset.lang || '',
                     text: (e.textContent || '').trim().slice(0, 40) })));
  const stops = [];
  await tab.evaluate(() => document.activeElement && document.activeElement.blur());
  for (let i = 0; i < controls.length + 3; ++i) {
    await tab.keyboard.press('Tab');
    const d = await describe();
    if (d.tag === 'body') break;
    if (stops.length && stops[0].tag === d.tag && stops[0].id === d.id && stops[0].text === d.text
        && stops[0].lang === d.lang) break;
    stops.push(d);
  }
  const acts = {};
  const focus = (selector) => tab.focus(selector);
  await focus('[data-lang="es"]'); await tab.keyboard.press('Enter');
  acts.enterSpanish = await tab.evaluate(() => document.documentElement.lang);
  await focus('[data-lang="ja"]'); await tab.keyboard.press('Space');
  acts.spaceJapanese = await tab.evaluate(() => document.documentElement.lang);
  await focus('[data-lang="en"]'); await tab.keyboard.press('Enter');
  acts.enterEnglish = await tab.evaluate(() => document.documentElement.lang);
  await focus('#posts button'); await tab.keyboard.press('Space');
  // Read in the same turn as the change: the label goes back after 1.5 s.
  acts.spaceCopy = await (await tab.waitForFunction(() => {
    const button = document.querySelector('#posts button');
    return button.textContent !== 'Copy'
        && { button: button.textContent, status: document.getElementById('status').textContent };
  }, { timeout: 30000 })).jsonValue().catch((error) => ({ error: String(error) }));
  await focus('.compose-mastodon'); await tab.keyboard.press('Enter');
  acts.enterMastodonWithoutServer = { status: await text(tab, '#status'),
                                      focused: await tab.evaluate(() => document.activeElement.id) };
  await focus('#handle'); await tab.keyboard.type('@keyboard_fan'); await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => /in\./.test(document.querySelector('#checkin-status').textContent)
      || /Could not/.test(document.querySelector('#checkin-status').textContent), { timeout: 30000 }).catch(() => {});
  acts.enterJoin = await text(tab, '#checkin-status');
  await focus('#ready'); await tab.keyboard.press('Space');
  await tab.waitForFunction(() => document.querySelector('#checkin-status').textContent === 'Marked ready.',
      { timeout: 30000 }).catch(() => {});
  acts.spaceReady = await text(tab, '#checkin-status');
  await focus('#posted'); await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => /Thank/.test(document.querySelector('#checkin-status').textContent),
      { timeout: 30000 }).catch(() => {});
  acts.enterPosted = await text(tab, '#checkin-status');
  await context.close();
  return { controls, stops, acts, errors: tab.errors };
}

async function reflow(browser, suffix, outdir) {
  const results = [];
  const layouts = { w320: { width: 320, height: 720, deviceScaleFactor: 1 },
                    // A 1280 × 900 window at 200%: 640 × 450 CSS pixels, two device pixels each.
                    zoom200: { width: 640, height: 450, deviceScaleFactor: 2 } };
  for (const lang of languages) {
    for (const [layout, viewport] of Object.entries(layouts)) {
      for (const colorScheme of ['light', 'dark']) {
        const tab = await openTab(browser, { viewport, colorScheme });
        await load(tab, suffix + (suffix.includes('#') ? '&' : '#') + 'lang=' + lang);
        const measured = await tab.evaluate(() => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const cut = [];
          for (const e of document.querySelectorAll('body *')) {
            if (e.closest('.sr-only, [hidden], script, style, noscript')) continue;
            const r = e.getBoundingClientRect();
            if (!r.width && !r.height) continue;
            const style = getComputedStyle(e);
            const clips = style.overflowX !== 'visible' || style.overflow !== 'visible';
            if (r.left < -0.5 || r.right > width + 0.5
                || (clips && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'INPUT' && e.tagName !== 'SELECT'))
              cut.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + e.className) + ' '
                       + Math.round(r.left) + '..' + Math.round(r.right));
          }
          return { scrollWidth: root.scrollWidth, clientWidth: width, cut,
                   lang: root.lang, title: document.getElementById('title').textContent };
        });
        const shot = path.join(outdir, `fanpage-${lang}-${layout}-${colorScheme}.png`);
        await tab.screenshot({ path: shot, fullPage: true });
        results.push({ asked: lang, layout, colorScheme, ...measured, shot, errors: tab.errors });
        await tab.close();
      }
    }
  }
  return results;
}

async function announce(browser, from, seconds) {
  const tab = await openTab(browser);
  // The page's own clock, stepped by the test: Date.now() and the one-second
  // timer are the test's; everything else is the page as shipped.
  await tab.evaluateOnNewDocument((start) => {
    let fake = Date.parse(start);
    Date.now = () => fake;
    window.__advance = (ms) => { fake += ms; };
    window.__ticks = [];
    const realSetInterval = window.setInterval;
    window.setInterval = (fn, ms, ...args) => {
      if (ms === 1000) { window.__ticks.push(fn); return 0; }
      return realSetInterval(fn, ms, ...args);
    };
  }, from);
  await load(tab, '');
  const steps = await tab.evaluate((count) => {
    const read = () => ({ digits: document.getElementById('countdown').textContent,
                          spoken: document.getElementById('countdown-announce').textContent });
    const seen = [read()];
    for (let i = 0; i < count; ++i) {
      window.__advance(1000);
      for (const fn of window.__ticks) fn();
      seen.push(read());
    }
    return seen;
  }, seconds);
  const attributes = await tab.evaluate(() => {
    const a = (id, name) => document.getElementById(id).getAttribute(name);
    return { countdownLive: a('countdown', 'aria-live'), countdownRole: a('countdown', 'role'),
             announceLive: a('countdown-announce', 'aria-live'), announceAtomic: a('countdown-announce', 'aria-atomic') };
  });
  const digitChanges = steps.filter((s, i) => i && s.digits !== steps[i - 1].digits).length;
  const spoken = steps.filter((s, i) => i && s.spoken !== steps[i - 1].spoken)
      .map((s) => ({ at: steps.indexOf(s), text: s.spoken }));
  return { first: steps[0], digitChanges, spoken, attributes, errors: tab.errors };
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
  let result;
  try {
    if (mode === 'view') result = await view(browser, JSON.parse(rest[0]));
    else if (mode === 'axe') result = await axeRun(browser, JSON.parse(rest[0]));
    else if (mode === 'keyboard') result = await keyboard(browser);
    else if (mode === 'reflow') result = await reflow(browser, rest[0], rest[1]);
    else if (mode === 'announce') result = await announce(browser, rest[0], Number(rest[1]));
    else throw new Error('unknown mode ' + mode);
  } catch (error) {
    result = { error: String(error && error.stack || error) };
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
}

main().catch((error) => { console.error(error); process.exit(1); });
