import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PersonView } from './PeopleDirectory';

/** Every row is this tall (cells do not wrap), so the rows in view follow from the scroll offset. */
export const ROW_HEIGHT = 36;
/** Rows drawn above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 10;

export interface PeopleTableProps {
  people: PersonView[];
  onEdit(person: PersonView): void;
  onDelete(id: number): void;
}

const Columns = () => (
  <colgroup>
    <col style={{ width: '21%' }} />
    <col style={{ width: '29%' }} />
    <col style={{ width: '22%' }} />
    <col style={{ width: '11%' }} />
    <col style={{ width: '17%' }} />
  </colgroup>
);

/**
 * The people directory as a windowed table: only the rows in view (plus a few) are in the DOM, so
 * 50,000 people scroll and filter as fast as 50. The header is its own table with the same columns.
 */
export function PeopleTable({ people, onEdit, onDelete }: PeopleTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || 480);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // A new filter shows its first matches, not an empty stretch of a longer list.
  useLayoutEffect(() => {
    if (scroller.current && scroller.current.scrollTop > people.length * ROW_HEIGHT) {
      scroller.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [people.length]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(people.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = people.slice(first, last);
  return (
    <div class="people-table">
      <table class="people-head" aria-hidden="true">
        <Columns />
        <thead>
          <tr>
            <th>Name</th>
            <th>Email / Slack</th>
            <th>Time zone</th>
            <th>Hours</th>
            <th />
          </tr>
        </thead>
      </table>
      <div class="people-scroll" ref={scroller} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}>
        <div style={{ height: `${people.length * ROW_HEIGHT}px`, position: 'relative' }}>
          <table class="people" data-count={people.length} aria-rowcount={people.length} style={{ transform: `translateY(${first * ROW_HEIGHT}px)` }}>
            <Columns />
            <tbody>
              {visible.map((p, i) => (
                <tr key={p.id} data-person={p.id} aria-rowindex={first + i + 1}>
                  <td title={p.name}>{p.name}</td>
                  <td title={[...p.emails, ...p.slackIds].join(', ')}>{[...p.emails, ...p.slackIds].join(', ')}</td>
                  <td>
                    {p.timeZone || 'unknown'} {p.zoneSource && <small>({p.zoneSource})</small>}
                  </td>
                  <td>{p.hours || <small>09:00–17:00 (default)</small>}</td>
                  <td>
                    <button type="button" aria-label={`Edit ${p.name || p.emails[0]}`} onClick={() => onEdit(p)}>
                      Edit
                    </button>{' '}
                    <button type="button" aria-label={`Delete ${p.name || p.emails[0]}`} onClick={() => onDelete(p.id)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
