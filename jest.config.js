// Timestamps in snapshots and rendered dates are compared in UTC wherever the tests run.
process.env.TZ = 'UTC';

const scaffold = require('./.config/jest.config');
const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');

module.exports = {
  ...scaffold,
  // The service, the datasource backend and the end-to-end suites run under node:test (scripts/test-node.mjs).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/src/service/', '<rootDir>/src/backend/', '<rootDir>/test/'],
  // yaml (the advisor's rule file) resolves to its ES module build in jsdom, so it is transformed as well.
  transformIgnorePatterns: [nodeModulesToTransform([...grafanaESModules, 'yaml'])],
  transform: {
    ...scaffold.transform,
    // @grafana/data 13 pulls ESM-only d3 modules shipped as .mjs, which the scaffold transform does not match on Node 20.
    '^.+\\.mjs$': scaffold.transform['^.+\\.(t|j)sx?$'],
  },
};
