import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChronologyEntry, Episode } from '../../../shared/chronology/views';
import { episodeDates } from './episode-words';
import { axisHeight, bandHeight, laneHeight, markCentre, marksNear, nextMark, placeMarks, type Mark } from './timeline-marks';
import { dayNumber, ticks, type Period } from './timeline-scale';

const rangeDrop = 13;

interface TimelineChartProps {
  entries: readonly ChronologyEntry[];
  agencies: readonly string[];
  episodes: readonly Episode[];
  period: Period;
  width: number;
  /** The entry shown below the chart, if any. */
  shownId: string | null;
  /** `near`: the other entries drawn at the same place, which one click cannot tell apart. */
  onOpen: (entry: ChronologyEntry, near: ChronologyEntry[]) => void;
  /** The id of the panel a mark opens, for aria-controls, while it is there. */
  detailId: string | undefined;
}

/**
 * Swimlanes by agency on a time axis. A day is a dot; an uncertain date (a week, a month, a
 * term) is a bar across the days it may be. Key practice episodes are hatched bands behind the
 * lanes, titled above them. Each mark is a button: one tab stop for the chart (a roving
 * tabindex), the arrow keys move through the marks in date order, Enter or Space opens one.
 */
export function TimelineChart({ entries, agencies, episodes, period, width, shownId, onOpen, detailId }: TimelineChartProps) {
  const pixelsPerDay = width / Math.max(1, period.end - period.first);
  const x = (day: number) => (day - period.first) * pixelsPerDay;
  const lanesTop = axisHeight + bandHeight;
  const height = lanesTop + agencies.length * laneHeight;
  const lane = new Map(agencies.map((agency, index) => [agency, index]));
  const marks = placeMarks(entries, lane, x, lanesTop);
  const svg = useRef<SVGSVGElement>(null);
  const [current, setCurrent] = useState(0);
  // The mark whose tooltip shows, and where it is in the window (read when it is hovered or focused).
  // Drawn at another zoom (`width`), the box is out of date: the tooltip waits for the next hover or focus.
  const [tip, setTip] = useState<{ index: number; box: DOMRect; width: number } | null>(null);
  // The filters can take the mark with the tab stop away: the stop stays on the chart.
  const stop = Math.min(current, marks.length - 1);

  function moveTo(index: number) {
    setCurrent(index);
    svg.current?.querySelector<SVGGElement>(`[data-mark="${index}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent, index: number, mark: Mark) {
    const next = nextMark(event.key, index, marks.length);
    if (next !== null) moveTo(next);
    else if (event.key === 'Enter' || event.key === ' ') onOpen(mark.entry, marksNear(marks, index));
    else if (event.key === 'Escape' && tip !== null) setTip(null);
    else return;
    event.preventDefault();
  }

  const ticksShown = useMemo(() => ticks(period, pixelsPerDay), [period, pixelsPerDay]);
  const tipMark = tip === null || tip.width !== width ? undefined : marks[tip.index];
  return (
    <div className="timeline-canvas" style={{ width, height }}>
      <svg ref={svg} className="chron-timeline-svg" width={width} height={height} role="group" aria-label={`Timeline: ${entries.length} entries in ${agencies.length} agency lanes`}>
        <defs>
          <pattern id="episode-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="chron-band-fill" />
            <line x1="0" y1="0" x2="0" y2="8" className="chron-band-hatch" />
          </pattern>
        </defs>
        {agencies.map((agency, index) => (
          <rect key={agency} x={0} y={lanesTop + index * laneHeight} width={width} height={laneHeight} className={index % 2 === 0 ? 'chron-lane' : 'chron-lane chron-lane-alt'} />
        ))}
        {episodes.map((episode) => {
          const start = dayNumber(episode.start ?? episode.end ?? '');
          const end = dayNumber(episode.end ?? episode.start ?? '');
          if (start === null || end === null) return null;
          const left = x(start);
          const band = Math.max(4, x(end + 1) - left);
          const label = `Key practice episode: ${episode.title}, ${episodeDates(episode)}`;
          return (
            <g key={episode.id} role="img" aria-label={label}>
              <title>{label}</title>
              <rect x={left} y={axisHeight} width={band} height={height - axisHeight} fill="url(#episode-hatch)" className="chron-band" />
              <text x={left + 4} y={axisHeight + 18} className="chron-band-label" aria-hidden="true">
                {episode.title}
              </text>
            </g>
          );
        })}
        <g aria-hidden="true">
          {ticksShown.map((tick) => (
            <g key={tick.day}>
              <line x1={x(tick.day)} x2={x(tick.day)} y1={axisHeight - 8} y2={height} className={tick.major ? 'chron-tick chron-tick-major' : 'chron-tick'} />
              <text x={x(tick.day) + 3} y={axisHeight - 14} className={tick.major ? 'chron-tick-label chron-tick-label-major' : 'chron-tick-label'}>
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {/* What is seen: ranges first, low in the lane, so the dots of single days stay on top. */}
        <g aria-hidden="true">
          {marks.filter((mark) => mark.range).map((mark) => (
            <rect key={mark.entry.id} x={mark.left} y={mark.y + rangeDrop - 4} width={Math.max(6, mark.right - mark.left)} height={8} rx={4} className={markClass(mark, shownId, 'chron-mark chron-mark-range')} />
          ))}
          {marks.filter((mark) => !mark.range).map((mark) => (
            <circle key={mark.entry.id} cx={markCentre(mark)} cy={mark.y} r={mark.entry.id === shownId ? 6.5 : 5} className={markClass(mark, shownId, 'chron-mark')} />
          ))}
        </g>
        {/* What is pressed: a larger target over each mark, in date order, with its focus ring. */}
        {marks.map((mark, index) => (
          <g
            key={mark.entry.id}
            data-mark={index}
            role="button"
            aria-label={mark.label}
            aria-controls={detailId}
            aria-current={mark.entry.id === shownId ? 'true' : undefined}
            tabIndex={index === stop ? 0 : -1}
            className="timeline-mark-button"
            onClick={() => {
              setCurrent(index);
              onOpen(mark.entry, marksNear(marks, index));
            }}
            onKeyDown={(event) => onKeyDown(event, index, mark)}
            onFocus={(event) => {
              setCurrent(index);
              setTip({ index, box: event.currentTarget.getBoundingClientRect(), width });
            }}
            onBlur={() => setTip(null)}
            onPointerEnter={(event) => setTip({ index, box: event.currentTarget.getBoundingClientRect(), width })}
            onPointerLeave={() => setTip(null)}
          >
            <MarkShape mark={mark} className="timeline-mark-ring-outer" grow={5} />
            <MarkShape mark={mark} className="timeline-mark-ring" grow={5} />
            <MarkShape mark={mark} className="timeline-mark-target" grow={6} />
          </g>
        ))}
      </svg>
      {tipMark && tip ? <Tooltip mark={tipMark} near={marksNear(marks, tip.index).length} box={tip.box} /> : null}
    </div>
  );
}

const markClass = (mark: Mark, shownId: string | null, base: string) => (mark.entry.id === shownId ? `${base} timeline-mark-shown` : base);

/** A dot or bar `grow` pixels bigger all round: a hit area or a focus ring. */
function MarkShape({ mark, className, grow }: { mark: Mark; className: string; grow: number }) {
  if (!mark.range) return <circle cx={markCentre(mark)} cy={mark.y} r={5 + grow} className={className} />;
  const width = Math.max(6, mark.right - mark.left);
  return <rect x={mark.left - grow} y={mark.y + rangeDrop - 4 - grow} width={width + 2 * grow} height={8 + 2 * grow} rx={4 + grow} className={className} />;
}

/**
 * The mark's name beside it, for a pointer or the keyboard (its accessible name says the same).
 * Fixed to the window rather than the chart, so the chart's scrolling box never clips it: at 200%
 * zoom the chart can be narrower than the tooltip.
 */
function Tooltip({ mark, near, box }: { mark: Mark; near: number; box: DOMRect }) {
  const half = Math.min(136, window.innerWidth / 2 - 8);
  const centre = Math.min(Math.max(box.left + box.width / 2, half + 8), window.innerWidth - half - 8);
  // Above the mark, unless there is no room above it in the window: then below it.
  const below = box.top < 96;
  return (
    <div className={below ? 'timeline-tooltip timeline-tooltip-below' : 'timeline-tooltip'} aria-hidden="true" style={{ left: centre, top: below ? box.bottom + 6 : box.top - 6 }}>
      {mark.label}
      {near > 0 ? <span className="timeline-tooltip-more">{near === 1 ? '1 more entry is drawn here.' : `${near} more entries are drawn here.`}</span> : null}
    </div>
  );
}
