import React from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { type AppRootProps } from '@grafana/data';

import { ROUTES } from '../../constants';
import { narrowAppSettings, pageDatasourceUid } from '../../settings';

const ClustersPage = React.lazy(() =>
  import('../../pages/Clusters/ClustersPage').then((m) => ({ default: m.ClustersPage }))
);
const AdvisorPage = React.lazy(() =>
  import('../../pages/Advisor/AdvisorPage').then((m) => ({ default: m.AdvisorPage }))
);

/** The app's pages; both read from the KKT Monitor datasource chosen on the configuration page. */
function App({ meta }: AppRootProps) {
  const settings = narrowAppSettings(meta.jsonData);
  const datasourceUid = pageDatasourceUid(settings);

  return (
    <Routes>
      <Route path={ROUTES.Clusters} element={<ClustersPage datasourceUid={datasourceUid} />} />
      <Route path={ROUTES.Advisor} element={<AdvisorPage settings={settings} datasourceUid={datasourceUid} />} />
      <Route path="*" element={<Navigate to={ROUTES.Clusters} replace />} />
    </Routes>
  );
}

export default App;
