// "De app is gestopt": the screen for when the wasm dies anyway. A Rust panic aborts (panic =
// "abort"): the wasm traps (`unreachable`) and nothing it drew answers any more. This file lives
// outside the wasm, so it still works then. It is a classic script, loaded from index.html
// before the JS glue (the CSP allows only scripts from 'self'; no inline script, no eval).
//
// It notices the end of the wasm in two ways: the panic hook (src/ui/gestopt.rs) calls
// `window.vangnetGestopt(message)`, and any uncaught `WebAssembly.RuntimeError` (a trap) reaches
// the window's `error` or `unhandledrejection` event. It then shows, over the app: that the app
// stopped, what is safe (the draft's save time, read from localStorage), a reload button, and a
// download of each stored draft exactly as the app stored it (the draft format, which the start
// page's "Bestand inlezen" reads).
(function () {
  'use strict';
  var CONCEPT = 'vangnet.concept.';
  var getoond = false;
  var melding = '';

  function opslag() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function twee(n) { return (n < 10 ? '0' : '') + n; }

  // "om 14:32" today, "op 01-12-2026 om 14:32" another day (local time, as the app shows it).
  function tijdTekst(iso) {
    var d = new Date(iso);
    if (!iso || isNaN(d.getTime())) return '';
    var nu = new Date();
    var tijd = 'om ' + twee(d.getHours()) + ':' + twee(d.getMinutes());
    if (d.toDateString() === nu.toDateString()) return tijd;
    return 'op ' + twee(d.getDate()) + '-' + twee(d.getMonth() + 1) + '-' + d.getFullYear() + ' ' + tijd;
  }

  // Every stored draft: id, raw text, and what can be read of it without the wasm.
  function concepten() {
    var s = opslag();
    var lijst = [];
    if (!s) return lijst;
    for (var i = 0; i < s.length; i++) {
      var k = s.key(i);
      if (!k || k.indexOf(CONCEPT) !== 0) continue;
      var tekst = s.getItem(k) || '';
      var c = { id: k.slice(CONCEPT.length), tekst: tekst, gemeente: '', opgeslagen: '' };
      try {
        var v = JSON.parse(tekst);
        c.opgeslagen = typeof v.opgeslagen_op === 'string' ? v.opgeslagen_op : '';
        c.gemeente = v.aanvraag && typeof v.aanvraag.gemeente === 'string' ? v.aanvraag.gemeente.trim() : '';
      } catch (e) { /* unreadable: still offered as it is */ }
      lijst.push(c);
    }
    lijst.sort(function (a, b) { return a.opgeslagen < b.opgeslagen ? 1 : -1; });
    return lijst;
  }

  // The draft the URL names (#/concept/<id>/<page>), if any.
  function openId() {
    var m = /^#\/concept\/([^/]+)/.exec(window.location.hash || '');
    if (!m) return '';
    try { return decodeURIComponent(m[1]); } catch (e) { return m[1]; }
  }

  function el(tag, attrs, tekst) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (tekst) e.textContent = tekst;
    return e;
  }

  function bestandsnaam(c) {
    var naam = (c.gemeente || 'naamloos').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'naamloos';
    return 'concept-' + naam + '-' + c.id.replace(/[^A-Za-z0-9_-]/g, '') + '.json';
  }

  function download(c) {
    var url = URL.createObjectURL(new Blob([c.tekst], { type: 'application/json' }));
    var a = el('a', { href: url, download: bestandsnaam(c), hidden: '' });
    (document.getElementById('gestopt') || document.body).appendChild(a);
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // Events the dead wasm should no longer get (calling into a trapped instance only throws
  // again): its delegated listeners sit on document and window, so a capturing listener on
  // window stops events aimed at the page's elements (and at the document) first. Events aimed
  // at window itself (hashchange, pagehide) reach the app's listeners anyway, as those were
  // added earlier; src/ui/gestopt.rs ignores them for the opening mark.
  var AFSCHERMEN = ['click', 'input', 'change', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'focus', 'blur',
    'submit', 'visibilitychange', 'freeze', 'scroll'];

  function toon() {
    if (getoond || !document.body) return;
    getoond = true;
    var s = opslag();
    var lijst = concepten();
    var id = openId();
    var open = null;
    for (var i = 0; i < lijst.length; i++) if (lijst[i].id === id) open = lijst[i];

    var scherm = el('div', { id: 'gestopt', 'class': 'gestopt', role: 'alert', 'aria-labelledby': 'gestopt-kop' });
    var vak = el('div', { 'class': 'gestopt__vak' });
    scherm.appendChild(vak);
    vak.appendChild(el('h1', { id: 'gestopt-kop', tabindex: '-1' }, 'De app is gestopt door een fout.'));
    var veilig;
    if (!s) {
      veilig = 'De browser staat opslaan niet toe: er is niets in deze browser bewaard.';
    } else if (id && open && tijdTekst(open.opgeslagen)) {
      veilig = 'Uw concept is bewaard ' + tijdTekst(open.opgeslagen) + '. Wat u daarna wijzigde, is mogelijk niet bewaard.';
    } else if (id && open) {
      veilig = 'Uw concept staat in deze browser, maar wanneer het voor het laatst is bewaard, is niet te lezen.';
    } else if (id) {
      veilig = 'Van dit concept is nog niets bewaard in deze browser.';
    } else if (lijst.length) {
      veilig = 'Uw concepten staan bewaard in deze browser.';
    } else {
      veilig = 'Er zijn geen concepten in deze browser bewaard.';
    }
    vak.appendChild(el('p', { id: 'gestopt-veilig' }, veilig));
    vak.appendChild(el('p', {}, 'Laad de pagina opnieuw om verder te werken. Gebeurt dit opnieuw, download dan uw concept hieronder als bestand; dat werkt ook nu.'));
    var herladen = el('button', { type: 'button', 'class': 'knop', id: 'gestopt-herladen' }, 'Opnieuw laden');
    herladen.addEventListener('click', function () { window.location.reload(); });
    vak.appendChild(herladen);

    if (lijst.length) {
      vak.appendChild(el('h2', {}, lijst.length === 1 ? 'Concept downloaden' : 'Concepten downloaden'));
      vak.appendChild(el('p', { 'class': 'hint' }, 'Het bestand is het concept zoals deze browser het bewaarde (JSON). Lees het in op de startpagina met “Bestand inlezen”, ook in een andere browser.'));
      var ul = el('ul', { 'class': 'gestopt__lijst' });
      // The open draft first, then the others (newest first).
      var volgorde = open ? [open].concat(lijst.filter(function (c) { return c !== open; })) : lijst;
      volgorde.forEach(function (c) {
        var li = el('li', {});
        var naam = c.gemeente || '(naamloos)';
        var label = c === open ? 'Download dit concept: ' + naam + ' (JSON)' : 'Download ' + naam + ' (JSON)';
        var knop = el('button', { type: 'button', 'class': 'knop knop--secundair', 'data-concept': c.id }, label);
        knop.addEventListener('click', function () { download(c); });
        li.appendChild(knop);
        var t = tijdTekst(c.opgeslagen);
        if (t) li.appendChild(document.createTextNode(' bewaard ' + t));
        ul.appendChild(li);
      });
      vak.appendChild(ul);
    }
    if (melding) {
      var details = el('details', { 'class': 'gestopt__details' });
      details.appendChild(el('summary', {}, 'Technische melding'));
      details.appendChild(el('pre', {}, melding));
      vak.appendChild(details);
    }

    // The rest of the page no longer works: out of reach of keyboard and screen reader.
    Array.prototype.forEach.call(document.body.children, function (c) {
      if (c.tagName !== 'SCRIPT') { c.setAttribute('inert', ''); c.setAttribute('aria-hidden', 'true'); }
    });
    AFSCHERMEN.forEach(function (type) {
      var stop = function (ev) { if (!(ev.target instanceof Node) || !scherm.contains(ev.target)) ev.stopImmediatePropagation(); };
      window.addEventListener(type, stop, true);
      document.addEventListener(type, stop, true);
      // The screen's own events reach its buttons, not the app's listeners further up.
      scherm.addEventListener(type, function (ev) { ev.stopPropagation(); });
    });
    document.body.appendChild(scherm);
    document.body.setAttribute('data-app-gestopt', 'ja');
    document.title = 'De app is gestopt – Vangnetuitkering Participatiewet';
    document.getElementById('gestopt-kop').focus();
  }

  function isTrap(e) {
    return typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
  }

  // Called by the Rust panic hook, before the trap: shown once the wasm has stopped running.
  window.vangnetGestopt = function (bericht) {
    melding = String(bericht || '');
    setTimeout(toon, 0);
  };
  window.addEventListener('error', function (ev) { if (isTrap(ev.error)) toon(); });
  window.addEventListener('unhandledrejection', function (ev) { if (isTrap(ev.reason)) toon(); });
})();
