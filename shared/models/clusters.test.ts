import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignGroup, discoverGroups, type ClusterRow } from './clusters';

/** A small seeded generator, so the synthetic base is the same on every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Three obvious groups: 300 recent big spenders, 400 lapsed one-time buyers, 200 engaged people who never bought. */
function syntheticBase(): ClusterRow[] {
  const rnd = random(7);
  const near = (value: number, spread = 0.3) => value * (1 + (rnd() - 0.5) * spread);
  const rows: ClusterRow[] = [];
  const add = (count: number, make: () => Omit<ClusterRow, 'id'>) => {
    for (let i = 0; i < count; i++) rows.push({ id: `c${String(rows.length).padStart(4, '0')}`, ...make() });
  };
  add(300, () => ({ recencyDays: near(7), frequency: Math.round(near(20)), monetary: near(5000), engagement: Math.round(near(40)) }));
  add(400, () => ({ recencyDays: near(400), frequency: 1, monetary: near(60), engagement: Math.round(near(1, 2)) }));
  add(200, () => ({ recencyDays: null, frequency: 0, monetary: 0, engagement: Math.round(near(30)) }));
  return rows;
}

describe('discovered groups', () => {
  const rows = syntheticBase();
  const result = discoverGroups(rows);

  it('splits the paying customers in two, with the highest silhouette at k = 2, and keeps those who paid nothing apart', () => {
    expect(result.k).toBe(2);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...result.silhouetteByK.map((s) => s.silhouette));
    expect(result.silhouette).toBe(best);
    expect(result.silhouette).toBeGreaterThan(0.8);
    expect(result.groups.map((g) => [g.kind, g.size])).toEqual([['buyers', 400], ['buyers', 300], ['engaged-non-buyers', 200], ['new-non-buyers', 0]]);
  });

  it('puts each synthetic group together', () => {
    const ids = (from: number, to: number) => rows.slice(from, to).map((r) => r.id);
    expect(result.groups[0]!.memberIds).toEqual(ids(300, 700));
    expect(result.groups[1]!.memberIds).toEqual(ids(0, 300));
    expect(result.groups[2]!.memberIds).toEqual(ids(700, 900));
  });

  it('describes each group in English and Persian from its members\' medians against the paying customers\'', () => {
    expect(result.groups.map((g) => g.description)).toEqual([
      { en: 'Lapsed, low-spending, quiet one-time buyers', fa: 'خریداران تک‌خرید غیرفعال، کم‌خرج و کم‌تعامل' },
      { en: 'Recent, frequent, high-spending, engaged buyers', fa: 'خریداران اخیر، پرتکرار، پرخرج و پرتعامل' },
      { en: 'Engaged, no purchases yet', fa: 'پرتعامل، هنوز بدون خرید' },
      { en: 'No purchases yet', fa: 'هنوز بدون خرید' },
    ]);
    expect(result.groups[1]!.levels).toEqual({ recencyDays: 'low', frequency: 'high', monetary: 'high', engagement: 'high' });
  });

  it('gives the members\' medians in original units: a typical member of the group', () => {
    const [lapsed, best, leads] = result.groups;
    expect(lapsed!.medians.frequency).toBe(1);
    expect(lapsed!.medians.recencyDays).toBeGreaterThan(350);
    expect(best!.medians.monetary).toBeGreaterThan(4500);
    expect(best!.medians.monetary).toBeLessThan(5500);
    expect(leads!.medians).toMatchObject({ recencyDays: null, frequency: 0, monetary: 0 });
  });

  it('explains how k was chosen and where each group lies', () => {
    expect(result.explanation).toContain('k = 2 scores highest');
    expect(result.explanation).toContain('seed 42');
    expect(result.explanation).toContain('The 200 people who have paid nothing are grouped apart');
    expect(result.groups[1]!.explanation).toMatch(/revenue 5\d{3}\.\d+ \(base \d+(\.\d+)?; above 79 % of paying customers: high\)/);
  });

  it('is deterministic: the same people give the same groups, whatever their order', () => {
    const shuffled = [...rows].reverse();
    for (let i = 0; i < shuffled.length; i += 3) shuffled.push(shuffled.splice(i, 1)[0]!);
    expect(discoverGroups(shuffled)).toEqual(result);
  });
});

