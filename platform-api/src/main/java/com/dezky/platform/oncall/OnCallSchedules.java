package com.dezky.platform.oncall;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The schedule's persistence. */
interface OnCallSchedules extends MongoRepository<OnCallScheduleDocument, String> {
}
