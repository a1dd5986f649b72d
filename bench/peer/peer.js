#!/usr/bin/env node
// Peer extractor: a baseline built from two off-the-shelf npm packages, to compare
// SeedGen against. usage: node peer.js SET_DIR > pred.json
//   officials = person names found by compromise's people() (name only)
//   events    = one event per chrono-node date mention (kind "other")
//   positions = [] (the peer has none)
// Prints GUIDE.md's JSON on stdout and one timing line on stderr.
'use strict';
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');
const chrono = require('chrono-node');

function parseIndex(setDir) {
  const rows = [];
  let header = null;
  for (let line of fs.readFileSync(path.join(setDir, 'INDEX.md'), 'utf8').split(/\r?\n/)) {
    line = line.trim();
    if (!line.startsWith('|')) continue;
    const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map(c => c.trim());
    if (!header) { header = cells.map(c => c.toLowerCase()); continue; }
    if (cells.every(c => /^:?-+:?$/.test(c))) continue;
    const row = {};
    header.forEach((h, i) => { row[h] = cells[i] ?? ''; });
    if (row.file) rows.push(row);
  }
  return rows;
}

// Published (YYYY-MM-DD, YYYY-MM or YYYY) as chrono's reference date: the first day of
// what is known, at local noon. Missing or malformed: now.
function referenceDate(published) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec((published || '').trim());
  if (!m) return new Date();
  return new Date(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1, 12);
}

const pad = n => String(n).padStart(2, '0');

// A chrono component as an ISO date, as precise as chrono is certain of it. A weekday
// ("on Tuesday") counts as a known day: chrono resolved it against the reference.
// Null when only a time of day is known ("at 10 a.m.").
function isoDate(c) {
  if (!c) return null;
  const y = c.get('year'), mo = c.get('month'), d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(mo)}-${pad(d)}`;
  if (c.isCertain('month')) return `${y}-${pad(mo)}`;
  if (c.isCertain('year')) return `${y}`;
  return null;
}

function cleanName(s) {
  return s.replace(/[\u2019']s$/, '').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
    .replace(/(\p{L}{2,})\.$/u, '$1').replace(/\s+/g, ' ').trim();
}

function officials(text) {
  const seen = new Map();
  // compromise's people() keeps a leading title ("Spokesperson Ned Price", "Mr Bush");
  // its own #Honorific / #Actor tags mark those words, so they are left out.
  for (const raw of nlp(text).people().not('(#Honorific|#Actor)').out('array')) {
    const name = cleanName(raw);
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  const names = [...seen.values()];
  // Drop a name that is a word-wise prefix or suffix of a longer one ("Lin" of "Lin Jian").
  const kept = names.filter(n => !names.some(o => o.length > n.length &&
    (o.toLowerCase().startsWith(n.toLowerCase() + ' ') || o.toLowerCase().endsWith(' ' + n.toLowerCase()))));
  return kept.map(name => ({ name, title: null, organization: null, country: null }));
}

function events(text, ref) {
  const out = [];
  for (const r of chrono.parse(text, ref)) {
    const start = isoDate(r.start);
    if (!start) continue;
    const end = isoDate(r.end) || start;
    out.push({ name: r.text.replace(/[\s,.;:]+$/, ''), kind: 'other', start, end, location: null, participants: [] });
  }
  return out;
}

function main() {
  const setDir = process.argv[2];
  if (!setDir) { console.error('usage: node peer.js SET_DIR'); process.exit(2); }
  const documents = [];
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const row of parseIndex(setDir)) {
    const text = fs.readFileSync(path.join(setDir, row.file), 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
    documents.push({
      file: row.file,
      officials: officials(text),
      events: events(text, referenceDate(row.published)),
      positions: [],
    });
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ documents }, null, 1) + '\n');
  console.error(`peer: ${documents.length} documents, ${bytes} bytes in ${secs.toFixed(3)} s ` +
    `= ${(bytes / 1e6 / secs).toFixed(3)} MB/s (in-script, extraction only)`);
}

main();
