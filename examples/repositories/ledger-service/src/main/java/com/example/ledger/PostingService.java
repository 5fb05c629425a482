package com.example.ledger;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.springframework.stereotype.Service;

@Service
public class PostingService {
  private final Tracer tracer = GlobalOpenTelemetry.getTracer("ledger-service");

  /** Posts a settled payment as a debit and a credit of the same amount. */
  public void post(String paymentId, long amountMinor) {
    Span span = tracer.spanBuilder("ledger.post").startSpan();
    try {
      span.setAttribute("payment.id", paymentId);
      // Persisting the two entries is left out of the example.
    } finally {
      span.end();
    }
  }
}
