import type { ChronologyEntry, Episode } from '../../../shared/chronology/views';
import { dayRangeInWords, entryLabel } from './entry-words';
import { episodeDates } from './episode-words';
import { dayNumber, ticks, type Period } from './timeline-scale';

export const laneHeight = 44;
export const axisHeight = 40;
export const bandHeight = 28;
const spread = [0, -9, 9];
const rangeDrop = 13;

interface TimelineChartProps {
  entries: readonly ChronologyEntry[];
  agencies: readonly string[];
  episodes: readonly Episode[];
  period: Period;
  width: number;
}

/**
 * Swimlanes by agency on a time axis. A day is a dot; an uncertain date (a week, a month, a
 * term) is a bar across the days it may be. Key practice episodes are hatched bands behind the
 * lanes, titled above them. Every mark is named for assistive technology and titled for a pointer.
 */
export function TimelineChart({ entries, agencies, episodes, period, width }: TimelineChartProps) {
  const pixelsPerDay = width / Math.max(1, period.end - period.first);
  const x = (day: number) => (day - period.first) * pixelsPerDay;
  const lanesTop = axisHeight + bandHeight;
  const height = lanesTop + agencies.length * laneHeight;
  const lane = new Map(agencies.map((agency, index) => [agency, index]));
  const marks = placeMarks(entries, lane, x, lanesTop);

  return (
    <svg className="chron-timeline-svg" width={width} height={height} role="group" aria-label={`Timeline: ${entries.length} entries in ${agencies.length} agency lanes`}>
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
        {ticks(period, pixelsPerDay).map((tick) => (
          <g key={tick.day}>
            <line x1={x(tick.day)} x2={x(tick.day)} y1={axisHeight - 8} y2={height} className={tick.major ? 'chron-tick chron-tick-major' : 'chron-tick'} />
            <text x={x(tick.day) + 3} y={axisHeight - 14} className={tick.major ? 'chron-tick-label chron-tick-label-major' : 'chron-tick-label'}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {/* Ranges first, low in the lane, so the dots of single days stay on top of them. */}
      {marks.filter((mark) => mark.range).map(({ entry, label, left, right, y }) => (
        <rect key={entry.id} role="img" aria-label={label} x={left} y={y + rangeDrop - 4} width={Math.max(6, right - left)} height={8} rx={4} className="chron-mark chron-mark-range">
          <title>{label}</title>
        </rect>
      ))}
      {marks.filter((mark) => !mark.range).map(({ entry, label, left, right, y }) => (
        <circle key={entry.id} role="img" aria-label={label} cx={(left + right) / 2} cy={y} r={5} className="chron-mark">
          <title>{label}</title>
        </circle>
      ))}
    </svg>
  );
}

interface Mark {
  entry: ChronologyEntry;
  label: string;
  range: boolean;
  left: number;
  right: number;
  /** The middle of the mark's lane, moved up or down when it shares its day with others. */
  y: number;
}

function placeMarks(entries: readonly ChronologyEntry[], lane: ReadonlyMap<string, number>, x: (day: number) => number, lanesTop: number): Mark[] {
  // Marks on the same day in one lane are spread a little up and down, so none hides another.
  const sameDay = new Map<string, number>();
  const marks: Mark[] = [];
  for (const entry of entries) {
    const start = dayNumber(entry.date.start);
    const end = dayNumber(entry.date.end);
    const index = lane.get(entry.agency);
    if (start === null || end === null || index === undefined) continue;
    const range = start !== end;
    const key = `${index}:${entry.date.start}:${entry.date.end}`;
    const seen = sameDay.get(key) ?? 0;
    sameDay.set(key, seen + 1);
    const label = range ? `${entryLabel(entry, 60)} (range: ${dayRangeInWords(entry.date)})` : entryLabel(entry, 60);
    marks.push({ entry, label, range, left: x(start), right: x(end + 1), y: lanesTop + index * laneHeight + laneHeight / 2 + (range ? 0 : (spread[seen % spread.length] ?? 0)) });
  }
  return marks;
}
