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
  add(200, () => ({ recencyDays: near(60), frequency: 0, monetary: 0, engagement: Math.round(near(30)) }));
  return rows;
}

describe('discovered groups', () => {
  const rows = syntheticBase();
  const result = discoverGroups(rows);

  it('finds the three groups, with the highest silhouette at k = 3', () => {
    expect(result.k).toBe(3);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...result.silhouetteByK.map((s) => s.silhouette));
    expect(result.silhouette).toBe(best);
    expect(result.silhouette).toBeGreaterThan(0.8);
    expect(result.groups.map((g) => g.size)).toEqual([400, 300, 200]);
  });

  it('puts each synthetic group together', () => {
    const ids = (from: number, to: number) => rows.slice(from, to).map((r) => r.id);
    expect(result.groups[0]!.memberIds).toEqual(ids(300, 700));
    expect(result.groups[1]!.memberIds).toEqual(ids(0, 300));
    expect(result.groups[2]!.memberIds).toEqual(ids(700, 900));
  });

  it('describes each group in English and Persian from its centroid against the mean', () => {
    expect(result.groups.map((g) => g.description)).toEqual([
      { en: 'Lapsed, quiet one-time buyers', fa: 'خریداران تک‌خرید غیرفعال و کم‌تعامل' },
      { en: 'Recent, frequent, high-spending, engaged buyers', fa: 'خریداران اخیر، پرتکرار، پرخرج و پرتعامل' },
      { en: 'Engaged non-buyers', fa: 'سرنخ‌های پرتعامل' },
    ]);
    expect(result.groups[1]!.levels).toEqual({ recencyDays: 'low', frequency: 'high', monetary: 'high', engagement: 'high' });
  });

  it('gives centroids in original units: a typical member of the group', () => {
    const [lapsed, best, leads] = result.groups;
    expect(lapsed!.centroid.frequency).toBe(1);
    expect(lapsed!.centroid.recencyDays).toBeGreaterThan(350);
    expect(best!.centroid.monetary).toBeGreaterThan(4500);
    expect(best!.centroid.monetary).toBeLessThan(5500);
    expect(leads!.centroid).toMatchObject({ frequency: 0, monetary: 0 });
  });

  it('explains how k was chosen and where each group lies', () => {
    expect(result.explanation).toContain('k = 3 scores highest');
    expect(result.explanation).toContain('seed 42');
    expect(result.groups[2]!.explanation).toContain('events in 90 days +0.76 SD (high)');
  });

  it('is deterministic: the same people give the same groups, whatever their order', () => {
    const shuffled = [...rows].reverse();
    for (let i = 0; i < shuffled.length; i += 3) shuffled.push(shuffled.splice(i, 1)[0]!);
    expect(discoverGroups(shuffled)).toEqual(result);
  });
});

describe('silhouette on a sample', () => {
  it('scores evenly spaced rows only when there are more than the sample size', () => {
    const sampled = discoverGroups(syntheticBase(), { silhouetteSample: 90, maxK: 4 });
    expect(sampled.silhouetteRows).toBe(90);
    expect(sampled.explanation).toContain('on 90 evenly spaced people');
    expect(sampled.k).toBe(3);
  });
});

describe('bases too small to split', () => {
  it('returns no groups for no people', () => {
    expect(discoverGroups([])).toMatchObject({ k: 0, groups: [], silhouette: null });
  });

  it('keeps identical people in one group', () => {
    const same = Array.from({ length: 5 }, (_, i) => ({ id: i, recencyDays: 10, frequency: 3, monetary: 300, engagement: 5 }));
    const result = discoverGroups(same);
    expect(result).toMatchObject({ k: 1, silhouette: null });
    expect(result.groups[0]).toMatchObject({ size: 5, share: 1, description: { en: 'Typical buyers', fa: 'خریداران معمولی' } });
    expect(result.groups[0]!.centroid).toEqual({ recencyDays: 10, frequency: 3, monetary: 300, engagement: 5 });
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
});
