// Pure helpers for the timeline screen: smoothing, the words summary, the top feelings.
import { addDays } from '../../../platform/time/days.ts';
import type { TimelinePoint, TimelineView } from '../timeline.schema.ts';

export type Metric = 'safety' | 'trust' | 'connection';
export const metrics: readonly Metric[] = ['safety', 'trust', 'connection'];

/** A centred moving average over `window` points (odd), ignoring the edges' missing neighbours. */
export function smooth(values: readonly number[], window: number): number[] {
  const half = Math.floor(window / 2);
  return values.map((_, i) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(values.length - 1, i + half); j++) {
      sum += values[j]!;
      n++;
    }
    return Math.round((sum / n) * 10) / 10;
  });
}

export function smoothingWindow(granularity: TimelineView['granularity']): number {
  return granularity === 'day' ? 7 : 3;
}

export interface MetricSummary {
  metric: Metric;
  average: number;
  low: number;
  high: number;
  /** The later half compared with the earlier half; null with too few points to say. */
  direction: 'up' | 'down' | 'same' | null;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Per metric: the average, the lowest and highest point, and which way the later half went. */
export function summarise(points: readonly TimelinePoint[]): MetricSummary[] {
  if (points.length === 0) return [];
  return metrics.map((metric) => {
    const values = points.map((p) => p[metric]);
    let direction: MetricSummary['direction'] = null;
    if (values.length >= 4) {
      const half = Math.floor(values.length / 2);
      const diff = mean(values.slice(values.length - half)) - mean(values.slice(0, half));
      direction = diff >= 0.5 ? 'up' : diff <= -0.5 ? 'down' : 'same';
    }
    return {
      metric,
      average: Math.round(mean(values) * 10) / 10,
      low: Math.min(...values),
      high: Math.max(...values),
      direction,
    };
  });
}

/** The most chosen feelings of one bucket, most first (ties by name), at most `limit`. */
export function topEmotions(counts: Record<string, number>, limit = 3): [string, number][] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}

/** Seconds since 1970 for a YYYY-MM-DD day (uPlot's time axis). */
export function toSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/**
 * Where a day-by-day chart starts: the range's own start, but no earlier than a day before the
 * first thing in it, and never less than a week: a first day is not an empty month with its dots
 * squeezed against the far edge.
 */
export function chartStart(
  view: Pick<TimelineView, 'granularity' | 'from' | 'to' | 'series' | 'events'>,
): string {
  if (view.granularity !== 'day') return view.from;
  const days = [
    ...view.series.flatMap((s) => s.points.map((p) => p.at.slice(0, 10))),
    ...view.events.map((e) => e.at.slice(0, 10)),
  ].sort();
  const first = days[0] ?? view.to;
  const start = [addDays(first, -1), addDays(view.to, -6)].sort()[0]!;
  return start > view.from ? start : view.from;
}
