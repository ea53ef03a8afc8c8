/** Simple on/off lists: the clarity rules (with their examples), the sites, and focus settings. */
export interface RuleView {
  id: string;
  description: string;
  flagged: string[];
  ok: string[];
  enabled: boolean;
}

export function RuleToggles({ rules, onToggle }: { rules: RuleView[]; onToggle(id: string, enabled: boolean): void }) {
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Hints</h2>
      {rules.length === 0 && <p>No rules are available in this build.</p>}
      <ul class="rules">
        {rules.map((rule) => (
          <li key={rule.id}>
            <label>
              <input type="checkbox" aria-label={`Rule ${rule.id}`} checked={rule.enabled} onChange={(e) => onToggle(rule.id, (e.target as HTMLInputElement).checked)} />
              <strong>{rule.id}</strong> — {rule.description}
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
