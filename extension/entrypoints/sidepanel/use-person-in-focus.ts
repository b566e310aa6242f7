import { useEffect, useState } from 'react';
import { loadPersonInFocus, onPersonInFocusChanged } from '../../person-in-focus';

/**
 * The address the panel is about: the one in its `?email=` (the panel opened
 * in a tab), or else the person in focus, followed as it changes.
 */
export function usePersonInFocus(): string | null | undefined {
  const named = new URLSearchParams(location.search).get('email');
  const [email, setEmail] = useState<string | null | undefined>(named ?? undefined);
  useEffect(() => {
    if (named) return;
    void loadPersonInFocus().then(setEmail);
    return onPersonInFocusChanged(setEmail);
  }, [named]);
  return email;
}
