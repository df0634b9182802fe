/**
 * Where Warmline coaches: the helpdesks it knows (on/off per domain) and the team's own domains. This is the
 * settings data; turning it into content script registrations and host permissions is the background's job.
 */
import { useRef, useState } from 'preact/hooks';
import { lockKey } from '../../settings/managed';
import { normalize } from '../../settings/schema';
import { FieldError } from './FieldError';
import { LockNote } from './LockNote';
import type { OptionsModel } from './model';

function Toggle({ model, domain }: { model: OptionsModel; domain: string }) {
  const enabled = normalize(model.effective.value).sites.enabled[domain];
  const locked = model.isLocked(lockKey.site(domain));
  return (
    <>
      <label class="switch">
        <input type="checkbox" role="switch" checked={enabled !== false} disabled={locked} onChange={(e) => void model.setSite(domain, (e.currentTarget as HTMLInputElement).checked ? undefined : false)} />
        <span>
          Coach on <strong>{domain}</strong>
        </span>
      </label>
      {locked && <LockNote what="This site" />}
    </>
  );
}

export function Sites({ model }: { model: OptionsModel }) {
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const custom = normalize(model.effective.value).sites.customDomains;
  const add = async (e: Event) => {
    e.preventDefault();
    const r = await model.addDomain(input.current?.value ?? draft);
    if (r.ok) {
      setDraft('');
      setErrors([]);
    } else setErrors(r.errors);
  };
  return (
    <section id="sites" class="section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <h3>Helpdesks</h3>
      {model.deps.knownDomains.length === 0 ? (
        <p class="muted">No helpdesks are built in yet.</p>
      ) : (
        <ul class="site-list">
          {model.deps.knownDomains.map((d) => (
            <li key={d} data-site={d}>
              <Toggle model={model} domain={d} />
            </li>
          ))}
        </ul>
      )}
      <h3>Your own domains</h3>
      <p class="muted">For a self-hosted or custom-domain helpdesk, like support.example.com.</p>
      {custom.length > 0 && (
        <ul class="site-list">
          {custom.map((d) => {
            const locked = model.isLocked(lockKey.customDomain(d));
            return (
              <li key={d} data-custom-domain={d}>
                <Toggle model={model} domain={d} />
                {!locked ? (
                  <button type="button" class="icon-button" aria-label={`Remove ${d}`} onClick={() => void model.removeDomain(d)}>
                    ×
                  </button>
                ) : (
                  <LockNote what="This domain" />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form class="domain-add" onSubmit={add}>
        <label for="domain-input">Add a domain</label>
        <input
          id="domain-input"
          ref={input}
          type="text"
          value={draft}
          placeholder="support.example.com"
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length ? 'domain-error' : undefined}
          onInput={(e) => {
            setDraft((e.currentTarget as HTMLInputElement).value);
            if (errors.length) setErrors([]);
          }}
        />
        <button type="submit">Add</button>
        <FieldError id="domain-error" errors={errors} />
      </form>
    </section>
  );
}
