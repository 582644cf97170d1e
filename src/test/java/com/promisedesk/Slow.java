package com.promisedesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds: it starts JavaFX, a central store, PostgreSQL or another JVM, or
 * searches many cases (over ~2 s in a full run). `./mvnw test -Pfast` leaves these out;
 * `./mvnw verify` runs them all. Inherited, so a scenario base class tags all its tests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("slow")
public @interface Slow {
}
