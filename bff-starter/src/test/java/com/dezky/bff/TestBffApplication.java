package com.dezky.bff;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A BFF with nothing of its own, to test what bff-starter gives every BFF. */
@SpringBootApplication
class TestBffApplication {
}
