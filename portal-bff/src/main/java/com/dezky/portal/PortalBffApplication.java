package com.dezky.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Configuration and SPA only; everything a BFF does comes from bff-starter. */
@SpringBootApplication
public class PortalBffApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalBffApplication.class, args);
    }
}
