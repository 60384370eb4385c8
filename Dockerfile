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
USER stdtrack
COPY --from=build /src/target/stdtrack-*.jar /opt/stdtrack/stdtrack.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/stdtrack/stdtrack.jar"]
