package id.sigap.platform.persistence;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The pool of plain statements (the reactive client without Hibernate), apart from the connections
 * Hibernate sessions hold. A session holding its connection may wait on a statement; a statement
 * never waits on a session. With one pool for both, as many sessions as connections each waiting on
 * a statement would wait on one another for ever.
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface StatementPool {}
