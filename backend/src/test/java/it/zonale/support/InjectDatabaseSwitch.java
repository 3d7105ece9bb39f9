package it.zonale.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Consumer<Boolean>} test field that takes the database of {@link
 * SwitchablePostgresResource} down ({@code false}) and up again ({@code true}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectDatabaseSwitch {}
