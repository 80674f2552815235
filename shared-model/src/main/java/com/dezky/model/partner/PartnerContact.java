package com.dezky.model.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

public record PartnerContact(
        @Size(max = 100) String primaryName,
        @Email @Size(max = 254) String primaryEmail,
        @Email @Size(max = 254) String billingEmail) {
}
