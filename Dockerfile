# syntax=docker/dockerfile:1
# Roundtable's GitHub App as a container: build with the dev dependencies, run with the
# production ones only, as a user that is not root.
#
#   docker build -t roundtable .
#   docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… roundtable

ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The prepare script would build lib/ before the sources are here: build once, below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The bundle holds the pages' static files; the script builds lib/, then the bundle.
COPY static ./static
COPY scripts ./scripts
RUN npm run build:app

FROM node:${NODE_VERSION}-bookworm-slim AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/lib ./lib
COPY app.yml ./
COPY templates ./templates
# The web pages' stylesheet and script, served as they are.
COPY static ./static
# Without Redis, ballots waiting for their batch are journaled here: a volume, so that a ballot
# the page accepted survives a new container.
ENV ROUNDTABLE_DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
VOLUME /data
# The official image's unprivileged user.
USER node
EXPOSE 3000
# GET /health answers {"status":"ok"} once the app is up (Node's fetch: no curl in a slim image).
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The app's bundle (what `npm start` runs), without npm in between: signals reach the app, and
# nothing is built at start. With its source maps, as `npm start` runs it: a stack in the log
# names the source's file and line, not a column of the minified bundle.
CMD ["node", "--enable-source-maps", "lib/app-bundle/index.js"]
