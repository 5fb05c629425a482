package com.example.payments;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuthorisationController {
  record AuthorisationRequest(String orderId, long amountMinor, String currency) {}

  @PostMapping("/authorisations")
  public ResponseEntity<Map<String, String>> authorise(@RequestBody AuthorisationRequest request) {
    // The acquirer call is out of scope for the example.
    return ResponseEntity.accepted()
        .body(Map.of("orderId", request.orderId(), "authorisationId", UUID.randomUUID().toString()));
  }
}
