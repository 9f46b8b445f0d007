# The kkt-monitor service: one bundled file plus the SQLite native module.
FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN node scripts/build-service.mjs

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /src/build/kkt-monitor.cjs ./build/kkt-monitor.cjs
COPY --from=build /src/node_modules/better-sqlite3 ./node_modules/better-sqlite3
COPY --from=build /src/node_modules/bindings ./node_modules/bindings
COPY --from=build /src/node_modules/file-uri-to-path ./node_modules/file-uri-to-path
COPY package.json ./
COPY examples ./examples
RUN mkdir -p /var/lib/kkt-monitor && chown node:node /var/lib/kkt-monitor
USER node
EXPOSE 9877
VOLUME ["/var/lib/kkt-monitor"]
ENTRYPOINT ["node", "build/kkt-monitor.cjs"]
CMD ["run", "--config", "/etc/kkt-monitor/kkt-monitor.yaml"]
