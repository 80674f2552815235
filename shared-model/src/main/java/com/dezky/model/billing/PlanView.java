package com.dezky.model.billing;

import com.dezky.model.Money;

/** A plan of the catalogue: its monthly price per seat. */
public record PlanView(String key, String name, Money pricePerSeat) {
}
