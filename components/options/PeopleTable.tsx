import { Fragment } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PersonView } from './PeopleDirectory';
import { rowAt, rowOffsets } from './rows';

/**
 * A row's height before it is measured. Rows wrap (a long name, an address, a zone id take two or
 * three lines rather than being cut off), so each drawn row is measured and the window follows.
 */
export const ROW_ESTIMATE = 44;
/** Rows drawn above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 10;

export interface PeopleTableProps {
  people: PersonView[];
  onEdit(person: PersonView): void;
  onDelete(id: number): void;
}

/**
 * An address or a zone id with places it may wrap: before "@" and after "/", so a long one
 * breaks as "maria.santos / @example.com" or "America/ / North_Dakota/ / New_Salem", not mid-word.
 * Text nodes and <wbr> elements only: the user's text is never parsed as markup.
 */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?=@)|(?<=\/)/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** The columns' widths are the stylesheet's (entrypoints/options/style.css), narrower windows included. */
const Columns = () => (
  <colgroup>
    <col class="col-name" />
    <col class="col-address" />
    <col class="col-zone" />
    <col class="col-hours" />
    <col class="col-actions" />
  </colgroup>
);

/**
 * The people directory as a windowed table: only the rows in view (plus a few) are in the DOM, so
 * 50,000 people scroll and filter as fast as 50. The header is its own table with the same columns.
 */
export function PeopleTable({ people, onEdit, onDelete }: PeopleTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  // Each drawn row's height by person id; `measured` changes when one does, to place the rows again.
  const heights = useRef(new Map<number, number>());
  const width = useRef(0);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      setHeight(element.clientHeight || 480);
      // Another width wraps the rows differently: measure them again.
      if (element.clientWidth !== width.current) {
        width.current = element.clientWidth;
        heights.current.clear();
        setMeasured((n) => n + 1);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const offsets = useMemo(() => rowOffsets(people.map((p) => p.id), heights.current, ROW_ESTIMATE), [people, measured]);
  const total = offsets[people.length] ?? 0;
  // A new filter shows its first matches, not an empty stretch of a longer list.
  useLayoutEffect(() => {
    if (scroller.current && scroller.current.scrollTop > total) {
      scroller.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [people.length]);
  const first = Math.max(0, rowAt(offsets, scrollTop) - OVERSCAN);
  const last = Math.min(people.length, rowAt(offsets, scrollTop + height) + 1 + OVERSCAN);
  const visible = people.slice(first, last);
  // The drawn rows' real heights, after each drawing; placed again only when one changed.
  useLayoutEffect(() => {
    let changed = false;
    for (const row of body.current?.rows ?? []) {
      const id = Number((row as HTMLElement).dataset.person);
      const h = row.getBoundingClientRect().height;
      if (h > 0 && Math.abs((heights.current.get(id) ?? -1) - h) > 0.5) {
        heights.current.set(id, h);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });
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
        <div style={{ height: `${total}px`, position: 'relative' }}>
          <table class="people" data-count={people.length} aria-rowcount={people.length} style={{ transform: `translateY(${offsets[first] ?? 0}px)` }}>
            <Columns />
            <tbody ref={body}>
              {visible.map((p, i) => (
                <tr key={p.id} data-person={p.id} aria-rowindex={first + i + 1}>
                  <td class="name">{p.name}</td>
                  <td class="address">
                    {[...p.emails, ...p.slackIds].map((address, j) => (
                      <span key={j}>
                        <Breakable text={address} />
                      </span>
                    ))}
                  </td>
                  <td class="zone">
                    {p.timeZone ? <Breakable text={p.timeZone} /> : 'unknown'} {p.zoneSource && <small>({p.zoneSource})</small>}
                  </td>
                  <td class="hours">
                    {p.hours ? (
                      <span class="time">{p.hours}</span>
                    ) : (
                      <small>
                        <span class="time">09:00–17:00</span> (default)
                      </small>
                    )}
                  </td>
                  <td class="actions">
                    <button type="button" aria-label={`Edit ${p.name || p.emails[0]}`} onClick={() => onEdit(p)}>
                      Edit
                    </button>
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
