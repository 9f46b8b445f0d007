import { useEffect, useState } from 'react';

import { type AdvisorSuggestion } from '../../api/types';
import { fetchSuggestions } from '../../services/resources';
import { reportError } from '../../services/userMessage';

export type SuggestionsState =
  { status: 'loading' } | { status: 'ready'; suggestions: AdvisorSuggestion[] } | { status: 'failed'; message: string };

/** The advisor's suggestions from the service, through the app's datasource. */
export function useSuggestions(datasourceUid: string): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    fetchSuggestions(datasourceUid)
      .then((suggestions) => current && setState({ status: 'ready', suggestions }))
      .catch((err: unknown) => {
        if (current) {
          setState({ status: 'failed', message: reportError(err, { datasource: datasourceUid }, 'advisor failed') });
        }
      });
    return () => {
      current = false;
    };
  }, [datasourceUid]);

  return state;
}
