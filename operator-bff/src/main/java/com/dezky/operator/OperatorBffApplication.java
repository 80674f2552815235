package com.dezky.operator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Configuration and SPA only; everything a BFF does comes from bff-starter. */
@SpringBootApplication
public class OperatorBffApplication {

    public static void main(String[] args) {
        SpringApplication.run(OperatorBffApplication.class, args);
    }
}
