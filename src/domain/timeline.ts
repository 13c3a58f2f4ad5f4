import { compareDates } from './dates';
import type { PartialDateModel } from './models';

// One timeline across several cases. Within a case an undated entry keeps its
// place in the story (it takes the date of the entry its source tells before it);
// across cases entries merge by date with the partial-date rule (coarser first:
// 2024 before 2024-07 before 2024-07-09), then incidents before case steps, then
// by case, then in source order. Entries with no date to go by come last.

export interface TimelineItem {
  id: string;
  group: string;
  /** Incidents sort before case steps on the same key. */
  rank: number;
  seq: number;
  date: PartialDateModel | null;
}

export function mergeTimeline<T extends TimelineItem>(items: T[]): T[] {
  const byGroup = new Map<string, T[]>();
  for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
  const keyed: { item: T; key: PartialDateModel | null }[] = [];
  for (const group of byGroup.values()) {
    let anchor: PartialDateModel | null = null;
    for (const item of [...group].sort((a, b) => a.seq - b.seq)) {
      if (item.date) anchor = item.date;
      keyed.push({ item, key: item.date ?? anchor });
    }
  }
  return keyed
    .sort((a, b) => {
      if (!a.key || !b.key) {
        if (a.key || b.key) return a.key ? -1 : 1;
      } else {
        const byDate = compareDates(a.key, b.key);
        if (byDate !== 0) return byDate;
      }
      return (
        a.item.rank - b.item.rank ||
        (a.item.group < b.item.group ? -1 : a.item.group > b.item.group ? 1 : 0) ||
        a.item.seq - b.item.seq
      );
    })
    .map((k) => k.item);
}
