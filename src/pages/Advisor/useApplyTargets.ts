import { useEffect, useState } from 'react';

import { listDatasources } from '../../services/datasources';
import { type Folder, listFolders } from '../../services/grafanaApi';
import { reportError } from '../../services/userMessage';

/** The folder an applied rule goes to when the user picks nothing else. */
export const DEFAULT_FOLDER = 'KKT Monitor';

export interface ApplyTargets {
  folders: Folder[] | null;
  prometheus: Array<{ uid: string; name: string }>;
  error: string | null;
}

/** Folders the user can write rules into, and the Prometheus datasources a rule can query. */
export function useApplyTargets(): ApplyTargets {
  const [folders, setFolders] = useState<Folder[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prometheus] = useState(() => listDatasources('prometheus'));

  useEffect(() => {
    let current = true;
    listFolders()
      .then((list) => current && setFolders(list))
      .catch((err: unknown) => {
        if (current) {
          setError(reportError(err, {}, 'advisor could not list folders'));
          setFolders([]);
        }
      });
    return () => {
      current = false;
    };
  }, []);

  return { folders, prometheus, error };
}
