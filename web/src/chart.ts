// The only module that touches Chart.js. The chart is created once and updated in place; only the pieces
// registered here end up in the bundle.
import {
  Chart,
  type ChartDataset,
  type ChartEvent,
  Decimation,
  LinearScale,
  LineController,
  LogarithmicScale,
  LineElement,
  type Plugin,
  PointElement,
  type PointStyle,
  type ScriptableContext,
  TimeScale,
  Tooltip,
  type TooltipItem,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import { formatCompact } from './format.ts';
import { type Interval, type PointRef, type Scale, samePoint } from './state.ts';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  TimeScale,
  Tooltip,
  Decimation,
);

/** One drawn point: a bucket of one category, with what the figures behind it say about its value. */
export interface ChartPoint {
  /** Start of the bucket, in milliseconds. */
  x: number;
  y: number;
  /** Upper end when the value is a range. */
  yMax: number | null;
  /** The real number may be higher than `y` ("at least", "more than"). */
  lowerBound: boolean;
  approximate: boolean;
  ref: PointRef;
}

export interface ChartSeries {
  label: string;
  kind: PointRef['kind'];
  color: string;
  /** The line's dash pattern (empty for solid), telling apart running totals of one category. */
  dash?: number[];
  points: ChartPoint[];
}

export interface ChartCallbacks {
  /** Tooltip lines for a point (value, qualifier, date, source). */
  describe: (point: ChartPoint) => { title: string; lines: string[] };
  onSelect: (ref: PointRef) => void;
  /** The point the keyboard cursor moved to, for announcing it to screen readers. */
  onCursor: (point: ChartPoint) => void;
}

const MARKER_RADIUS = 5;

function pointOf(context: ScriptableContext<'line'>): ChartPoint | undefined {
  return context.raw as ChartPoint | undefined;
}

