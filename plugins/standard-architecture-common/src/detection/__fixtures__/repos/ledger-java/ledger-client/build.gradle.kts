plugins {
    `java-library`
    id("io.spring.dependency-management") version "1.1.5"
}

repositories {
    mavenCentral()
    maven { url = uri("https://nexus.acme.internal/repository/maven-public/") }
}

dependencies {
    api(platform(libs.otel.bom))
    implementation("io.opentelemetry:opentelemetry-api")
    implementation("com.fasterxml.jackson.core:jackson-databind:2.17.1")
    // implementation("io.jaegertracing:jaeger-client:1.8.1")
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.3")
    testImplementation("org.testcontainers:elasticsearch:1.19.8")
}
