# syntax=docker/dockerfile:1
# One image, every role: `start` (all), or `start --role scheduler|worker|web`.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source on this Node version.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY jobs ./jobs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080
WORKDIR /app
RUN groupadd --system brief && useradd --system --gid brief --home-dir /app --shell /usr/sbin/nologin brief
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY templates ./templates
COPY config ./config
RUN mkdir -p /app/data /app/outbox && chown brief:brief /app/data /app/outbox
USER brief
EXPOSE 8080
# The web role's check (its /readyz); docker-compose.yml gives the other roles their own.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
  CMD ["node", "bin/brief.js", "health", "--role", "web"]
ENTRYPOINT ["node", "bin/brief.js"]
CMD ["start"]
