#!/usr/bin/env node
// The peer of bench/docs_bench.cc: docxtemplater (npm) filling the same
// agreement template (data/templates/agreement.docx) with the same values
// (exported by octroi_bench as JSON), COUNT times, in this process. Octroi's
// block tags are rewritten to docxtemplater's sections first ({{#each awards}}
// -> {{#awards}}, {{#if x}} -> {{#x}}, closing tags alike), outside the timing.
// With --octroi FILE (Google Benchmark's JSON output), prints the ratio.
//
// Usage: node bench/docxtemplater_bench.js --template T.docx --data D.json
//        [--count 1000] [--octroi octroi.json]
'use strict';
const fs = require('fs');
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');

function option(name, fallback) {
  const index = process.argv.indexOf('--' + name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

// Octroi's {{#each list}} / {{#if name}} … {{/each}} / {{/if}} as sections.
function toSections(xml) {
  const stack = [];
  return xml.replace(/\{\{(#each |#if |\/each|\/if|else)([^}]*)\}\}/g, (all, kind, name) => {
    if (kind === '#each ' || kind === '#if ') {
      stack.push(name.trim());
      return '{{#' + name.trim() + '}}';
    }
    if (kind === 'else') {
      const open = stack[stack.length - 1];
      return '{{/' + open + '}}{{^' + open + '}}';
    }
    return '{{/' + stack.pop() + '}}';
  });
}

const os = require('os');
const path = require('path');
const {execFileSync} = require('child_process');

const root = path.resolve(__dirname, '..');
const build = path.resolve(option('build', path.join(root, 'build')));
const count = Number(option('count', '1000'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'octroi-docs-bench-'));
const dataFile = path.join(scratch, 'data.json');
const octroiReport = JSON.parse(execFileSync(
    path.join(build, 'bench', 'octroi_bench'),
    ['--benchmark_filter=BM_ThousandAgreementsDocx', '--benchmark_min_time=2',
     '--benchmark_format=json'],
    {env: {...process.env, OCTROI_DOCS_BENCH_JSON: dataFile}, maxBuffer: 1 << 24}));
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
fs.rmSync(scratch, {recursive: true, force: true});
const template = fs.readFileSync(path.join(root, 'data', 'templates', 'agreement.docx'));

const source = new PizZip(template);
source.file('word/document.xml', toSections(source.file('word/document.xml').asText()));
const prepared = source.generate({type: 'nodebuffer'});

function fillOnce() {
  const doc = new Docxtemplater(new PizZip(prepared), {
    paragraphLoop: true,
    linebreaks: false,
    delimiters: {start: '{{', end: '}}'},
  });
  doc.render(data);
  return doc.getZip().generate({type: 'nodebuffer', compression: 'DEFLATE'});
}

// Check once that it produces the same document content.
const check = new PizZip(fillOnce()).file('word/document.xml').asText();
for (const expected of [data['organisation.name'], data['total']]) {
  if (!check.includes(expected)) {
    console.error('docxtemplater: « ' + expected + ' » absent du document produit');
    process.exit(1);
  }
}

for (let i = 0; i < 20; ++i) fillOnce();  // warm up the JIT
const start = process.hrtime.bigint();
for (let i = 0; i < count; ++i) fillOnce();
const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
console.log('docxtemplater ' + require('docxtemplater/package.json').version + ' : ' + count +
            ' conventions en ' + milliseconds.toFixed(1) + ' ms (' +
            (milliseconds * 1000 / count).toFixed(1) + ' µs chacune)');

const run = octroiReport.benchmarks.find(b => b.name.startsWith('BM_ThousandAgreementsDocx'));
const scale = {ns: 1e-6, us: 1e-3, ms: 1, s: 1e3}[run.time_unit];
const octroiMs = run.real_time * scale * count / 1000;
console.log('octroi : ' + count + ' conventions en ' + octroiMs.toFixed(1) + ' ms');
console.log('rapport docxtemplater / octroi : ' + (milliseconds / octroiMs).toFixed(1));