describe('groups described truthfully', () => {
  const row = fc.record({
    recencyDays: fc.integer({ min: 0, max: 2000 }),
    frequency: fc.integer({ min: 0, max: 40 }),
    monetary: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e5, noNaN: true })),
    engagement: fc.integer({ min: 0, max: 60 }),
  }).map((r) => ({ ...r, frequency: r.monetary > 0 ? Math.max(1, r.frequency) : r.frequency, recencyDays: r.frequency || r.monetary > 0 ? r.recencyDays : null }));
  const base = fc.array(row, { minLength: 1, maxLength: 60 }).map((rows) => rows.map((r, id) => ({ id, ...r })));

  it('never calls a group with a member who has paid nothing high-spending, and each word matches the medians', () => {
    fc.assert(fc.property(base, (rows) => {
      const { groups } = discoverGroups(rows, { maxK: 4, restarts: 1 });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const paying = rows.filter((r) => r.monetary > 0);
      const baseMedian = (f: 'monetary' | 'frequency') => [...paying.map((r) => r[f])].sort((a, b) => a - b)[Math.ceil(paying.length / 2) - 1]!;
      for (const group of groups) {
        const members = group.memberIds.map((id) => byId.get(id as number)!);
        if (group.kind === 'buyers') expect(members.every((m) => m.monetary > 0)).toBe(true);
        else expect(members.every((m) => m.monetary === 0)).toBe(true);
        if (group.description.en.includes('high-spending')) expect(group.medians.monetary!).toBeGreaterThan(baseMedian('monetary'));
        if (group.description.en.includes('low-spending')) expect(group.medians.monetary!).toBeLessThan(baseMedian('monetary'));
        if (group.description.en.includes('frequent')) expect(group.medians.frequency!).toBeGreaterThan(baseMedian('frequency'));
      }
      expect(groups.reduce((n, g) => n + g.size, 0)).toBe(rows.length);
    }), { numRuns: 40 });
  });
});

describe('silhouette on a sample', () => {
  it('scores evenly spaced rows only when there are more than the sample size', () => {
    const sampled = discoverGroups(syntheticBase(), { silhouetteSample: 90, maxK: 4 });
    expect(sampled.silhouetteRows).toBe(90);
    expect(sampled.explanation).toContain('on 90 evenly spaced customers');
    expect(sampled.k).toBe(2);
  });
});

describe('bases too small to split', () => {
  it('finds no buyers\' group for no people, and keeps the places of those who paid nothing', () => {
    const result = discoverGroups([]);
    expect(result).toMatchObject({ k: 0, silhouette: null });
    expect(result.groups.map((g) => [g.kind, g.size])).toEqual([['engaged-non-buyers', 0], ['new-non-buyers', 0]]);
  });

  it('keeps identical people in one group', () => {
    const same = Array.from({ length: 5 }, (_, i) => ({ id: i, recencyDays: 10, frequency: 3, monetary: 300, engagement: 5 }));
    const result = discoverGroups(same);
    expect(result).toMatchObject({ k: 1, silhouette: null });
    expect(result.groups[0]).toMatchObject({ size: 5, share: 1, description: { en: 'Typical buyers', fa: 'خریداران معمولی' } });
    expect(result.groups[0]!.medians).toEqual({ recencyDays: 10, frequency: 3, monetary: 300, engagement: 5 });
  });
});

describe('assignGroup', () => {
  it('places every member of a group found on a sample back into that group', () => {
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, recencyDays: 5 + (i % 3), frequency: 20 + (i % 4), monetary: 5000 + i * 10, engagement: 40 + (i % 5) })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `b${i}`, recencyDays: 400 + i, frequency: 1, monetary: 30 + (i % 3), engagement: i % 2 })),
    ];
    const model = discoverGroups(rows);
    for (const group of model.groups) {
      for (const id of group.memberIds) expect(assignGroup(model, rows.find((r) => r.id === id)!)).toBe(group.index);
    }
  });

  it('places people who have paid nothing by their engagement, whatever their other figures, and never with the paying customers', () => {
    const model = discoverGroups(syntheticBase());
    const kindOf = (row: Omit<ClusterRow, 'id'>) => model.groups.find((g) => g.index === assignGroup(model, { id: 'new', ...row }))!.kind;
    expect(kindOf({ recencyDays: null, frequency: 0, monetary: 0, engagement: 0 })).toBe('new-non-buyers');
    expect(kindOf({ recencyDays: null, frequency: 0, monetary: 0, engagement: 12 })).toBe('engaged-non-buyers');
    // Two free orders, yesterday: nothing paid yet.
    expect(kindOf({ recencyDays: 1, frequency: 2, monetary: 0, engagement: 0 })).toBe('new-non-buyers');
    expect(kindOf({ recencyDays: 1, frequency: 1, monetary: 0.5, engagement: 0 })).toBe('buyers');
  });
});
