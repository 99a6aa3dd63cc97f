import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../src/route';
import { barWidth, formatTimestamp, plural } from '../src/format';

describe('routes', () => {
  it('round-trips every screen', () => {
    expect(parseRoute('')).toEqual({ name: 'programmes' });
    expect(parseRoute(href.programmes())).toEqual({ name: 'programmes' });
    expect(parseRoute(href.dashboard('p-1'))).toEqual({ name: 'dashboard', programme: 'p-1' });
    expect(parseRoute(href.award('p-1', 't1-o1-01'))).toEqual({ name: 'award', programme: 'p-1', award: 't1-o1-01' });
    expect(parseRoute(href.documents('p'))).toEqual({ name: 'documents', programme: 'p' });
    expect(parseRoute(href.organisation('soliha'))).toEqual({ name: 'organisation', organisation: 'soliha' });
    const annex = parseRoute(href.annex('p', { territoire: 'Hénin-Carvin', q: '' }));
    expect(annex.name).toBe('annex');
    if (annex.name === 'annex') expect(annex.query.get('territoire')).toBe('Hénin-Carvin');
    const findings = parseRoute(href.findings('p', 'error'));
    if (findings.name === 'findings') expect(findings.query.get('gravite')).toBe('error');
    expect(parseRoute('#/nimporte/quoi').name).toBe('not_found');
  });
});

describe('format', () => {
  it('prints journal timestamps in French', () => {
    expect(formatTimestamp('2026-11-28T18:40:12Z')).toBe('28 novembre 2026 à 18:40 UTC');
    expect(formatTimestamp('2023-09-01')).toBe('1er septembre 2023');
  });
  it('pluralises', () => {
    expect(plural(1, 'constat')).toBe('1 constat');
    expect(plural(3, 'constat')).toBe('3 constats');
  });
  it('draws bars with integer arithmetic', () => {
    expect(barWidth(50n, 100n)).toBe('50%');
    expect(barWidth(1n, 1000000n)).toBe('0.5%');
    expect(barWidth(0n, 100n)).toBe('0%');
  });
});
