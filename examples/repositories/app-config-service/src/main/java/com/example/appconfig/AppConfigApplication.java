package com.example.appconfig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AppConfigApplication {
  public static void main(String[] args) {
    SpringApplication.run(AppConfigApplication.class, args);
  }
}
