package com.dezky.platform.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How far one operator (issuer and subject) has read the notifications. */
@Document("notification_reads")
record NotificationRead(@Id String operator, Instant readUpTo) {
}
