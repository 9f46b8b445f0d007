import React from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { type AppRootProps } from '@grafana/data';

import { ROUTES } from '../../constants';

function App(_props: AppRootProps) {
  return (
    <Routes>
      <Route path="*" element={<Navigate to={ROUTES.Clusters} replace />} />
    </Routes>
  );
}

export default App;