/** Draws a vertical bar with caps from a ranged point's value up to its upper end. */
const rangeBars: Plugin<'line'> = {
  id: 'tallyRangeBars',
  afterDatasetsDraw(chart) {
    const { ctx, scales } = chart;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      (dataset.data as unknown as ChartPoint[]).forEach((point, index) => {
        const element = meta.data[index];
        if (!point || point.yMax == null || !element) return;
        const top = scales.y.getPixelForValue(point.yMax);
        ctx.save();
        ctx.strokeStyle = dataset.borderColor as string;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(element.x, element.y);
        ctx.lineTo(element.x, top);
        ctx.moveTo(element.x - 5, top);
        ctx.lineTo(element.x + 5, top);
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

function valueAxis(scale: Scale) {
  return {
    type: scale === 'log' ? ('logarithmic' as const) : ('linear' as const),
    beginAtZero: scale === 'linear',
    ticks: {
      // On a log scale only the powers of ten are labelled; the others crowd the axis.
      callback: (value: number | string) => {
        const n = Number(value);
        return scale === 'log' && !/^10*$/.test(String(n)) ? null : formatCompact(n);
      },
      color: '#4b5563',
    },
    grid: { color: '#e5e7eb' },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class FigureChart {
  private readonly chart: Chart<'line', ChartPoint[]>;
  private selected: PointRef | null = null;
  /** Position of the keyboard cursor in `keyboardOrder()`. */
  private keyboardIndex = -1;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly callbacks: ChartCallbacks,
  ) {
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [] },
      plugins: [rangeBars],
      options: {
        animation: false,
        maintainAspectRatio: false,
        // Room for the markers of the first and last points, which sit on the plot's edges.
        layout: { padding: { top: 12, right: 14, left: 6 } },
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', intersect: false, axis: 'xy' },
        scales: {
          x: {
            type: 'time',
            time: { minUnit: 'day', tooltipFormat: 'd MMM yyyy' },
            ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16, color: '#4b5563' },
            grid: { display: false },
          },
          y: valueAxis('linear'),
        },
        plugins: {
          // A series longer than this is thinned to its shape (LTTB) before drawing; the table keeps all.
          decimation: { enabled: true, algorithm: 'lttb', threshold: 1000, samples: 500 },
          tooltip: {
            displayColors: false,
            backgroundColor: '#111827',
            padding: 10,
            callbacks: {
              title: (items: TooltipItem<'line'>[]) =>
                items[0] ? this.callbacks.describe(items[0].raw as ChartPoint).title : '',
              label: (item: TooltipItem<'line'>) => this.callbacks.describe(item.raw as ChartPoint).lines,
            },
          },
        },
        onClick: (_event: ChartEvent, elements) => {
          const hit = elements[0];
          if (!hit) return;
          const point = this.chart.data.datasets[hit.datasetIndex]?.data[hit.index];
          if (point) this.callbacks.onSelect(point.ref);
        },
        onHover: (event: ChartEvent, elements) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
        },
      },
    });
    canvas.addEventListener('keydown', (event) => this.onKey(event));
    canvas.addEventListener('blur', () => this.showActive(null));
  }

  /** Replaces the drawn series and the selected point, redrawing in place. */
  update(series: ChartSeries[], interval: Interval, scale: Scale, selected: PointRef | null): void {
    this.selected = selected;
    this.keyboardIndex = -1;
    const x = this.chart.options.scales!.x as {
      time: { minUnit: string; tooltipFormat: string };
      min?: number;
      max?: number;
    };
    // The intervals are named as Chart.js names its time units. The axis labels days, months or years as
    // its width allows, never finer than the interval: with the interval as the axis's unit, Chart.js
    // formatted and measured a label for every bucket (3,650 days over ten years) before skipping most.
    x.time.minUnit = interval;
    // A margin of time on both sides, so the first and last points are not cut in half by the plot's edge.
    const times = series.flatMap((s) => s.points.map((p) => p.x));
    const first = Math.min(...times);
    const last = Math.max(...times);
    const margin = Math.max((last - first) * 0.03, DAY_MS);
    x.min = times.length ? first - margin : undefined;
    x.max = times.length ? last + margin : undefined;
    x.time.tooltipFormat = interval === 'month' ? 'MMM yyyy' : 'd MMM yyyy';
    this.chart.options.scales!.y = valueAxis(scale);
    this.chart.data.datasets = series.map((s) => this.dataset(s));
    this.chart.update();
    // What was drawn (after decimation), for the browser tests and anyone inspecting the page.
    const drawn = this.chart.data.datasets.reduce(
      (sum, _, i) => sum + this.chart.getDatasetMeta(i).data.length,
      0,
    );
    this.canvas.dataset.pointCount = String(drawn);
  }

  /** Marks a point as selected without rebuilding the datasets. */
  select(selected: PointRef | null): void {
    this.selected = selected;
    this.chart.update('none');
  }

  private dataset(series: ChartSeries): ChartDataset<'line', ChartPoint[]> {
    const isSelected = (context: ScriptableContext<'line'>) => {
      const ref = pointOf(context)?.ref;
      return !!ref && !!this.selected && samePoint(ref, this.selected);
    };
    const total = series.kind === 'total';
    return {
      label: series.label,
      data: series.points,
      borderColor: series.color,
      backgroundColor: series.color,
      showLine: total,
      borderWidth: 2,
      borderDash: series.dash ?? [],
      tension: 0,
      pointStyle: (context) => this.markerStyle(pointOf(context)),
      // Lower bounds and approximations are drawn hollow: the mark is not the whole story.
      pointBackgroundColor: (context) => {
        const point = pointOf(context);
        return point && (point.lowerBound || point.approximate) ? '#ffffff' : series.color;
      },
      pointBorderColor: series.color,
      pointBorderWidth: (context) => (isSelected(context) ? 4 : 2),
      pointRadius: (context) => {
        // Hollow triangles and diamonds look smaller than dots of the same radius.
        const hedged = pointOf(context)?.lowerBound || pointOf(context)?.approximate ? 2 : 0;
        return (isSelected(context) ? MARKER_RADIUS + 3 : total ? MARKER_RADIUS - 1 : MARKER_RADIUS) + hedged;
      },
      pointHoverRadius: MARKER_RADIUS + 3,
      pointHitRadius: 8,
    };
  }

  private markerStyle(point: ChartPoint | undefined): PointStyle {
    if (point?.lowerBound) return 'triangle';
    if (point?.approximate) return 'rectRot';
    return 'circle';
  }

  /** Redraws the open tooltip, after what it describes has finished loading. */
  refreshTooltip(): void {
    const active = this.chart.tooltip?.getActiveElements() ?? [];
    if (!active.length) return;
    const { element } = active[0];
    this.chart.tooltip!.setActiveElements(active, { x: element.x, y: element.y });
    this.chart.update('none');
  }

  /** Every drawn point, left to right, for moving through them with the arrow keys. */
  private keyboardOrder(): { datasetIndex: number; index: number; x: number }[] {
    return this.chart.data.datasets
      .flatMap((dataset, datasetIndex) =>
        dataset.data.map((point, index) => ({ datasetIndex, index, x: point.x })),
      )
      .sort((a, b) => a.x - b.x || a.datasetIndex - b.datasetIndex);
  }

  private onKey(event: KeyboardEvent): void {
    const order = this.keyboardOrder();
    if (!order.length) return;
    let next = this.keyboardIndex;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(order.length - 1, next + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(0, next - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && next >= 0) {
      const { datasetIndex, index } = order[next];
      const point = this.chart.data.datasets[datasetIndex].data[index];
      this.callbacks.onSelect(point.ref);
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    this.keyboardIndex = next;
    this.showActive(order[next]);
    const { datasetIndex, index } = order[next];
    this.callbacks.onCursor(this.chart.data.datasets[datasetIndex].data[index]);
  }

  private showActive(target: { datasetIndex: number; index: number } | null): void {
    const active = target ? [{ datasetIndex: target.datasetIndex, index: target.index }] : [];
    const element = target && this.chart.getDatasetMeta(target.datasetIndex).data[target.index];
    // The keyboard cursor's position, so a pointer (or a test) can find the point it is on.
    if (element) {
      this.canvas.dataset.activeX = String(Math.round(element.x));
      this.canvas.dataset.activeY = String(Math.round(element.y));
    } else {
      delete this.canvas.dataset.activeX;
      delete this.canvas.dataset.activeY;
    }
    this.chart.setActiveElements(active);
    this.chart.tooltip?.setActiveElements(active, { x: element?.x ?? 0, y: element?.y ?? 0 });
    this.chart.update('none');
  }
}
