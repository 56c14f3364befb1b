#!/usr/bin/env node
// Regenerates migration-names.jsonl and migration-order.txt from the real Prisma CLI (not run by the tests).
//   node prisma-oracle.cjs ~/.cache/peers/node_modules/prisma/build/cli.js
// It loads Prisma's own name sanitiser (the `slugify` the CLI applies to `migrate dev --name`) out of
// the installed CLI bundle at run time, runs it on the inputs below and writes the answers.
'use strict'
const fs = require('fs')
const path = require('path')
const cli = fs.readFileSync(process.argv[2], 'utf8')
const esc = cli.slice(cli.indexOf('function aS('), cli.indexOf('}', cli.indexOf('replace(/-/g', cli.indexOf('function aS('))) + 1)
const from = cli.indexOf('var y$t=')
const to = cli.indexOf('var gN=W(hg());', from)
const slug = new Function(esc + '\n' + cli.slice(from, to) + '\nreturn (x) => hN(x, {separator: "_"}).substring(0, 200);')()

const inputs = [
  'init', 'Add User Profiles', 'addUserProfiles', 'add_user_profiles', 'enhance-companion model!!',
  'update companion permissions', 'Größe ändern', 'café & crème', "it's done", "don't stop", 'HTMLParser2Update',
  '__leading__', 'a\\b', 'x  y   z', 'CamelCaseXMLHttp', 'I♥SQL', '🦄', 'Привет мир', 'ÆØÅ æøå', 'Œuvre', '日本語',
  'v2', 'V2Migration', 'ABC123def', 'add-index-on-users.email', 'drop TABLE "Users";', '  spaced  ', '',
  '123', 'a1B2c3', 'snake_case_Name', 'ÉCOLE', 'façade', 'Ølberg', 'Łódź', 'ẞtraße', 'Ɣ', 'x'.repeat(250),
  'A'.repeat(10) + 'b'.repeat(195), 'mixed Ümlaut Übung', 'ß', 'Ñandú', 'ça va?', "user's profiles", "cat's", 'JSONField',
  'getHTTPResponseCode', 'XMLHttpRequest', 'iPhone', 'IOSApp', 'add 2FA', 'OAuth2Tokens', 'tab\there', 'new\nline',
  'semi;colon', 'percent%', 'dollar$sign', 'emoji 😀 name', 'αβγ', 'Ελλάδα', 'Ёлка', 'ЖЁЛТЫЙ',
]
let seed = 42
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const alphabet = 'abcXYZ019_- .&\'éüßЖ'
for (let i = 0; i < 200; i++) {
  let s = ''
  const n = 1 + Math.floor(rnd() * 20)
  for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)]
  inputs.push(s)
}
const here = __dirname
fs.writeFileSync(path.join(here, 'migration-names.jsonl'), inputs.map((i) => JSON.stringify([i, slug(i)])).join('\n') + '\n')

const names = []
const chars = 'aAbB09_-.zZ'
for (let i = 0; i < 300; i++) {
  let s = '2024010100000' + Math.floor(rnd() * 3) + '_'
  const n = 1 + Math.floor(rnd() * 6)
  for (let j = 0; j < n; j++) s += chars[Math.floor(rnd() * chars.length)]
  names.push(s)
}
names.sort((a, b) => a.localeCompare(b))
fs.writeFileSync(path.join(here, 'migration-order.txt'), names.join('\n') + '\n')
