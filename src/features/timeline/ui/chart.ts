// The chart itself: uPlot, loaded only on the timeline page (this module is imported lazily).
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { metrics, toSeconds, type Metric } from './timeline-data.ts';

export interface ChartInput {
  /** Days (YYYY-MM-DD) of the points. */
  at: string[];
  values: Record<Metric, number[]>;
  labels: Record<Metric, string>;
  /** Days of events to mark with a thin line. */
  marks: string[];
  /** The first and last day of the range, so every chart of one range shares its x axis. */
  from: string;
  to: string;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** Draws into `el`; returns a function that removes the chart again. */
export function drawChart(el: HTMLElement, input: ChartInput): () => void {
  const colors: Record<Metric, string> = {
    safety: cssVar('--primary', '#1d3b4f'),
    trust: cssVar('--gold', '#8a5d00'),
    connection: cssVar('--success', '#1f6140'),
  };
  // Different strokes as well as colours, so the lines differ without colour too.
  const dashes: Record<Metric, number[] | undefined> = {
    safety: undefined,
    trust: [8, 5],
    connection: [2, 4],
  };
  const muted = cssVar('--text-muted', '#4d5766');
  const line = cssVar('--line', '#d9d1c1');
  const seam = cssVar('--seam', '#b8872a');
  const marks = input.marks.map(toSeconds);

  const width = () => Math.max(260, el.clientWidth);
  const plot = new uPlot(
    {
      width: width(),
      height: 240,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: true, range: [toSeconds(input.from), toSeconds(input.to) + 86400] },
        y: { range: [0, 10] },
      },
      axes: [
        { stroke: muted, grid: { stroke: line, width: 1 }, ticks: { stroke: line } },
        {
          stroke: muted,
          grid: { stroke: line, width: 1 },
          ticks: { stroke: line },
          splits: () => [0, 2, 4, 6, 8, 10],
          size: 36,
        },
      ],
      series: [
        {},
        ...metrics.map((m) => ({
          label: input.labels[m],
          stroke: colors[m],
          width: 2.5,
          ...(dashes[m] ? { dash: dashes[m] } : {}),
          points: { show: input.at.length < 60, size: 6, fill: colors[m] },
          spanGaps: false,
        })),
      ],
      hooks: {
        draw: [
          (u: uPlot) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = seam;
            ctx.lineWidth = 1.5;
            ctx.setLineDash([3, 3]);
            for (const x of marks) {
              const px = u.valToPos(x, 'x', true);
              if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) continue;
              ctx.beginPath();
              ctx.moveTo(px, u.bbox.top);
              ctx.lineTo(px, u.bbox.top + u.bbox.height);
              ctx.stroke();
            }
            ctx.restore();
          },
        ],
      },
    },
    [input.at.map(toSeconds), ...metrics.map((m) => input.values[m])],
    el,
  );
  const onResize = () => plot.setSize({ width: width(), height: 240 });
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    plot.destroy();
  };
}
