# Runs Flyway migrations as a Kubernetes Job before each release.
# FLYWAY_IMAGE is passed by the pipeline (--build-arg); there is no default on purpose.
ARG FLYWAY_IMAGE
FROM ${FLYWAY_IMAGE}
COPY src/main/resources/db/migration /flyway/sql
ENTRYPOINT ["flyway", "migrate"]
