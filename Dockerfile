# Builds the tracker from source and runs it on a JRE; used by docker-compose.yml.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY db db
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17.0.13_11-jre
# curl for the container health check (docker-compose.yml)
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home stdtrack
COPY --from=build /src/target/stdtrack-*.jar /tmp/stdtrack.jar
# The extracted layout (the application's jar with lib/ beside it) starts faster than the executable jar,
# and a class data sharing archive needs it.
RUN java -Djarmode=tools -jar /tmp/stdtrack.jar extract --destination /opt/stdtrack && rm /tmp/stdtrack.jar
# A training start, ended as soon as the context is refreshed, records the classes a start loads: with the
# archive a node starts about 1-2 s sooner (docs/benchmarks.md). A throw-away H2 database in /tmp.
RUN java -XX:+UseParallelGC -XX:ArchiveClassesAtExit=/opt/stdtrack/stdtrack.jsa -Dspring.context.exit=onRefresh \
        -jar /opt/stdtrack/stdtrack.jar --stdtrack.data-dir=/tmp/cds-training --stdtrack.demo.standards=false \
    && rm -rf /tmp/cds-training
USER stdtrack
EXPOSE 8080
# The parallel collector: on the 2 cores a node is sized for it spends less CPU than G1 (docs/benchmarks.md).
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-XX:SharedArchiveFile=/opt/stdtrack/stdtrack.jsa", "-jar", "/opt/stdtrack/stdtrack.jar"]
