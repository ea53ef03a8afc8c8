import { useEffect, useMemo, useState } from 'preact/hooks';
import { cityName, zoneOptions } from '@/lib/analysis/deadlines/zones';
import { readZone } from '@/lib/storage/zone-names';
import { ZoneHours } from '@/components/options/ZoneHours';
import { PeopleDirectory } from '@/components/options/PeopleDirectory';
import { FocusSettingsPanel, RuleToggles, SiteToggles } from '@/components/options/Toggles';
import { DataPanel } from '@/components/options/DataPanel';
import { PanelGuard } from '@/components/options/PanelGuard';
import { friendlyError } from '@/lib/storage/errors';
import { useSettings } from '@/lib/ui-hooks';
import { siteOn, updateSettings, SITES, type SettingsPatch } from '@/lib/storage/settings';
import { useLive } from '@/lib/storage/use-live';
import { listPeople, deletePerson } from '@/lib/storage/people';
import { importRoster } from '@/lib/storage/roster';
import { exportFileName, parseExport } from '@/lib/storage/export';
import { dataStore } from '@/lib/storage/data';
import { rules } from '@/lib/analysis/rules';
import { FOCUS_PRESETS } from '@/lib/features/focus/model';
import { ruleKind, ruleName } from '@/lib/analysis/rule-names';
import { MARK_STYLES } from '@/lib/features/hints/highlights';
import { sendMessage } from '@/lib/messaging';
import { personView, savePerson } from './people';
import { isDocsBodyHookOn, setDocsBodyHook } from '@/lib/hosts/docs-body/setting';
import { DecisionLogRoom } from './decisions';

const SITE_LABELS: Record<string, string> = { gmail: 'Gmail', slack: 'Slack', docs: 'Google Docs comments' };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const settings = useSettings();
  const people = useLive(() => listPeople(), [], []);
  // Built once per change of the directory, not on every render: the search index hangs on it.
  const peopleViews = useMemo(() => people.map(personView), [people]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const zones = zoneOptions();
  const [docsBody, setDocsBody] = useState(false);
  useEffect(() => {
    isDocsBodyHookOn().then(setDocsBody, () => undefined);
  }, []);
  if (!settings) return <main>Loading…</main>;
  const patch = (p: SettingsPatch) => void updateSettings(p).catch((e) => setStatus({ kind: 'error', text: friendlyError(e, 'your settings') }));
  // A home zone the browser does not list (stored by an older version, or another browser's) stays choosable.
  const zoneChoices = zones.some((o) => o.zone === settings.homeZone) ? zones : [{ zone: settings.homeZone, city: cityName(settings.homeZone) }, ...zones];

  return (
    <main>
      <h1>Handoff options</h1>
      <PanelGuard title="Your time zone and working hours">
      <ZoneHours
        zones={zoneChoices}
        homeZone={settings.homeZone}
        workingHours={settings.workingHours}
        hourCycle={settings.hourCycle}
        onZone={(homeZone) => patch({ homeZone })}
        readZone={(text) => readZone(text)}
        onHours={(workingHours) => patch({ workingHours })}
        onHourCycle={(hourCycle) => patch({ hourCycle })}
      />
      </PanelGuard>
      <PanelGuard title="People">
      <PeopleDirectory
        people={peopleViews}
        zones={zones}
        onSave={(form) => savePerson(form, Date.now()).catch((e: unknown) => Promise.reject(new Error(friendlyError(e, 'this person'))))}
        onDelete={(id) => void deletePerson(id).catch((e: unknown) => setStatus({ kind: 'error', text: friendlyError(e, 'the deletion') }))}
        onImport={(text, format, onProgress) => importRoster(text, format, Date.now(), undefined, onProgress).catch((e: unknown) => Promise.reject(new Error(friendlyError(e, 'the roster'))))}
      />
      </PanelGuard>
      <PanelGuard title="Hints, sites and focus">
      <RuleToggles
        styles={Object.entries(MARK_STYLES).map(([kind, style]) => ({ kind, ...style }))}
        rules={rules.map((r) => ({ id: r.id, name: ruleName(r.id), kind: ruleKind(r.id), description: r.description, flagged: r.examples.flagged, ok: r.examples.ok, enabled: !settings.disabledRules.includes(r.id) }))}
        onToggle={(id, enabled) =>
          patch({ disabledRules: enabled ? settings.disabledRules.filter((r) => r !== id) : [...new Set([...settings.disabledRules, id])] })
        }
      />
      <SiteToggles
        sites={SITES.map((id) => ({ id, label: SITE_LABELS[id] ?? id, enabled: siteOn(settings, id) }))}
        onToggle={(id, enabled) => patch({ sites: { [id]: enabled } })}
        docsBody={docsBody}
        onDocsBody={(on) => {
          setDocsBody(on);
          void setDocsBodyHook(on).catch((e) => setStatus({ kind: 'error', text: friendlyError(e, 'the Docs setting') }));
        }}
      />
      <DecisionLogRoom zone={settings.homeZone} />
      <FocusSettingsPanel value={settings.focus} presets={FOCUS_PRESETS} onChange={(focus) => patch({ focus })} />
      </PanelGuard>
      <DataPanel
        status={status}
        onExport={() => {
          const now = Date.now();
          dataStore.exportAll(now)
            .then((file) => {
              download(exportFileName(now), JSON.stringify(file, null, 2));
              const rows = Object.values(file.tables).reduce((n, t) => n + t.length, 0);
              setStatus({ kind: 'ok', text: `Exported ${rows} records and your settings.` });
            })
            .catch((e: Error) => setStatus({ kind: 'error', text: `Export failed: ${e.message}` }));
        }}
        onImport={(file) => {
          file
            .text()
            .then(async (text) => {
              const parsed = parseExport(text);
              return { counts: await dataStore.importAll(parsed), reset: parsed.settingsReset ?? [] };
            })
            .then(({ counts, reset }) => {
              const rows = Object.values(counts).reduce((n, c) => n + c, 0);
              const note = reset.length ? ` These settings in the file were unusable and are back to their defaults: ${reset.join(', ')}.` : '';
              setStatus({ kind: 'ok', text: `Imported ${rows} records and your settings.${note}` });
            })
            .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
        }}
        onDeleteAll={() => {
          sendMessage({ type: 'focus/stop' })
            .catch(() => undefined)
            .then(() => dataStore.deleteAll())
            .then(() => setStatus({ kind: 'ok', text: 'All your Handoff data was deleted.' }))
            .catch((e: Error) => setStatus({ kind: 'error', text: `Delete failed: ${e.message}` }));
        }}
      />
    </main>
  );
}
