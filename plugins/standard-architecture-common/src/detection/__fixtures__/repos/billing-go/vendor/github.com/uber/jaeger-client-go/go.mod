module github.com/uber/jaeger-client-go

go 1.13

require (
	github.com/opentracing/opentracing-go v1.2.0
	github.com/prometheus/client_golang v1.11.1
	github.com/uber/jaeger-lib v2.4.1+incompatible
)
