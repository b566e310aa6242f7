import { useEffect, useState, type FormEvent } from 'react';
import { askBackground, type ConnectionStatus } from '../../messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../settings';
import { connectionText } from '../../ui/connection-text';
import { useLocale } from '../../ui/use-locale';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'testing' } | { kind: 'tested'; result: ConnectionStatus };

export function OptionsPage() {
  const { t } = useLocale();
  const [form, setForm] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => { void loadSettings().then(setForm); }, []);

  const field = (key: keyof Settings) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => {
      setForm({ ...form, [key]: key === 'language' ? e.target.value : e.target.value.trim() });
      setStatus({ kind: 'idle' });
    },
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    await saveSettings(form);
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
        <div className="actions">
          <button type="submit">{t('options.save')}</button>
          <button type="button" className="secondary" onClick={test} disabled={status.kind === 'testing'}>
            {status.kind === 'testing' ? t('options.testing') : t('options.test')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {status.kind === 'saved' && <p className="status ok">{t('options.saved')}</p>}
        {status.kind === 'tested' && (
          <p className={`status ${status.result.ok ? 'ok' : 'bad'}`} data-testid="connection-result">{connectionText(status.result, t)}</p>
        )}
      </div>
    </main>
  );
}
