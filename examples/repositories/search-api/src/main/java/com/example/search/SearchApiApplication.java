package com.example.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SearchApiApplication {
  public static void main(String[] args) {
    SpringApplication.run(SearchApiApplication.class, args);
  }
}
