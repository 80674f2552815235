package com.dezky.platform.notification;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The read marks' persistence. */
interface NotificationReads extends Repository<NotificationRead, String>, NotificationReadQueries {

    Optional<NotificationRead> findById(String operator);
}
