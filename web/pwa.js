// Outside the wasm (the start page's module stays within its size budget), under the CSP (a file,
// no inline script): the service worker, the update banner, and the storage sentence on the
// start page. docs/ARCHITECTURE.md ("Offline") has the whole picture; web/sw.js the caching.
(function () {
  'use strict';
  var GEVRAAGD = 'vangnet-opslag.blijvend-gevraagd'; // not vangnet.*: that is the drafts' room

  // ---- the update banner
  // A live region that exists before its text does (so screen readers announce it), first in
  // the tab order, never focused by us: the user decides when to reload.
  var melding = document.createElement('div');
  melding.id = 'nieuwe-versie';
  melding.className = 'nieuwe-versie';
  melding.setAttribute('role', 'status');
  melding.setAttribute('aria-live', 'polite');
  document.body.insertBefore(melding, document.body.firstChild);

  var herladenGevraagd = false;
  function toonUpdate(reg) {
    if (melding.firstChild) return;
    var p = document.createElement('p');
    p.className = 'banner nieuwe-versie__tekst';
    p.appendChild(document.createTextNode('Er is een nieuwe versie. Herladen wanneer het u uitkomt. '));
    var knop = document.createElement('button');
    knop.type = 'button';
    knop.className = 'knop knop--klein';
    knop.id = 'nieuwe-versie-herladen';
    knop.textContent = 'Herladen';
    knop.addEventListener('click', function () {
      herladenGevraagd = true;
      knop.disabled = true;
      // The waiting worker takes over only now (skipWaiting in sw.js); controllerchange then
      // reloads. The page's pagehide handler saves the open draft first. Already taken over
      // (by a click in another tab): just reload.
      if (reg.waiting) reg.waiting.postMessage({ type: 'nu-vernieuwen' });
      else location.reload();
    });
    p.appendChild(knop);
    melding.appendChild(p);
  }

  function registreer() {
    var sw = navigator.serviceWorker;
    // updateViaCache 'none': the browser asks the server for sw.js on every check, whatever
    // the host's cache headers say, so a new build is noticed on the next visit.
    sw.register('./sw.js', { scope: './', updateViaCache: 'none' }).then(function (reg) {
      if (!reg) return; // a browser (or test harness) that stubs service workers out
      var wacht = function (w) {
        w.addEventListener('statechange', function () {
          // Installed while another worker controls this page: a new build, waiting.
          if (w.state === 'installed' && sw.controller) toonUpdate(reg);
        });
      };
      if (reg.waiting && sw.controller) toonUpdate(reg);
      if (reg.installing) wacht(reg.installing);
      reg.addEventListener('updatefound', function () { if (reg.installing) wacht(reg.installing); });
      // A tab left open for days still hears of a new build.
      setInterval(function () { reg.update().catch(function () {}); }, 60 * 60 * 1000);
    }, function () {
      // No sw.js (trunk serve) or no worker allowed: the app works online as before. A worker
      // from an earlier build on this address would keep serving that build: remove it.
      sw.getRegistration('./').then(function (r) { if (r) r.unregister(); }, function () {});
    });
    var hadController = Boolean(sw.controller);
    sw.addEventListener('controllerchange', function () {
      if (herladenGevraagd) location.reload();
      // Another tab's click let the new worker in: this page still runs the old build.
      else if (hadController) sw.getRegistration('./').then(function (reg) { if (reg) toonUpdate(reg); });
      hadController = true;
    });
  }

  if ('serviceWorker' in navigator) {
    // After the load, so the worker's downloads never compete with the app's own start.
    if (document.readyState === 'complete') registreer();
    else window.addEventListener('load', registreer);
  }

  // ---- storage on the start page (#opslag-ruimte, an empty section the start page renders)
  function getal(x, decimalen) {
    var s = x.toFixed(decimalen).split('.');
    return s[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (s[1] ? ',' + s[1] : '');
  }
  function grootte(b) {
    if (b < 1000) return getal(b, 0) + ' bytes';
    var eenheden = [['kB', 1e3], ['MB', 1e6], ['GB', 1e9], ['TB', 1e12]];
    var i = 0;
    while (i + 1 < eenheden.length && b >= eenheden[i + 1][1]) i += 1;
    var v = b / eenheden[i][1];
    return getal(v, v < 10 ? 1 : 0) + ' ' + eenheden[i][0];
  }
  function conceptBytes() {
    // localStorage keeps UTF-16: two bytes per code unit, key and value.
    var n = 0;
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf('vangnet.') === 0) n += (k.length + (localStorage.getItem(k) || '').length) * 2;
      }
    } catch (e) { return null; }
    return n;
  }
  function alinea(el, tekst, id) {
    var p = document.createElement('p');
    if (id) p.id = id;
    p.textContent = tekst;
    el.appendChild(p);
    return p;
  }
  function blijvend() {
    var s = navigator.storage;
    if (!s || !s.persisted) return Promise.resolve(null);
    return s.persisted().then(function (al) {
      if (al) return true;
      var gevraagd = null;
      try { gevraagd = localStorage.getItem(GEVRAAGD); } catch (e) { return false; }
      if (gevraagd || !s.persist) return false;
      // Asked once per browser (Chromium decides silently, Firefox asks the user).
      try { localStorage.setItem(GEVRAAGD, new Date().toISOString()); } catch (e) { /* blocked */ }
      return s.persist();
    }).catch(function () { return null; });
  }
  function vul(el) {
    el.setAttribute('data-gevuld', 'bezig');
    var s = navigator.storage;
    var schatting = s && s.estimate ? s.estimate().catch(function () { return null; }) : Promise.resolve(null);
    Promise.all([schatting, blijvend()]).then(function (r) {
      if (!el.isConnected) return;
      var est = r[0];
      var vast = r[1];
      el.textContent = '';
      var kop = document.createElement('h2');
      kop.id = 'opslag-ruimte-kop';
      kop.textContent = 'Opslag in deze browser';
      el.appendChild(kop);
      el.setAttribute('aria-labelledby', kop.id);
      var b = conceptBytes();
      var zin = b === null ? 'De browser laat de app niet in zijn opslag kijken.' : 'De concepten gebruiken ' + grootte(b) + ' van de opslag van deze browser.';
      if (est && typeof est.quota === 'number' && typeof est.usage === 'number') zin += ' Er is nog ongeveer ' + grootte(Math.max(0, est.quota - est.usage)) + ' vrij.';
      alinea(el, zin, 'opslag-gebruik');
      if (vast !== null) {
        alinea(el, 'De app vraagt de browser één keer om blijvende opslag, zodat de browser uw concepten niet zomaar opruimt als de schijf vol raakt. ' +
          (vast ? 'De browser heeft dat toegezegd.' : 'De browser heeft dat (nog) niet toegezegd: maak daarom geregeld een reservekopie.'), 'opslag-blijvend');
      }
      if (navigator.serviceWorker && navigator.serviceWorker.controller) alinea(el, 'De app werkt op deze computer ook zonder internetverbinding.', 'opslag-offline');
      el.setAttribute('data-gevuld', 'ja');
    });
  }
  function zoek() {
    var el = document.getElementById('opslag-ruimte');
    if (el && !el.hasAttribute('data-gevuld')) vul(el);
  }
  // The start page comes and goes with the route (hash): watch for its section.
  new MutationObserver(zoek).observe(document.body, { childList: true, subtree: true });
  zoek();
})();
