// In-page instrumentation, installed with context.addInitScript(instrument, cfg) before any page
// script runs. Everything is timed with performance.now() (ms since navigation start).
//
// cfg.ready: 'klaar' (wait for body[data-app-klaar="ja"]) or 'dom' (DOMContentLoaded, plain page)
// cfg.first: selector of the first field; "interactive" = ready AND that field takes focus.
export function instrument(cfg) {
  if (window.__bench) return;
  const now = () => performance.now();
  const B = (window.__bench = {
    cfg, samples: [], saves: [], longtasks: [], setItems: [], clicks: [], changes: [],
    inInput: false, ready: 0, klaar: 0,
  });

  // Long tasks (> 50 ms) for the whole life of the page.
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) B.longtasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* not supported */ }

  // Start-up: ready signal AND the first field takes focus.
  let resolveReady;
  B.whenReady = new Promise((r) => { resolveReady = r; });
  const check = () => {
    if (B.ready) return;
    const body = document.body;
    if (!B.klaar) {
      const ok = cfg.ready === 'dom'
        ? document.readyState !== 'loading' && body
        : body && body.getAttribute('data-app-klaar') === 'ja';
      if (!ok) return;
      B.klaar = now();
    }
    const el = cfg.first && document.querySelector(cfg.first);
    if (!el || el.disabled) return;
    el.focus({ preventScroll: true });
    if (document.activeElement !== el) return;
    B.ready = now();
    mo.disconnect();
    resolveReady(B.ready);
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-klaar'] });
  document.addEventListener('DOMContentLoaded', check);
  document.addEventListener('readystatechange', check);

  // The end of the current task (after its microtasks): a MessageChannel message.
  const afterTask = (f) => { const c = new MessageChannel(); c.port1.onmessage = () => f(now()); c.port2.postMessage(0); };
  // After the next frame is painted: rAF, then a message posted from inside the rAF callback.
  const afterPaint = (f) => requestAnimationFrame(() => afterTask(f));
  B.afterPaint = () => new Promise((r) => afterPaint(r));

  // Typing: every input event is one sample. `B.snap()` (set per series) returns the part of the
  // page that must change (the A counter, the results table, SurveyJS's model value); null when
  // nothing but the field itself changes (plain page).
  //   handled: input event (first listener) → after the page's own input handlers (last listener)
  //   dom:     input event → the page shows the change (checked after the handlers, on every DOM
  //            mutation, in each frame, then every 5 ms up to 2 s)
  //   paint:   input event → the frame that shows the change has been painted (rAF + message)
  //   raf2:    input event → the second requestAnimationFrame (includes waiting for vsync)
  B.snap = () => null;
  const waiters = new Map();
  let cur = null;
  const finish = (s) => {
    if (!s.done && s.paint !== undefined && s.raf2 !== undefined) {
      s.done = true;
      const w = waiters.get(s.i);
      if (w) { waiters.delete(s.i); w(s); }
    }
  };
  const seen = (s) => {
    if (s.dom !== undefined) return true;
    if (s.before !== null && B.snap() === s.before) return false;
    s.dom = now() - s.t0;
    if (s.mo) s.mo.disconnect();
    requestAnimationFrame(() => afterTask((t) => { s.paint = t - s.t0; finish(s); }));
    return true;
  };
  addEventListener('input', (e) => {
    const s = { t0: now(), lag: now() - e.timeStamp, id: e.target && e.target.id, before: B.snap() };
    s.i = B.samples.push(s) - 1;
    cur = s;
    B.inInput = true;
    afterTask(() => { B.inInput = false; });
    if (s.before !== null) {
      s.mo = new MutationObserver(() => seen(s));
      s.mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    requestAnimationFrame(() => {
      seen(s);
      requestAnimationFrame(() => { s.raf2 = now() - s.t0; finish(s); });
    });
    const poll = () => { if (!seen(s)) { if (now() - s.t0 < 2000) setTimeout(poll, 5); else { s.mo && s.mo.disconnect(); s.paint = null; finish(s); } } };
    setTimeout(poll, 5);
  }, true);
  // Bubble phase on window: after the page's own handlers (and their microtasks).
  addEventListener('input', () => {
    const s = cur;
    if (!s) return;
    s.handled = now() - s.t0;
    seen(s);
    queueMicrotask(() => seen(s));
  }, false);
  B.waitSample = (i) => (B.samples[i] && B.samples[i].done ? Promise.resolve(B.samples[i]) : new Promise((r) => waiters.set(i, r)));

  // Clicks and file choices (export, import).
  addEventListener('click', (e) => {
    const c = { t0: now(), id: e.target && e.target.closest && (e.target.closest('[id]') || {}).id };
    B.clicks.push(c);
    afterTask((t) => { c.task = t - c.t0; });
  }, true);
  addEventListener('change', (e) => {
    if (e.target && e.target.type === 'file') B.changes.push({ t0: now(), id: e.target.id });
  }, true);

  // Autosave: the app (and the SurveyJS baseline) debounce with a 400 ms timeout; time each one.
  // A timer callback is a task of its own, never part of a keystroke's task: it clears
  // `inInput`. (The flag is otherwise cleared by a message posted from the input event, and a
  // timer that falls due meanwhile may run before that message: with the max-wait save during
  // continuous typing it did, and its writes were counted as "inside a keystroke task".)
  const st = window.setTimeout;
  window.setTimeout = function (cb, ms, ...rest) {
    if (typeof cb === 'function') {
      const eigen = cb;
      cb = function (...a) { B.inInput = false; return eigen.apply(this, a); };
    }
    if (ms === 400 && typeof cb === 'function') {
      const wrapped = function (...a) {
        const t = now();
        const n = B.setItems.length;
        try { return cb.apply(this, a); } finally {
          const d = now() - t;
          const save = { start: t, sync: d, writes: B.setItems.length - n };
          B.saves.push(save);
          afterTask((e) => { save.task = e - t; });
          try { performance.measure('autosave', { start: t, duration: d }); } catch { /* old API */ }
        }
      };
      return st.call(this, wrapped, ms, ...rest);
    }
    return st.call(this, cb, ms, ...rest);
  };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    const w = { t: now(), key: String(k), len: String(v).length, inInput: B.inInput };
    B.setItems.push(w);
    try { return setItem.call(this, k, v); } finally { w.dur = now() - w.t; }
  };

  // Waits until `sel` is in the DOM; resolves with the absolute times (performance.now()) it
  // appeared and the frame after it was painted.
  B.waitFor = (sel) => new Promise((resolve) => {
    const done = () => {
      const dom = now();
      afterPaint((paint) => resolve({ dom, paint }));
    };
    if (document.querySelector(sel)) return done();
    const o = new MutationObserver(() => { if (document.querySelector(sel)) { o.disconnect(); done(); } });
    o.observe(document, { subtree: true, childList: true });
  });
}
