/** Simple on/off lists: the clarity rules (with their examples), the sites, and focus settings. */
export interface RuleView {
  id: string;
  /** Plain name ("Unclear reference"), shown instead of the id. */
  name: string;
  /** The underline its hints get (a MarkStyleView's kind). */
  kind: string;
  description: string;
  flagged: string[];
  ok: string[];
  enabled: boolean;
}

/** How one kind of problem is underlined in the page. */
export interface MarkStyleView {
  kind: string;
  label: string;
  color: string;
  line: string;
  example: string;
}

const underline = (style: MarkStyleView) => ({
  textDecoration: `underline ${style.line} ${style.color}`,
  textDecorationThickness: style.line === 'wavy' ? '1.5px' : '2px',
  textUnderlineOffset: '3px',
});

/** The legend: one colour and line style per kind of problem. */
export function MarkLegend({ styles }: { styles: MarkStyleView[] }) {
  return (
    <div class="legend" data-part="legend">
      <h3>How hints are underlined</h3>
      <ul>
        {styles.map((style) => (
          <li key={style.kind} data-kind={style.kind}>
            <span class="sample" style={underline(style)}>
              {style.label}
            </span>{' '}
            — {style.line} {style.kind === 'deadline' ? 'line' : 'underline'}: {style.example}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RuleToggles({ rules, styles = [], onToggle }: { rules: RuleView[]; styles?: MarkStyleView[]; onToggle(id: string, enabled: boolean): void }) {
  const styleOf = (kind: string) => styles.find((s) => s.kind === kind);
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Hints</h2>
      {styles.length > 0 && <MarkLegend styles={styles} />}
      {rules.length === 0 && <p>No rules are available in this build.</p>}
      <ul class="rules">
        {rules.map((rule) => (
          <li key={rule.id}>
            <label>
              <input type="checkbox" aria-label={`Rule: ${rule.name}`} data-rule={rule.id} checked={rule.enabled} onChange={(e) => onToggle(rule.id, (e.target as HTMLInputElement).checked)} />
              <strong style={styleOf(rule.kind) ? underline(styleOf(rule.kind)!) : undefined}>{rule.name}</strong> — {rule.description}
            </label>
            <details>
              <summary>Examples</summary>
              <p>Flagged:</p>
              <ul>{rule.flagged.slice(0, 3).map((s) => <li key={s}>“{s}”</li>)}</ul>
              <p>Fine as is:</p>
              <ul>{rule.ok.slice(0, 3).map((s) => <li key={s}>“{s}”</li>)}</ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface SiteView {
  id: string;
  label: string;
  enabled: boolean;
}

export interface SiteTogglesProps {
  sites: SiteView[];
  onToggle(id: string, enabled: boolean): void;
  /** The experimental Google Docs body hook (the hosts' own setting). */
  docsBody: boolean;
  onDocsBody(enabled: boolean): void;
}

export function SiteToggles({ sites, onToggle, docsBody, onDocsBody }: SiteTogglesProps) {
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      {sites.map((site) => (
        <label key={site.id} class="block">
          <input type="checkbox" aria-label={`Handoff on ${site.label}`} checked={site.enabled} onChange={(e) => onToggle(site.id, (e.target as HTMLInputElement).checked)} />
          {site.label}
        </label>
      ))}
      <label class="block">
        <input type="checkbox" checked={docsBody} onChange={(e) => onDocsBody((e.target as HTMLInputElement).checked)} />
        Google Docs document body (experimental: relies on an undocumented Docs hook that may stop working; applies to documents opened after you turn it on)
      </label>
    </section>
  );
}

export interface FocusSettingsView {
  defaultMinutes: number | null;
  hideUnreadCounts: boolean;
  offerFocusLine: boolean;
}

export function FocusSettingsPanel({ value, presets, onChange }: { value: FocusSettingsView; presets: (number | null)[]; onChange(patch: Partial<FocusSettingsView>): void }) {
  return (
    <section aria-labelledby="focus-title">
      <h2 id="focus-title">Focus</h2>
      <label class="block">
        Keyboard shortcut starts{' '}
        <select
          aria-label="Shortcut session length"
          value={String(value.defaultMinutes)}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            onChange({ defaultMinutes: v === 'null' ? null : Number(v) });
          }}
        >
          {presets.map((p) => (
            <option key={String(p)} value={String(p)}>
              {p === null ? 'a session until I stop' : `${p} minutes`}
            </option>
          ))}
        </select>
      </label>
      <label class="block">
        <input type="checkbox" checked={value.hideUnreadCounts} onChange={(e) => onChange({ hideUnreadCounts: (e.target as HTMLInputElement).checked })} />
        Hide unread counts in Gmail and Slack while I focus
      </label>
      <label class="block">
        <input type="checkbox" checked={value.offerFocusLine} onChange={(e) => onChange({ offerFocusLine: (e.target as HTMLInputElement).checked })} />
        Offer to add “I'm in focus until …” to messages I send while focused
      </label>
    </section>
  );
}
