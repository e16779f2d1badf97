// The big draft for the benchmark: the Arnhem 2019 application (tests/fixtures/arnhem-2019.json)
// blown up to 150 measures and ~300 KB of text, in the app's export format.
import fs from 'node:fs';
import path from 'node:path';

const herhaal = (t, n) => Array.from({ length: n }, () => t).join('\n\n');

/** Sum of the characters of every string in `v`. */
export function tekstTekens(v) {
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return v.reduce((s, x) => s + tekstTekens(x), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((s, x) => s + tekstTekens(x), 0);
  return 0;
}

export function groteConcept(root, fixture = path.join(root, 'tests', 'fixtures', 'arnhem-2019.json')) {
  const bron = JSON.parse(fs.readFileSync(fixture, 'utf8'));
  const a = structuredClone(bron.aanvraag);
  const basis = a.maatregelen;
  a.maatregelen = Array.from({ length: 150 }, (_, i) => {
    const m = structuredClone(basis[i % basis.length]);
    m.id = `m${i + 1}`;
    m.naam = `${m.naam} (${i + 1})`;
    for (const f of ['omschrijving', 'inzicht', 'getroffen_maatregel']) if (m[f]) m[f] = herhaal(m[f], 2);
    return m;
  });
  a.a_analyse = herhaal(a.a_analyse, 6);
  a.b_toelichting = herhaal(a.b_toelichting, 2);
  a.c_effect = herhaal(a.c_effect, 6);
  return { ...bron, aanvraag: a };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const c = groteConcept(path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..'));
  console.log(c.aanvraag.maatregelen.length, 'measures,', tekstTekens(c.aanvraag), 'text chars,', JSON.stringify(c).length, 'JSON bytes');
}
