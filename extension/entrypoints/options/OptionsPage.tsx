import { useEffect, useState, type FormEvent } from 'react';
import { askBackground, type ConnectionStatus } from '../../messages';
import { ownEntry } from '../../own-addresses';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../settings';
import { connectionText } from '../../ui/connection-text';
import { useLocale } from '../../ui/use-locale';
import { SiteList } from './SiteList';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'testing' } | { kind: 'tested'; result: ConnectionStatus } | { kind: 'invalid'; entries: string[] };
type Form = Omit<Settings, 'ownAddresses'> & { ownAddresses: string };

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

export function OptionsPage() {
  const { t } = useLocale();
  const [form, setForm] = useState<Form>({ ...DEFAULT_SETTINGS, ownAddresses: '' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => { void loadSettings().then((s) => setForm({ ...s, ownAddresses: s.ownAddresses.join('\n') })); }, []);

  const field = (key: keyof Form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => {
      setForm({ ...form, [key]: key === 'language' || key === 'ownAddresses' ? e.target.value : e.target.value.trim() });
      setStatus({ kind: 'idle' });
    },
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    const entries = lines(form.ownAddresses);
    const invalid = entries.filter((line) => !ownEntry(line));
    if (invalid.length > 0) return setStatus({ kind: 'invalid', entries: invalid });
    const ownAddresses = [...new Set(entries.map((line) => ownEntry(line)!))];
    await saveSettings({ ...form, ownAddresses });
    setForm({ ...form, ownAddresses: ownAddresses.join('\n') });
    setStatus({ kind: 'saved' });
  }

  async function test() {
    setStatus({ kind: 'testing' });
    setStatus({ kind: 'tested', result: await askBackground({ type: 'test-connection', serverUrl: form.serverUrl, token: form.token }) });
  }

  return (
    <main style={{ maxWidth: 520, margin: '32px auto', padding: '0 16px' }}>
      <h1>{t('options.title')}</h1>
      <form onSubmit={save}>
        <label htmlFor="server-url">{t('options.serverUrl')}</label>
        <input id="server-url" type="url" dir="ltr" required placeholder="http://127.0.0.1:8787" {...field('serverUrl')} />
        <label htmlFor="token">{t('options.token')}</label>
        <input id="token" type="password" dir="ltr" autoComplete="off" spellCheck={false} placeholder="sl_…" {...field('token')} />
        <label htmlFor="language">{t('options.language')}</label>
        <select id="language" {...field('language')}>
          <option value="auto">{t('options.languageAuto')}</option>
          <option value="en">English</option>
          <option value="fa">فارسی</option>
        </select>
        <label htmlFor="own-addresses">{t('options.ownAddresses')}</label>
        <textarea id="own-addresses" dir="ltr" rows={3} spellCheck={false} aria-describedby="own-addresses-help" placeholder="acme.com" {...field('ownAddresses')} />
        <p id="own-addresses-help" className="muted hint">{t('options.ownAddressesHelp')}</p>
        <div className="actions">
          <button type="submit">{t('options.save')}</button>
          <button type="button" className="secondary" onClick={test} disabled={status.kind === 'testing'}>
            {status.kind === 'testing' ? t('options.testing') : t('options.test')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {status.kind === 'saved' && <p className="status ok">{t('options.saved')}</p>}
        {status.kind === 'invalid' && <p className="status bad">{t('options.ownAddressesInvalid', { entries: status.entries.join(', ') })}</p>}
        {status.kind === 'tested' && (
          <p className={`status ${status.result.ok ? 'ok' : 'bad'}`} data-testid="connection-result">{connectionText(status.result, t)}</p>
        )}
      </div>
      <SiteList t={t} />
    </main>
  );
}
