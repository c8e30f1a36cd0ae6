import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../ui/errors';
import type { Background } from '../deps';
import type { TemplateList } from './TemplateChoice';

/**
 * The user's Box Sign templates. Fetched when the user looks for them (Options opened) or when the
 * draft already uses one (`wanted`), not on every opening; `load` asks again after a failure.
 */
export function useTemplates(background: Background, wanted: boolean) {
  const [templates, setTemplates] = useState<TemplateList>({ state: 'idle' });
  const load = () => {
    setTemplates({ state: 'loading' });
    background('listTemplates', {}).then(
      (list) => setTemplates({ state: 'ok', ...list }),
      (error: unknown) => setTemplates({ state: 'failed', message: errorMessage(error) }),
    );
  };
  useEffect(() => {
    if (templates.state === 'idle' && wanted) load();
  }, [wanted]);
  return { templates, load };
}
